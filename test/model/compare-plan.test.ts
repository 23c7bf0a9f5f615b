import { describe, expect, it } from 'vitest';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import { comparePlan, PairingAidError, plan } from '../../src/index.js';

const annual = plan({
  id: 'sz-gz-2011-annual',
  kind: 'annual',
  name: { en: '2011 annual plan (illustrative)' },
  fromYear: 2011,
  toYear: 2011,
  agreed: [
    { recipient: '522400', amount: '10000000' },
    { recipient: '522700', category: 'counterpart-support', amount: '12000000' },
    { category: 'disaster-relief', amount: '2800000' },
    { amount: '0' },
  ],
  targets: [
    { measure: 'projects', value: '20', unit: '个', recipient: '522400' },
    { measure: 'sub-projects', value: '71', unit: '个' },
    { measure: 'beneficiaries', value: '60000', unit: '人' },
    { measure: 'trained-cadres', value: '1000', unit: '人' },
  ],
});

describe('comparePlan', () => {
  it('compares agreed amounts with the disbursements of the plan’s years', () => {
    const compared = comparePlan(annual, seedProgramme2011);
    expect(compared.amounts.map((row) => [row.actual.toJSON(), row.percent])).toEqual([
      ['11980000.00', '119.80'],
      ['12000000.00', '100.00'],
      ['0.00', '0.00'],
      ['23980000.00', undefined],
    ]);
  });

  it('never caps a rate above 100 %', () => {
    const compared = comparePlan(annual, seedProgramme2011, { kind: 'budget', decimals: 4 });
    expect(compared.amounts[0]?.percent).toBe('120.0000');
    expect(compared.targets[0]?.percent).toBe('125.0000');
  });

  it('counts projects and sub-projects itself and takes other actuals as given', () => {
    const compared = comparePlan(annual, seedProgramme2011, { actuals: [{ measure: 'beneficiaries', value: '60400' }] });
    expect(compared.targets.map((row) => [row.actual, row.percent])).toEqual([
      ['25', '125.00'],
      ['71', '100.00'],
      ['60400', '100.67'],
      [undefined, undefined],
    ]);
  });

  it('rounds rates by the mode asked for', () => {
    const compared = comparePlan(annual, seedProgramme2011, { actuals: [{ measure: 'beneficiaries', value: '60400' }], rounding: 'down' });
    expect(compared.targets[2]?.percent).toBe('100.66');
  });

  describe('edge cases', () => {
    it('finds nothing outside the plan’s years', () => {
      const later = { ...annual, fromYear: 2012, toYear: 2015 };
      const compared = comparePlan(later, seedProgramme2011);
      expect(compared.amounts[0]?.actual.toJSON()).toBe('0.00');
      expect(compared.targets[0]?.actual).toBe('0');
    });

    it('refuses an actual that is not a decimal', () => {
      expect(() => comparePlan(annual, seedProgramme2011, { actuals: [{ measure: 'beneficiaries', value: '6万' }] })).toThrow(PairingAidError);
    });
  });
});
