import type { IsoDate } from '../dates/iso-date.js';
import type { Amount } from '../money/amount.js';
import type { SourceReference } from '../model/source.js';
import type { LocalizedText } from '../model/text.js';
import type { FigureQualifier } from './figure-qualifier.js';

/**
 * A figure as one source reports it: the value, how the source qualifies it ("more than"), where it is
 * reported and what exactly it counts. A record holds every report of a figure it has, so sources that
 * disagree are all kept; a report picks one by a named rule ({@link chooseReportedFigure}).
 */
export interface ReportedFigure<T extends FigureValue> {
  readonly value: T;
  readonly qualifier: FigureQualifier;
  readonly source: SourceReference;
  /** What the source counts, in its own words (e.g. "cadres trained at Shenzhen Managers Training College"). */
  readonly description?: LocalizedText;
  /** When the source reported it, for the `latest` rule. */
  readonly reportedOn?: IsoDate;
}

/** What a reported figure can be: a count (persons, person-times, courses, visits) or an amount of money. */
export type FigureValue = number | Amount;
