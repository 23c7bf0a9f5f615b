import type { IsoDate } from '../dates/iso-date.js';
import type { ProjectId, SubProjectId } from './ids.js';
import type { SourceReference } from './source.js';

/**
 * What one indicator of a performance target turned out to be (实际完成值), measured on a date and taken from a
 * source. Actuals are kept apart from the approved target, as a list an app adds to when the work is measured;
 * several actuals of one indicator are all kept, and an evaluation uses the latest.
 */
export interface PerformanceActual {
  readonly project: ProjectId;
  /** The sub-project whose own target holds the indicator; absent for the project's target. */
  readonly subProject?: SubProjectId;
  /** The indicator's `name`, as its target has it. */
  readonly indicator: string;
  /** The measured value as an exact decimal string, in the indicator's unit. */
  readonly value: string;
  /** The day the value was measured or reported. */
  readonly date: IsoDate;
  /** Where the value comes from: an acceptance report, a statistics table, a survey. */
  readonly source: SourceReference;
}
