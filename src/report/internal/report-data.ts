import type { Programme } from '../../model/programme.js';
import type { AnnualReportInput } from '../annual-report-input.js';

/** The report's input with the programme as it stands (its changes in effect), which every section reads. */
export interface ReportData extends AnnualReportInput {
  readonly programme: Programme;
}
