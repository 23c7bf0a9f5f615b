import type { Amount } from '../money/amount.js';
import type { SourceReference } from '../model/source.js';
import type { LocalizedText } from '../model/text.js';
import type { RegionCode } from '../regions/region-code.js';
import type { AidActivityCore } from './aid-activity.js';
import type { PartialDate } from './partial-date.js';
import type { ReportedFigure } from './reported-figure.js';

/** A party to an agreement or a partner in an industrial zone: a government or body, with its region. */
export interface AgreementParty {
  readonly name: LocalizedText;
  readonly region: RegionCode;
}

/** A framework agreement (框架协议) between the two sides: its title, parties and signing date. */
export interface FrameworkAgreement {
  readonly title: LocalizedText;
  readonly parties: readonly AgreementParty[];
  readonly signed: PartialDate;
  /** Where it was signed (e.g. at the Guiyang investment and trade fair). */
  readonly place?: LocalizedText;
  /** The years it covers (the 12th Five-Year Plan: 2011–2015), where it says. */
  readonly fromYear?: number;
  readonly toYear?: number;
  readonly source: SourceReference;
}

/** How far an industrial zone has come. */
export const industrialZoneStatuses = ['agreed', 'under-construction', 'operating'] as const;

/** One of {@link industrialZoneStatuses}. */
export type IndustrialZoneStatus = (typeof industrialZoneStatuses)[number];

/** An industrial zone or demonstration base set up jointly in the recipient region. */
export interface IndustrialZone {
  readonly name: LocalizedText;
  readonly region: RegionCode;
  readonly partners: readonly AgreementParty[];
  readonly status: IndustrialZoneStatus;
}

/**
 * Industrial cooperation (产业合作): framework agreements, industrial zones, enterprises that invested and
 * how much, and funds given to farming (production) projects in poor villages.
 */
export interface IndustrialCooperation extends AidActivityCore {
  readonly kind: 'industrial-cooperation';
  readonly agreements: readonly FrameworkAgreement[];
  readonly industrialZones: readonly IndustrialZone[];
  /** Enterprises that invested or set up bases in the recipient region. */
  readonly enterprises: readonly ReportedFigure<number>[];
  /** What those enterprises invested. */
  readonly investment: readonly ReportedFigure<Amount>[];
  /** Funds allocated to farming (production) projects in poor villages. */
  readonly farmingFunds: readonly ReportedFigure<Amount>[];
}
