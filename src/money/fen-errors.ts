import { createIssue } from '../errors/issue.js';
import { PairingAidError } from '../errors/pairing-aid-error.js';
import { describeValue } from '../errors/read-input.js';

/**
 * The error for a number that is no whole, exact number of fen, at `path`: `amount-not-finite` for NaN and
 * ±Infinity, `fen-not-whole` for a fraction, `amount-unsafe-integer` past 2^53, `amount-type` for what is no
 * number. Built only when thrown, so hot loops stay loops over numbers.
 */
export function unsafeFenError(value: unknown, path: readonly (string | number)[] = []): PairingAidError {
  if (typeof value !== 'number') return new PairingAidError([createIssue('amount-type', [...path], { received: describeValue(value) })]);
  const input = String(value);
  const code = !Number.isFinite(value) ? 'amount-not-finite' : !Number.isInteger(value) ? 'fen-not-whole' : 'amount-unsafe-integer';
  return new PairingAidError([createIssue(code, [...path], { input })]);
}

/** The error of {@link unsafeFenError} for the element at `index` of a column of fen. */
export function unsafeFenAt(index: number, value: unknown): PairingAidError {
  return unsafeFenError(value, [index]);
}
