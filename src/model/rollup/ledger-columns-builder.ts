import { createIssue } from '../../errors/issue.js';
import { PairingAidError } from '../../errors/pairing-aid-error.js';
import { ledgerKinds } from '../ledger.js';
import { ledgerDimensions, type LedgerColumns, type LedgerDimension } from './ledger-columns.js';

/**
 * Columns being filled, row by row. It is mutable on purpose (an accumulator); finish it with
 * {@link finishLedgerColumns} to get readonly {@link LedgerColumns}.
 */
export interface LedgerColumnsBuilder {
  length: number;
  fen: Float64Array;
  kind: Uint8Array;
  project: Int32Array;
  category: Int32Array;
  type: Int32Array;
  region: Int32Array;
  year: Int32Array;
  readonly keys: { readonly [Dimension in LedgerDimension]: string[] };
  readonly lookup: { readonly [Dimension in LedgerDimension]: Map<string, number> };
}

/**
 * One row to append, by indexes. Reuse one object for every row: {@link appendLedgerRow} copies it into
 * the columns and keeps no reference.
 */
export interface LedgerRow {
  /** The amount in fen, a safe integer. */
  fen: number;
  /** The index of the kind in {@link ledgerKinds}. */
  kind: number;
  project: number;
  category: number;
  type: number;
  region: number;
  year: number;
}

/**
 * Starts empty columns with room for `capacity` rows (they grow as needed).
 *
 * @param capacity - the expected number of rows
 * @returns an empty builder
 *
 * @example
 * ```ts
 * createLedgerColumnsBuilder(5_000_000).length
 * //=> 0
 * ```
 */
export function createLedgerColumnsBuilder(capacity = 1024): LedgerColumnsBuilder {
  const size = Math.max(1, Math.floor(capacity));
  return {
    length: 0,
    fen: new Float64Array(size),
    kind: new Uint8Array(size),
    project: new Int32Array(size),
    category: new Int32Array(size),
    type: new Int32Array(size),
    region: new Int32Array(size),
    year: new Int32Array(size),
    keys: { project: [], category: [], type: [], region: [], year: [] },
    lookup: { project: new Map(), category: new Map(), type: new Map(), region: new Map(), year: new Map() },
  };
}

/**
 * The index of a bucket key in a dimension, adding the key if it is new.
 *
 * @param builder - the builder
 * @param dimension - one of {@link ledgerDimensions}
 * @param key - the key: a project id, category code, type code, region code, or year as text
 * @returns its index
 *
 * @example
 * ```ts
 * const builder = createLedgerColumnsBuilder()
 * ledgerKeyIndex(builder, 'year', '2011')
 * //=> 0
 * ```
 */
export function ledgerKeyIndex(builder: LedgerColumnsBuilder, dimension: LedgerDimension, key: string): number {
  const lookup = builder.lookup[dimension];
  const found = lookup.get(key);
  if (found !== undefined) return found;
  const index = builder.keys[dimension].length;
  builder.keys[dimension].push(key);
  lookup.set(key, index);
  return index;
}

/**
 * Appends one row to the columns, without creating an entry object.
 *
 * @param builder - the builder
 * @param row - the row by indexes (see {@link LedgerRow})
 * @throws {@link PairingAidError} `ledger-row-invalid` when the fen is not a safe integer, the kind is
 *   not 0–3, or an index names no key
 *
 * @example
 * ```ts
 * const builder = createLedgerColumnsBuilder()
 * const row = { fen: 0, kind: 0, project: 0, category: 0, type: 0, region: 0, year: 0 }
 * for (const key of ledgerDimensions) ledgerKeyIndex(builder, key, key === 'year' ? '2011' : 'x')
 * row.fen = 120_000_000; appendLedgerRow(builder, row)
 * builder.length
 * //=> 1
 * ```
 */
export function appendLedgerRow(builder: LedgerColumnsBuilder, row: Readonly<LedgerRow>): void {
  if (!Number.isSafeInteger(row.fen)) throw invalid(builder.length, 'fen', row.fen);
  if (!(row.kind >= 0 && row.kind < ledgerKinds.length && Number.isInteger(row.kind))) throw invalid(builder.length, 'kind', row.kind);
  for (const dimension of ledgerDimensions) {
    const index = row[dimension];
    if (!(Number.isInteger(index) && index >= 0 && index < builder.keys[dimension].length)) throw invalid(builder.length, dimension, index);
  }
  if (builder.length === builder.fen.length) grow(builder);
  const i = builder.length;
  builder.fen[i] = row.fen;
  builder.kind[i] = row.kind;
  builder.project[i] = row.project;
  builder.category[i] = row.category;
  builder.type[i] = row.type;
  builder.region[i] = row.region;
  builder.year[i] = row.year;
  builder.length = i + 1;
}

/**
 * The filled columns as readonly {@link LedgerColumns} (views on the builder's arrays; nothing is copied).
 *
 * @param builder - the builder
 * @returns the columns
 *
 * @example
 * ```ts
 * finishLedgerColumns(createLedgerColumnsBuilder()).length
 * //=> 0
 * ```
 */
export function finishLedgerColumns(builder: LedgerColumnsBuilder): LedgerColumns {
  const n = builder.length;
  return {
    length: n,
    fen: builder.fen.subarray(0, n),
    kind: builder.kind.subarray(0, n),
    project: builder.project.subarray(0, n),
    category: builder.category.subarray(0, n),
    type: builder.type.subarray(0, n),
    region: builder.region.subarray(0, n),
    year: builder.year.subarray(0, n),
    keys: {
      project: [...builder.keys.project],
      category: [...builder.keys.category],
      type: [...builder.keys.type],
      region: [...builder.keys.region],
      year: [...builder.keys.year],
    },
  };
}

function invalid(index: number, field: string, value: number): PairingAidError {
  return new PairingAidError([createIssue('ledger-row-invalid', [index, field], { index, field, value: String(value) })]);
}

function grow(builder: LedgerColumnsBuilder): void {
  const size = builder.fen.length * 2;
  const widen = <T extends Float64Array | Uint8Array | Int32Array>(from: T, to: T): T => {
    to.set(from as never);
    return to;
  };
  builder.fen = widen(builder.fen, new Float64Array(size));
  builder.kind = widen(builder.kind, new Uint8Array(size));
  builder.project = widen(builder.project, new Int32Array(size));
  builder.category = widen(builder.category, new Int32Array(size));
  builder.type = widen(builder.type, new Int32Array(size));
  builder.region = widen(builder.region, new Int32Array(size));
  builder.year = widen(builder.year, new Int32Array(size));
}
