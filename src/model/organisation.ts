import type { IsoDate } from '../dates/iso-date.js';
import type { RegionCode } from '../regions/region-code.js';
import type { OrganisationId } from './ids.js';
import type { LocalizedText } from './text.js';

/**
 * The kinds of organisation in the pairing-off work, on the donor side, the recipient side, and neither.
 *
 * | kind | side | 中文 |
 * |---|---|---|
 * | `municipal-government` | donor | 市政府 |
 * | `leading-group` | donor | 对口帮扶工作领导小组 |
 * | `support-office` | donor | 对口帮扶办公室 (the leading group's standing office) |
 * | `district-government` | donor | 区政府 |
 * | `state-owned-enterprise` | donor | 国有企业 |
 * | `enterprise` | donor | 企业 |
 * | `social-donor` | donor | 社会捐赠者 |
 * | `county-department` | recipient | 县职能部门 |
 * | `county-government` | recipient | 县（市）政府 |
 * | `prefecture-government` | recipient | 地（州、市）政府 |
 * | `provincial-government` | recipient | 省政府 |
 * | `expert-review-team` | independent | 项目评审组 |
 * | `implementing-unit` | recipient | 项目实施单位 |
 * | `audit-body` | independent | 审计、财政部门 |
 */
export const organisationKinds = [
  'municipal-government',
  'leading-group',
  'support-office',
  'district-government',
  'state-owned-enterprise',
  'enterprise',
  'social-donor',
  'village-committee',
  'township-government',
  'county-department',
  'county-government',
  'prefecture-government',
  'provincial-government',
  'expert-review-team',
  'implementing-unit',
  'audit-body',
] as const;

/** One of {@link organisationKinds}. */
export type OrganisationKind = (typeof organisationKinds)[number];

/** The side an organisation stands on. */
export type OrganisationSide = 'donor' | 'recipient' | 'independent';

/**
 * The roles an organisation plays in an activity, as IATI's OrganisationRole codelist has them:
 * 1 funding, 2 accountable, 3 extending, 4 implementing.
 */
export const participationRoles = { funding: 1, accountable: 2, extending: 3, implementing: 4 } as const;

/** A key of {@link participationRoles}. */
export type ParticipationRole = keyof typeof participationRoles;

/** An organisation taking part in the work. */
export interface Organisation {
  readonly id: OrganisationId;
  readonly name: LocalizedText;
  readonly kind: OrganisationKind;
  /** The region the organisation belongs to (a county department's county, a district's code). */
  readonly region?: RegionCode;
  /**
   * The day `region` is given as of: the organisation's registration with the programme, say. Its code must be in
   * force on that day (rule 19); the programme's reference date when absent. Bodies registered in different years
   * can so keep the codes of their own day: a county office under 2011's 522422 and a township registered in 2012
   * under 520521.
   */
  readonly regionAsOf?: IsoDate;
  /** The organisation it reports to, if any (a district's municipal government, a leading group's office). */
  readonly parent?: OrganisationId;
}

/** An organisation's role in one project. */
export interface Participation {
  readonly organisation: OrganisationId;
  readonly role: ParticipationRole;
}
