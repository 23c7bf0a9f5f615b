import { createIssue } from '../../errors/issue.js';
import { PairingAidError } from '../../errors/pairing-aid-error.js';
import { ledgerDimensions, type LedgerColumns, type LedgerDimension, type LedgerKeys } from './ledger-columns.js';

const KINDS = 4;
// Below this, every partial sum of any bucket is a safe integer, so float addition was exact. The
// absolute total is itself a float sum, off by far less than the margin between 2^52 and 2^53.
const EXACT_BOUND = 2 ** 52;

/**
 * The totals of a ledger by bucket, as columns: `fen.region[r * 4 + k]` is the total in fen of region key
 * `r` for ledger kind `k` (the index in {@link ledgerKinds}). A cell found in `large` holds a total
 * beyond ±2^53 fen: the `bigint` there is the exact value and the float cell is to be ignored.
 */
export interface LedgerColumnTotals {
  readonly keys: LedgerKeys;
  readonly fen: { readonly [Dimension in LedgerDimension]: Float64Array };
  readonly large: { readonly [Dimension in LedgerDimension]: ReadonlyMap<number, bigint> };
  /** The grand totals per ledger kind, exact. */
  readonly total: readonly [bigint, bigint, bigint, bigint];
}

/**
 * Sums ledger columns by project, category, type, region and year, per ledger kind, in one pass over
 * integers. Exact at any size: while the absolute sum of the amounts stays below 2^52 fen (about
 * 45 trillion yuan) the pass on floats is exact; past it, the buckets that could have lost precision are
 * summed again with big integers.
 *
 * @param columns - the ledger as {@link LedgerColumns}
 * @returns the totals, by the same keys as the columns
 * @throws {@link PairingAidError} `ledger-row-invalid` when a row has an amount that is not a safe
 *   integer, a kind outside 0–3 or an index that names no key (the first such row)
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const totals = rollUpLedgerColumns(ledgerColumnsFromProgramme(seedProgramme2011))
 * totals.total[0]
 * //=> 2400000000n
 * ```
 */
export function rollUpLedgerColumns(columns: LedgerColumns): LedgerColumnTotals {
  const { keys } = columns;
  const sums = {
    project: new Float64Array(keys.project.length * KINDS),
    category: new Float64Array(keys.category.length * KINDS),
    type: new Float64Array(keys.type.length * KINDS),
    region: new Float64Array(keys.region.length * KINDS),
    year: new Float64Array(keys.year.length * KINDS),
  };
  const absolute = sumColumns(
    columns.length,
    columns.fen,
    columns.kind,
    columns.project,
    columns.category,
    columns.type,
    columns.region,
    columns.year,
    sums.project,
    sums.category,
    sums.type,
    sums.region,
    sums.year,
  );
  if (absolute < 0) throw invalidRow(columns, -1 - absolute);
  if (absolute < EXACT_BOUND) {
    const large = { project: new Map(), category: new Map(), type: new Map(), region: new Map(), year: new Map() };
    return { keys, fen: sums, large, total: grandTotal(sums.category) };
  }
  return rollUpLargeBuckets(columns, sums);
}

/**
 * The hot loop: typed arrays as parameters keep it monomorphic. Returns the absolute sum of the amounts,
 * or `-1 - i` for the first invalid row `i`. Unsigned comparisons catch negative indexes too.
 */
function sumColumns(
  n: number,
  fen: Float64Array,
  kind: Uint8Array,
  project: Int32Array,
  category: Int32Array,
  type: Int32Array,
  region: Int32Array,
  year: Int32Array,
  projectFen: Float64Array,
  categoryFen: Float64Array,
  typeFen: Float64Array,
  regionFen: Float64Array,
  yearFen: Float64Array,
): number {
  const projectCount = projectFen.length / KINDS;
  const categoryCount = categoryFen.length / KINDS;
  const typeCount = typeFen.length / KINDS;
  const regionCount = regionFen.length / KINDS;
  const yearCount = yearFen.length / KINDS;
  let absolute = 0;
  for (let i = 0; i < n; i++) {
    const amount = fen[i] as number;
    const k = kind[i] as number;
    const p = project[i] as number;
    const c = category[i] as number;
    const t = type[i] as number;
    const r = region[i] as number;
    const y = year[i] as number;
    if (
      k >= KINDS ||
      p >>> 0 >= projectCount ||
      c >>> 0 >= categoryCount ||
      t >>> 0 >= typeCount ||
      r >>> 0 >= regionCount ||
      y >>> 0 >= yearCount ||
      amount !== Math.trunc(amount)
    ) {
      return -1 - i;
    }
    projectFen[p * KINDS + k]! += amount;
    categoryFen[c * KINDS + k]! += amount;
    typeFen[t * KINDS + k]! += amount;
    regionFen[r * KINDS + k]! += amount;
    yearFen[y * KINDS + k]! += amount;
    absolute += amount < 0 ? -amount : amount;
  }
  return absolute;
}

function grandTotal(cells: Float64Array): [bigint, bigint, bigint, bigint] {
  const total: [bigint, bigint, bigint, bigint] = [0n, 0n, 0n, 0n];
  for (let cell = 0; cell < cells.length; cell++) total[cell % KINDS]! += BigInt(cells[cell] as number);
  return total;
}

// The rare path: find the buckets whose absolute sum reached 2^52 and sum those again with big integers.
function rollUpLargeBuckets(
  columns: LedgerColumns,
  sums: { readonly [Dimension in LedgerDimension]: Float64Array },
): LedgerColumnTotals {
  const large = {} as Record<LedgerDimension, Map<number, bigint>>;
  const total: [bigint, bigint, bigint, bigint] = [0n, 0n, 0n, 0n];
  for (let i = 0; i < columns.length; i++) {
    const amount = columns.fen[i] as number;
    if (!Number.isSafeInteger(amount)) throw invalidRow(columns, i);
    total[columns.kind[i] as number]! += BigInt(amount);
  }
  for (const dimension of ledgerDimensions) {
    const bucket = columns[dimension];
    const absolute = new Float64Array(sums[dimension].length);
    for (let i = 0; i < columns.length; i++) {
      const amount = columns.fen[i] as number;
      absolute[(bucket[i] as number) * KINDS + (columns.kind[i] as number)]! += amount < 0 ? -amount : amount;
    }
    const exact = new Map<number, bigint>();
    absolute.forEach((sum, cell) => {
      if (sum >= EXACT_BOUND) exact.set(cell, 0n);
    });
    if (exact.size > 0) {
      for (let i = 0; i < columns.length; i++) {
        const cell = (bucket[i] as number) * KINDS + (columns.kind[i] as number);
        const sum = exact.get(cell);
        if (sum !== undefined) exact.set(cell, sum + BigInt(columns.fen[i] as number));
      }
    }
    large[dimension] = exact;
  }
  return { keys: columns.keys, fen: sums, large, total };
}

function invalidRow(columns: LedgerColumns, index: number): PairingAidError {
  const amount = columns.fen[index] as number;
  const field =
    !Number.isSafeInteger(amount) ? 'fen'
    : (columns.kind[index] as number) >= KINDS ? 'kind'
    : (ledgerDimensions.find((dimension) => ((columns[dimension][index] as number) >>> 0) >= columns.keys[dimension].length) ?? 'fen');
  const value = field === 'fen' ? amount : field === 'kind' ? (columns.kind[index] as number) : (columns[field][index] as number);
  return new PairingAidError([createIssue('ledger-row-invalid', [index, field], { index, field, value: String(value) })]);
}
