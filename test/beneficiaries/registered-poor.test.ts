import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateBeneficiaryColumns, countBeneficiaryColumns, projectId, regionCode, resolveRegisteredPoor, summariseBeneficiaryColumns } from '../../src/index.js';
import { columnsOf, groupingArbitrary, recordsArbitrary, recordRuns } from './generators.js';

const road = { attachedTo: { kind: 'project' as const, project: projectId('road') } };
const regions = [regionCode('520502'), regionCode('520521')];

describe('registered-poor status', () => {
  // Person 1 is flagged without a known household; person 2 flags household 5, where person 3 also lives.
  const columns = () => {
    const built = allocateBeneficiaryColumns(3, [road], regions, { households: true });
    built.personKeys.set([1, 2, 3]);
    built.householdKeys?.set([Number.NaN, 5, 5]);
    built.registeredPoor.set([1, 1, 0]);
    built.years.fill(2011);
    built.regionIndices.set([0, 0, 1]);
    return built;
  };

  it('is not lost for a household when a record of the year flags a person without a known household', () => {
    expect([...resolveRegisteredPoor(columns())]).toEqual([2, 3, 3]);
    for (const chosen of [[regions[0]!], [regions[1]!], regions]) {
      const total = countBeneficiaryColumns(columns(), { selection: { regions: chosen } }).totals[0];
      expect(total?.registeredPoorHouseholds).toBe(1);
      expect(total?.registeredPoorPersons).toBe(total?.persons);
    }
    expect([...(summariseBeneficiaryColumns(columns(), { selection: { regions: [regions[1]!] } }).totals[0]?.registeredPoorHouseholds ?? [])]).toEqual([5]);
  });

  it('passes to a household’s members in a year where it is flagged, though another year flags no one', () => {
    const built = allocateBeneficiaryColumns(4, [road], regions, { households: true });
    built.personKeys.set([1, 2, 1, 2]);
    built.householdKeys?.set([9, 9, 9, 9]);
    built.registeredPoor.set([1, 0, 0, 0]);
    built.years.set([2011, 2011, 2012, 2012]);
    expect(countBeneficiaryColumns(built).totals.map((total) => [total.year, total.registeredPoorPersons, total.registeredPoorHouseholds])).toEqual([
      [2011, 2, 1],
      [2012, 0, 0],
    ]);
    expect([...resolveRegisteredPoor(built)]).toEqual([3, 3, 0, 0]);
  });

  it('counts the same from resolved flags as from the records’ own, when everything is counted', () => {
    fc.assert(
      fc.property(recordsArbitrary(120), groupingArbitrary, (records, groupBy) => {
        const original = columnsOf(records);
        const resolved = { ...original, registeredPoor: resolveRegisteredPoor(original) };
        const options = groupBy === undefined ? {} : { groupBy };
        expect(countBeneficiaryColumns(resolved, options)).toEqual(countBeneficiaryColumns(original, options));
      }),
      recordRuns,
    );
  });

  it('of a household comes only from the household flag: a person-only flag leaves the household as it is', () => {
    const built = allocateBeneficiaryColumns(2, [road], regions, { households: true });
    built.personKeys.set([1, 2]);
    built.householdKeys?.set([8, 8]);
    built.registeredPoor.set([2, 0]);
    built.years.fill(2011);
    expect(countBeneficiaryColumns(built, { groupBy: 'region' }).totals[0]).toMatchObject({ persons: 2, registeredPoorPersons: 1, households: 1, registeredPoorHouseholds: 0 });
    expect(countBeneficiaryColumns(built, { selection: { regions: [regions[0]!] } }).totals[0]).toMatchObject({ registeredPoorPersons: 1, registeredPoorHouseholds: 0 });
  });
});
