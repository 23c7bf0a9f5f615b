import type { BeneficiaryColumns } from '../../beneficiaries/beneficiary-columns.js';
import type { ProjectId } from '../../model/ids.js';
import type { Programme } from '../../model/programme.js';
import type { ProgrammeRecord } from '../../record/programme-record.js';
import type { ProjectStatusOn } from '../../record/project-statuses-on.js';
import type { AnnualReportInput } from '../annual-report-input.js';

/**
 * The report's input as it stood at the end of the year: the record cut at 31 December (later entries and
 * events do not count), its programme with the changes then in effect, and each project's standing then.
 */
export interface ReportData extends AnnualReportInput {
  readonly record: ProgrammeRecord;
  readonly programme: Programme;
  readonly standings: ReadonlyMap<ProjectId, ProjectStatusOn>;
  /** The identified beneficiaries as columns, whichever form they were given in (none if the columns given were refused). */
  readonly identified: BeneficiaryColumns;
}
