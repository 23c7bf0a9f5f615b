import type { IsoDate } from '../dates/iso-date.js';
import type { Amount } from '../money/amount.js';
import type { LocalizedText } from './text.js';

/**
 * The classes of the assets a poverty-alleviation project creates (扶贫项目资产, 国办函〔2021〕51号): operating
 * assets (经营性: a workshop, a greenhouse, shares), public-welfare assets (公益性: a road, a water supply) and
 * household assets (到户类: livestock, a renovated house handed to a household).
 */
export const assetClasses = ['operating', 'public-welfare', 'household'] as const;

/** One of {@link assetClasses}. */
export type AssetClass = (typeof assetClasses)[number];

/**
 * An asset a project created, as registered and handed over after its acceptance: what it is, its value, who owns
 * and who manages it, and the day it was handed over. An operating asset says how its income goes on benefiting
 * the poor.
 */
export interface ProjectAsset {
  readonly class: AssetClass;
  readonly name: LocalizedText;
  /** Its value when handed over. */
  readonly value: Amount;
  /** Who owns it (所有权人): a village collective, a township, a household, in words. */
  readonly owner: string;
  /** Who manages it (管护责任人). */
  readonly manager: string;
  readonly handedOverOn: IsoDate;
  /** How its income benefits the poor (收益分配): required for an operating asset. */
  readonly incomeUse?: LocalizedText;
}
