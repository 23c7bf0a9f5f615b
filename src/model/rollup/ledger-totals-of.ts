import { makeAmount } from '../../money/amount.js';
import type { LedgerDimension } from './ledger-columns.js';
import type { LedgerTotals } from './roll-up.js';
import type { LedgerColumnTotals } from './roll-up-ledger-columns.js';

/**
 * Reads one bucket of columnar totals as exact amounts, without summarising the rest.
 *
 * @param totals - the result of {@link rollUpLedgerColumns}
 * @param dimension - one of {@link ledgerDimensions}
 * @param key - the bucket's key (a project id, a category code, a region code as the columns hold it…)
 * @returns the bucket's totals, or `undefined` when the columns have no such key
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * ledgerTotalsOf(rollUpLedgerColumns(ledgerColumnsFromProgramme(seedProgramme2011)), 'category', 'counterpart-support')?.budget.toJSON()
 * //=> '24000000.00'
 * ```
 */
export function ledgerTotalsOf(totals: LedgerColumnTotals, dimension: LedgerDimension, key: string): LedgerTotals | undefined {
  const index = totals.keys[dimension].indexOf(key);
  if (index < 0) return undefined;
  const cell = (kind: number): bigint => {
    const at = index * 4 + kind;
    return totals.large[dimension].get(at) ?? BigInt(totals.fen[dimension][at] as number);
  };
  return {
    budget: makeAmount(cell(0)),
    commitment: makeAmount(cell(1)),
    disbursement: makeAmount(cell(2)),
    expenditure: makeAmount(cell(3)),
  };
}
