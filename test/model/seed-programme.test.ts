import { describe, expect, it } from 'vitest';
import {
  seedFund2011,
  seedProgramme2011,
  seedSource2011,
} from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import {
  amount,
  formatAmount,
  isEqualAmount,
  isWithinRegion,
  regionCode,
  regionLevel,
  rollUpProgramme,
  sumAmounts,
} from '../../src/index.js';
// The model's own rules; checkProgramme runs them on a record together with the lifecycles' rules.
import { checkProgrammeModel as checkProgramme } from '../../src/model/check/check-programme-model.js';

// The 2011 figures of the source (DOMAIN.md §2), checked against the fixture built through the public API.
const bijie = regionCode('522400');
// Bijie's 2011 records, written under 毕节地区 522400, total under 毕节市 520500, in force at the end of 2011.
const bijieAtYearEnd = regionCode('520500');
const qiannan = regionCode('522700');

describe('the 2011 Shenzhen–Guizhou infrastructure programme', () => {
  const summary = rollUpProgramme(seedProgramme2011);

  it('has 38 projects with 71 sub-projects', () => {
    expect(summary.activityTotal).toEqual({ projects: 38, subProjects: 71 });
  });

  it('has Bijie 25 projects (53 sub-projects) and 12 million yuan, Qiannan 13 (18) and 12 million', () => {
    expect(summary.activitiesByRegion[bijieAtYearEnd]).toEqual({ projects: 25, subProjects: 53 });
    expect(summary.activitiesByRegion[qiannan]).toEqual({ projects: 13, subProjects: 18 });
    expect(summary.byRegion[bijieAtYearEnd]?.budget.toJSON()).toBe('12000000.00');
    expect(summary.byRegion[qiannan]?.budget.toJSON()).toBe('12000000.00');
    expect(formatAmount(summary.byRegion[bijieAtYearEnd]!.budget, { locale: 'zh', unit: 'wan' })).toBe('1,200.00万元');
  });

  it('has funds of 42.81 + 2.8 + 1.3 = 46.91 million yuan', () => {
    const shares = Object.fromEntries(seedFund2011.breakdown.map((share) => [share.category, share.amount.toJSON()]));
    expect(shares).toEqual({ 'counterpart-support': '42810000.00', 'disaster-relief': '2800000.00', 'cadre-training': '1300000.00' });
    expect(sumAmounts(seedFund2011.breakdown.map((share) => share.amount))).toEqual(amount('46.91 million'));
    expect(seedFund2011.total.toJSON()).toBe('46910000.00');
  });

  it('keeps every rule', () => {
    expect(checkProgramme(seedProgramme2011)).toEqual([]);
  });

  it('places every project in a 2011 county of its prefecture, with its sub-projects', () => {
    const bijieCodes = ['522401', '522422', '522423', '522424', '522425', '522426', '522427', '522428'];
    const qiannanCodes = ['522701', '522702', '522722', '522723', '522725', '522726', '522727', '522728', '522729', '522730', '522731', '522732'];
    const used = new Set(seedProgramme2011.projects.map((project) => project.location.region as string));
    expect([...used].sort()).toEqual([...bijieCodes, ...qiannanCodes]);
    for (const project of seedProgramme2011.projects) {
      expect(regionLevel(project.location.region)).toBe('county');
      expect(isWithinRegion(project.location.region, bijie) || isWithinRegion(project.location.region, qiannan)).toBe(true);
    }
  });

  it('sums each project’s sub-project budgets exactly to its budget', () => {
    for (const project of seedProgramme2011.projects) {
      expect(isEqualAmount(sumAmounts(project.subProjects.map((sub) => sub.budget)), project.budget)).toBe(true);
    }
  });

  it('says that only the totals come from the source', () => {
    expect(seedProgramme2011.reportedIn).toBe(seedSource2011);
    expect(seedSource2011.completeness).toBe('incomplete');
    expect(seedSource2011.note?.en).toMatch(/Only the totals come from the source/);
    expect(seedSource2011.note?.zh).toMatch(/来源只给出总数/);
  });
});
