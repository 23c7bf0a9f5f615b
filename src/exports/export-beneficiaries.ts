import type { BeneficiaryCount } from '../beneficiaries/beneficiary-count.js';
import type { DeclaredCount } from '../beneficiaries/declared-count.js';

/**
 * The beneficiary figures an export can publish with the projects: declared counts attached to projects or
 * sub-projects, and counts of identified (de-duplicated) beneficiaries grouped by `attachment` or `project`
 * (see {@link countBeneficiaries}).
 */
export interface ExportBeneficiaries {
  /** Counts reported per project or sub-project without ids; other attachments are ignored. */
  readonly declared?: readonly DeclaredCount[];
  /** Distinct persons and households per project (or sub-project) and year, from identified records. */
  readonly identified?: BeneficiaryCount;
}
