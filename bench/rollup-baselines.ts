// The baselines the library's roll-up is measured against, over the same columns and with the same result:
// totals per ledger kind by project, category, type, region and year.
import { Decimal } from 'decimal.js';
import type { LedgerColumns } from '../src/index.js';

const KINDS = 4;
export const DIMENSIONS = ['project', 'category', 'type', 'region', 'year'] as const;
export type Totals = Record<(typeof DIMENSIONS)[number], Float64Array>;

/** The practical limit: one pass of integer-fen additions into typed arrays, with no checks, as a careful app would write it. */
export function handWrittenRollUp(columns: LedgerColumns): Totals {
  const byProject = new Float64Array(columns.keys.project.length * KINDS);
  const byCategory = new Float64Array(columns.keys.category.length * KINDS);
  const byType = new Float64Array(columns.keys.type.length * KINDS);
  const byRegion = new Float64Array(columns.keys.region.length * KINDS);
  const byYear = new Float64Array(columns.keys.year.length * KINDS);
  const { fen, kind, project, category, type, region, year } = columns;
  for (let index = 0; index < columns.length; index++) {
    const value = fen[index] as number;
    const k = kind[index] as number;
    byProject[(project[index] as number) * KINDS + k]! += value;
    byCategory[(category[index] as number) * KINDS + k]! += value;
    byType[(type[index] as number) * KINDS + k]! += value;
    byRegion[(region[index] as number) * KINDS + k]! += value;
    byYear[(year[index] as number) * KINDS + k]! += value;
  }
  return { project: byProject, category: byCategory, type: byType, region: byRegion, year: byYear };
}

/** The amounts as decimal.js values, as an object-per-amount design would hold them. */
export function toDecimals(columns: LedgerColumns): Decimal[] {
  const values = new Array<Decimal>(columns.length);
  for (let index = 0; index < columns.length; index++) values[index] = new Decimal(columns.fen[index] as number).dividedBy(100);
  return values;
}

/** The same sums with decimal.js values. */
export function decimalRollUp(columns: LedgerColumns, values: readonly Decimal[]): Record<(typeof DIMENSIONS)[number], Decimal[]> {
  const zero = new Decimal(0);
  const result = Object.fromEntries(
    DIMENSIONS.map((dimension) => [dimension, new Array<Decimal>(columns.keys[dimension].length * KINDS).fill(zero)]),
  ) as Record<(typeof DIMENSIONS)[number], Decimal[]>;
  for (let index = 0; index < columns.length; index++) {
    const value = values[index] as Decimal;
    const k = columns.kind[index] as number;
    for (const dimension of DIMENSIONS) {
      const cell = (columns[dimension][index] as number) * KINDS + k;
      const cells = result[dimension];
      cells[cell] = (cells[cell] as Decimal).plus(value);
    }
  }
  return result;
}
