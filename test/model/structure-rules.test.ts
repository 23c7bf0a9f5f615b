import { describe, expect, it } from 'vitest';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import {
  amount,
  formatPath,
  isoDate,
  organisationId,
  pairingId,
  planId,
  regionCode,
  type Pairing,
  type Plan,
  type Programme,
  type Project,
} from '../../src/index.js';
import { checkProgrammeModel } from '../../src/model/check/check-programme-model.js';
import { isPaired } from '../../src/model/check/check-structure.js';

// The seed: 38 projects of 2011, 25 in Bijie (522400) and 13 in Qiannan (522700, projects[25] to projects[37]);
// projects[0], BJ-2011-01 in 522401, has two sub-projects of 300,000.00 and 200,000.00 within its 500,000.00.
const seed = seedProgramme2011;
const reported = (programme: Programme) => checkProgrammeModel(programme).map((issue) => [issue.code, formatPath(issue.path), issue.params]);
const withProject = (index: number, change: (project: Project) => Project): Programme => ({
  ...seed,
  projects: seed.projects.map((project, i) => (i === index ? change(project) : project)),
});
const withQiannanPairing = (programme: Programme, change: (pairing: Pairing) => Pairing): Programme => ({
  ...programme,
  pairings: programme.pairings.map((pairing) => (pairing.id === 'sz-qiannan' ? change(pairing) : pairing)),
});
const plan = (fields: Partial<Plan>): Plan => ({
  id: planId('twelfth'),
  kind: 'multi-year',
  name: { en: '12th Five-Year Plan' },
  fromYear: 2011,
  toYear: 2015,
  agreed: [],
  targets: [],
  ...fields,
});
const withoutImplementingUnit = <T extends { readonly implementingUnit?: unknown }>({ implementingUnit: _, ...rest }: T): Omit<T, 'implementingUnit'> => rest;

describe('checkProgrammeModel: the programme, its organisations, pairings and plans', () => {
  it('names both years of a programme period that ends before it starts', () => {
    const issues = reported({ ...seed, period: { fromYear: 2015, toYear: 2011 } });
    expect(issues[0]).toEqual(['programme-period-invalid', 'period.toYear', { fromYear: 2015, toYear: 2011 }]);
  });

  it('accepts a programme period of a single year', () => {
    expect(reported({ ...seed, period: { fromYear: 2011, toYear: 2011 } })).toEqual([]);
  });

  it('names the reporting organisation it does not know', () => {
    expect(reported({ ...seed, reportingOrganisation: organisationId('sz-office') })).toEqual([
      ['organisation-unknown', 'reportingOrganisation', { organisation: 'sz-office' }],
    ]);
  });

  it('reports an organisation whose parent is not in the programme', () => {
    // organisations[2], the support office, answers to the leading group; here to one the programme does not list.
    const organisations = seed.organisations.map((found, o) => (o === 2 ? { ...found, parent: organisationId('sz-leaders') } : found));
    expect(reported({ ...seed, organisations })).toEqual([['organisation-unknown', 'organisations[2].parent', { organisation: 'sz-leaders' }]]);
  });

  it('names both dates of a pairing that ends before it starts', () => {
    const backwards = { ...seed.pairings[0]!, id: pairingId('backwards'), from: isoDate('2011-03-01'), to: isoDate('2011-02-01') };
    expect(reported({ ...seed, pairings: [...seed.pairings, backwards] })).toEqual([
      ['pairing-period-invalid', 'pairings[2].to', { from: '2011-03-01', to: '2011-02-01' }],
    ]);
  });

  it('accepts a pairing that starts and ends on the same day', () => {
    const oneDay = { ...seed.pairings[0]!, id: pairingId('one-day'), from: isoDate('2011-03-01'), to: isoDate('2011-03-01') };
    expect(reported({ ...seed, pairings: [...seed.pairings, oneDay] })).toEqual([]);
  });

  it('accepts an annual plan of one year and a plan of several years', () => {
    const plans = [plan({ id: planId('annual-2011'), kind: 'annual', fromYear: 2011, toYear: 2011 }), plan({})];
    expect(reported({ ...seed, plans })).toEqual([]);
  });

  it('names both years of a plan that ends before it starts', () => {
    expect(reported({ ...seed, plans: [plan({}), plan({ id: planId('late'), fromYear: 2013, toYear: 2012 })] })).toEqual([
      ['plan-period-invalid', 'plans[1].toYear', { fromYear: 2013, toYear: 2012 }],
    ]);
  });

  it('reports an agreed amount of a fund category the programme does not define, and only that one', () => {
    const agreed = [
      { category: 'counterpart-support', amount: amount('4691万元') },
      { recipient: regionCode('522700'), amount: amount('1000万元') },
      { category: 'lottery', recipient: regionCode('522400'), amount: amount('10万元') },
    ];
    expect(reported({ ...seed, plans: [plan({ agreed })] })).toEqual([['fund-category-unknown', 'plans[0].agreed[2].category', { category: 'lottery' }]]);
  });
});

describe('checkProgrammeModel: projects and sub-projects', () => {
  it('names both years of a project that ends before it starts', () => {
    expect(reported(withProject(0, (project) => ({ ...project, endYear: 2010 })))).toEqual([
      ['project-period-invalid', 'projects[0].endYear', { year: 2011, endYear: 2010 }],
    ]);
  });

  it('accepts a project ending in the last year of the programme period', () => {
    const twelfth = { ...withProject(0, (project) => ({ ...project, endYear: 2015 })), period: { fromYear: 2011, toYear: 2015 } };
    expect(reported(twelfth)).toEqual([]);
  });

  it('reports a project ending after the programme period, with the years of both', () => {
    const twelfth = { ...withProject(0, (project) => ({ ...project, endYear: 2016 })), period: { fromYear: 2011, toYear: 2015 } };
    expect(reported(twelfth)).toEqual([
      ['project-outside-programme-period', 'projects[0].year', { from: 2011, to: 2016, fromYear: 2011, toYear: 2015 }],
    ]);
  });

  it('names the type of a project that the programme does not define', () => {
    expect(reported(withProject(0, (project) => ({ ...project, type: 'tea-garden' })))).toEqual([
      ['project-type-unknown', 'projects[0].type', { type: 'tea-garden' }],
    ]);
  });

  it('reports a sub-project of a type the programme does not define', () => {
    const programme = withProject(0, (project) => ({
      ...project,
      subProjects: project.subProjects.map((sub, s) => (s === 1 ? { ...sub, type: 'tea-garden' } : sub)),
    }));
    expect(reported(programme)).toEqual([['project-type-unknown', 'projects[0].subProjects[1].type', { type: 'tea-garden' }]]);
  });

  it('reports a project of a fund category the programme does not define', () => {
    expect(reported(withProject(0, (project) => ({ ...project, category: 'lottery' })))).toEqual([
      ['fund-category-unknown', 'projects[0].category', { category: 'lottery' }],
    ]);
  });

  it('accepts a project and sub-projects that name no implementing unit', () => {
    const programme = withProject(0, (project) => ({ ...withoutImplementingUnit(project), subProjects: project.subProjects.map(withoutImplementingUnit) }));
    expect(reported(programme)).toEqual([]);
  });

  it('names the unknown organisation of a project’s implementing unit, a participation and a sub-project’s implementing unit', () => {
    const programme = withProject(0, (project) => ({
      ...project,
      implementingUnit: organisationId('nobody'),
      participations: [...project.participations, { organisation: organisationId('ghost'), role: 'funding' }],
      subProjects: project.subProjects.map((sub, s) => (s === 1 ? { ...sub, implementingUnit: organisationId('no-one') } : sub)),
    }));
    expect(reported(programme)).toEqual([
      ['organisation-unknown', 'projects[0].implementingUnit', { organisation: 'nobody' }],
      ['organisation-unknown', 'projects[0].participations[4].organisation', { organisation: 'ghost' }],
      ['organisation-unknown', 'projects[0].subProjects[1].implementingUnit', { organisation: 'no-one' }],
    ]);
  });

  it('names both regions of a sub-project outside its project’s region', () => {
    const programme = withProject(0, (project) => ({
      ...project,
      subProjects: project.subProjects.map((sub, s) => (s === 0 ? { ...sub, location: { region: regionCode('522701') } } : sub)),
    }));
    expect(reported(programme)).toEqual([
      ['sub-project-outside-region', 'projects[0].subProjects[0].location.region', { region: '522701', projectRegion: '522401' }],
    ]);
  });

  it('names the budget and the sub-projects’ sum when they exceed it', () => {
    const issues = reported(withProject(0, (project) => ({ ...project, budget: amount('499999.99') })));
    expect(issues.filter(([code]) => code === 'sub-project-budget-exceeded')).toEqual([
      ['sub-project-budget-exceeded', 'projects[0].subProjects', { budget: '499999.99', sum: '500000.00' }],
    ]);
  });
});

describe('checkProgrammeModel: rule 4, the recipient paired with the donor', () => {
  it('accepts the projects of a year during which their pairing starts', () => {
    const fromJune = withQiannanPairing(seed, (pairing) => ({ ...pairing, from: isoDate('2011-06-01') }));
    expect(reported(fromJune)).toEqual([]);
  });

  it('accepts a project of several years paired in a later one of them, and names the single year of the others', () => {
    const running = withProject(25, (project) => ({ ...project, endYear: 2013 }));
    const issues = reported(withQiannanPairing(running, (pairing) => ({ ...pairing, from: isoDate('2012-03-01') })));
    // The twelve other Qiannan projects of 2011 alone lie before the pairing.
    expect(issues.map(([, path]) => path)).toEqual(seed.projects.slice(26).map((_, p) => `projects[${26 + p}].location.region`));
    expect(issues[0]).toEqual(['recipient-not-paired', 'projects[26].location.region', { donor: '440300', recipient: '522701', year: '2011' }]);
  });

  it('names the years of a project of several years that no pairing covers', () => {
    const running = withProject(25, (project) => ({ ...project, endYear: 2013 }));
    const issues = reported(withQiannanPairing(running, (pairing) => ({ ...pairing, from: isoDate('2014-01-01') })));
    expect(issues[0]).toEqual(['recipient-not-paired', 'projects[25].location.region', { donor: '440300', recipient: '522701', year: '2011–2013' }]);
    expect(issues).toHaveLength(13);
  });

  it('judges a project with a location date by that day alone', () => {
    const fromOctober = (programme: Programme) => withQiannanPairing(programme, (pairing) => ({ ...pairing, from: isoDate('2011-10-01') }));
    const september = withProject(25, (project) => ({ ...project, locationDate: isoDate('2011-09-01') }));
    expect(reported(fromOctober(september))).toEqual([
      ['recipient-not-paired', 'projects[25].location.region', { donor: '440300', recipient: '522701', year: '2011-09-01' }],
    ]);
    const october = withProject(25, (project) => ({ ...project, locationDate: isoDate('2011-10-15') }));
    expect(reported(fromOctober(october))).toEqual([]);
  });
});

describe('isPaired', () => {
  const pairing = (from: string, to?: string): Pairing => ({
    id: pairingId('sz-qiannan'),
    donor: regionCode('440300'),
    recipient: regionCode('522700'),
    from: isoDate(from),
    ...(to === undefined ? {} : { to: isoDate(to) }),
  });
  const duyun2011 = () => ({ donor: regionCode('440300'), recipient: regionCode('522701'), year: 2011 });

  it('counts a year as paired when a pairing covers any one of its days', () => {
    expect(isPaired([pairing('2011-12-31')], duyun2011())).toBe(true);
    expect(isPaired([pairing('1996-01-01', '2011-01-01')], duyun2011())).toBe(true);
  });

  it('does not count a year that a pairing ended before or starts after', () => {
    expect(isPaired([pairing('1996-01-01', '2010-12-31')], duyun2011())).toBe(false);
    expect(isPaired([pairing('2012-01-01')], duyun2011())).toBe(false);
  });
});
