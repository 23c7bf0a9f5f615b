import type { OrganisationKind } from '../../model/organisation.js';

/**
 * The DAC 5-digit purpose codes (IATI sector vocabulary 1) of the built-in project types. Apps with their
 * own project types give theirs in {@link ExportIatiActivitiesOptions.sectors}.
 *
 * | project type | DAC code | DAC name |
 * |---|---|---|
 * | `entire-village-advancement` | 43040 | Rural development |
 * | `drinking-water` | 14031 | Basic drinking water supply |
 * | `irrigation` | 31140 | Agricultural water resources |
 * | `rural-road` | 21020 | Road transport |
 * | `housing-renovation` | 16040 | Low-cost housing |
 * | `education` | 11220 | Primary education |
 * | `health-care` | 12220 | Basic health care |
 * | `farming-industry` | 31120 | Agricultural development |
 */
export const defaultIatiSectors = {
  'entire-village-advancement': '43040',
  'drinking-water': '14031',
  'irrigation': '31140',
  'rural-road': '21020',
  'housing-renovation': '16040',
  'education': '11220',
  'health-care': '12220',
  'farming-industry': '31120',
} as const;

/**
 * The IATI OrganisationType code of each kind of organisation: the donor city's and the recipients' bodies
 * are local governments (11); a state-owned enterprise is other public sector (15); an enterprise is private
 * sector (70); social donors, village committees, expert review teams and implementing units, whose legal form
 * the model does not know or which are no government, are other (90).
 *
 * | kind | code |
 * |---|---|
 * | `municipal-government`, `leading-group`, `support-office`, `district-government` | 11 |
 * | `township-government`, `county-department`, `county-government`, `prefecture-government`, `provincial-government`, `audit-body` | 11 |
 * | `state-owned-enterprise` | 15 |
 * | `enterprise` | 70 |
 * | `social-donor`, `village-committee` (a self-governing body, not a government), `expert-review-team`, `implementing-unit` | 90 |
 */
export const iatiOrganisationTypes = {
  'municipal-government': '11',
  'leading-group': '11',
  'support-office': '11',
  'district-government': '11',
  'state-owned-enterprise': '15',
  'enterprise': '70',
  'social-donor': '90',
  'village-committee': '90',
  'township-government': '11',
  'county-department': '11',
  'county-government': '11',
  'prefecture-government': '11',
  'provincial-government': '11',
  'expert-review-team': '90',
  'implementing-unit': '90',
  'audit-body': '11',
} as const satisfies Readonly<Record<OrganisationKind, string>>;

/** The codes of IATI 2.03's OrganisationType codelist, for checking a reporting organisation's type. */
export const iatiOrganisationTypeCodes = [
  '10', '11', '15', '21', '22', '23', '24', '30', '40', '60', '70', '71', '72', '73', '80', '90',
] as const;
