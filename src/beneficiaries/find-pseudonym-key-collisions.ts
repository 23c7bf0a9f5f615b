import type { Pseudonym } from '../privacy/pseudonym.js';
import { sortKeys } from './internal/radix-sort.js';
import { personKeyFromPseudonym } from './person-key.js';

/**
 * Finds distinct pseudonyms that share a 52-bit key ({@link personKeyFromPseudonym}), which columnar
 * counting would take for one person. Run it over an app's register of pseudonyms (each once is enough;
 * repeats are ignored): an empty result means counting on pseudonym keys is exact for those people. When
 * it is not empty, give the people in each group app numbers ({@link personKeyFromAppNumber}) instead, or
 * count with {@link countBeneficiaries}, which compares whole pseudonyms.
 *
 * @param pseudonyms - pseudonyms, in any order
 * @returns each group of two or more distinct pseudonyms with the same key; usually none
 *
 * @example
 * ```ts
 * const key = pseudonymKey('00112233445566778899aabbccddeeff')
 * findPseudonymKeyCollisions([pseudonymise('a', key), pseudonymise('b', key), pseudonymise('a', key)])
 * //=> []
 * ```
 */
export function findPseudonymKeyCollisions(pseudonyms: readonly Pseudonym[]): readonly (readonly Pseudonym[])[] {
  const keys = Float64Array.from(pseudonyms, (pseudonym) => personKeyFromPseudonym(pseudonym));
  const rows = Int32Array.from(pseudonyms, (_, index) => index);
  sortKeys(keys, rows);
  const groups: Pseudonym[][] = [];
  let start = 0;
  for (let index = 1; index <= keys.length; index++) {
    if (keys[index] === keys[start]) continue; // past the end, keys[index] is undefined
    if (index - start > 1) {
      const distinct = [...new Set(Array.from(rows.subarray(start, index), (row) => pseudonyms[row] as Pseudonym))].sort();
      if (distinct.length > 1) groups.push(distinct);
    }
    start = index;
  }
  return groups;
}
