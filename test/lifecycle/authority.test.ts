import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actor,
  coversJurisdiction,
  decideLifecycle,
  evolveLifecycle,
  isWithinRegion,
  jurisdictionOfKind,
  organisationId,
  organisationKinds,
  regionCode,
  startLifecycle,
  type Actor,
  type Issue,
  type Jurisdiction,
  type Lifecycle,
  type Organisation,
  type OrganisationKind,
  type Project,
} from '../../src/index.js';
import { at, commandFor, contextFor, donor, organisations, roadProject } from './fixtures.js';

// Bodies the fixtures leave out: a county department of the next county, a water bureau of Dafang that is
// not the road's implementing unit, a Shenzhen builder, a Guangzhou support office, and bodies without a region.
const qianxiDepartment: Organisation = { id: organisationId('qianxi-poverty-office'), name: { zh: '黔西县扶贫开发办公室' }, kind: 'county-department', region: regionCode('522423') };
const dafangWater: Organisation = { id: organisationId('dafang-water'), name: { zh: '大方县水务局' }, kind: 'implementing-unit', region: regionCode('522422') };
const shenzhenBuilder: Organisation = { id: organisationId('sz-builder'), name: { zh: '深圳某建设集团有限公司' }, kind: 'implementing-unit', region: regionCode('440300') };
const guangzhouOffice: Organisation = { id: organisationId('gz-support-office'), name: { zh: '广州市对口帮扶办公室' }, kind: 'support-office', region: regionCode('440100') };
const futianOffice: Organisation = { id: organisationId('futian-support-office'), name: { zh: '福田区对口帮扶办公室' }, kind: 'support-office', region: regionCode('440304') };
const unplacedDepartment: Organisation = { id: organisationId('unplaced-department'), name: { zh: '某县扶贫开发办公室' }, kind: 'county-department' };
const unplacedReviewers: Organisation = { id: organisationId('unplaced-reviewers'), name: { zh: '项目评审组' }, kind: 'expert-review-team' };
const handanGovernment: Organisation = { id: organisationId('handan-county-gov'), name: { zh: '邯郸县人民政府' }, kind: 'county-government', region: regionCode('130421') };

const programme: readonly Organisation[] = [
  ...organisations,
  qianxiDepartment,
  dafangWater,
  shenzhenBuilder,
  guangzhouOffice,
  futianOffice,
  unplacedDepartment,
  unplacedReviewers,
  handanGovernment,
];

const of = (organisation: Organisation): Actor => actor(organisation.id, organisation.kind);
const named = (id: string): Actor => {
  const found = programme.find((organisation) => organisation.id === id);
  if (found === undefined) throw new Error(`no organisation ${id}`);
  return of(found);
};

// The issues of a move by `by` on a lifecycle of `project`; the proposal, unless told.
function refusals(by: Actor, project: Project = roadProject, lifecycle: Lifecycle = startLifecycle(project.id), type: 'propose' | 'suspend' | 'pass-expert-review' = 'propose'): readonly Issue[] {
  const command = { ...commandFor(lifecycle, type, at('2011-03-20')), by };
  const decided = decideLifecycle(lifecycle, command as never, { project, organisations: programme, donor });
  return decided.ok ? [] : decided.issues;
}

const brief = (issues: readonly Issue[]) => issues.map(({ code, path, params }) => ({ code, path, params }));

const proposed = (project: Project = roadProject): Lifecycle => {
  const decided = decideLifecycle(startLifecycle(project.id), commandFor(startLifecycle(project.id), 'propose', at('2011-03-01')) as never, contextFor(project));
  if (!decided.ok) throw new Error(decided.issues.map((found) => found.code).join(', '));
  return decided.value.reduce(evolveLifecycle, startLifecycle(project.id));
};

describe('who may act on a project', () => {
  it('is one of the programme’s registered organisations', () => {
    expect(brief(refusals(actor(organisationId('dafang-education'), 'county-department')))).toEqual([
      { code: 'actor-unregistered', path: ['by', 'organisation'], params: { organisation: 'dafang-education' } },
    ]);
  });

  it('acts as the kind of body it is registered as', () => {
    expect(brief(refusals(actor(organisationId('dafang-poverty-office'), 'county-government')))).toEqual([
      {
        code: 'actor-kind-mismatch',
        path: ['by', 'kind'],
        params: { organisation: 'dafang-poverty-office', registered: 'county-department', declared: 'county-government' },
      },
    ]);
  });

  it('acts, as a county body, only for a project in its own county, and the refusal names the county it should be of', () => {
    expect(refusals(named('dafang-poverty-office'))).toEqual([]);
    expect(brief(refusals(of(qianxiDepartment)))).toEqual([
      {
        code: 'actor-wrong-jurisdiction',
        path: ['by', 'organisation'],
        params: { organisation: 'qianxi-poverty-office', kind: 'county-department', region: '522423', expected: '520521', project: 'BJ-2011-R07' },
      },
    ]);
  });

  it('acts, as a prefecture government, only for a project in its prefecture, under the prefecture’s latest code', () => {
    expect(refusals(named('bijie-gov'), roadProject, proposed(), 'suspend')).toEqual([]);
    expect(brief(refusals(named('qiannan-gov'), roadProject, proposed(), 'suspend'))).toEqual([
      {
        code: 'actor-wrong-jurisdiction',
        path: ['by', 'organisation'],
        params: { organisation: 'qiannan-gov', kind: 'prefecture-government', region: '522700', expected: '520500', project: 'BJ-2011-R07' },
      },
    ]);
  });

  it('acts, on the donor side, only from inside the donor region: the project’s own donor district where it names one', () => {
    expect(refusals(named('sz-support-office'))).toEqual([]);
    expect(refusals(of(futianOffice))).toEqual([]);
    expect(brief(refusals(of(guangzhouOffice)))).toEqual([
      {
        code: 'actor-wrong-jurisdiction',
        path: ['by', 'organisation'],
        params: { organisation: 'gz-support-office', kind: 'support-office', region: '440100', expected: '440300', project: 'BJ-2011-R07' },
      },
    ]);
    const futianProject: Project = { ...roadProject, donor: regionCode('440304') };
    expect(refusals(of(futianOffice), futianProject)).toEqual([]);
    expect(brief(refusals(named('sz-support-office'), futianProject))).toEqual([
      {
        code: 'actor-wrong-jurisdiction',
        path: ['by', 'organisation'],
        params: { organisation: 'sz-support-office', kind: 'support-office', region: '440300', expected: '440304', project: 'BJ-2011-R07' },
      },
    ]);
  });

  it('answers, registered without a region, for no county, while a body serving the programme needs none', () => {
    expect(brief(refusals(of(unplacedDepartment)))).toEqual([
      {
        code: 'actor-wrong-jurisdiction',
        path: ['by', 'organisation'],
        params: { organisation: 'unplaced-department', kind: 'county-department', region: '', expected: '520521', project: 'BJ-2011-R07' },
      },
    ]);
    expect(refusals(of(unplacedReviewers), roadProject, proposed(), 'pass-expert-review')).toEqual([]);
  });

  it('finds no county body of a prefecture-wide project: the refusal expects no county', () => {
    const prefectureWide: Project = { ...roadProject, location: { region: regionCode('522400') } };
    expect(brief(refusals(named('dafang-gov'), prefectureWide))).toEqual([
      {
        code: 'actor-wrong-jurisdiction',
        path: ['by', 'organisation'],
        params: { organisation: 'dafang-gov', kind: 'county-government', region: '522422', expected: '', project: 'BJ-2011-R07' },
      },
    ]);
    expect(refusals(named('bijie-gov'), prefectureWide, proposed(prefectureWide), 'suspend')).toEqual([]);
  });

  it('follows both codes through their successions: 大方县 registered under 522422 acts for a project recorded under 520521, and the reverse', () => {
    const recordedLater: Project = { ...roadProject, location: { region: regionCode('520521') } };
    expect(refusals(named('dafang-gov'), recordedLater)).toEqual([]);
    expect(refusals(named('bijie-gov'), recordedLater, proposed(recordedLater), 'suspend')).toEqual([]);
    const registeredLater: Organisation = { id: organisationId('dafang-gov-2012'), name: { zh: '大方县人民政府' }, kind: 'county-government', region: regionCode('520521') };
    const decided = decideLifecycle(startLifecycle(roadProject.id), { ...commandFor(startLifecycle(roadProject.id), 'propose', at('2011-03-20')), by: of(registeredLater) } as never, {
      project: roadProject,
      organisations: [registeredLater],
      donor,
    });
    expect(decided.ok).toBe(true);
  });

  it('keeps, for a body whose area was split, its own code: 邯郸县’s government acts for no part of it (130402, 130403 since 2016)', () => {
    expect(refusals(of(handanGovernment), { ...roadProject, location: { region: regionCode('130421') } })).toEqual([]);
    for (const part of ['130402', '130403']) {
      expect(refusals(of(handanGovernment), { ...roadProject, location: { region: regionCode(part) } }).map((found) => found.code)).toEqual(['actor-wrong-jurisdiction']);
    }
  });
});

describe('the implementing unit of a project', () => {
  const { implementingUnit: _unit, ...noUnit } = roadProject;

  it('is the one the project names: another registered implementing unit may not act as it', () => {
    expect(refusals(named('dafang-transport'))).toEqual([]);
    expect(brief(refusals(of(dafangWater)))).toEqual([
      { code: 'actor-not-implementing-unit', path: ['by', 'organisation'], params: { organisation: 'dafang-water', project: 'BJ-2011-R07' } },
    ]);
  });

  it('may be named among the project’s participations, in the implementing role only', () => {
    const participating: Project = {
      ...noUnit,
      participations: [
        { organisation: organisationId('dafang-water'), role: 'funding' },
        { organisation: organisationId('sz-builder'), role: 'implementing' },
      ],
    };
    expect(refusals(of(shenzhenBuilder), participating)).toEqual([]);
    expect(refusals(of(dafangWater), participating).map((found) => found.code)).toEqual(['actor-not-implementing-unit']);
    expect(refusals(of(dafangWater), { ...participating, implementingUnit: organisationId('dafang-water') })).toEqual([]);
  });

  it('is any registered one while the project names none', () => {
    expect(refusals(of(dafangWater), noUnit)).toEqual([]);
    expect(refusals(of(dafangWater), { ...noUnit, participations: [{ organisation: organisationId('sz-builder'), role: 'funding' }] })).toEqual([]);
  });

  it('serves the programme wherever it is registered', () => {
    expect(refusals(of(shenzhenBuilder), { ...roadProject, implementingUnit: organisationId('sz-builder') })).toEqual([]);
  });
});

describe('jurisdiction', () => {
  // The table of jurisdictionOfKind's documentation, by jurisdiction.
  const documented: { readonly [Kind in Jurisdiction]: readonly OrganisationKind[] } = {
    county: ['village-committee', 'township-government', 'county-department', 'county-government'],
    prefecture: ['prefecture-government'],
    province: ['provincial-government'],
    donor: ['municipal-government', 'leading-group', 'support-office', 'district-government', 'state-owned-enterprise', 'enterprise', 'social-donor'],
    programme: ['expert-review-team', 'implementing-unit', 'audit-body'],
  };

  it('gives every kind of organisation the area its documentation names', () => {
    const listed = Object.entries(documented).flatMap(([jurisdiction, kinds]) => kinds.map((kind) => [kind, jurisdiction] as const));
    expect([...listed].sort()).toEqual(organisationKinds.map((kind) => [kind, jurisdictionOfKind[kind]] as const).sort());
  });

  // Codes that stand unchanged after every succession, so that a code is its area.
  const counties = ['520521', '520502', '520581', '520523', '522701', '522702', '440304', '440303', '440104', '130402'].map((code) => regionCode(code));
  const prefectureOf = (code: string) => regionCode(`${code.slice(0, 4)}00`);
  const provinceOf = (code: string) => regionCode(`${code.slice(0, 2)}0000`);
  const donors = ['440300', '440000', '440304', '440100'].map((code) => regionCode(code));
  const county = fc.constantFrom(...counties);

  it('lets a body serving the programme act on any project, registered anywhere or nowhere', () => {
    fc.assert(fc.property(fc.option(county, { nil: undefined }), county, fc.constantFrom(...donors), (own, region, donorRegion) => coversJurisdiction('programme', own, region, donorRegion)));
  });

  it('gives a body registered without a region no area to answer for', () => {
    fc.assert(
      fc.property(fc.constantFrom<Jurisdiction>('county', 'prefecture', 'province', 'donor'), county, fc.constantFrom(...donors), (jurisdiction, region, donorRegion) => {
        expect(coversJurisdiction(jurisdiction, undefined, region, donorRegion)).toBe(false);
      }),
    );
  });

  it('lets a county, prefecture or province body act exactly where the project lies in its area', () => {
    fc.assert(
      fc.property(county, county, (own, region) => {
        expect(coversJurisdiction('county', own, region, donor)).toBe(own === region);
        expect(coversJurisdiction('prefecture', prefectureOf(own), region, donor)).toBe(prefectureOf(own) === prefectureOf(region));
        expect(coversJurisdiction('province', provinceOf(own), region, donor)).toBe(provinceOf(own) === provinceOf(region));
        // A county is not a prefecture: the body of one level does not act for another.
        expect(coversJurisdiction('prefecture', own, region, donor)).toBe(false);
      }),
    );
  });

  it('lets a donor body act on any project from inside the donor region', () => {
    fc.assert(
      fc.property(county, county, fc.constantFrom(...donors), (own, region, donorRegion) => {
        expect(coversJurisdiction('donor', own, region, donorRegion)).toBe(isWithinRegion(own, donorRegion));
      }),
    );
  });
});
