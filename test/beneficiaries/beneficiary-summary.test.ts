import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  beneficiarySummary,
  beneficiarySummaryToJSON,
  countBeneficiaryColumns,
  emptyBeneficiarySummary,
  mergeBeneficiarySummaries,
  parseBeneficiarySummary,
  resolveRegisteredPoor,
  summariseBeneficiaryColumns,
  tallyBeneficiarySummary,
  type BeneficiaryColumns,
  type BeneficiaryGrouping,
  type BeneficiarySummary,
} from '../../src/index.js';
import { columnsOf, groupingArbitrary, recordsArbitrary, recordRuns } from './generators.js';

const asJson = (summary: BeneficiarySummary): string => JSON.stringify(beneficiarySummaryToJSON(summary));

/** The records of `columns` at the given positions, as columns of their own (same tables). */
function pick(columns: BeneficiaryColumns, rows: readonly number[]): BeneficiaryColumns {
  return {
    ...columns,
    personKeys: Float64Array.from(rows, (row) => columns.personKeys[row] ?? 0),
    ...(columns.householdKeys === undefined ? {} : { householdKeys: Float64Array.from(rows, (row) => columns.householdKeys?.[row] ?? Number.NaN) }),
    registeredPoor: Uint8Array.from(rows, (row) => columns.registeredPoor[row] ?? 0),
    years: Uint16Array.from(rows, (row) => columns.years[row] ?? 0),
    attachmentIndices: Int32Array.from(rows, (row) => columns.attachmentIndices[row] ?? 0),
    regionIndices: Int32Array.from(rows, (row) => columns.regionIndices[row] ?? 0),
  };
}

/** Resolved columns split into parts by a part number per record. */
const partitionedArbitrary = (parts: number) =>
  recordsArbitrary(150).chain((records) =>
    fc.tuple(fc.constant(records), fc.array(fc.nat({ max: parts - 1 }), { minLength: records.length, maxLength: records.length }), groupingArbitrary),
  );

function split(columns: BeneficiaryColumns, partOf: readonly number[], parts: number): BeneficiaryColumns[] {
  const resolved = { ...columns, registeredPoor: resolveRegisteredPoor(columns) };
  return Array.from({ length: parts }, (_, part) => pick(resolved, partOf.flatMap((p, row) => (p === part ? [row] : []))));
}

const options = (groupBy: BeneficiaryGrouping | undefined) => (groupBy === undefined ? {} : { groupBy });

describe('summariseBeneficiaryColumns', () => {
  it('holds the counts of countBeneficiaryColumns', () => {
    fc.assert(
      fc.property(recordsArbitrary(150), groupingArbitrary, (records, groupBy) => {
        const columns = columnsOf(records);
        expect(tallyBeneficiarySummary(summariseBeneficiaryColumns(columns, options(groupBy)))).toEqual(countBeneficiaryColumns(columns, options(groupBy)));
      }),
      recordRuns,
    );
  });
});

describe('mergeBeneficiarySummaries', () => {
  it('merges the summaries of parts into the summary of the whole', () => {
    fc.assert(
      fc.property(partitionedArbitrary(3), ([records, partOf, groupBy]) => {
        const columns = columnsOf(records);
        const [a, b, c] = split(columns, partOf, 3).map((part) => summariseBeneficiaryColumns(part, options(groupBy))) as [
          BeneficiarySummary,
          BeneficiarySummary,
          BeneficiarySummary,
        ];
        const whole = summariseBeneficiaryColumns(columns, options(groupBy));
        expect(asJson(mergeBeneficiarySummaries(mergeBeneficiarySummaries(a, b), c))).toBe(asJson(whole));
        expect(tallyBeneficiarySummary(mergeBeneficiarySummaries(a, mergeBeneficiarySummaries(b, c)))).toEqual(countBeneficiaryColumns(columns, options(groupBy)));
      }),
      recordRuns,
    );
  });

  it('is associative, commutative and has the empty summary as identity', () => {
    fc.assert(
      fc.property(partitionedArbitrary(3), ([records, partOf, groupBy]) => {
        const [a, b, c] = split(columnsOf(records), partOf, 3).map((part) => summariseBeneficiaryColumns(part, options(groupBy))) as [
          BeneficiarySummary,
          BeneficiarySummary,
          BeneficiarySummary,
        ];
        const merge = mergeBeneficiarySummaries;
        expect(asJson(merge(merge(a, b), c))).toBe(asJson(merge(a, merge(b, c))));
        expect(asJson(merge(a, b))).toBe(asJson(merge(b, a)));
        expect(asJson(merge(a, emptyBeneficiarySummary(groupBy ?? null)))).toBe(asJson(a));
        expect(asJson(merge(emptyBeneficiarySummary(groupBy ?? null), a))).toBe(asJson(a));
      }),
      recordRuns,
    );
  });

  describe('edge cases', () => {
    it('refuses summaries grouped differently', () => {
      expect(() => mergeBeneficiarySummaries(emptyBeneficiarySummary('region'), emptyBeneficiarySummary('county'))).toThrow(/beneficiary-summary-grouping/);
      expect(() => mergeBeneficiarySummaries(emptyBeneficiarySummary('region'), emptyBeneficiarySummary())).toThrow('Summaries grouped differently cannot be merged (region and null).');
    });
  });
});

describe('parseBeneficiarySummary', () => {
  it('reads back what beneficiarySummaryToJSON wrote, through JSON text', () => {
    fc.assert(
      fc.property(recordsArbitrary(150), groupingArbitrary, (records, groupBy) => {
        const summary = summariseBeneficiaryColumns(columnsOf(records), options(groupBy));
        const back = beneficiarySummary(JSON.parse(asJson(summary)));
        expect(back).toEqual(summary);
      }),
      recordRuns,
    );
  });

  it('round-trips key sets over the whole range of keys', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.maxSafeNat(), { maxLength: 200 }), (keys) => {
        const persons = Float64Array.from(keys.sort((a, b) => a - b));
        const summary: BeneficiarySummary = {
          groupBy: null,
          totals: [{ year: 2011, personTimes: keys.length as never, persons, registeredPoorPersons: persons.slice(0, 3), households: new Float64Array(0), registeredPoorHouseholds: new Float64Array(0) }],
          groups: [],
        };
        expect(beneficiarySummary(JSON.parse(asJson(summary)))).toEqual(summary);
      }),
    );
  });

  describe('edge cases', () => {
    const valid = () => JSON.parse(asJson(summariseBeneficiaryColumns(columnsOf([
      { person: { kind: 'app', appId: 'p1' }, registeredPoor: true, attachedTo: { kind: 'activity', activity: 'training' as never }, region: '520502' as never, year: 2011 },
    ])))) as { totals: { persons: { count: number; keys: string }; registeredPoorPersons: { keys: string } }[] };

    it('refuses key text that does not decode', () => {
      const json = valid();
      json.totals[0]!.persons.keys = '*';
      const parsed = parseBeneficiarySummary(json);
      expect(!parsed.ok && parsed.issues.map((issue) => [issue.code, issue.path])).toContainEqual(['beneficiary-summary-keys', ['totals', 0, 'persons', 'keys']]);
    });

    it('reads dense keys one character each, and refuses text that breaks off, leaves 2^53 or is not of the code', () => {
      const withPersons = (keys: string, count: number) => {
        const json = valid();
        json.totals[0]!.persons = { count, keys };
        json.totals[0]!.registeredPoorPersons = { count: 0, keys: '' } as never;
        return parseBeneficiarySummary(json);
      };
      const read = withPersons('AAB', 3);
      expect(read.ok && [...read.value.totals[0]!.persons]).toEqual([0, 1, 3]);
      const wide = withPersons('hB', 1);
      expect(wide.ok && [...wide.value.totals[0]!.persons]).toEqual([33]);
      const highest = withPersons('__________H', 1);
      expect(highest.ok && [...highest.value.totals[0]!.persons]).toEqual([2 ** 53 - 1]);
      for (const broken of ['g', 'Ag', 'é', 'A A', 'ggggggggggggA', '__________P']) {
        const parsed = withPersons(broken, 1);
        expect(!parsed.ok && parsed.issues.map((issue) => [issue.code, issue.path])).toEqual([['beneficiary-summary-keys', ['totals', 0, 'persons', 'keys']]]);
      }
    });

    it('refuses a count that does not match the keys', () => {
      const json = valid();
      json.totals[0]!.persons.count = 2;
      const parsed = parseBeneficiarySummary(json);
      expect(!parsed.ok && parsed.issues[0]?.code).toBe('beneficiary-summary-count');
    });

    it('refuses registered-poor keys outside the total', () => {
      const json = valid();
      json.totals[0]!.persons = { count: 0, keys: '' };
      const parsed = parseBeneficiarySummary(json);
      expect(!parsed.ok && parsed.issues[0]?.code).toBe('beneficiary-summary-subset');
    });

    const grouped = () => {
      const reached = (appId: string, activity: string, year: number) => ({
        person: { kind: 'app' as const, appId },
        household: 'h1',
        registeredPoor: true,
        attachedTo: { kind: 'activity' as const, activity: activity as never },
        region: '520502' as never,
        year,
      });
      const records = [reached('p1', 'roads', 2011), reached('p1', 'roads', 2012), reached('p2', 'training', 2011)];
      return JSON.parse(asJson(summariseBeneficiaryColumns(columnsOf(records), { groupBy: 'attachment' }))) as {
        totals: { year: number; households: { count: number; keys: string } }[];
        groups: { group: string; year: number }[];
      };
    };

    it('names the key set, the count it states and the keys it holds', () => {
      const json = valid();
      json.totals[0]!.persons.count = 2;
      const parsed = parseBeneficiarySummary(json);
      expect(!parsed.ok && parsed.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
        ['beneficiary-summary-count', ['totals', 0, 'persons', 'count'], { expected: 2, actual: 1 }],
      ]);
    });

    it('refuses registered-poor households outside the households, at their path', () => {
      const json = grouped();
      json.totals[1]!.households = { count: 0, keys: '' };
      const parsed = parseBeneficiarySummary(json);
      expect(!parsed.ok && parsed.issues.map((issue) => [issue.code, issue.path])).toEqual([['beneficiary-summary-subset', ['totals', 1, 'registeredPoorHouseholds']]]);
    });

    it('reads groups in order of group, then year, and refuses any other order', () => {
      const json = grouped();
      expect(json.groups.map((cell) => [cell.group, cell.year])).toEqual([
        ['activity:roads', 2011],
        ['activity:roads', 2012],
        ['activity:training', 2011],
      ]);
      expect(parseBeneficiarySummary(json).ok).toBe(true);
      const [first, second, third] = json.groups;
      const orderIssues = (groups: unknown[]) => {
        const parsed = parseBeneficiarySummary({ ...json, groups });
        return !parsed.ok && parsed.issues.map((issue) => [issue.code, issue.path]);
      };
      expect(orderIssues([second, first, third])).toEqual([['beneficiary-summary-order', ['groups', 1]]]);
      expect(orderIssues([first, third, second])).toEqual([['beneficiary-summary-order', ['groups', 2]]]);
      expect(orderIssues([first, first, third])).toEqual([['beneficiary-summary-order', ['groups', 1]]]);
      const reversedTotals = parseBeneficiarySummary({ ...json, totals: [...json.totals].reverse() });
      expect(!reversedTotals.ok && reversedTotals.issues.map((issue) => [issue.code, issue.path])).toEqual([['beneficiary-summary-order', ['totals', 1]]]);
    });

    it('refuses years outside the columns\' range and negative person-times', () => {
      const json = valid() as unknown as { totals: { year: number; personTimes: number }[] };
      const withCell = (change: object) => parseBeneficiarySummary({ ...json, totals: [{ ...json.totals[0], ...change }] }).ok;
      expect([withCell({ year: 0 }), withCell({ year: 65_535 }), withCell({ year: 65_536 }), withCell({ year: -1 }), withCell({ personTimes: -1 }), withCell({ personTimes: 1.5 })]).toEqual([
        true,
        true,
        false,
        false,
        false,
        false,
      ]);
    });

    it('refuses cells out of order and unknown shapes', () => {
      const json = valid();
      const doubled = { ...json, totals: [json.totals[0], json.totals[0]] };
      const parsed = parseBeneficiarySummary(doubled);
      expect(!parsed.ok && parsed.issues[0]?.code).toBe('beneficiary-summary-order');
      expect(parseBeneficiarySummary({ ...json, version: 2 }).ok).toBe(false);
      expect(parseBeneficiarySummary(null).ok).toBe(false);
    });
  });
});
