import { describe, expect, it } from 'vitest';
import {
  amount,
  defaultPerformanceScoring,
  evaluatePerformanceTarget,
  isoDate,
  projectId,
  renderPerformanceEvaluation,
  subProjectId,
  unwrap,
  type Issue,
  type LocalizedText,
  type PerformanceActual,
  type PerformanceIndicator,
  type PerformanceScoring,
  type PerformanceTarget,
  type ProjectId,
  type Result,
} from '../../src/index.js';

const report = { zh: '威宁县2011年人畜饮水工程验收报告', en: 'Acceptance report' } as const;
const pools: PerformanceIndicator = { dimension: 'output-quantity', name: '新建饮水池', comparator: '>=', value: '12', unit: '个' };
const cost: PerformanceIndicator = { dimension: 'output-cost', name: '每户投资', comparator: '<=', value: '3000', unit: '元' };
const months: PerformanceIndicator = { dimension: 'output-timeliness', name: '完工月数', comparator: 'range', value: '10', max: '12', unit: '月' };
const people: PerformanceIndicator = { dimension: 'benefit-social', name: '解决饮水困难人口', comparator: '>=', value: '1500', unit: '人' };
const satisfaction: PerformanceIndicator = { dimension: 'satisfaction', name: '受益群众满意度', comparator: '>=', value: '90', unit: '%' };

const weining = (): ProjectId => projectId('WN-2011-07');
const actual = (indicator: string, value: string, date = '2011-12-20', document: LocalizedText = report): PerformanceActual => ({
  project: weining(),
  indicator,
  value,
  date: isoDate(date),
  source: { document, completeness: 'complete' },
});
const problems = (result: Result<unknown>) => (result.ok ? [] : result.issues.map((issue: Issue) => [issue.code, issue.path, issue.params]));
const withScoring = (changes: Record<string, unknown>): PerformanceScoring => ({ ...defaultPerformanceScoring, ...changes }) as PerformanceScoring;

describe('evaluatePerformanceTarget', () => {
  it('meets an at-most indicator with an actual below its planned value, and an exact indicator with an equal actual', () => {
    const exact: PerformanceIndicator = { dimension: 'output-quantity', name: '完成子项目数', comparator: '=', value: '3', unit: '个' };
    const evaluation = unwrap(evaluatePerformanceTarget(weining(), { indicators: [exact, cost] }, [actual('完成子项目数', '3.0'), actual('每户投资', '2800')]));
    expect(evaluation.levels[0]?.indicators.map((indicator) => [indicator.name, indicator.status, indicator.rate, indicator.score])).toEqual([
      ['完成子项目数', 'met', '100.00', '25.00'],
      ['每户投资', 'met', '107.14', '25.00'],
    ]);
  });

  it('gives no rate when the planned value, or for an at-most indicator the actual, is zero, and no upper bound outside a range', () => {
    const stoppages: PerformanceIndicator = { dimension: 'output-quality', name: '停水天数', comparator: '<=', value: '5', unit: '天' };
    const wells: PerformanceIndicator = { dimension: 'output-quantity', name: '报废水窖', comparator: '>=', value: '0', unit: '个' };
    const evaluation = unwrap(evaluatePerformanceTarget(weining(), { indicators: [wells, stoppages] }, [actual('报废水窖', '4'), actual('停水天数', '0')]));
    expect(evaluation.levels[0]?.indicators).toStrictEqual([
      { level: 'output', dimension: 'output-quantity', name: '报废水窖', comparator: '>=', planned: '0', unit: '个', points: '25.00', actual: actual('报废水窖', '4'), status: 'met', score: '25.00' },
      { level: 'output', dimension: 'output-quality', name: '停水天数', comparator: '<=', planned: '5', unit: '天', points: '25.00', actual: actual('停水天数', '0'), status: 'met', score: '25.00' },
    ]);
  });

  it('uses the latest actual of an indicator when the earlier one comes first', () => {
    const evaluation = unwrap(evaluatePerformanceTarget(weining(), { indicators: [pools] }, [actual('新建饮水池', '11', '2011-11-30'), actual('新建饮水池', '15', '2011-12-31')]));
    expect(evaluation.levels[0]?.indicators.map((indicator) => [indicator.actual?.value, indicator.status])).toEqual([['15', 'met']]);
  });

  it("names the sub-project whose target it evaluates, and none for the project's own target", () => {
    const sub = subProjectId('WN-2011-07-1');
    const ofSub: PerformanceActual = { ...actual('新建饮水池', '12'), subProject: sub };
    expect(unwrap(evaluatePerformanceTarget(weining(), { indicators: [pools] }, [ofSub], { subProject: sub })).subProject).toBe(sub);
    expect('subProject' in unwrap(evaluatePerformanceTarget(weining(), { indicators: [pools] }, [ofSub]))).toBe(false);
  });

  it("counts a zero budget's execution as missing: its points are at stake but neither rated nor scored", () => {
    const budgetExecution = { budget: amount('0'), spent: amount('0') };
    const evaluation = unwrap(evaluatePerformanceTarget(weining(), { indicators: [pools] }, [actual('新建饮水池', '12')], { budgetExecution }));
    expect(evaluation.budgetExecution).toStrictEqual({ budget: amount('0'), spent: amount('0'), points: '10.00' });
    expect([evaluation.score, evaluation.maxScore, evaluation.missingPoints, evaluation.complete]).toEqual(['50.00', '60.00', '10.00', false]);
  });

  it('locates a repeated indicator and a reversed range in the target, naming the indicator and its bounds', () => {
    const reversed: PerformanceIndicator = { dimension: 'output-timeliness', name: '开工月数', comparator: 'range', value: '5', max: '3', unit: '月' };
    const evaluation = evaluatePerformanceTarget(weining(), { indicators: [pools, reversed, pools] }, []);
    expect(problems(evaluation)).toEqual([
      ['performance-range-reversed', ['target', 'indicators', 1, 'max'], { indicator: '开工月数', value: '5', max: '3' }],
      ['performance-indicator-repeated', ['target', 'indicators', 2, 'name'], { indicator: '新建饮水池' }],
    ]);
  });

  it('locates a refused actual by its place among all the actuals given, naming its indicator and its project', () => {
    const elsewhere = { ...actual('新建饮水池', '1'), project: projectId('WN-2011-08') };
    const actuals = [elsewhere, actual('新建水窖', '3'), actual('新建饮水池', '15'), actual('新建饮水池', '14')];
    expect(problems(evaluatePerformanceTarget(weining(), { indicators: [pools] }, actuals))).toEqual([
      ['performance-actual-indicator-unknown', ['actuals', 1, 'indicator'], { indicator: '新建水窖', project: 'WN-2011-07' }],
      ['performance-actuals-conflict', ['actuals', 3, 'value'], { indicator: '新建饮水池', date: '2011-12-20', first: '15', second: '14' }],
    ]);
  });

  it('names the sub-project of an actual of no indicator when a sub-project is evaluated', () => {
    const sub = subProjectId('WN-2011-07-1');
    const stray: PerformanceActual = { ...actual('新建水窖', '3'), subProject: sub };
    expect(problems(evaluatePerformanceTarget(weining(), { indicators: [pools] }, [stray], { subProject: sub }))).toEqual([
      ['performance-actual-indicator-unknown', ['actuals', 0, 'indicator'], { indicator: '新建水窖', project: 'WN-2011-07-1' }],
    ]);
  });
});

describe('performance scoring', () => {
  it('takes weights with several decimal places', () => {
    const scoring = withScoring({ weights: { 'output': '52.25', 'benefit': '27.75', 'satisfaction': '10', 'budget-execution': '10' } });
    const evaluation = unwrap(evaluatePerformanceTarget(weining(), { indicators: [pools, people] }, [actual('新建饮水池', '12'), actual('解决饮水困难人口', '1500')], { scoring }));
    expect(evaluation.levels.map((level) => [level.level, level.points, level.score])).toEqual([
      ['output', '52.25', '52.25'],
      ['benefit', '27.75', '27.75'],
    ]);
    expect(evaluation.maxScore).toBe('80.00');
  });

  it('refuses a weight given as a number, or with anything after its digits, quoting it', () => {
    const scoring = withScoring({ weights: { 'output': 50, 'benefit': '30分', 'satisfaction': '10', 'budget-execution': '10' } });
    expect(problems(evaluatePerformanceTarget(weining(), { indicators: [pools] }, [], { scoring }))).toEqual([
      ['performance-weight-invalid', ['options', 'scoring', 'weights', 'output'], { input: '50' }],
      ['performance-weight-invalid', ['options', 'scoring', 'weights', 'benefit'], { input: '30分' }],
    ]);
  });

  it('refuses a total that is not an exact decimal, quoting it', () => {
    const scoring = withScoring({ total: '一百' });
    expect(problems(evaluatePerformanceTarget(weining(), { indicators: [pools] }, [], { scoring }))).toEqual([
      ['performance-weight-invalid', ['options', 'scoring', 'total'], { input: '一百' }],
    ]);
  });

  it('writes points, scores and rates to the decimal places asked, from none to six', () => {
    const target: PerformanceTarget = { indicators: [pools] };
    const whole = unwrap(evaluatePerformanceTarget(weining(), target, [actual('新建饮水池', '15')], { scoring: withScoring({ decimals: 0 }) }));
    const fine = unwrap(evaluatePerformanceTarget(weining(), target, [actual('新建饮水池', '15')], { scoring: withScoring({ decimals: 6 }) }));
    expect([whole.levels[0]?.indicators[0]?.rate, whole.levels[0]?.points, whole.score]).toEqual(['125', '50', '50']);
    expect([fine.levels[0]?.indicators[0]?.rate, fine.levels[0]?.points, fine.score]).toEqual(['125.000000', '50.000000', '50.000000']);
  });

  it('refuses decimal places below none, above six or not whole, quoting them', () => {
    for (const decimals of [-1, 7, 1.5]) {
      const evaluation = evaluatePerformanceTarget(weining(), { indicators: [pools] }, [], { scoring: withScoring({ decimals }) });
      expect(problems(evaluation)).toEqual([['performance-weight-invalid', ['options', 'scoring', 'decimals'], { input: String(decimals) }]]);
    }
  });

  it('refuses a method for missed indicators other than proportional or zero, quoting it', () => {
    const evaluation = evaluatePerformanceTarget(weining(), { indicators: [pools] }, [], { scoring: withScoring({ whenNotMet: 'half' }) });
    expect(problems(evaluation)).toEqual([['performance-weight-invalid', ['options', 'scoring', 'whenNotMet'], { input: 'half' }]]);
  });
});

describe('renderPerformanceEvaluation', () => {
  it('writes a complete evaluation with every level present and a total without a note', () => {
    const done: PerformanceIndicator = { dimension: 'output-quantity', name: '完成子项目数', comparator: '>=', value: '3', unit: '' };
    const actuals = [actual('完成子项目数', '3'), actual('解决饮水困难人口', '1500'), actual('受益群众满意度', '95')];
    const budgetExecution = { budget: amount('500000'), spent: amount('500000') };
    const evaluation = unwrap(evaluatePerformanceTarget(weining(), { indicators: [done, people, satisfaction] }, actuals, { budgetExecution }));
    expect(renderPerformanceEvaluation(evaluation, { locale: 'en' }).split('\n')).toEqual([
      'Performance self-evaluation: WN-2011-07',
      'Level | Dimension | Indicator | Planned | Actual | Rate | Points | Score',
      'Outputs | quantity | 完成子项目数 | ≥ 3 | 3 (2011-12-20, Acceptance report) | 100.00% | 50.00 | 50.00',
      'Benefits | social | 解决饮水困难人口 | ≥ 1500 人 | 1500 人 (2011-12-20, Acceptance report) | 100.00% | 30.00 | 30.00',
      'Satisfaction | satisfaction | 受益群众满意度 | ≥ 90% | 95% (2011-12-20, Acceptance report) | 105.55% | 10.00 | 10.00',
      'Budget execution | — | spent / budget | 100% | 500000.00 / 500000.00 yuan | 100.00% | 10.00 | 10.00',
      'Total: 100.00 / 100.00',
    ]);
    expect(renderPerformanceEvaluation(evaluation, { locale: 'zh' }).split('\n')).toEqual([
      '项目绩效自评表：WN-2011-07',
      '一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 完成率 | 分值 | 得分',
      '产出指标 | 数量指标 | 完成子项目数 | ≥ 3 | 3（2011-12-20，威宁县2011年人畜饮水工程验收报告） | 100.00% | 50.00 | 50.00',
      '效益指标 | 社会效益指标 | 解决饮水困难人口 | ≥ 1500人 | 1500人（2011-12-20，威宁县2011年人畜饮水工程验收报告） | 100.00% | 30.00 | 30.00',
      '满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥ 90% | 95%（2011-12-20，威宁县2011年人畜饮水工程验收报告） | 105.55% | 10.00 | 10.00',
      '预算执行率 | — | 支出 / 预算 | 100% | 500000.00 / 500000.00 元 | 100.00% | 10.00 | 10.00',
      '总分：100.00 / 100.00',
    ]);
  });

  it('names the levels without indicators and counts the missing actuals in the note of the total', () => {
    const evaluation = unwrap(evaluatePerformanceTarget(weining(), { indicators: [pools, months] }, []));
    expect(renderPerformanceEvaluation(evaluation, { locale: 'en' }).split('\n').slice(2)).toEqual([
      'Outputs | quantity | 新建饮水池 | ≥ 12 个 | missing | — | 25.00 | —',
      'Outputs | timeliness | 完工月数 | 10–12 月 | missing | — | 25.00 | —',
      'Total: 0.00 / 50.00 (no benefits, satisfaction indicators; 2 actual values missing, worth 50.00 points: the score is not final)',
    ]);
    expect(renderPerformanceEvaluation(evaluation, { locale: 'zh' }).split('\n').slice(2)).toEqual([
      '产出指标 | 数量指标 | 新建饮水池 | ≥ 12个 | 缺实际完成值 | — | 25.00 | —',
      '产出指标 | 时效指标 | 完工月数 | 10–12月 | 缺实际完成值 | — | 25.00 | —',
      '总分：0.00 / 50.00（未设效益指标、满意度指标；缺实际完成值2项，计50.00分，得分尚非最终）',
    ]);
  });

  it("writes a zero budget's rate and score as a dash", () => {
    const budgetExecution = { budget: amount('0'), spent: amount('0') };
    const evaluation = unwrap(evaluatePerformanceTarget(weining(), { indicators: [pools] }, [actual('新建饮水池', '12')], { budgetExecution }));
    expect(renderPerformanceEvaluation(evaluation, { locale: 'en' }).split('\n')[3]).toBe('Budget execution | — | spent / budget | 100% | 0.00 / 0.00 yuan | — | 10.00 | —');
    expect(renderPerformanceEvaluation(evaluation, { locale: 'zh' }).split('\n')[3]).toBe('预算执行率 | — | 支出 / 预算 | 100% | 0.00 / 0.00 元 | — | 10.00 | —');
  });

  it('says why the score of a zero budget is not final, beside any actuals missing', () => {
    const budgetExecution = { budget: amount('0'), spent: amount('0') };
    const total = (actuals: readonly PerformanceActual[], locale: 'en' | 'zh') =>
      renderPerformanceEvaluation(unwrap(evaluatePerformanceTarget(weining(), { indicators: [pools, months] }, actuals, { budgetExecution })), { locale }).split('\n').at(-1);
    const both = [actual('新建饮水池', '12'), actual('完工月数', '11')];
    expect(total(both, 'en')).toBe(
      'Total: 50.00 / 60.00 (no benefits, satisfaction indicators; no budget to rate its execution against, worth 10.00 points: the score is not final)',
    );
    expect(total(both, 'zh')).toBe('总分：50.00 / 60.00（未设效益指标、满意度指标；预算为零，执行率无从计算，计10.00分，得分尚非最终）');
    expect(total([actual('新建饮水池', '12')], 'en')).toBe(
      'Total: 25.00 / 60.00 (no benefits, satisfaction indicators; 1 actual value missing and no budget to rate its execution against, worth 35.00 points: the score is not final)',
    );
    expect(total([actual('新建饮水池', '12')], 'zh')).toBe('总分：25.00 / 60.00（未设效益指标、满意度指标；缺实际完成值1项，预算为零，执行率无从计算，计35.00分，得分尚非最终）');
  });

  it('titles the table with the name in the language asked, else in the other language, else with the id', () => {
    const evaluation = unwrap(evaluatePerformanceTarget(weining(), { indicators: [pools] }, []));
    const title = (locale: 'zh' | 'en', name: LocalizedText) => renderPerformanceEvaluation(evaluation, { locale, name }).split('\n')[0];
    expect(title('en', { zh: '威宁县人畜饮水项目' })).toBe('Performance self-evaluation: 威宁县人畜饮水项目');
    expect(title('en', { zh: '威宁县人畜饮水项目', en: '  ' })).toBe('Performance self-evaluation: 威宁县人畜饮水项目');
    expect(title('zh', { en: 'Weining drinking water' })).toBe('项目绩效自评表：Weining drinking water');
    expect(title('zh', { zh: '', en: 'Weining drinking water' })).toBe('项目绩效自评表：Weining drinking water');
    expect(title('en', { zh: '  ' })).toBe('Performance self-evaluation: WN-2011-07');
    expect(title('zh', { zh: ' ' })).toBe('项目绩效自评表：WN-2011-07');
  });

  it("titles a sub-project's table with the sub-project's id when no name is given", () => {
    const sub = subProjectId('WN-2011-07-1');
    const evaluation = unwrap(evaluatePerformanceTarget(weining(), { indicators: [pools] }, [], { subProject: sub }));
    expect(renderPerformanceEvaluation(evaluation, { locale: 'en' }).split('\n')[0]).toBe('Performance self-evaluation: WN-2011-07-1');
  });

  it('names the source of an actual in the language asked, else in the other language, and writes the date alone when it has no name', () => {
    const chineseOnly = unwrap(evaluatePerformanceTarget(weining(), { indicators: [pools] }, [actual('新建饮水池', '15', '2011-12-20', { zh: '验收报告' })]));
    const unnamed = unwrap(evaluatePerformanceTarget(weining(), { indicators: [pools] }, [actual('新建饮水池', '15', '2011-12-20', { zh: '', en: ' ' })]));
    expect(renderPerformanceEvaluation(chineseOnly, { locale: 'en' }).split('\n')[2]).toBe('Outputs | quantity | 新建饮水池 | ≥ 12 个 | 15 个 (2011-12-20, 验收报告) | 125.00% | 50.00 | 50.00');
    expect(renderPerformanceEvaluation(unnamed, { locale: 'zh' }).split('\n')[2]).toBe('产出指标 | 数量指标 | 新建饮水池 | ≥ 12个 | 15个（2011-12-20） | 125.00% | 50.00 | 50.00');
    expect(renderPerformanceEvaluation(unnamed, { locale: 'en' }).split('\n')[2]).toBe('Outputs | quantity | 新建饮水池 | ≥ 12 个 | 15 个 (2011-12-20) | 125.00% | 50.00 | 50.00');
  });
});
