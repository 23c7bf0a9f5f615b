import { describe, expect, it } from 'vitest';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import { comparePlan, plan, type PlanActual } from '../../src/index.js';

// A plan target of money is written in the unit the plan was agreed in (万元 as often as 元); the actual amount is
// known in yuan. The rate compares the two in one unit, and the actual is shown in the target's.
const farming = (value: string, unit: string) =>
  plan({ id: 'p', kind: 'annual', name: { en: 'plan' }, fromYear: 2011, toYear: 2011, agreed: [], targets: [{ measure: 'farming-funds', value, unit }] });
const spent = (value: string, unit: PlanActual['unit'] = 'yuan'): PlanActual[] => [{ measure: 'farming-funds', value, unit }];
const counted = (value: string): PlanActual[] => [{ measure: 'farming-funds', value }];
const compared = (value: string, unit: string, actuals: PlanActual[]) => comparePlan(farming(value, unit), seedProgramme2011, { actuals }).targets[0];

describe('comparePlan, a target of money', () => {
  it('meets 2,500,000 yuan spent against a target of 250 万元 at 100 %, the actual restated in 万元', () => {
    expect(compared('250', '万元', spent('2500000.00'))).toMatchObject({ actual: '250', percent: '100.00' });
  });

  it('restates the actual exactly, to the fen, whatever the unit of the target', () => {
    expect(compared('300', 'wan yuan', spent('2500000.37'))).toMatchObject({ actual: '250.000037', percent: '83.33' });
    expect(compared('0.05', '亿元', spent('2500000'))).toMatchObject({ actual: '0.025', percent: '50.00' });
    expect(compared('2000', '千元', spent('2500000'))).toMatchObject({ actual: '2500', percent: '125.00' });
  });

  it('takes an actual written in 万元 against a target in yuan', () => {
    expect(compared('2500000', '元', spent('125', 'wan'))).toMatchObject({ actual: '1250000', percent: '50.00' });
  });

  it('compares an actual in the target’s own unit as it stands, and reads a target with no unit in yuan', () => {
    expect(compared('5000000', 'yuan', spent('2500000.00'))).toMatchObject({ actual: '2500000.00', percent: '50.00' });
    expect(compared('5000000', '', spent('2500000.00'))).toMatchObject({ actual: '2500000.00', percent: '50.00' });
    expect(compared('500', '万', spent('250.50', 'wan'))).toMatchObject({ actual: '250.50', percent: '50.10' });
  });

  it('does not compare money with a target written in persons, and says why', () => {
    expect(compared('250', '人', spent('2500000'))).toStrictEqual({ target: { measure: 'farming-funds', value: '250', unit: '人' }, unitMismatch: true });
  });

  it('leaves a count without a unit as it is, whatever the target is written in', () => {
    expect(compared('250', '万元', counted('125'))).toMatchObject({ actual: '125', percent: '50.00' });
    expect(compared('250', '人', counted('125'))).not.toHaveProperty('unitMismatch');
  });
});
