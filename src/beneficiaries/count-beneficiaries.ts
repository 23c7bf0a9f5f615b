import type { BeneficiaryCount } from './beneficiary-count.js';
import { countBeneficiaryColumns } from './count-beneficiary-columns.js';
import type { IdentifiedBeneficiary } from './identified-beneficiary.js';
import { columnsFromRecords } from './internal/records-to-columns.js';
import type { CountBeneficiariesOptions } from './selection.js';

/**
 * Counts distinct persons and households per reporting year over any selection of identified records,
 * overall and per group. Persons are compared by their full identity (kind and text, so pseudonyms are
 * compared whole and the count is exact for every kind); the counting rules are those of
 * {@link countBeneficiaryColumns}. Meant for up to a few million records; beyond that, fill
 * {@link BeneficiaryColumns} instead.
 *
 * @param records - the records, in any order, repeats allowed (a repeat is one more person-time)
 * @param options - selection and grouping, see {@link CountBeneficiariesOptions}
 * @returns the counts
 * @throws {@link PairingAidError} `beneficiary-year-invalid` for a year that is not a whole number from 0 to 65535
 *
 * @example
 * ```ts
 * const reached = (id: string, project: string): IdentifiedBeneficiary => ({
 *   person: { kind: 'app', appId: id }, registeredPoor: false, region: regionCode('520502'), year: 2011,
 *   attachedTo: { kind: 'project', project: projectId(project) },
 * })
 * const count = countBeneficiaries([reached('a', 'road'), reached('a', 'water'), reached('b', 'water')], { groupBy: 'project' })
 * count.totals[0]?.persons
 * //=> 2
 * count.groups.map((group) => group.persons)
 * //=> [1, 2]
 * ```
 */
export function countBeneficiaries(records: readonly IdentifiedBeneficiary[], options: CountBeneficiariesOptions = {}): BeneficiaryCount {
  return countBeneficiaryColumns(columnsFromRecords(records), options);
}
