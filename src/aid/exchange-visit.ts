import type { LocalizedText } from '../model/text.js';
import type { AidActivityCore } from './aid-activity.js';
import type { ReportedFigure } from './reported-figure.js';

/** Which way people travel: from the donor to the recipient, or back. */
export const exchangeDirections = ['donor-to-recipient', 'recipient-to-donor'] as const;

/** One of {@link exchangeDirections}. */
export type ExchangeDirection = (typeof exchangeDirections)[number];

/** The level of the delegation or cadres: the city's leaders, a district's, or a department's. */
export const exchangeLevels = ['municipal', 'district', 'department'] as const;

/** One of {@link exchangeLevels}. */
export type ExchangeLevel = (typeof exchangeLevels)[number];

/** High-level exchange visits (高层互访): delegations led by the leaders of one side visiting the other. */
export interface ExchangeVisit extends AidActivityCore {
  readonly kind: 'exchange-visit';
  readonly direction: ExchangeDirection;
  readonly level: ExchangeLevel;
  /** Who led or made up the delegation. */
  readonly delegation: LocalizedText;
  /** How many visits the record stands for, where a source counts them; none means at least one. */
  readonly visits: readonly ReportedFigure<number>[];
  readonly purpose?: LocalizedText;
}
