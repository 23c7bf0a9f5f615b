import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseExampleArguments, runExample, usage } from '../../examples/shenzhen-guizhou-2011.js';
import { containsPersonalData } from '../../src/index.js';

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = runExample(argv, (text) => (out += text), (text) => (err += text));
  return { code, out, err };
}

// The figures of DOMAIN.md §2 as the printed report shows them.
const english = [
  'Donated: 46.91 million yuan (¥46,910,000.00)*',
  /counterpart-support project funds +42\.81 +24\.00/,
  /disaster relief funds +2\.80/,
  /cadre training funds +1\.30/,
  'Aid projects declared: 124 projects*',
  'Residents directly benefited: 130,000 persons*',
  'Infrastructure projects declared: 38 projects (71 sub-projects)*',
  'Itemised: 38 projects with 71 sub-projects',
  'Residents directly benefited by the infrastructure projects: 60,400 persons*',
  /Bijie \(520500; in the data 522400\) +25 +53 +12\.00/,
  /Qiannan Buyei and Miao Autonomous Prefecture \(522700\) +13 +18 +12\.00/,
  'Farming funds: 2.00 million yuan*',
  'Trained: 1,100 persons* [3]: poverty relief cadres and professionals for education and health care (rule: largest)',
  'also reported: 550 persons* [6]',
  'Experts organised: more than 1,100 persons* [6]',
  'Students: 11,000 persons*',
  'Labourers placed: 16,000 persons*',
  'Working in Shenzhen: more than 500,000 persons',
  '[3] Overview (incomplete statistics)',
  '[6] Cadre training (incomplete statistics)',
];

const chinese = [
  '捐赠资金：4,691.00万元*',
  /对口帮扶项目资金 +4,281\.00 +2,400\.00/,
  /救灾资金 +280\.00/,
  /干部培训资金 +130\.00/,
  '帮扶项目（报告数）：124个*',
  '直接受益群众：130,000人*',
  '基础设施项目（报告数）：38个（子项目71个）*',
  '基础设施项目直接受益群众：60,400人*',
  /毕节市（520500；数据中为 522400） +25 +53 +1,200\.00/,
  /黔南布依族苗族自治州（522700） +13 +18 +1,200\.00/,
  '种养殖项目资金：200.00万元*',
  '培训人数：1,100人* [3]',
  '另有报告：550人* [6]',
  '组织专家：1,100余人* [6]',
  '资助学生：11,000人*',
  '转移就业劳动力：16,000人*',
  '在深圳市务工：500,000余人',
];

const expectAll = (text: string, expected: readonly (string | RegExp)[]) => {
  for (const figure of expected) {
    if (typeof figure === 'string') expect(text).toContain(figure);
    else expect(text).toMatch(figure);
  }
};

describe('the main job (examples/shenzhen-guizhou-2011.ts)', () => {
  it('prints the report in English, then in Chinese, with the source’s figures', () => {
    const { code, out, err } = run();
    expect([code, err]).toEqual([0, '']);
    expectAll(out, [...english, ...chinese]);
    expect(out.indexOf('annual report 2011')).toBeLessThan(out.indexOf('2011年度报告'));
    expect(containsPersonalData(out)).toBe(false);
  });

  it('prints one language with --lang', () => {
    const en = run('--lang', 'en').out;
    const zh = run('--lang', 'zh').out;
    expectAll(en, english);
    expectAll(zh, chinese);
    expect(en).not.toContain('万元');
    // The sources' notes are quoted as written; every amount the report itself writes is in 万元.
    expect(zh.slice(0, zh.indexOf('\n来源\n'))).not.toContain('million yuan');
    expect(`${en}\n${zh}`).toBe(run().out);
  });

  it('prints the report as JSON with amounts as decimal strings with --json', () => {
    const { code, out } = run('--json');
    const json = JSON.parse(out);
    expect(code).toBe(0);
    expect(json.funds.total).toBe('46910000.00');
    expect(json.industry.farmingFunds).toBe('2000000.00');
    expect(json.projects.byPrefecture.map((row: { budget: string }) => row.budget)).toEqual(['12000000.00', '12000000.00']);
  });

  it('answers an unknown flag or language with the usage and exit code 2', () => {
    for (const argv of [['--bogus'], ['--lang', 'fr'], ['--lang'], ['report']]) {
      const { code, out, err } = run(...argv);
      expect([code, out]).toEqual([2, '']);
      expect(err).toContain(usage);
    }
    expect(run('--help')).toEqual({ code: 0, out: usage, err: '' });
  });

  it('reads its arguments into a request', () => {
    expect(parseExampleArguments(['--json', '--lang', 'zh'])).toEqual({ ok: true, request: { format: 'json', languages: ['zh'], help: false } });
    expect(parseExampleArguments([])).toEqual({ ok: true, request: { format: 'text', languages: ['en', 'zh'], help: false } });
  });

  it('runs as a script with tsx, as `npm run example -- --lang en` does', () => {
    const script = fileURLToPath(new URL('../../examples/shenzhen-guizhou-2011.ts', import.meta.url));
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
    const out = execFileSync(tsx, [script, '--lang', 'en'], { encoding: 'utf8' });
    expect(out).toBe(run('--lang', 'en').out);
    expectAll(out, english);
  });
});
