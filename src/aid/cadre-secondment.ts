import type { PersonCount } from '../beneficiaries/counts.js';
import type { AidActivityCore } from './aid-activity.js';
import type { ExchangeDirection, ExchangeLevel } from './exchange-visit.js';
import type { ReportedFigure } from './reported-figure.js';

/** Seconded cadres (挂职干部): cadres of one side sent to work for a period in the other. */
export interface CadreSecondment extends AidActivityCore {
  readonly kind: 'cadre-secondment';
  readonly direction: ExchangeDirection;
  readonly level: ExchangeLevel;
  /** Cadres seconded (人). */
  readonly cadres: readonly ReportedFigure<PersonCount>[];
  /** The length of the secondment in months, where known. */
  readonly months?: number;
}
