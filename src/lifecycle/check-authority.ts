import { LATEST_DATE, type IsoDate } from '../dates/iso-date.js';
import { createIssue, type Issue } from '../errors/issue.js';
import type { Organisation, OrganisationKind } from '../model/organisation.js';
import type { Project } from '../model/project.js';
import { isWithinRegion, regionAtLevel, type RegionCode } from '../regions/region-code.js';
import { followRegionCode } from '../regions/follow-region-code.js';
import { gb2260Registry } from '../regions/gb2260-registry.js';
import type { Actor } from './actor.js';

/**
 * The area a kind of body answers for: the project's county, its prefecture, its province, the donor region,
 * or none (an expert review team, an implementing unit, an audit body act for the programme as a whole).
 */
export type Jurisdiction = 'county' | 'prefecture' | 'province' | 'donor' | 'programme';

/**
 * The jurisdiction of each kind of organisation: where its region must lie for it to act on a project.
 *
 * | kind | its region must be |
 * |---|---|
 * | `village-committee`, `township-government`, `county-department`, `county-government` | the project's county (townships and villages have no division code of their own here) |
 * | `prefecture-government` | the prefecture the project's county lies in |
 * | `provincial-government` | the province the project lies in |
 * | `municipal-government`, `leading-group`, `support-office`, `district-government` | inside the donor region |
 * | `state-owned-enterprise`, `enterprise`, `social-donor` | inside the donor region |
 * | `expert-review-team`, `implementing-unit`, `audit-body` | any: they serve the programme |
 *
 * @example
 * ```ts
 * jurisdictionOfKind['prefecture-government']
 * //=> 'prefecture'
 * ```
 */
export const jurisdictionOfKind: { readonly [Kind in OrganisationKind]: Jurisdiction } = {
  'municipal-government': 'donor',
  'leading-group': 'donor',
  'support-office': 'donor',
  'district-government': 'donor',
  'state-owned-enterprise': 'donor',
  'enterprise': 'donor',
  'social-donor': 'donor',
  'village-committee': 'county',
  'township-government': 'county',
  'county-department': 'county',
  'county-government': 'county',
  'prefecture-government': 'prefecture',
  'provincial-government': 'province',
  'expert-review-team': 'programme',
  'implementing-unit': 'programme',
  'audit-body': 'programme',
};

/** Who may act on a project, besides the kind its move allows: the programme's organisations and its donor. */
export interface AuthorityContext {
  readonly project: Project;
  /** The programme's registered organisations: an actor must be one of them, of the kind it claims. */
  readonly organisations: readonly Organisation[];
  /** The programme's donor region; a project's own `donor` (a district) takes its place. */
  readonly donor: RegionCode;
}

// The code an area has after every succession: 522422 (大方县, 2011) and 520521 (大方县, from 2011-10) are one area.
// The last day the library reads stands for "after every succession the registry knows". A body answers for
// its own area: one whose area was split keeps its code, and acts for no part of it.
const latestCode = (code: RegionCode): RegionCode => {
  const codes = followRegionCode(gb2260Registry(), code, LATEST_DATE as IsoDate, LATEST_DATE as IsoDate);
  return codes.length === 1 && codes[0] !== undefined ? codes[0] : code;
};

/**
 * The region an organisation of a jurisdiction must have to act on a project at `region`, in the latest codes
 * of its area, or `undefined` when the project's region lies above that level (a prefecture-wide project has no
 * county of its own).
 * @internal
 */
export function expectedRegion(jurisdiction: 'county' | 'prefecture' | 'province', region: RegionCode): RegionCode | undefined {
  return regionAtLevel(latestCode(region), jurisdiction);
}

/**
 * Does a body whose region is `own` have jurisdiction of kind `jurisdiction` over a project at `region`? Both
 * codes are followed through their successions first, so a county department registered under 2011's 522422
 * approves for a project recorded under 520521, and the reverse.
 *
 * @param jurisdiction - the body's jurisdiction (see {@link jurisdictionOfKind})
 * @param own - the body's registered region
 * @param region - the project's region
 * @param donor - the donor region, for the donor side
 * @returns whether the body may act there
 *
 * @example
 * ```ts
 * coversJurisdiction('county', regionCode('522422'), regionCode('520521'), regionCode('440300'))
 * //=> true
 * coversJurisdiction('prefecture', regionCode('522700'), regionCode('520521'), regionCode('440300'))
 * //=> false
 * ```
 */
export function coversJurisdiction(jurisdiction: Jurisdiction, own: RegionCode | undefined, region: RegionCode, donor: RegionCode): boolean {
  if (jurisdiction === 'programme') return true;
  if (own === undefined) return false;
  if (jurisdiction === 'donor') return isWithinRegion(latestCode(own), latestCode(donor));
  const expected = expectedRegion(jurisdiction, region);
  return expected !== undefined && expected === latestCode(own);
}

/**
 * The authority of the actor of a move: a registered organisation of the programme, of the kind it claims,
 * with jurisdiction over the project's place (rule 5: only the body of the matching level — and of the
 * matching county or prefecture — gives each approval). An implementing unit must be one the project names.
 * @internal
 */
export function checkAuthority(by: Actor, context: AuthorityContext): Issue[] {
  const organisation = context.organisations.find((candidate) => candidate.id === by.organisation);
  if (organisation === undefined) return [createIssue('actor-unregistered', ['by', 'organisation'], { organisation: String(by.organisation) })];
  if (organisation.kind !== by.kind) {
    return [createIssue('actor-kind-mismatch', ['by', 'kind'], { organisation: organisation.id, registered: organisation.kind, declared: String(by.kind) })];
  }
  const { project } = context;
  const jurisdiction = jurisdictionOfKind[organisation.kind];
  const donor = project.donor ?? context.donor;
  if (!coversJurisdiction(jurisdiction, organisation.region, project.location.region, donor)) {
    const expected = jurisdiction === 'donor' ? donor : jurisdiction === 'programme' ? undefined : expectedRegion(jurisdiction, project.location.region);
    return [
      createIssue('actor-wrong-jurisdiction', ['by', 'organisation'], {
        organisation: organisation.id,
        kind: organisation.kind,
        region: organisation.region ?? '',
        expected: expected ?? '',
        project: project.id,
      }),
    ];
  }
  if (organisation.kind === 'implementing-unit') {
    const named = [project.implementingUnit, ...project.participations.filter((part) => part.role === 'implementing').map((part) => part.organisation)].filter(
      (id) => id !== undefined,
    );
    if (named.length > 0 && !named.includes(organisation.id)) {
      return [createIssue('actor-not-implementing-unit', ['by', 'organisation'], { organisation: organisation.id, project: project.id })];
    }
  }
  return [];
}
