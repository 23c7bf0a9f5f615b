import type { ParticipationRole } from '../../model/organisation.js';

/**
 * The OC4IDS projectSector codes of the built-in infrastructure project types (a sub-sector comes with its
 * parent, as the standard asks). A project's sectors are its own type's and its sub-projects' types'.
 *
 * | project type | sectors |
 * |---|---|
 * | `entire-village-advancement` | economy |
 * | `drinking-water` | waterAndWaste |
 * | `irrigation` | economy |
 * | `rural-road` | transport, transport.road |
 * | `housing-renovation` | socialHousing |
 * | `education` | education |
 * | `health-care` | health |
 * | `farming-industry` | economy |
 */
export const defaultOc4idsSectors = {
  'entire-village-advancement': ['economy'],
  'drinking-water': ['waterAndWaste'],
  'irrigation': ['economy'],
  'rural-road': ['transport', 'transport.road'],
  'housing-renovation': ['socialHousing'],
  'education': ['education'],
  'health-care': ['health'],
  'farming-industry': ['economy'],
} as const;

/**
 * The OC4IDS projectType (construction, rehabilitation…) of the built-in project types where it is clear:
 * housing renovation rehabilitates existing houses, the others build. Types not listed leave `type` out.
 */
export const defaultOc4idsProjectTypes = {
  'entire-village-advancement': 'construction',
  'drinking-water': 'construction',
  'irrigation': 'construction',
  'rural-road': 'construction',
  'housing-renovation': 'rehabilitation',
} as const;

/**
 * The OC4IDS partyRole of each participation role. partyRole is an open codelist: `funder` and
 * `publicAuthority` are its own codes; the body that extends the funds is the `payer`; OC4IDS has no code
 * for the body accountable above the implementer (IATI's role 2), so it is published as `accountable`.
 *
 * | participation | partyRole |
 * |---|---|
 * | `funding` | funder |
 * | `accountable` | accountable |
 * | `extending` | payer |
 * | `implementing` | publicAuthority |
 */
export const oc4idsPartyRoles = {
  funding: 'funder',
  accountable: 'accountable',
  extending: 'payer',
  implementing: 'publicAuthority',
} as const satisfies Readonly<Record<ParticipationRole, string>>;
