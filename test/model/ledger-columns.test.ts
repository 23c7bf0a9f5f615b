import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import {
  appendLedgerRow,
  createLedgerColumnsBuilder,
  finishLedgerColumns,
  ledgerColumnsFromProgramme,
  ledgerDimensions,
  ledgerKeyIndex,
  ledgerKinds,
  ledgerTotalsOf,
  PairingAidError,
  projectId,
  rollUpLedgerColumns,
  summariseLedgerTotals,
  type LedgerColumns,
  type LedgerRow,
} from '../../src/index.js';

interface Row {
  readonly fen: number;
  readonly kind: number;
  readonly project: number;
  readonly region: number;
}

function columnsOf(rows: readonly Row[]): LedgerColumns {
  const builder = createLedgerColumnsBuilder(1);
  for (let p = 0; p < 4; p++) ledgerKeyIndex(builder, 'project', `P${p}`);
  for (let r = 0; r < 3; r++) ledgerKeyIndex(builder, 'region', ['522401', '522422', '522701'][r]!);
  ledgerKeyIndex(builder, 'category', 'counterpart-support');
  ledgerKeyIndex(builder, 'type', 'rural-road');
  ledgerKeyIndex(builder, 'year', '2011');
  const scratch: LedgerRow = { fen: 0, kind: 0, project: 0, category: 0, type: 0, region: 0, year: 0 };
  for (const row of rows) appendLedgerRow(builder, Object.assign(scratch, row));
  return finishLedgerColumns(builder);
}

const anyRow = fc.record({
  fen: fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  kind: fc.nat({ max: 3 }),
  project: fc.nat({ max: 3 }),
  region: fc.nat({ max: 2 }),
});

const exactSum = (rows: readonly Row[], keep: (row: Row) => boolean, kind: number): bigint =>
  rows.filter((row) => keep(row) && row.kind === kind).reduce((sum, row) => sum + BigInt(row.fen), 0n);

describe('createLedgerColumnsBuilder and appendLedgerRow', () => {
  it('grow past their capacity and keep every row', () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ fen: i, kind: i % 4, project: i % 4, region: i % 3 }));
    const columns = columnsOf(rows);
    expect(columns.length).toBe(100);
    expect(Array.from(columns.fen)).toEqual(rows.map((row) => row.fen));
    expect(Array.from(columns.region)).toEqual(rows.map((row) => row.region));
  });

  it('intern each key once', () => {
    const builder = createLedgerColumnsBuilder();
    expect([ledgerKeyIndex(builder, 'year', '2011'), ledgerKeyIndex(builder, 'year', '2012'), ledgerKeyIndex(builder, 'year', '2011')]).toEqual([0, 1, 0]);
  });

  it('refuse a row with a fractional amount or an index that names no key', () => {
    const builder = createLedgerColumnsBuilder();
    for (const dimension of ledgerDimensions) ledgerKeyIndex(builder, dimension, 'k');
    const row = { fen: 1.5, kind: 0, project: 0, category: 0, type: 0, region: 0, year: 0 };
    const codeAndPath = (attempt: () => void) => {
      try {
        attempt();
      } catch (error) {
        if (error instanceof PairingAidError) return [error.issues[0]?.code, error.issues[0]?.path];
      }
      return undefined;
    };
    expect(codeAndPath(() => appendLedgerRow(builder, row))).toEqual(['ledger-row-invalid', [0, 'fen']]);
    expect(codeAndPath(() => appendLedgerRow(builder, { ...row, fen: 1, region: 1 }))).toEqual(['ledger-row-invalid', [0, 'region']]);
    expect(codeAndPath(() => appendLedgerRow(builder, { ...row, fen: 1, kind: 4 }))).toEqual(['ledger-row-invalid', [0, 'kind']]);
  });
});

describe('rollUpLedgerColumns', () => {
  it('sums the seed ledger by category and year', () => {
    const totals = rollUpLedgerColumns(ledgerColumnsFromProgramme(seedProgramme2011));
    expect(ledgerTotalsOf(totals, 'category', 'counterpart-support')?.budget.toJSON()).toBe('24000000.00');
    expect(ledgerTotalsOf(totals, 'year', '2011')?.commitment.toJSON()).toBe('24000000.00');
    expect(ledgerTotalsOf(totals, 'year', '2012')).toBeUndefined();
    expect(totals.total).toEqual([2_400_000_000n, 2_400_000_000n, 2_398_000_000n, 1_583_200_000n]);
  });

  it('stays exact past 2^53 fen', () => {
    const big = Number.MAX_SAFE_INTEGER; // 2^53 - 1
    const rows = [
      { fen: big, kind: 0, project: 0, region: 0 },
      { fen: big, kind: 0, project: 0, region: 1 },
      { fen: 3, kind: 0, project: 0, region: 1 },
      { fen: 7, kind: 1, project: 1, region: 2 },
    ];
    const totals = rollUpLedgerColumns(columnsOf(rows));
    expect(ledgerTotalsOf(totals, 'project', 'P0')?.budget.fen).toBe(2n * BigInt(big) + 3n);
    expect(ledgerTotalsOf(totals, 'project', 'P1')?.commitment.fen).toBe(7n);
    expect(ledgerTotalsOf(totals, 'region', '522422')?.budget.fen).toBe(BigInt(big) + 3n);
    expect(totals.total[0]).toBe(2n * BigInt(big) + 3n);
    const summary = summariseLedgerTotals(totals);
    expect(summary.byRegion['522400']?.budget.fen).toBe(2n * BigInt(big) + 3n);
  });

  it('refuses columns filled by hand with an index that names no key', () => {
    const columns = columnsOf([{ fen: 1, kind: 0, project: 0, region: 0 }]);
    const broken = { ...columns, project: Int32Array.from([9]) };
    expect(() => rollUpLedgerColumns(broken)).toThrow(/ledger-row-invalid/);
    expect(() => rollUpLedgerColumns({ ...columns, fen: Float64Array.from([0.5]) })).toThrow(/ledger-row-invalid/);
    expect(() => rollUpLedgerColumns({ ...columns, fen: Float64Array.from([2 ** 60]) })).toThrow(/ledger-row-invalid/);
  });

  describe('properties', () => {
    it('is exact for any safe-integer amounts, however large their sums', () => {
      fc.assert(
        fc.property(fc.array(anyRow, { maxLength: 30 }), (rows) => {
          const totals = rollUpLedgerColumns(columnsOf(rows));
          for (let p = 0; p < 4; p++) {
            const found = ledgerTotalsOf(totals, 'project', `P${p}`);
            ledgerKinds.forEach((kind, k) => expect(found?.[kind].fen).toBe(exactSum(rows, (row) => row.project === p, k)));
          }
          ledgerKinds.forEach((_, k) => expect(totals.total[k]).toBe(exactSum(rows, () => true, k)));
        }),
      );
    });
  });

  describe('edge cases', () => {
    it('rolls up an empty ledger to zero', () => {
      const totals = rollUpLedgerColumns(columnsOf([]));
      expect(totals.total).toEqual([0n, 0n, 0n, 0n]);
      expect(summariseLedgerTotals(totals).byProject).toEqual({});
    });
  });
});

describe('ledgerColumnsFromProgramme', () => {
  it('places a sub-project’s entries in the sub-project’s region', () => {
    const columns = ledgerColumnsFromProgramme(seedProgramme2011);
    expect(columns.length).toBe(seedProgramme2011.ledger.length);
    expect([...columns.keys.region].sort()).toHaveLength(20);
  });

  it('gives each entry its project, category, type, region and year, each key in the order the entries first name it', () => {
    const programme = seedProgramme2011;
    const columns = ledgerColumnsFromProgramme(programme, programme.ledger, { regionsAsOf: 'as-recorded' });
    const projects = new Map(programme.projects.map((project) => [project.id as string, project]));
    const distinct = (values: readonly string[]) => [...new Set(values)];
    const expected = programme.ledger.map((entry) => {
      const project = projects.get(entry.project)!;
      const placed = entry.subProject === undefined ? project : project.subProjects.find((sub) => sub.id === entry.subProject)!;
      return { project: entry.project as string, category: entry.category as string, type: project.type as string, region: placed.location.region as string, year: entry.date.slice(0, 4) };
    });
    const rows = Array.from({ length: columns.length }, (_, i) => ({
      project: columns.keys.project[columns.project[i]!],
      category: columns.keys.category[columns.category[i]!],
      type: columns.keys.type[columns.type[i]!],
      region: columns.keys.region[columns.region[i]!],
      year: columns.keys.year[columns.year[i]!],
    }));
    expect(rows).toEqual(expected);
    for (const dimension of ledgerDimensions) expect(columns.keys[dimension]).toEqual(distinct(expected.map((row) => row[dimension])));
    expect(new Set(expected.map((row) => row.region)).size).toBeGreaterThan(10);
  });

  it('refuses entries it cannot place', () => {
    const stray = { ...seedProgramme2011.ledger[0]!, project: projectId('BJ-2099-01') };
    expect(() => ledgerColumnsFromProgramme(seedProgramme2011, [stray])).toThrow(/ledger-project-unknown/);
  });
});
