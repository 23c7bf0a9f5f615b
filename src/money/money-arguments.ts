import { createIssue } from '../errors/issue.js';
import { PairingAidError } from '../errors/pairing-aid-error.js';
import { describeValue } from '../errors/read-input.js';
import { isAmount, type Amount } from './amount.js';
import { isRoundingMode, type RoundingMode } from './rounding.js';
import { amountUnits, type AmountUnit } from './units.js';

// Guards for arguments the types already forbid, so a plain-JavaScript caller gets the library's own error
// instead of a TypeError from deep inside, or a silent default.

/** Throws `rounding-invalid` unless `mode` names a rounding mode. */
export function assertRoundingMode(mode: unknown): asserts mode is RoundingMode {
  if (!isRoundingMode(mode)) throw new PairingAidError([createIssue('rounding-invalid', ['rounding'], { input: describeArgument(mode) })]);
}

/** The most places after the point any function of the library writes. */
export const MAX_DECIMALS = 20;

/** Throws `decimals-invalid` unless `decimals` is a whole number from 0 to {@link MAX_DECIMALS}. */
export function assertDecimals(decimals: unknown): asserts decimals is number {
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new PairingAidError([createIssue('decimals-invalid', ['decimals'], { input: describeArgument(decimals), maximum: MAX_DECIMALS })]);
  }
}

/** Throws `amount-unit-invalid` unless `unit` is one of the {@link amountUnits}. */
export function assertUnit(unit: unknown): asserts unit is AmountUnit {
  if (typeof unit !== 'string' || !Object.hasOwn(amountUnits, unit)) {
    throw new PairingAidError([createIssue('amount-unit-invalid', ['unit'], { input: describeArgument(unit) })]);
  }
}

/** Throws `amount-type` unless `value` is an {@link Amount} made by the library. */
export function assertAmount(value: unknown, name: string): asserts value is Amount {
  if (!isAmount(value)) throw new PairingAidError([createIssue('amount-type', [name], { received: describeArgument(value) })]);
}

/** A short, safe description of any value for an issue: never calls the value's own methods. */
export function describeArgument(value: unknown): string {
  return describeValue(value);
}
