import type { PersonCount, PersonTimeCount } from '../beneficiaries/counts.js';
import type { LocalizedText } from '../model/text.js';
import type { AidActivityCore } from './aid-activity.js';
import type { ReportedFigure } from './reported-figure.js';

/**
 * Cadre training (干部培训): courses held for the recipient's cadres and professionals, the people trained
 * (persons, 人) and their attendances (person-times, 人次), and the experts the donor organised to teach.
 * Each figure is a list of reports, one per source that gives it.
 */
export interface CadreTraining extends AidActivityCore {
  readonly kind: 'cadre-training';
  /** Who held the courses (e.g. Shenzhen Managers Training College). */
  readonly provider?: LocalizedText;
  /** Courses (期/班) held. */
  readonly courses: readonly ReportedFigure<number>[];
  /** Distinct people trained (人). */
  readonly trainees: readonly ReportedFigure<PersonCount>[];
  /** Attendances (人次): one person on three courses is three. */
  readonly personTimes: readonly ReportedFigure<PersonTimeCount>[];
  /** Experts the donor organised to train cadres. */
  readonly expertsOrganised: readonly ReportedFigure<PersonCount>[];
}
