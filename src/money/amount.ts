import { createIssue } from '../errors/issue.js';
import { PairingAidError } from '../errors/pairing-aid-error.js';
import { unsafeFenError } from './fen-errors.js';

declare const amountBrand: unique symbol;

/**
 * An exact amount of Chinese yuan, held as a whole number of fen (分, 0.01 yuan) in a `bigint`.
 *
 * Amounts are immutable. They never pass through binary floating point, so sums are exact at any size.
 * `JSON.stringify` writes an amount as a decimal string of yuan with two decimals (`"46910000.00"`), which
 * {@link parseAmount} reads back to the identical value. Create amounts with {@link amount},
 * {@link parseAmount} or {@link amountFromFen}; an amount cannot be mixed with a plain number.
 */
export interface Amount {
  /** The amount in fen. */
  readonly fen: bigint;
  /** The decimal string of yuan with two decimals, e.g. `"46910000.00"`. */
  toJSON(): string;
  /** Same as {@link Amount.toJSON}. */
  toString(): string;
  readonly [amountBrand]: true;
}

// A registry symbol, so amounts made by the ESM and the CJS build of the library recognise each other.
const amountTag = /* @__PURE__ */ Symbol.for('pairing-aid.amount');

const amountPrototype = {
  [amountTag]: true,
  toJSON(this: Amount): string {
    return fenToDecimalString(this.fen);
  },
  toString(this: Amount): string {
    return fenToDecimalString(this.fen);
  },
};

/** Creates an amount from fen; the one place amounts are made. */
export function makeAmount(fen: bigint): Amount {
  const created = Object.create(amountPrototype) as { fen: bigint };
  created.fen = fen;
  return Object.freeze(created) as unknown as Amount;
}

/** Writes fen as yuan with two decimals: `-123n` → `"-1.23"`. */
export function fenToDecimalString(fen: bigint): string {
  const negative = fen < 0n;
  const digits = (negative ? -fen : fen).toString().padStart(3, '0');
  const text = `${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return negative ? `-${text}` : text;
}

/**
 * Creates an amount from a whole number of fen.
 *
 * @param fen - the amount in fen, as a `bigint` or a safe integer
 * @returns the amount
 * @throws {@link PairingAidError} when `fen` is a number that is no whole, exact number of fen: `fen-not-whole`
 *   for a fraction, `amount-not-finite` for NaN and ±Infinity, `amount-unsafe-integer` past 2^53 (use a `bigint`);
 *   `amount-type` when it is neither a number nor a `bigint`
 *
 * @example
 * ```ts
 * amountFromFen(4691000000n).toJSON()
 * //=> '46910000.00'
 * ```
 */
export function amountFromFen(fen: bigint | number): Amount {
  if (typeof fen === 'number') {
    if (!Number.isSafeInteger(fen)) throw unsafeFenError(fen);
    return makeAmount(BigInt(fen));
  }
  if (typeof fen !== 'bigint') throw new PairingAidError([createIssue('amount-type', [], { received: typeof fen })]);
  return makeAmount(fen);
}

/**
 * Whether a value is an {@link Amount} made by this library.
 *
 * @example
 * ```ts
 * isAmount(amount('1.00'))
 * //=> true
 * isAmount(1)
 * //=> false
 * ```
 */
export function isAmount(value: unknown): value is Amount {
  if (typeof value !== 'object' || value === null) return false;
  // A proxy may throw on any read (a revoked one always does): what cannot be read is no amount.
  try {
    return (value as Record<symbol, unknown>)[amountTag] === true;
  } catch {
    return false;
  }
}

/** The amount zero. */
export const ZERO_AMOUNT: Amount = /* @__PURE__ */ makeAmount(0n);
