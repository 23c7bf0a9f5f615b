import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amount,
  defaultPerformanceScoring,
  evaluatePerformanceTarget,
  isoDate,
  performanceDimensions,
  projectId,
  renderPerformanceEvaluation,
  unwrap,
  type PerformanceActual,
  type PerformanceIndicator,
  type PerformanceScoring,
  type PerformanceTarget,
} from '../../src/index.js';

const project = projectId('WN-2011-07');
const source = { document: { zh: '威宁县2011年人畜饮水工程验收报告', en: 'Acceptance report' }, completeness: 'complete' } as const;
const actual = (indicator: string, value: string, date = '2011-12-20'): PerformanceActual => ({ project, indicator, value, date: isoDate(date), source });
const target: PerformanceTarget = {
  indicators: [
    { dimension: 'output-quantity', name: '新建饮水池', comparator: '>=', value: '12', unit: '个' },
    { dimension: 'output-cost', name: '每户投资', comparator: '<=', value: '3000', unit: '元' },
    { dimension: 'output-timeliness', name: '完工月数', comparator: 'range', value: '10', max: '12', unit: '月' },
    { dimension: 'benefit-social', name: '解决饮水困难人口', comparator: '>=', value: '1500', unit: '人' },
    { dimension: 'satisfaction', name: '受益群众满意度', comparator: '>=', value: '90', unit: '%' },
  ],
};
const rows = (evaluation: ReturnType<typeof evaluatePerformanceTarget>) =>
  unwrap(evaluation).levels.flatMap((level) => level.indicators.map((indicator) => [indicator.name, indicator.status, indicator.rate, indicator.points, indicator.score]));

describe('evaluatePerformanceTarget', () => {
  it('scores each indicator: full points when met, proportional points when missed, nothing when missing', () => {
    const actuals = [actual('新建饮水池', '15'), actual('每户投资', '3200'), actual('完工月数', '13'), actual('解决饮水困难人口', '1380')];
    const evaluation = evaluatePerformanceTarget(project, target, actuals, { budgetExecution: { budget: amount('500000'), spent: amount('450000') } });
    expect(rows(evaluation)).toEqual([
      ['新建饮水池', 'met', '125.00', '16.67', '16.67'],
      ['完工月数', 'not-met', '130.00', '16.67', '15.38'],
      ['每户投资', 'not-met', '93.75', '16.66', '15.61'],
      ['解决饮水困难人口', 'not-met', '92.00', '30.00', '27.60'],
      ['受益群众满意度', 'missing', undefined, '10.00', undefined],
    ]);
    const value = unwrap(evaluation);
    expect(value.budgetExecution).toEqual({ budget: amount('500000'), spent: amount('450000'), rate: '90.00', points: '10.00', score: '9.00' });
    expect([value.score, value.maxScore, value.missingPoints, value.complete, value.counts]).toEqual(['84.26', '100.00', '10.00', false, { met: 1, notMet: 3, missing: 1 }]);
  });

  it('gives rates above 100 % as they are: a target beaten by a quarter is 125 %', () => {
    const doubled = evaluatePerformanceTarget(project, target, [actual('解决饮水困难人口', '3000')]);
    expect(unwrap(doubled).levels[1]?.indicators[0]?.rate).toBe('200.00');
  });

  it('scores a missed indicator zero under the zero method, and uses the latest actual of an indicator', () => {
    const scoring: PerformanceScoring = { ...defaultPerformanceScoring, whenNotMet: 'zero' };
    const actuals = [actual('新建饮水池', '15', '2011-12-31'), actual('新建饮水池', '11', '2011-11-30')];
    const evaluation = unwrap(evaluatePerformanceTarget(project, target, [...actuals, actual('每户投资', '3200')], { scoring }));
    expect(evaluation.levels[0]?.indicators.map((indicator) => [indicator.actual?.value, indicator.score])).toEqual([['15', '16.67'], [undefined, undefined], ['3200', '0.00']]);
  });

  it('refuses weights that do not add up to the total, naming both', () => {
    const scoring: PerformanceScoring = { ...defaultPerformanceScoring, weights: { ...defaultPerformanceScoring.weights, output: '40' } };
    const evaluation = evaluatePerformanceTarget(project, target, [], { scoring });
    expect(evaluation.ok || evaluation.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([['performance-weights-mismatch', ['options', 'scoring', 'weights'], { sum: '90', total: '100' }]]);
  });

  it('refuses a weight that is not a non-negative exact decimal', () => {
    const scoring = { ...defaultPerformanceScoring, weights: { ...defaultPerformanceScoring.weights, benefit: '-30' } };
    const evaluation = evaluatePerformanceTarget(project, target, [], { scoring });
    expect(evaluation.ok || evaluation.issues.map((issue) => [issue.code, issue.path])).toEqual([['performance-weight-invalid', ['options', 'scoring', 'weights', 'benefit']]]);
  });

  it('refuses a reversed range, a repeated indicator, an actual of no indicator and two disagreeing actuals of one day', () => {
    const broken: PerformanceTarget = {
      indicators: [...target.indicators, { dimension: 'output-timeliness', name: '开工月数', comparator: 'range', value: '5', max: '3', unit: '月' }, target.indicators[0]!],
    };
    const evaluation = evaluatePerformanceTarget(project, broken, [actual('新建水窖', '3'), actual('新建饮水池', '15'), actual('新建饮水池', '14')]);
    expect(evaluation.ok || evaluation.issues.map((issue) => issue.code)).toEqual([
      'performance-range-reversed',
      'performance-indicator-repeated',
      'performance-actual-indicator-unknown',
      'performance-actuals-conflict',
    ]);
  });

  it("ignores other projects' actuals and evaluates a sub-project's own target with its own", () => {
    const other = { ...actual('新建饮水池', '1'), project: projectId('WN-2011-08') };
    const ofSub = { ...actual('新建饮水池', '12'), subProject: 'WN-2011-07-1' } as PerformanceActual;
    expect(unwrap(evaluatePerformanceTarget(project, target, [other, ofSub])).counts.missing).toBe(5);
    expect(unwrap(evaluatePerformanceTarget(project, target, [other, ofSub], { subProject: ofSub.subProject! })).counts).toEqual({ met: 1, notMet: 0, missing: 4 });
  });

  it('leaves out the points of a level without indicators and says so', () => {
    const outputs: PerformanceTarget = { indicators: [target.indicators[0]!] };
    const evaluation = unwrap(evaluatePerformanceTarget(project, outputs, [actual('新建饮水池', '12')]));
    expect([evaluation.absentLevels, evaluation.score, evaluation.maxScore, evaluation.complete]).toEqual([['benefit', 'satisfaction'], '50.00', '50.00', true]);
  });

  describe('properties', () => {
    const decimal = fc.tuple(fc.integer({ min: -50, max: 5000 }), fc.integer({ min: 0, max: 99 })).map(([whole, cents]) => (whole < 0 && cents > 0 ? `${whole}.${cents}` : `${whole}.${String(cents).padStart(2, '0')}`));
    const indicatorOf = (name: string): fc.Arbitrary<PerformanceIndicator> =>
      fc.oneof(
        fc.record({ dimension: fc.constantFrom(...performanceDimensions), name: fc.constant(name), comparator: fc.constantFrom('>=' as const, '<=' as const, '=' as const), value: decimal, unit: fc.constant('个') }),
        fc.tuple(fc.constantFrom(...performanceDimensions), decimal, decimal).map(([dimension, a, b]) => {
          const [low, high] = Number(a) <= Number(b) ? [a, b] : [b, a];
          return { dimension, name, comparator: 'range' as const, value: low, max: high, unit: '个' };
        }),
      );
    const targets = fc.integer({ min: 1, max: 7 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => indicatorOf(`指标${i}`))).map((indicators) => ({ indicators })));
    const withActuals = targets.chain((t) =>
      fc.tuple(fc.constant(t), fc.tuple(...t.indicators.map((indicator) => fc.option(decimal.map((value) => actual(indicator.name, value)), { nil: undefined })))),
    );
    const weights = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).filter(([a, b, c]) => a + b + c <= 100);
    const scoringOf = ([a, b, c]: readonly [number, number, number], whenNotMet: 'proportional' | 'zero'): PerformanceScoring => ({
      weights: { 'output': String(a), 'benefit': String(b), 'satisfaction': String(c), 'budget-execution': String(100 - a - b - c) },
      whenNotMet,
    });

    it('keeps every score within its points and the total within the points at stake; a missing actual is never met', () => {
      fc.assert(
        fc.property(withActuals, weights, fc.constantFrom('proportional' as const, 'zero' as const), ([t, given], w, whenNotMet) => {
          const actuals = given.filter((entry): entry is PerformanceActual => entry !== undefined);
          const evaluation = unwrap(evaluatePerformanceTarget(project, t, actuals, { scoring: scoringOf(w, whenNotMet) }));
          for (const level of evaluation.levels) {
            expect(Number(level.score)).toBeLessThanOrEqual(Number(level.points));
            for (const indicator of level.indicators) {
              if (indicator.actual === undefined) expect([indicator.status, indicator.score]).toEqual(['missing', undefined]);
              else {
                expect(Number(indicator.score)).toBeGreaterThanOrEqual(0);
                expect(Number(indicator.score)).toBeLessThanOrEqual(Number(indicator.points));
                if (indicator.status === 'not-met' && Number(indicator.points) > 0) expect(Number(indicator.score)).toBeLessThan(Number(indicator.points));
              }
            }
          }
          expect(Number(evaluation.score) + Number(evaluation.missingPoints)).toBeLessThanOrEqual(Number(evaluation.maxScore) + 1e-9);
          expect(evaluation.complete).toBe(evaluation.counts.missing === 0);
        }),
      );
    });

    it('shares the points of a level exactly among its indicators', () => {
      fc.assert(
        fc.property(withActuals, weights, ([t], w) => {
          const evaluation = unwrap(evaluatePerformanceTarget(project, t, [], { scoring: scoringOf(w, 'proportional') }));
          for (const level of evaluation.levels) {
            const cents = level.indicators.reduce((sum, indicator) => sum + BigInt(indicator.points.replace('.', '')), 0n);
            expect(cents).toBe(BigInt(level.points.replace('.', '')));
          }
        }),
      );
    });

    it('never caps a rate: an actual k times a positive planned value of an at-least indicator rates k × 100 %', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 50 }), (planned, k) => {
          const single: PerformanceTarget = { indicators: [{ dimension: 'output-quantity', name: 'n', comparator: '>=', value: String(planned), unit: '' }] };
          const evaluation = unwrap(evaluatePerformanceTarget(project, single, [actual('n', String(planned * k))]));
          expect(evaluation.levels[0]?.indicators[0]?.rate).toBe(`${k * 100}.00`);
        }),
      );
    });

    it('gives the same result for the same data, and moves only the level of an indicator whose actual changes', () => {
      fc.assert(
        fc.property(withActuals, decimal, fc.nat(), ([t, given], changed, pick) => {
          const actuals = given.filter((entry): entry is PerformanceActual => entry !== undefined);
          const before = unwrap(evaluatePerformanceTarget(project, t, actuals));
          expect(unwrap(evaluatePerformanceTarget(project, t, [...actuals]))).toEqual(before);
          const indicator = t.indicators[pick % t.indicators.length]!;
          const after = unwrap(evaluatePerformanceTarget(project, t, [...actuals.filter((entry) => entry.indicator !== indicator.name), actual(indicator.name, changed)]));
          for (const level of before.levels) {
            if (level.level !== after.levels.find((l) => l.indicators.some((i) => i.name === indicator.name))?.level) {
              expect(after.levels.find((l) => l.level === level.level)).toEqual(level);
            }
          }
        }),
      );
    });
  });
});

describe('renderPerformanceEvaluation', () => {
  const actuals = [actual('新建饮水池', '15'), actual('每户投资', '3200'), actual('完工月数', '11'), actual('解决饮水困难人口', '1380')];
  const evaluation = unwrap(evaluatePerformanceTarget(project, target, actuals, { budgetExecution: { budget: amount('500000'), spent: amount('450000') } }));

  it('writes the self-evaluation table in Chinese, with the missing actual as missing', () => {
    expect(renderPerformanceEvaluation(evaluation, { locale: 'zh', name: { zh: '威宁县2011年人畜饮水项目' } }).split('\n')).toEqual([
      '项目绩效自评表：威宁县2011年人畜饮水项目',
      '一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 完成率 | 分值 | 得分',
      '产出指标 | 数量指标 | 新建饮水池 | ≥ 12个 | 15个（2011-12-20，威宁县2011年人畜饮水工程验收报告） | 125.00% | 16.67 | 16.67',
      '产出指标 | 时效指标 | 完工月数 | 10–12月 | 11月（2011-12-20，威宁县2011年人畜饮水工程验收报告） | 110.00% | 16.67 | 16.67',
      '产出指标 | 成本指标 | 每户投资 | ≤ 3000元 | 3200元（2011-12-20，威宁县2011年人畜饮水工程验收报告） | 93.75% | 16.66 | 15.61',
      '效益指标 | 社会效益指标 | 解决饮水困难人口 | ≥ 1500人 | 1380人（2011-12-20，威宁县2011年人畜饮水工程验收报告） | 92.00% | 30.00 | 27.60',
      '满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥ 90% | 缺实际完成值 | — | 10.00 | —',
      '预算执行率 | — | 支出 / 预算 | 100% | 450000.00 / 500000.00 元 | 90.00% | 10.00 | 9.00',
      '总分：85.55 / 100.00（缺实际完成值1项，计10.00分，得分尚非最终）',
    ]);
  });

  it('writes it in English', () => {
    const lines = renderPerformanceEvaluation(evaluation, { locale: 'en' }).split('\n');
    expect(lines[0]).toBe('Performance self-evaluation: WN-2011-07');
    expect(lines[2]).toBe('Outputs | quantity | 新建饮水池 | ≥ 12 个 | 15 个 (2011-12-20, Acceptance report) | 125.00% | 16.67 | 16.67');
    expect(lines.at(-1)).toBe('Total: 85.55 / 100.00 (1 actual value missing, worth 10.00 points: the score is not final)');
  });
});
