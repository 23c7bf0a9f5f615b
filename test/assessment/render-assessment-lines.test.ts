import { describe, expect, it } from 'vitest';
import { regionCode, renderPairingAssessment, type AssessedIndicator, type PairingAssessment } from '../../src/index.js';

const minutes = { document: { zh: '会议纪要', en: 'Minutes' }, completeness: 'complete' } as const;
const report = { document: { zh: '年度总结' }, completeness: 'complete' } as const;

const indicator = (given: Partial<AssessedIndicator>): AssessedIndicator => ({
  id: 'x',
  name: { zh: '指标', en: 'Indicator' },
  measure: 'entered',
  comparator: '>=',
  planned: '10',
  unit: '',
  sources: [],
  status: 'met',
  points: '5.00',
  ...given,
});

const assessment = (indicators: readonly AssessedIndicator[], given: Partial<PairingAssessment> = {}): PairingAssessment => ({
  year: 2012,
  donor: regionCode('440300'),
  recipients: [regionCode('522400'), regionCode('522700')],
  configuration: { name: { zh: '某市考核方案', en: 'City configuration' }, illustrative: false },
  areas: [{ area: 'talent-exchange', points: '15.00', score: '12.50', missingPoints: '0.00', indicators }],
  score: '12.50',
  maxScore: '15.00',
  missingPoints: '0.00',
  percent: '83.33',
  grade: 'fairly-good',
  provisional: false,
  issues: [],
  ...given,
});

const linesOf = (assessed: PairingAssessment, locale: 'zh' | 'en', regionName?: (code: string) => string | undefined) =>
  renderPairingAssessment(assessed, { locale, ...(regionName === undefined ? {} : { regionName }) }).split('\n');

describe('renderPairingAssessment', () => {
  it('heads the text with the year, the donor and the recipients, by name where names are given, else by code', () => {
    const names: Record<string, string> = { '440300': '深圳市', '522400': '毕节地区' };
    expect(linesOf(assessment([]), 'zh', (code) => names[code])[0]).toBe('东西部扶贫协作考核（2012年）：深圳市 → 毕节地区、522700');
    expect(linesOf(assessment([]), 'en')[0]).toBe('East–west cooperation assessment 2012: 440300 → 522400, 522700');
  });

  it('names a configuration an authority adopted without calling it illustrative', () => {
    expect(linesOf(assessment([]), 'zh')[1]).toBe('考核方案：某市考核方案');
    expect(linesOf(assessment([]), 'en')[1]).toBe('Configuration: City configuration');
    expect(linesOf(assessment([], { configuration: { name: { zh: '示例' }, illustrative: true } }), 'en')[1]).toBe('Configuration: 示例 (illustrative, not an official standard)');
  });

  it('writes the area with its score, and the total without a provisional note when no figure is missing', () => {
    expect(linesOf(assessment([]), 'zh')).toEqual(['东西部扶贫协作考核（2012年）：440300 → 522400、522700', '考核方案：某市考核方案', '人才支援：12.50 / 15.00', '总分：12.50 / 15.00（83.33%），等次：较好']);
    expect(linesOf(assessment([]), 'en').slice(2)).toEqual(['Talent exchange: 12.50 / 15.00', 'Total: 12.50 / 15.00 (83.33 %), grade: fairly good']);
  });

  it('writes an "at most" indicator with ≤, its rate, and an entered unit in English where it knows it', () => {
    const line = indicator({ comparator: '<=', planned: '3', unit: '次', value: '2', rate: '150.00', score: '5.00' });
    expect(linesOf(assessment([line]), 'zh')[3]).toBe('  指标：2次（目标≤ 3次，完成150.00%）得分5.00 / 5.00');
    const once = indicator({ comparator: '>=', planned: '1', unit: '人', value: '1', rate: '100.00', score: '5.00' });
    expect(linesOf(assessment([once]), 'en')[3]).toBe('  Indicator: 1 person (target ≥ 1 person, 100.00 % achieved) scores 5.00 / 5.00');
    expect(linesOf(assessment([line]), 'en')[3]).toBe('  Indicator: 2 times (target ≤ 3 times, 150.00 % achieved) scores 5.00 / 5.00');
  });

  it('writes the units of computed measures in English, a percentage without a space and a count of things with no unit', () => {
    const lines = linesOf(
      assessment([
        indicator({ measure: 'cadres-trained', unit: '人', value: '550', score: '5.00' }),
        indicator({ measure: 'funds-against-agreed', unit: '%', value: '98.50', score: '5.00' }),
        indicator({ measure: 'paired-counties', unit: '个', value: '4', score: '5.00' }),
        indicator({ measure: 'exchange-visits', unit: '次', value: '2', score: '5.00' }),
        indicator({ measure: 'enterprises', unit: '家', value: '12', score: '5.00' }),
        indicator({ measure: 'investment', unit: '元', value: '100.00', score: '5.00' }),
      ]),
      'en',
    );
    expect(lines.slice(3, 9)).toEqual([
      '  Indicator: 550 persons (target ≥ 10 persons) scores 5.00 / 5.00',
      '  Indicator: 98.50% (target ≥ 10%) scores 5.00 / 5.00',
      '  Indicator: 4 (target ≥ 10) scores 5.00 / 5.00',
      '  Indicator: 2 times (target ≥ 10 times) scores 5.00 / 5.00',
      '  Indicator: 12 enterprises (target ≥ 10 enterprises) scores 5.00 / 5.00',
      '  Indicator: 100.00 yuan (target ≥ 10 yuan) scores 5.00 / 5.00',
    ]);
    expect(linesOf(assessment([indicator({ measure: 'paired-counties', unit: '个', value: '4', score: '5.00' })]), 'zh')[3]).toBe('  指标：4个（目标≥ 10个）得分5.00 / 5.00');
  });

  it('writes a judgement as its answer or grade, with no target, and an answer it does not know as given', () => {
    const judged = (judgement: 'yes-no' | 'grade', value: string) => indicator({ judgement, value, score: '5.00' });
    const indicators = [judged('yes-no', 'yes'), judged('yes-no', 'no'), ...['good', 'fairly-good', 'fair', 'poor', 'maybe'].map((value) => judged('grade', value))];
    expect(linesOf(assessment(indicators), 'zh').slice(3, 10)).toEqual([
      '  指标：是（定性：是／否）得分5.00 / 5.00',
      '  指标：否（定性：是／否）得分5.00 / 5.00',
      '  指标：好（定性：好／较好／一般／差）得分5.00 / 5.00',
      '  指标：较好（定性：好／较好／一般／差）得分5.00 / 5.00',
      '  指标：一般（定性：好／较好／一般／差）得分5.00 / 5.00',
      '  指标：差（定性：好／较好／一般／差）得分5.00 / 5.00',
      '  指标：maybe（定性：好／较好／一般／差）得分5.00 / 5.00',
    ]);
    expect(linesOf(assessment(indicators), 'en').slice(3, 10)).toEqual([
      '  Indicator: yes (judgement: yes or no) scores 5.00 / 5.00',
      '  Indicator: no (judgement: yes or no) scores 5.00 / 5.00',
      '  Indicator: good (judgement: a grade) scores 5.00 / 5.00',
      '  Indicator: fairly good (judgement: a grade) scores 5.00 / 5.00',
      '  Indicator: fair (judgement: a grade) scores 5.00 / 5.00',
      '  Indicator: poor (judgement: a grade) scores 5.00 / 5.00',
      '  Indicator: maybe (judgement: a grade) scores 5.00 / 5.00',
    ]);
  });

  it('writes each reason a figure is missing, in both languages, with a dash for its score', () => {
    const missing = (reason: AssessedIndicator['missing']) => indicator({ status: 'missing', ...(reason === undefined ? {} : { missing: reason }) });
    const indicators = [missing('no-data'), missing('not-split'), missing('not-entered'), missing(undefined)];
    expect(linesOf(assessment(indicators), 'zh').slice(3, 7)).toEqual([
      '  指标：缺：数据中无此项（目标≥ 10）得分— / 5.00',
      '  指标：缺：数据为多个受援地合计，无法拆分（目标≥ 10）得分— / 5.00',
      '  指标：缺：未填报（目标≥ 10）得分— / 5.00',
      '  指标：缺：数据中无此项（目标≥ 10）得分— / 5.00',
    ]);
    expect(linesOf(assessment(indicators), 'en').slice(3, 6)).toEqual([
      '  Indicator: missing: not in the data (target ≥ 10) scores — / 5.00',
      '  Indicator: missing: recorded for several recipients together (target ≥ 10) scores — / 5.00',
      '  Indicator: missing: not entered (target ≥ 10) scores — / 5.00',
    ]);
  });

  it('names up to three records a figure comes from in English, counts more (and every one in Chinese), and names each document once', () => {
    const line = indicator({
      value: '12',
      score: '5.00',
      sources: [
        { kind: 'funds', ids: ['a', 'b', 'c'] },
        { kind: 'projects', ids: ['p1', 'p2', 'p3', 'p4'] },
        { kind: 'ledger', ids: [] },
        { kind: 'non-project-aid', ids: ['n'], references: [minutes, minutes, report] },
        { kind: 'entered', ids: [], references: [minutes] },
      ],
    });
    expect(linesOf(assessment([line]), 'zh')[3]).toBe('  指标：12（目标≥ 10）得分5.00 / 5.00；来源：资金3项；项目4个；非项目帮扶1项（会议纪要；年度总结）；填报（会议纪要）');
    expect(linesOf(assessment([line]), 'en')[3]).toBe('  Indicator: 12 (target ≥ 10) scores 5.00 / 5.00; from funds a, b, c; projects 4; non-project aid n (Minutes; 年度总结); entered (Minutes)');
  });

  it('names the other kinds of record in both languages', () => {
    const line = indicator({ value: '1', score: '5.00', sources: [{ kind: 'plans', ids: ['p'] }, { kind: 'pairings', ids: ['q'] }, { kind: 'ledger', ids: ['l'] }] });
    expect(linesOf(assessment([line]), 'zh')[3]).toContain('；来源：计划1项；结对关系1对；台账1笔');
    expect(linesOf(assessment([line]), 'en')[3]).toContain('; from plans p; pairings q; ledger entries l');
  });

  it('writes a name given in one language only in that language', () => {
    const line = indicator({ name: { zh: '只有中文' }, value: '1', score: '5.00' });
    expect(linesOf(assessment([line]), 'en')[3]).toBe('  只有中文: 1 (target ≥ 10) scores 5.00 / 5.00');
    expect(linesOf(assessment([indicator({ name: { en: 'English only' }, value: '1', score: '5.00' })]), 'zh')[3]).toBe('  English only：1（目标≥ 10）得分5.00 / 5.00');
  });

  it('says in the total how many points lack figures while the grade is provisional', () => {
    const provisional = assessment([], { provisional: true, missingPoints: '2.50', grade: 'good' });
    expect(linesOf(provisional, 'zh').at(-1)).toBe('总分：12.50 / 15.00（83.33%），等次：好（暂定：缺数据的指标计2.50分）');
    expect(linesOf(provisional, 'en').at(-1)).toBe('Total: 12.50 / 15.00 (83.33 %), grade: good (provisional: indicators worth 2.50 points lack figures)');
  });
});
