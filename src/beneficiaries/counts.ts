import { createIssue } from '../errors/issue.js';
import { PairingAidError } from '../errors/pairing-aid-error.js';
import type { Brand } from '../internal/brand.js';

/** A number of distinct persons (人): each person counted once, however often they were reached. */
export type PersonCount = Brand<number, 'PersonCount'>;

/** A number of person-times (人次): a trainee on three courses is three person-times and one person. */
export type PersonTimeCount = Brand<number, 'PersonTimeCount'>;

/** A number of distinct households (户). */
export type HouseholdCount = Brand<number, 'HouseholdCount'>;

/**
 * Any of the three kinds of beneficiary count. They are kept apart: {@link addCounts} refuses to add one
 * kind to another, and `+` on counts gives a plain `number` that no count-typed field accepts.
 */
export type Headcount = PersonCount | PersonTimeCount | HouseholdCount;

function checkCount(value: number, unit: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new PairingAidError([createIssue('count-invalid', [], { unit, value: String(value) })]);
  }
}

/**
 * Makes a {@link PersonCount}.
 *
 * @param value - a whole number, 0 or more
 * @returns the count
 * @throws {@link PairingAidError} `count-invalid` for a negative, fractional or unsafe number
 *
 * @example
 * ```ts
 * personCount(130000)
 * //=> 130000
 * ```
 */
export function personCount(value: number): PersonCount {
  checkCount(value, 'persons');
  return value as PersonCount;
}

/**
 * Makes a {@link PersonTimeCount}.
 *
 * @param value - a whole number, 0 or more
 * @returns the count
 * @throws {@link PairingAidError} `count-invalid` for a negative, fractional or unsafe number
 *
 * @example
 * ```ts
 * personTimeCount(3)
 * //=> 3
 * ```
 */
export function personTimeCount(value: number): PersonTimeCount {
  checkCount(value, 'person-times');
  return value as PersonTimeCount;
}

/**
 * Makes a {@link HouseholdCount}.
 *
 * @param value - a whole number, 0 or more
 * @returns the count
 * @throws {@link PairingAidError} `count-invalid` for a negative, fractional or unsafe number
 *
 * @example
 * ```ts
 * householdCount(12)
 * //=> 12
 * ```
 */
export function householdCount(value: number): HouseholdCount {
  checkCount(value, 'households');
  return value as HouseholdCount;
}

/**
 * Adds two counts of the same kind. Adding persons to person-times does not compile: the second
 * argument must be of the first one's kind. Person-times add exactly; persons only add exactly when the
 * two groups of people are known to be disjoint (otherwise see {@link boundDeclaredPersons}).
 *
 * @param first - a count
 * @param second - a count of the same kind
 * @returns their sum, of the same kind
 * @throws {@link PairingAidError} `count-invalid` when the sum is beyond 2^53
 *
 * @example
 * ```ts
 * addCounts(personTimeCount(3), personTimeCount(2))
 * //=> 5
 * ```
 */
export function addCounts<C extends Headcount>(first: C, second: NoInfer<C>): C {
  const sum = first + second;
  checkCount(sum, 'sum');
  return sum as C;
}
