import { describe, expect, it } from 'vitest';
import { plan, renderAnnualReport, type AnnualReport, type PlanTarget } from '../../src/index.js';
import { reportOf, seedProgramme } from './fixtures.js';

// The seed's farming funds of 2011 are 2,000,000.00 yuan. A plan agrees its money targets in 万元 as often as in 元.
const withTarget = (target: PlanTarget) =>
  reportOf({
    programme: {
      ...seedProgramme,
      plans: [plan({ id: 'five-year', kind: 'multi-year', name: { en: 'Five-year plan', zh: '五年规划' }, fromYear: 2011, toYear: 2015, agreed: [], targets: [target] })],
    },
  });
const farmingLine = (report: AnnualReport, locale: 'en' | 'zh') =>
  renderAnnualReport(report, { locale }).split('\n').find((line) => line.includes(locale === 'en' ? 'Farming funds: target' : '种养殖项目资金：目标'));

describe('a money target of a plan in the report', () => {
  it('sets farming funds in yuan against a target in 万元 in one unit: 2,000,000 yuan of 250 万元 is 80 %', () => {
    const report = withTarget({ measure: 'farming-funds', value: '250', unit: '万元' });
    expect(report.plans.plans[0]?.inYear.targets[0]).toMatchObject({ actual: '200', percent: '80.00' });
    expect(report.plans.plans[0]?.cumulative.targets[0]).toMatchObject({ actual: '200', percent: '80.00' });
    expect(farmingLine(report, 'en')).toBe('  Farming funds: target 250 万元; actual in 2011 200, 80.00 %; 2011–2011 200, 80.00 %');
    expect(farmingLine(report, 'zh')).toBe('  种养殖项目资金：目标250万元；2011年实际200，完成80.00 %；2011—2011年累计200，完成80.00 %');
    expect(report.issues.map((issue) => issue.code)).not.toContain('plan-target-unit-not-money');
  });

  it('does not compare farming funds with a target written in persons, and says so once, at the target’s unit', () => {
    const report = withTarget({ measure: 'farming-funds', value: '250', unit: '人' });
    expect(report.plans.plans[0]?.inYear.targets[0]).toStrictEqual({ target: { measure: 'farming-funds', value: '250', unit: '人' }, unitMismatch: true });
    const raised = report.issues.filter((issue) => issue.code === 'plan-target-unit-not-money');
    expect(raised.map((issue) => [issue.path, issue.params])).toEqual([
      [['record', 'programme', 'plans', 0, 'targets', 0, 'unit'], { plan: 'five-year', measure: 'farming-funds', unit: '人' }],
    ]);
    expect(farmingLine(report, 'en')).toBe('  Farming funds: target 250 人; actual in 2011 unknown, unknown; 2011–2011 unknown, unknown');
    const rendered = renderAnnualReport(report, { locale: 'zh' });
    expect(rendered).toContain('计划“five-year”的目标“种养殖项目资金”是资金额，单位却为“人”，不是货币单位（元、万元、亿元等），未与实际金额比较。');
    expect(renderAnnualReport(report, { locale: 'en' })).toContain(
      '[plan-target-unit-not-money] record.programme.plans[0].targets[0].unit: The target "farming-funds" of plan "five-year" is an amount of money but is written in "人", not in a unit of money (元, 万元, 亿元…), so it is not compared with the actual amount.',
    );
  });

  it('names a unit given in English words in Chinese in the message', () => {
    const report = withTarget({ measure: 'farming-funds', value: '250', unit: 'persons' });
    expect(renderAnnualReport(report, { locale: 'zh' })).toContain('单位却为“人”');
  });
});
