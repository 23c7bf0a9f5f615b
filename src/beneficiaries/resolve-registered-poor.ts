import { PairingAidError } from '../errors/pairing-aid-error.js';
import { checkBeneficiaryColumns, type BeneficiaryColumns } from './beneficiary-columns.js';
import { findPoorHouseholds, findPoorPersons, HOUSEHOLD_FLAG, markPoorHouseholdMembers, PERSON_FLAG } from './internal/registered-poor.js';
import { hasSortedKey } from './internal/sorted-keys.js';

/**
 * Spreads registered-poor status over the records it belongs to, so that each record carries what the whole
 * input says about its household and person in its year: bit 1 when its household is registered poor
 * anywhere in the columns, bit 2 when its person is. Counting reads status from the whole input by itself;
 * run this on the whole data before splitting it, so that summaries of the parts merge exactly. Running it
 * again changes nothing.
 *
 * @param columns - the records
 * @returns a new `registeredPoor` column: 0, 2 (person) or 3 (household and person) per record
 * @throws {@link PairingAidError} with the codes of {@link checkBeneficiaryColumns} when the columns are malformed
 *
 * @example
 * ```ts
 * const columns = allocateBeneficiaryColumns(2, [{ attachedTo: { kind: 'project', project: projectId('BJ-01') } }], [regionCode('520502')], { households: true })
 * columns.personKeys.set([personKeyFromAppNumber(1), personKeyFromAppNumber(2)])
 * columns.householdKeys?.set([householdKeyFromAppNumber(9), householdKeyFromAppNumber(9)])
 * columns.registeredPoor.set([1, 0])
 * columns.years.fill(2011);
 * [...resolveRegisteredPoor(columns)]
 * //=> [3, 3]
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
  const poorHouseholds = findPoorHouseholds(columns, yearIndexOf, yearCount);
  const members = markPoorHouseholdMembers(columns, yearIndexOf, poorHouseholds);
  const poorPersons = findPoorPersons(columns, yearIndexOf, yearCount, members);
  // Every year of the columns has its index, so each record finds its year's lists (empty when no one is poor);
  // a missing household key (NaN) is in no list.
  const { householdKeys } = columns;
  const resolved = new Uint8Array(personKeys.length);
  for (let index = 0; index < personKeys.length; index++) {
    const yearIndex = yearIndexOf[years[index] as number] as number;
    if (hasSortedKey(poorPersons[yearIndex] as Float64Array, personKeys[index] as number)) resolved[index] = PERSON_FLAG;
    if (householdKeys !== undefined && hasSortedKey(poorHouseholds[yearIndex] as Float64Array, householdKeys[index] as number)) resolved[index]! |= HOUSEHOLD_FLAG;
  }
  return resolved;
}
