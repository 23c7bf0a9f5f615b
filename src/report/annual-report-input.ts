import type { NonProjectAid } from '../aid/non-project-aid.js';
import type { DeclaredCount } from '../beneficiaries/declared-count.js';
import type { BeneficiaryColumns } from '../beneficiaries/beneficiary-columns.js';
import type { IdentifiedBeneficiary } from '../beneficiaries/identified-beneficiary.js';
import type { ProgrammeRecord } from '../record/programme-record.js';
import type { DeclaredPart } from './declared-part.js';
import type { DeclaredProjectCount } from './declared-project-count.js';

/**
 * Everything an annual report is built from: the programme with its projects' lifecycles (funds, itemised
 * projects, ledger, plans, and each project's event log),
 * non-project aid, and the figures sources declare without itemising them (project counts, beneficiaries).
 * A report takes from it the year, donor and recipients it is asked for.
 */
export interface AnnualReportInput {
  readonly record: ProgrammeRecord;
  readonly nonProjectAid: readonly NonProjectAid[];
  /** Project counts the sources declare ("124 aid projects"), of all projects or of the infrastructure ones. */
  readonly declaredProjects: readonly DeclaredProjectCount[];
  /** Beneficiary counts the sources declare, without ids ("130,000 residents directly benefited"). */
  readonly declaredBeneficiaries: readonly DeclaredCount[];
  /** Which declared beneficiary figures are parts of which ("of which 60,400 by the infrastructure projects"). */
  readonly declaredParts: readonly DeclaredPart[];
  /**
   * Beneficiaries with ids, which can be de-duplicated; none when the sources give only totals. At national
   * scale give the same records as {@link BeneficiaryColumns} (no object per record): the report is the same.
   * Columns that do not hold together are reported (`beneficiary-columns-*` under `identifiedBeneficiaries`) and
   * none of their records is counted.
   */
  readonly identifiedBeneficiaries: readonly IdentifiedBeneficiary[] | BeneficiaryColumns;
}
