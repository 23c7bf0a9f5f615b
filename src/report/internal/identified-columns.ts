import { allocateBeneficiaryColumns, checkBeneficiaryColumns, type BeneficiaryColumns } from '../../beneficiaries/beneficiary-columns.js';
import type { IdentifiedBeneficiary } from '../../beneficiaries/identified-beneficiary.js';
import { columnsFromRecords } from '../../beneficiaries/internal/records-to-columns.js';
import { prefixIssues, type Issue } from '../../errors/issue.js';
import { PairingAidError } from '../../errors/pairing-aid-error.js';

/**
 * The identified beneficiaries as columns, whichever form they were given in: records are put into columns, and
 * columns are checked. What cannot be counted (a record's year out of range, columns that do not hold together)
 * becomes issues under `identifiedBeneficiaries`, and then no record is counted.
 */
export function identifiedColumnsOf(given: readonly IdentifiedBeneficiary[] | BeneficiaryColumns, issues: Issue[]): BeneficiaryColumns {
  const refused = (problems: readonly Issue[]): BeneficiaryColumns => {
    issues.push(...prefixIssues(problems, ['identifiedBeneficiaries']));
    return allocateBeneficiaryColumns(0, [], []);
  };
  if (!('personKeys' in given)) {
    try {
      return columnsFromRecords(given);
    } catch (error) {
      if (error instanceof PairingAidError) return refused(error.issues);
      throw error;
    }
  }
  const problems = checkBeneficiaryColumns(given);
  return problems.length === 0 ? given : refused(problems);
}
