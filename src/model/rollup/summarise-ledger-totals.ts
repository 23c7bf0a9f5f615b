import { makeAmount } from '../../money/amount.js';
import { ledgerDimensions, type LedgerDimension } from './ledger-columns.js';
import { regionAndAncestors } from './region-ancestors.js';
import { emptyRollUp, type LedgerTotals, type RollUp } from './roll-up.js';
import type { LedgerColumnTotals } from './roll-up-ledger-columns.js';

const KINDS = 4;
const rollUpField = {
  project: 'byProject',
  category: 'byCategory',
  type: 'byType',
  region: 'byRegion',
  year: 'byYear',
} as const satisfies Record<LedgerDimension, keyof RollUp>;

/** Options for {@link summariseLedgerTotals}. */
export interface SummariseLedgerTotalsOptions {
  /** The dimensions to summarise (default all): leave out `project` to keep a national summary small. */
  readonly dimensions?: readonly LedgerDimension[];
}

/**
 * Turns columnar totals into a {@link RollUp}: amounts as exact {@link Amount}s, regions at every level,
 * zero buckets left out. This is where the per-bucket cost is paid, once per bucket, not per entry.
 *
 * @param totals - the result of {@link rollUpLedgerColumns}
 * @param options - see {@link SummariseLedgerTotalsOptions}
 * @returns the roll-up (its activity counts empty: merge with {@link rollUpActivities} for those)
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const summary = summariseLedgerTotals(rollUpLedgerColumns(ledgerColumnsFromProgramme(seedProgramme2011)))
 * summary.byRegion['520500']?.budget.toJSON()
 * //=> '12000000.00'
 * ```
 */
export function summariseLedgerTotals(totals: LedgerColumnTotals, options: SummariseLedgerTotalsOptions = {}): RollUp {
  const wanted = new Set(options.dimensions ?? ledgerDimensions);
  const summary: { -readonly [Field in keyof RollUp]: RollUp[Field] } = { ...emptyRollUp };
  summary.total = totalsFrom(totals.total);
  for (const dimension of ledgerDimensions) {
    if (!wanted.has(dimension)) continue;
    const cells = totals.fen[dimension];
    const large = totals.large[dimension];
    const buckets = new Map<string, bigint[]>();
    totals.keys[dimension].forEach((key, index) => {
      const fen = [0, 1, 2, 3].map((kind) => {
        const cell = index * KINDS + kind;
        return large.get(cell) ?? BigInt(cells[cell] as number);
      });
      if (fen.every((value) => value === 0n)) return;
      for (const target of dimension === 'region' ? regionAndAncestors(key) : [key]) {
        const sum = buckets.get(target);
        if (sum === undefined) buckets.set(target, [...fen]);
        else fen.forEach((value, kind) => (sum[kind] = (sum[kind] ?? 0n) + value));
      }
    });
    const entries: [string, LedgerTotals][] = [];
    for (const [key, fen] of buckets) if (fen.some((value) => value !== 0n)) entries.push([key, totalsFrom(fen)]);
    summary[rollUpField[dimension]] = Object.fromEntries(entries);
  }
  return summary;
}

function totalsFrom(fen: readonly bigint[]): LedgerTotals {
  return {
    budget: makeAmount(fen[0] ?? 0n),
    commitment: makeAmount(fen[1] ?? 0n),
    disbursement: makeAmount(fen[2] ?? 0n),
    expenditure: makeAmount(fen[3] ?? 0n),
  };
}
