import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateBeneficiaryColumns,
  countBeneficiaryColumns,
  projectId,
  regionCode,
  summariseBeneficiaryColumns,
  type BeneficiaryColumns,
  type BeneficiarySelection,
} from '../../src/index.js';
import { recordRuns } from './generators.js';

const road = { attachedTo: { kind: 'project' as const, project: projectId('road') } };
const regions = [regionCode('520502'), regionCode('520521'), regionCode('522701')];

// Keys put together from five 11-bit places (the last two above 2^32), each place 0, 1 or its largest value:
// 243 keys that share some places and differ in others, anywhere from 0 to nearly 2^53.
const placeValues = [
  [0, 1, 2047],
  [0, 2048, 2047 * 2048],
  [0, 2 ** 22, 1023 * 2 ** 22],
  [0, 2 ** 32, 2047 * 2 ** 32],
  [0, 2 ** 43, 1023 * 2 ** 43],
];
const keyArbitrary = fc.tuple(...placeValues.map((values) => fc.constantFrom(...values))).map((parts) => parts.reduce((sum, part) => sum + part, 0));

interface Row {
  readonly person: number;
  readonly household: number;
  readonly flag: number;
  readonly year: number;
  readonly region: number;
}

const rowsArbitrary = fc.array(
  fc.record({
    person: keyArbitrary,
    household: fc.oneof(keyArbitrary, fc.constant(Number.NaN)),
    flag: fc.constantFrom(0, 0, 0, 1, 2),
    year: fc.constantFrom(2011, 2012),
    region: fc.nat({ max: 2 }),
  }),
  { maxLength: 300 },
);

function build(rows: readonly Row[]): BeneficiaryColumns {
  const columns = allocateBeneficiaryColumns(rows.length, [road], regions, { households: true });
  rows.forEach((row, index) => {
    columns.personKeys[index] = row.person;
    columns.householdKeys![index] = row.household;
    columns.registeredPoor[index] = row.flag;
    columns.years[index] = row.year;
    columns.regionIndices[index] = row.region;
  });
  return columns;
}

const ascending = (keys: Iterable<number>): number[] => [...new Set(keys)].filter((key) => !Number.isNaN(key)).sort((a, b) => a - b);

/** The key sets of rows, straight from the rules: registered-poor status from every row of the year. */
function expectedSets(rows: readonly Row[], all: readonly Row[], year: number) {
  const ofYear = all.filter((row) => row.year === year);
  const poorHouseholds = new Set(ofYear.filter((row) => (row.flag & 1) === 1 && !Number.isNaN(row.household)).map((row) => row.household));
  const poorPersons = new Set(ofYear.filter((row) => row.flag !== 0 || poorHouseholds.has(row.household)).map((row) => row.person));
  const chosen = rows.filter((row) => row.year === year);
  return {
    personTimes: chosen.length,
    persons: ascending(chosen.map((row) => row.person)),
    registeredPoorPersons: ascending(chosen.map((row) => row.person).filter((person) => poorPersons.has(person))),
    households: ascending(chosen.map((row) => row.household)),
    registeredPoorHouseholds: ascending(chosen.map((row) => row.household).filter((household) => poorHouseholds.has(household))),
  };
}

const plainCell = (cell: { personTimes: number; persons: Float64Array; registeredPoorPersons: Float64Array; households: Float64Array; registeredPoorHouseholds: Float64Array }) => ({
  personTimes: cell.personTimes,
  persons: [...cell.persons],
  registeredPoorPersons: [...cell.registeredPoorPersons],
  households: [...cell.households],
  registeredPoorHouseholds: [...cell.registeredPoorHouseholds],
});

describe('summariseBeneficiaryColumns over keys anywhere in the range', () => {
  it('holds each year’s persons and households once each, in ascending order', () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        const summary = summariseBeneficiaryColumns(build(rows));
        const years = ascending(rows.map((row) => row.year));
        expect(summary.totals.map((cell) => cell.year)).toEqual(years);
        expect(summary.totals.map(plainCell)).toEqual(years.map((year) => expectedSets(rows, rows, year)));
      }),
      recordRuns,
    );
  });

  it('holds each region’s persons and households in ascending order, with the status of the whole year', () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        const summary = summariseBeneficiaryColumns(build(rows), { groupBy: 'region' });
        const expected = regions.flatMap((code, region) =>
          ascending(rows.filter((row) => row.region === region).map((row) => row.year)).map((year) => ({
            group: code,
            year,
            ...expectedSets(rows.filter((row) => row.region === region), rows, year),
          })),
        );
        expect(summary.groups.map((cell) => ({ group: cell.group, year: cell.year, ...plainCell(cell) }))).toEqual(expected);
      }),
      recordRuns,
    );
  });

  it('takes registered-poor status from the records left out by a selection, too', () => {
    fc.assert(
      fc.property(rowsArbitrary, fc.subarray(regions, { minLength: 1 }), (rows, chosen) => {
        const selection: BeneficiarySelection = { regions: chosen };
        const kept = rows.filter((row) => chosen.includes(regions[row.region]!));
        const summary = summariseBeneficiaryColumns(build(rows), { selection });
        const years = ascending(kept.map((row) => row.year));
        expect(summary.totals.map(plainCell)).toEqual(years.map((year) => expectedSets(kept, rows, year)));
        expect(countBeneficiaryColumns(build(rows), { selection }).totals.map((total) => total.registeredPoorHouseholds)).toEqual(
          years.map((year) => expectedSets(kept, rows, year).registeredPoorHouseholds.length),
        );
      }),
      recordRuns,
    );
  });
});

describe('countBeneficiaryColumns, year by year', () => {
  // Person 2 is the last key of 2011 and the first of 2012.
  const columns = (flags: readonly number[]) => {
    const built = allocateBeneficiaryColumns(4, [road], regions);
    built.personKeys.set([1, 2, 2, 3]);
    built.years.set([2011, 2011, 2012, 2012]);
    built.regionIndices.set([0, 0, 1, 1]);
    built.registeredPoor.set(flags);
    return built;
  };

  it('counts the records of one year in that year’s groups only, when a person ends one year and starts the next', () => {
    const count = countBeneficiaryColumns(columns([0, 0, 0, 0]), { groupBy: 'region' });
    expect(count.groups.map((group) => [group.group, group.year, group.personTimes, group.persons])).toEqual([
      ['520502', 2011, 2, 2],
      ['520521', 2012, 2, 2],
    ]);
  });

  it('makes a person registered poor only in the years a record of theirs says so', () => {
    for (const groupBy of [undefined, 'region'] as const) {
      const count = countBeneficiaryColumns(columns([0, 0, 1, 0]), groupBy === undefined ? {} : { groupBy });
      expect(count.totals.map((total) => [total.year, total.registeredPoorPersons])).toEqual([
        [2011, 0],
        [2012, 1],
      ]);
    }
  });

  it('makes a person registered poor when any one of their records of the year says so', () => {
    for (const flags of [
      [1, 0, 0, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 0, 0, 1],
    ]) {
      const built = allocateBeneficiaryColumns(5, [road], regions);
      built.personKeys.set([5, 5, 5, 4, 5]);
      built.years.fill(2011);
      built.registeredPoor.set(flags);
      expect(countBeneficiaryColumns(built, { groupBy: 'region' }).totals[0]).toMatchObject({ persons: 2, registeredPoorPersons: 1 });
      expect(countBeneficiaryColumns(built).totals[0]).toMatchObject({ persons: 2, registeredPoorPersons: 1 });
    }
  });
});
