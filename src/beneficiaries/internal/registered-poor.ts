import type { BeneficiaryColumns } from '../beneficiary-columns.js';
import { sortKeys } from './radix-sort.js';
import { compactUnique, hasSortedKey } from './sorted-keys.js';

// Registered-poor status is a property of the household in a year, taken from the whole input whatever is
// selected: a household is registered poor in a year when a record of that year flags it (flag bit 1); a
// person is when a record of that year flags them (any flag bit) or places them in such a household.

/** The flag bit that marks a record's household as registered poor. */
export const HOUSEHOLD_FLAG = 1;
/** The flag bit {@link resolveRegisteredPoor} adds for a registered-poor person. */
export const PERSON_FLAG = 2;

/** The registered-poor households of each counted year (`yearIndexOf` maps a year to its index, or −1). */
export function findPoorHouseholds(columns: BeneficiaryColumns, yearIndexOf: Int32Array, yearCount: number): Float64Array[] {
  return bucketFlagged(columns.householdKeys, columns.registeredPoor, HOUSEHOLD_FLAG, columns.years, yearIndexOf, yearCount, undefined).map(sortUnique);
}

/**
 * Marks the records, not flagged themselves, whose household is registered poor in their year; undefined
 * when there are none.
 */
export function markPoorHouseholdMembers(columns: BeneficiaryColumns, yearIndexOf: Int32Array, poorHouseholds: readonly Float64Array[]): Uint8Array | undefined {
  const { householdKeys, registeredPoor, years } = columns;
  if (householdKeys === undefined || poorHouseholds.every((keys) => keys.length === 0)) return undefined;
  const members = new Uint8Array(householdKeys.length);
  for (let index = 0; index < householdKeys.length; index++) {
    // A missing household key (NaN) is in no list; a year not counted (index −1) has none.
    if (registeredPoor[index] !== 0) continue;
    const poor = poorHouseholds[yearIndexOf[years[index] as number] as number];
    if (poor !== undefined && hasSortedKey(poor, householdKeys[index] as number)) members[index] = 1;
  }
  return members;
}

/** The registered-poor persons of each counted year. */
export function findPoorPersons(columns: BeneficiaryColumns, yearIndexOf: Int32Array, yearCount: number, members: Uint8Array | undefined): Float64Array[] {
  return bucketFlagged(columns.personKeys, columns.registeredPoor, 255, columns.years, yearIndexOf, yearCount, members).map(sortUnique);
}

function sortUnique(keys: Float64Array): Float64Array {
  sortKeys(keys);
  return compactUnique(keys);
}

// The keys of the records flagged with one of `bits` (or marked in `alsoFlagged`) of each counted year; NaN
// keys skipped.
function bucketFlagged(
  keys: Float64Array | undefined,
  flags: Uint8Array,
  bits: number,
  years: Uint16Array,
  yearIndexOf: Int32Array,
  yearCount: number,
  alsoFlagged: Uint8Array | undefined,
): Float64Array[] {
  const counts = new Int32Array(yearCount);
  if (keys === undefined) return Array.from(counts, () => new Float64Array(0));
  const length = keys.length;
  for (let index = 0; index < length; index++) {
    if ((((flags[index] as number) & bits) !== 0 || alsoFlagged?.[index] === 1) && keys[index] === keys[index]) {
      const yearIndex = yearIndexOf[years[index] as number] as number;
      if (yearIndex >= 0) counts[yearIndex]! += 1;
    }
  }
  const buckets = Array.from(counts, (count) => new Float64Array(count));
  const filled = new Int32Array(yearCount);
  for (let index = 0; index < length; index++) {
    if ((((flags[index] as number) & bits) !== 0 || alsoFlagged?.[index] === 1) && keys[index] === keys[index]) {
      const yearIndex = yearIndexOf[years[index] as number] as number;
      if (yearIndex >= 0) (buckets[yearIndex] as Float64Array)[filled[yearIndex]!++] = keys[index] as number;
    }
  }
  return buckets;
}
