import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateBeneficiaryColumns,
  checkBeneficiaryColumns,
  countBeneficiaries,
  countBeneficiaryColumns,
  PairingAidError,
  projectId,
  regionCode,
  resolveRegisteredPoor,
  type BeneficiaryColumns,
} from '../../src/index.js';
import { columnsOf, groupingArbitrary, recordsArbitrary, selectionArbitrary, recordRuns } from './generators.js';

const road = { attachedTo: { kind: 'project' as const, project: projectId('road') } };

/** Columns of `keys.length` records with arbitrary whole-number keys, in two years and three regions. */
const wideColumnsArbitrary = fc
  .array(fc.record({ key: fc.oneof(fc.nat({ max: 300 }), fc.maxSafeNat()), flag: fc.nat({ max: 5 }), year: fc.constantFrom(2011, 2012), region: fc.nat({ max: 2 }) }), {
    minLength: 0,
    maxLength: 800,
  })
  .chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })))
  .map(([rows, shuffled]) => [rows, shuffled].map((list) => build(list)) as [BeneficiaryColumns, BeneficiaryColumns]);

function build(rows: readonly { key: number; flag: number; year: number; region: number }[]): BeneficiaryColumns {
  const columns = allocateBeneficiaryColumns(rows.length, [road], [regionCode('520502'), regionCode('520521'), regionCode('522701')]);
  rows.forEach((row, index) => {
    columns.personKeys[index] = row.key;
    columns.registeredPoor[index] = row.flag === 0 ? 1 : 0;
    columns.years[index] = row.year;
    columns.regionIndices[index] = row.region;
  });
  return columns;
}

describe('countBeneficiaryColumns', () => {
  it('gives the same counts as the record form', () => {
    fc.assert(
      fc.property(recordsArbitrary(120), selectionArbitrary, groupingArbitrary, (records, selection, groupBy) => {
        const options = groupBy === undefined ? { selection } : { selection, groupBy };
        expect(countBeneficiaryColumns(columnsOf(records), options)).toEqual(countBeneficiaries(records, options));
      }),
      recordRuns,
    );
  });

  it('counts distinct keys exactly over the whole range of keys, in any order', () => {
    fc.assert(
      fc.property(wideColumnsArbitrary, ([columns, shuffled]) => {
        const count = countBeneficiaryColumns(columns, { groupBy: 'region' });
        for (const total of count.totals) {
          const rows = [...columns.personKeys.keys()].filter((index) => columns.years[index] === total.year);
          expect(total.persons).toBe(new Set(rows.map((index) => columns.personKeys[index])).size);
          const flagged = rows.filter((index) => columns.registeredPoor[index] === 1);
          expect(total.registeredPoorPersons).toBe(new Set(flagged.map((index) => columns.personKeys[index])).size);
        }
        expect(countBeneficiaryColumns(shuffled, { groupBy: 'region' })).toEqual(count);
      }),
      recordRuns,
    );
  });

  it('counts per region: the sum over regions is at least the total', () => {
    fc.assert(
      fc.property(wideColumnsArbitrary, ([columns]) => {
        const count = countBeneficiaryColumns(columns, { groupBy: 'prefecture' });
        for (const total of count.totals) {
          const groups = count.groups.filter((group) => group.year === total.year);
          expect(groups.reduce((sum, group) => sum + group.persons, 0)).toBeGreaterThanOrEqual(total.persons);
          expect(groups.reduce((sum, group) => sum + group.personTimes, 0)).toBe(total.personTimes);
        }
      }),
      recordRuns,
    );
  });

  describe('edge cases', () => {
    it('counts households only where they are known', () => {
      const columns = allocateBeneficiaryColumns(3, [road], [regionCode('520502')], { households: true });
      columns.personKeys.set([1, 2, 3]);
      columns.householdKeys?.set([7, 7, Number.NaN]);
      columns.years.fill(2011);
      expect(countBeneficiaryColumns(columns).totals[0]).toMatchObject({ persons: 3, households: 1 });
    });

    it('throws every problem of malformed columns', () => {
      const columns = allocateBeneficiaryColumns(3, [road], [regionCode('520502')]);
      columns.personKeys.set([-1, 1.5, 2 ** 53]);
      columns.regionIndices[2] = 4;
      expect(() => countBeneficiaryColumns(columns)).toThrow(PairingAidError);
      expect(checkBeneficiaryColumns(columns).map((issue) => [issue.code, issue.path])).toEqual([
        ['beneficiary-columns-person-key', ['personKeys', 0]],
        ['beneficiary-columns-person-key', ['personKeys', 1]],
        ['beneficiary-columns-person-key', ['personKeys', 2]],
        ['beneficiary-columns-index', ['regionIndices', 2]],
      ]);
    });

    it('refuses columns of different lengths', () => {
      const columns = { ...allocateBeneficiaryColumns(3, [road], [regionCode('520502')]), years: new Uint16Array(2) };
      expect(checkBeneficiaryColumns(columns)[0]).toMatchObject({ code: 'beneficiary-columns-length', path: ['years'] });
    });

    it('says which column is short, and by how much', () => {
      const columns = { ...allocateBeneficiaryColumns(3, [road], [regionCode('520502')], { households: true }), householdKeys: new Float64Array(1) };
      expect(checkBeneficiaryColumns(columns)).toMatchObject([{ code: 'beneficiary-columns-length', path: ['householdKeys'], params: { column: 'householdKeys', expected: 3, actual: 1 } }]);
      expect(checkBeneficiaryColumns(allocateBeneficiaryColumns(3, [road], [regionCode('520502')]))).toEqual([]);
    });

    it('refuses household keys that are not whole numbers from 0, and accepts unknown households', () => {
      const columns = allocateBeneficiaryColumns(5, [road], [regionCode('520502')], { households: true });
      columns.householdKeys?.set([Number.NaN, 0, -1, 2.5, 2 ** 53]);
      expect(checkBeneficiaryColumns(columns).map((issue) => [issue.code, issue.path, issue.params['value']])).toEqual([
        ['beneficiary-columns-household-key', ['householdKeys', 2], '-1'],
        ['beneficiary-columns-household-key', ['householdKeys', 3], '2.5'],
        ['beneficiary-columns-household-key', ['householdKeys', 4], expect.stringMatching(/^900719/)],
      ]);
    });

    it('says which table an index falls outside, and its size', () => {
      const columns = allocateBeneficiaryColumns(3, [road, road], [regionCode('520502')]);
      columns.attachmentIndices.set([1, 2, -1]);
      columns.regionIndices.set([0, -1, 1]);
      expect(checkBeneficiaryColumns(columns).map((issue) => [issue.path, issue.params])).toEqual([
        [['attachmentIndices', 1], { table: 'attachments', value: 2, size: 2 }],
        [['regionIndices', 1], { table: 'regions', value: -1, size: 1 }],
        [['attachmentIndices', 2], { table: 'attachments', value: -1, size: 2 }],
        [['regionIndices', 2], { table: 'regions', value: 1, size: 1 }],
      ]);
    });

    it('lists 100 problems unless told otherwise, then says there are more', () => {
      const issues = checkBeneficiaryColumns(allocateBeneficiaryColumns(60, [], []));
      expect(issues).toHaveLength(101);
      expect(issues[100]).toMatchObject({ code: 'beneficiary-columns-more-problems', path: [], params: { limit: 100 } });
      expect(checkBeneficiaryColumns(allocateBeneficiaryColumns(50, [], []))).toHaveLength(100);
    });

    it('stops listing problems at the limit', () => {
      const columns = allocateBeneficiaryColumns(10, [], [regionCode('520502')]);
      const issues = checkBeneficiaryColumns(columns, { maxIssues: 3 });
      expect(issues.map((issue) => issue.code)).toEqual([
        'beneficiary-columns-index',
        'beneficiary-columns-index',
        'beneficiary-columns-index',
        'beneficiary-columns-more-problems',
      ]);
    });
  });
});

describe('resolveRegisteredPoor', () => {
  it('flags every record of a registered-poor person or household in that year', () => {
    fc.assert(
      fc.property(recordsArbitrary(120), (records) => {
        const columns = columnsOf(records);
        const resolved = resolveRegisteredPoor(columns);
        const again = resolveRegisteredPoor({ ...columns, registeredPoor: resolved });
        expect([...again]).toEqual([...resolved]);
        // Counting with resolved flags gives the same counts for every selection.
        const withResolved = { ...columns, registeredPoor: resolved };
        expect(countBeneficiaryColumns(withResolved, { groupBy: 'attachment', selection: { projects: [projectId('road')] } })).toEqual(
          countBeneficiaryColumns(columns, { groupBy: 'attachment', selection: { projects: [projectId('road')] } }),
        );
      }),
      recordRuns,
    );
  });
});

describe('resolveRegisteredPoor bits', () => {
  it('marks the household bit and the person bit as its documentation says', () => {
    const columns = allocateBeneficiaryColumns(4, [road], [regionCode('520502')], { households: true });
    columns.personKeys.set([1, 2, 3, 3]);
    columns.householdKeys?.set([9, 9, Number.NaN, 8]);
    columns.registeredPoor.set([1, 0, 1, 0]);
    columns.years.fill(2011);
    // Person 3 is flagged on a record without household: the person is registered poor, household 8 is not.
    expect([...resolveRegisteredPoor(columns)]).toEqual([3, 3, 2, 2]);
  });

  it('marks persons only when the columns hold no households', () => {
    const columns = allocateBeneficiaryColumns(3, [road], [regionCode('520502')]);
    columns.personKeys.set([1, 1, 2]);
    columns.registeredPoor.set([1, 0, 0]);
    columns.years.set([2011, 2011, 2012]);
    expect([...resolveRegisteredPoor(columns)]).toEqual([2, 2, 0]);
  });

  it('refuses malformed columns', () => {
    const columns = { ...allocateBeneficiaryColumns(2, [road], [regionCode('520502')]), years: new Uint16Array(1) };
    expect(() => resolveRegisteredPoor(columns)).toThrow(/beneficiary-columns-length/);
  });
});
