/**
 * The dimensions a ledger is rolled up by. Each entry is placed in one bucket of each: its project, its
 * fund category, its project type and recipient region (those of its sub-project when it has one, else
 * of its project), and the calendar year of its date (the fiscal year).
 */
export const ledgerDimensions = ['project', 'category', 'type', 'region', 'year'] as const;

/** One of {@link ledgerDimensions}. */
export type LedgerDimension = (typeof ledgerDimensions)[number];

/** The bucket keys of every dimension: `keys.region[3]` is the region code that index 3 stands for. */
export type LedgerKeys = { readonly [Dimension in LedgerDimension]: readonly string[] };

/**
 * A ledger as columns: row `i` is one entry, `fen[i]` its amount in fen (a safe integer), `kind[i]` its
 * index in {@link ledgerKinds}, and `project[i]`, `category[i]`, `type[i]`, `region[i]`, `year[i]` the
 * indexes of its buckets in `keys`. Only the first `length` rows count.
 *
 * This is how the library rolls up millions of entries without an object per entry: an app fills the
 * columns from its database (or with {@link appendLedgerRow}) and {@link rollUpLedgerColumns} sums them in
 * one pass over integers.
 */
export interface LedgerColumns {
  readonly length: number;
  readonly fen: Float64Array;
  readonly kind: Uint8Array;
  readonly project: Int32Array;
  readonly category: Int32Array;
  readonly type: Int32Array;
  readonly region: Int32Array;
  readonly year: Int32Array;
  readonly keys: LedgerKeys;
}
