import type { PersonCount } from '../beneficiaries/counts.js';
import type { Amount } from '../money/amount.js';
import type { AidActivityCore } from './aid-activity.js';
import type { ReportedFigure } from './reported-figure.js';

/** Subsidies for needy students (资助贫困学生): how many students, and how much they received. */
export interface StudentSubsidy extends AidActivityCore {
  readonly kind: 'student-subsidy';
  /** Students subsidised (人). */
  readonly students: readonly ReportedFigure<PersonCount>[];
  /** The amount the students received, where a source gives it. */
  readonly amount: readonly ReportedFigure<Amount>[];
}
