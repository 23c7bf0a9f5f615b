import { PairingAidError } from '../errors/pairing-aid-error.js';
import { checkBeneficiaryColumns, type BeneficiaryColumns } from './beneficiary-columns.js';
import { findPoorHouseholds, findPoorPersons, markPoorHouseholdMembers } from './internal/registered-poor.js';
import { hasSortedKey } from './internal/sorted-keys.js';

/**
 * Spreads registered-poor status over the records it belongs to: a record is flagged when, in its year, its
 * person or household is registered poor anywhere in the columns (a household flagged on any record of a
 * year makes every member recorded that year registered poor). Counting does this by itself; run it on the
 * whole data before splitting it, so that summaries of the parts merge exactly.
 *
 * @param columns - the records
 * @returns a new `registeredPoor` column (1 or 0 per record)
 * @throws {@link PairingAidError} with the codes of {@link checkBeneficiaryColumns} when the columns are malformed
 *
 * @example
 * ```ts
 * const columns = allocateBeneficiaryColumns(2, [{ attachedTo: { kind: 'project', project: projectId('BJ-01') } }], [regionCode('520502')], { households: true })
 * columns.personKeys.set([personKeyFromAppNumber(1), personKeyFromAppNumber(2)])
 * columns.householdKeys?.set([householdKeyFromAppNumber(9), householdKeyFromAppNumber(9)])
 * columns.registeredPoor.set([1, 0])
 * columns.years.fill(2011)
 * [...resolveRegisteredPoor(columns)]
 * //=> [1, 1]
 * ```
 */
export function resolveRegisteredPoor(columns: BeneficiaryColumns): Uint8Array {
  const issues = checkBeneficiaryColumns(columns);
  if (issues.length > 0) throw new PairingAidError(issues);
  const { years, personKeys } = columns;
  const yearIndexOf = new Int32Array(65_536).fill(-1);
  let yearCount = 0;
  for (let index = 0; index < years.length; index++) {
    const year = years[index] as number;
    if (yearIndexOf[year] === -1) yearIndexOf[year] = yearCount++;
  }
  const members = markPoorHouseholdMembers(columns, yearIndexOf, findPoorHouseholds(columns, yearIndexOf, yearCount));
  const poorPersons = findPoorPersons(columns, yearIndexOf, yearCount, members);
  const resolved = new Uint8Array(personKeys.length);
  for (let index = 0; index < personKeys.length; index++) {
    const keys = poorPersons[yearIndexOf[years[index] as number] as number];
    if (keys !== undefined && keys.length > 0 && hasSortedKey(keys, personKeys[index] as number)) resolved[index] = 1;
  }
  return resolved;
}
