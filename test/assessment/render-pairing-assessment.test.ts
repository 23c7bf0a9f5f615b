import { describe, expect, it } from 'vitest';
import { assess2011, runExample } from '../../examples/shenzhen-guizhou-2011.js';
import { containsPersonalData, renderPairingAssessment } from '../../src/index.js';
import { strayLatin } from '../errors/latin-letters.js';

const run = (...argv: string[]) => {
  let out = '';
  let err = '';
  const code = runExample(argv, (text) => (out += text), (text) => (err += text));
  return { code, out, err };
};

describe('renderPairingAssessment', () => {

  it('writes each area with its indicators, the figure’s records, and the total with its grade, in Chinese', () => {
    const assessed = assess2011();
    const lines = renderPairingAssessment(assessed, { locale: 'zh' }).split('\n');
    expect(lines[1]).toBe('考核方案：示例考核方案（示例，非官方标准）');
    expect(lines).toContain('资金支持：20.00 / 30.00');
    expect(lines).toContain('  财政援助资金：46910000.00元（目标≥ 40000000元，完成117.27%）得分10.00 / 10.00；来源：资金1项');
    expect(lines).toContain('  资金到位率（对协议数）：缺：数据中无此项（目标≥ 100%）得分— / 10.00；来源：资金1项');
    expect(lines).toContain('  当年项目资金拨付率：99.91%（目标≥ 90%，完成111.01%）得分10.00 / 10.00；来源：项目38个；台账90笔');
    expect(lines).toContain('  对口帮扶列入党委政府重要议事日程：缺：未填报（定性：是／否）得分— / 2.00');
    expect(lines.at(-1)).toBe('总分：52.50 / 100.00（52.50%），等次：差（暂定：缺数据的指标计35.00分）');
  });

  it('writes it in English, with English units for computed figures', () => {
    const assessed = assess2011();
    const lines = renderPairingAssessment(assessed, { locale: 'en' }).split('\n');
    expect(lines).toContain('Labour cooperation: 15.00 / 15.00');
    expect(lines).toContain('  Labourers placed: 16000 persons (target ≥ 10000 persons, 160.00 % achieved) scores 15.00 / 15.00; from non-project aid sz-2011-labour-cooperation (Shenzhen – Guizhou Pairing-off Poverty Alleviation (2011), International Poverty Reduction Center in China)');
    expect(lines).toContain('  Townships paired: missing: not entered (target ≥ 10) scores — / 5.00');
    expect(lines).toContain('  Funds given: 46910000.00 yuan (target ≥ 40000000 yuan, 117.27 % achieved) scores 10.00 / 10.00; from funds sz-2011-anti-poverty-funds');
  });
});

describe('the main job', () => {
  it('prints after the report the 2011 assessment in English, then in Chinese: the donor’s view and each recipient’s, without personal data', () => {
    const { code, out, err } = run();
    expect([code, err]).toEqual([0, '']);
    const en = out.indexOf('East–west cooperation assessment report 2011');
    const zh = out.indexOf('东西部扶贫协作考核报告（2011年）');
    expect(out.indexOf('annual report 2011')).toBeLessThan(en);
    expect(en).toBeLessThan(out.indexOf('2011年度报告'));
    expect(out.indexOf('2011年度报告')).toBeLessThan(zh);
    for (const line of ['[Donor] Shenzhen: 54.50 / 100.00, grade: poor (provisional)', '[Recipient] Bijie: 10.00 / 100.00, grade: poor (provisional)', '[Recipient] Qiannan: 15.00 / 100.00, grade: poor (provisional)']) expect(out).toContain(line);
    for (const line of ['【援助方】深圳市：54.50 / 100.00，等次：差（暂定）', '【受援方】毕节地区：10.00 / 100.00，等次：差（暂定）', '【受援方】黔南州：15.00 / 100.00，等次：差（暂定）']) expect(out).toContain(line);
    expect(out).toContain('  2012-02-03 cross-checked by Guizhou Poverty Alleviation and Development Office, 54.50 points, poor, late (due by 2012-01-31)');
    expect(out).toContain('  2012-02-24 广东省扶贫开发领导小组上报，54.50分，差');
    expect(strayLatin(out.slice(zh))).toEqual([]);
    expect(containsPersonalData(out)).toBe(false);
  });

  it('prints the assessment alone with --assessment, and its JSON with --json, which passes its schema', () => {
    const alone = run('--assessment', '--lang', 'zh');
    expect(alone.out.indexOf('东西部扶贫协作考核报告（2011年）')).toBe(0);
    const json = JSON.parse(run('--assessment', '--json').out) as { views: { side: string; assessment: { score: string; grade: string } }[]; configuration: { illustrative: boolean } };
    expect(json.views.map((view) => [view.side, view.assessment.score, view.assessment.grade])).toEqual([['donor', '54.50', 'poor'], ['recipient', '10.00', 'poor'], ['recipient', '15.00', 'poor']]);
    expect(json.configuration.illustrative).toBe(true);
  });
});
