import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activityId,
  countBeneficiaries,
  projectId,
  regionCode,
  residentIdCheckCharacter,
  subProjectId,
  residentId,
  type BeneficiaryCount,
  type IdentifiedBeneficiary,
} from '../../src/index.js';
import { counties, groupingArbitrary, recordsArbitrary, referenceCount, selectionArbitrary, recordRuns } from './generators.js';

const reached = (person: string, project: string, extra: Partial<IdentifiedBeneficiary> = {}): IdentifiedBeneficiary => ({
  person: { kind: 'app', appId: person },
  registeredPoor: false,
  attachedTo: { kind: 'project', project: projectId(project) },
  region: regionCode('520502'),
  year: 2011,
  ...extra,
});

const plain = (count: BeneficiaryCount) => JSON.parse(JSON.stringify(count)) as unknown;

describe('countBeneficiaries', () => {
  it('counts a villager reached by a road, a water project and a course once', () => {
    const records = [
      reached('li', 'road'),
      reached('li', 'water'),
      reached('li', 'course', { attachedTo: { kind: 'activity', activity: activityId('course') } }),
      reached('wang', 'water'),
    ];
    const count = countBeneficiaries(records, { groupBy: 'attachment' });
    expect(count.totals).toEqual([
      { year: 2011, personTimes: 4, persons: 2, registeredPoorPersons: 0, households: 0, registeredPoorHouseholds: 0 },
    ]);
    expect(count.groups.map((group) => [group.group, group.persons])).toEqual([
      ['activity:course', 1],
      ['project:road', 1],
      ['project:water', 2],
    ]);
  });

  it('counts the people of a sub-project under its project when grouping by project, and apart when grouping by attachment', () => {
    const inVillage = (person: string, subProject: string) =>
      reached(person, 'road', { attachedTo: { kind: 'sub-project', project: projectId('road'), subProject: subProjectId(subProject) } });
    const records = [reached('li', 'road'), inVillage('li', 'road-lilin'), inVillage('wang', 'road-lilin'), inVillage('zhao', 'road-xinzhai'), reached('zhao', 'water'), reached('wang', 'course', { attachedTo: { kind: 'activity', activity: activityId('course') } })];
    expect(countBeneficiaries(records, { groupBy: 'project' }).groups.map((group) => [group.group, group.persons, group.personTimes])).toEqual([
      ['activity:course', 1, 1],
      ['project:road', 3, 4],
      ['project:water', 1, 1],
    ]);
    expect(countBeneficiaries(records, { groupBy: 'attachment' }).groups.map((group) => [group.group, group.persons])).toEqual([
      ['activity:course', 1],
      ['project:road', 1],
      ['project:water', 1],
      ['sub-project:road-lilin', 2],
      ['sub-project:road-xinzhai', 1],
    ]);
  });

  it('counts persons separately in each reporting year', () => {
    const count = countBeneficiaries([reached('li', 'road'), reached('li', 'road', { year: 2012 })]);
    expect(count.totals.map((total) => [total.year, total.persons])).toEqual([
      [2011, 1],
      [2012, 1],
    ]);
  });

  it('makes every member of a registered-poor household registered poor in that year, whatever is selected', () => {
    const records = [
      reached('li', 'road', { household: 'h1', registeredPoor: true }),
      reached('li-wife', 'water', { household: 'h1' }),
      reached('wang', 'water', { household: 'h2' }),
      reached('li-son', 'water', { household: 'h1', year: 2012 }),
    ];
    const water = countBeneficiaries(records, { selection: { projects: [projectId('water')] } });
    expect(water.totals[0]).toMatchObject({ persons: 2, registeredPoorPersons: 1, households: 2, registeredPoorHouseholds: 1 });
    expect(water.totals[1]).toMatchObject({ year: 2012, persons: 1, registeredPoorPersons: 0 });
  });

  it('compares resident ID numbers and pseudonyms by their full text', () => {
    const first17 = '52050219900101123';
    const id = residentId(`${first17}${residentIdCheckCharacter(first17)}`);
    const records = [
      reached('x', 'road', { person: { kind: 'resident-id', residentId: id } }),
      reached('x', 'water', { person: { kind: 'resident-id', residentId: id } }),
      reached('x', 'water', { person: { kind: 'app', appId: id } }),
    ];
    expect(countBeneficiaries(records).totals[0]?.persons).toBe(2);
  });

  it('agrees with a plain count from the rules for any records, selection and grouping', () => {
    fc.assert(
      fc.property(recordsArbitrary(), selectionArbitrary, groupingArbitrary, (records, selection, groupBy) => {
        const options = groupBy === undefined ? { selection } : { selection, groupBy };
        expect(plain(countBeneficiaries(records, options))).toEqual(referenceCount(records, selection, groupBy));
      }),
      recordRuns,
    );
  });

  it('agrees with the plain count when everything is selected (status read from the runs of each key)', () => {
    fc.assert(
      fc.property(recordsArbitrary(), groupingArbitrary, (records, groupBy) => {
        const options = groupBy === undefined ? {} : { groupBy };
        expect(plain(countBeneficiaries(records, options))).toEqual(referenceCount(records, {}, groupBy));
      }),
      recordRuns,
    );
  });

  it('makes members of a registered-poor household registered poor when everything is counted', () => {
    const records = [reached('li', 'road', { household: 'h1', registeredPoor: true }), reached('li-wife', 'water', { household: 'h1' })];
    expect(countBeneficiaries(records).totals[0]).toMatchObject({ persons: 2, registeredPoorPersons: 2, households: 1, registeredPoorHouseholds: 1 });
  });

  describe('properties', () => {
    it('never counts more distinct persons than the sum of per-project counts', () => {
      fc.assert(
        fc.property(recordsArbitrary(), groupingArbitrary, (records, groupBy) => {
          const count = countBeneficiaries(records, { groupBy: groupBy ?? 'project' });
          for (const total of count.totals) {
            const groups = count.groups.filter((group) => group.year === total.year);
            const sum = (field: 'persons' | 'households' | 'personTimes') => groups.reduce((s, group) => s + group[field], 0);
            expect(total.persons).toBeLessThanOrEqual(sum('persons'));
            expect(total.households).toBeLessThanOrEqual(sum('households'));
            expect(total.personTimes).toBe(sum('personTimes'));
            expect(total.persons).toBeLessThanOrEqual(total.personTimes);
          }
        }),
        recordRuns,
      );
    });

    it('counts registered-poor persons and households as subsets of the totals', () => {
      fc.assert(
        fc.property(recordsArbitrary(), selectionArbitrary, groupingArbitrary, (records, selection, groupBy) => {
          const count = countBeneficiaries(records, groupBy === undefined ? { selection } : { selection, groupBy });
          for (const tally of [...count.totals, ...count.groups]) {
            expect(tally.registeredPoorPersons).toBeLessThanOrEqual(tally.persons);
            expect(tally.registeredPoorHouseholds).toBeLessThanOrEqual(tally.households);
          }
        }),
        recordRuns,
      );
    });

    it('does not change distinct counts when records are reordered or repeated', () => {
      fc.assert(
        fc.property(
          recordsArbitrary().chain((records) => fc.tuple(fc.constant(records), fc.shuffledSubarray(records), fc.shuffledSubarray(records))),
          groupingArbitrary,
          ([records, shuffled, repeated], groupBy) => {
            const options = groupBy === undefined ? {} : { groupBy };
            const distinct = (count: BeneficiaryCount) =>
              [...count.totals, ...count.groups].map(({ personTimes: _times, ...rest }) => rest);
            const reordered = fc.sample(fc.shuffledSubarray(records, { minLength: records.length }), { numRuns: 1, seed: records.length })[0] ?? [];
            expect(distinct(countBeneficiaries(reordered, options))).toEqual(distinct(countBeneficiaries(records, options)));
            const withRepeats = [...records, ...shuffled, ...repeated];
            expect(distinct(countBeneficiaries(withRepeats, options))).toEqual(distinct(countBeneficiaries(records, options)));
            expect(countBeneficiaries(withRepeats, options).totals.reduce((s, total) => s + total.personTimes, 0)).toBe(withRepeats.length);
          },
        ),
        recordRuns,
      );
    });

    it('counts the union of two selections with disjoint people as the sum of their counts', () => {
      fc.assert(
        fc.property(recordsArbitrary(), fc.subarray(counties), (records, chosen) => {
          // Tie each person to one county, so that selections by county have disjoint people.
          const placed = records.map((record) => {
            const person = record.person.kind === 'app' ? Number(record.person.appId.slice(1)) : 0;
            return { ...record, region: counties[person % counties.length] ?? record.region };
          });
          const others = counties.filter((county) => !chosen.includes(county));
          const one = countBeneficiaries(placed, { selection: { regions: chosen } });
          const other = countBeneficiaries(placed, { selection: { regions: others } });
          const both = countBeneficiaries(placed, { selection: { regions: counties } });
          for (const total of both.totals) {
            const part = (count: BeneficiaryCount) => count.totals.find((t) => t.year === total.year)?.persons ?? 0;
            expect(total.persons).toBe(part(one) + part(other));
          }
        }),
        recordRuns,
      );
    });

    it('counts the union of any two selections between the larger and the sum', () => {
      fc.assert(
        fc.property(recordsArbitrary(), fc.subarray(counties), fc.subarray(counties), (records, first, second) => {
          const persons = (regions: readonly (typeof counties)[number][]) =>
            countBeneficiaries(records, { selection: { regions, years: [2011] } }).totals[0]?.persons ?? 0;
          const union = persons([...new Set([...first, ...second])]);
          expect(union).toBeGreaterThanOrEqual(Math.max(persons(first), persons(second)));
          expect(union).toBeLessThanOrEqual(persons(first) + persons(second));
        }),
        recordRuns,
      );
    });
  });

  describe('edge cases', () => {
    it('returns no totals for no records or an empty selection', () => {
      expect(countBeneficiaries([])).toEqual({ groupBy: null, totals: [], groups: [] });
      expect(countBeneficiaries([reached('li', 'road')], { selection: { projects: [] } }).totals).toEqual([]);
    });

    it('refuses a year that is not a whole number', () => {
      expect(() => countBeneficiaries([reached('li', 'road', { year: 2011.5 })])).toThrow(/beneficiary-year-invalid/);
    });

    it('reports a null group for records without the grouped field', () => {
      const count = countBeneficiaries([reached('li', 'road'), reached('wang', 'road', { fundCategory: 'disaster-relief' })], { groupBy: 'fund-category' });
      expect(count.groups.map((group) => group.group)).toEqual([null, 'disaster-relief']);
    });

    it('puts records coarser than the grouping level in the null group', () => {
      const count = countBeneficiaries([reached('li', 'road', { region: regionCode('520500') })], { groupBy: 'county' });
      expect(count.groups[0]?.group).toBeNull();
    });
  });
});
