import { describe, expect, it } from 'vitest';
import { builtInProjectTypes, exportOc4idsProjects, projectId, unwrap } from '../../src/index.js';
import { oc4idsOptions, recordOfProjects, withProgramme, withProject } from './fixtures.js';
import { oc4idsCodelist } from './standards.js';

// One project of each built-in infrastructure type, its sub-projects of the same type: BJ-2011-02 drinking water,
// BJ-2011-04 rural roads, BJ-2011-05 irrigation, BJ-2011-07 housing renovation.
const ofEachType = () => recordOfProjects(['BJ-2011-02', 'BJ-2011-04', 'BJ-2011-05', 'BJ-2011-07']);

describe('exportOc4idsProjects: sectors and project types', () => {
  it('gives each built-in infrastructure type the sectors and the project type the guide lists', () => {
    const projects = unwrap(exportOc4idsProjects(ofEachType(), oc4idsOptions({ beneficiaries: {} }))).projects;
    expect(projects.map((project) => [project.id, project.sector, project.type])).toEqual([
      ['oc4ids-sz2011-BJ-2011-02', ['waterAndWaste'], 'construction'],
      ['oc4ids-sz2011-BJ-2011-04', ['transport', 'transport.road'], 'construction'],
      ['oc4ids-sz2011-BJ-2011-05', ['economy'], 'construction'],
      ['oc4ids-sz2011-BJ-2011-07', ['socialHousing'], 'rehabilitation'],
    ]);
    const sectors = oc4idsCodelist('projectSector.csv');
    const types = oc4idsCodelist('projectType.csv');
    for (const project of projects) {
      for (const sector of project.sector) expect(sectors.has(sector)).toBe(true);
      expect(types.has(project.type ?? '')).toBe(true);
    }
  });

  it('gives education, health care and farming their sectors once a programme counts them as infrastructure, and leaves their project type out', () => {
    const allInfrastructure = withProgramme(
      (programme) => ({ ...programme, projectTypes: builtInProjectTypes.map((type) => ({ ...type, infrastructure: true })) }),
      recordOfProjects(['BJ-2011-01', 'BJ-2011-02', 'BJ-2011-05']),
    );
    const retyped = (['education', 'health-care', 'farming-industry'] as const).reduce(
      (record, type, index) => withProject(index, (project) => ({ ...project, type, subProjects: project.subProjects.map((sub) => ({ ...sub, type })) }), record),
      allInfrastructure,
    );
    const projects = unwrap(exportOc4idsProjects(retyped, oc4idsOptions({ beneficiaries: {} }))).projects;
    expect(projects.map((project) => project.sector)).toEqual([['education'], ['health'], ['economy']]);
    // OC4IDS projectType has no code that fits these: the field is left out, not written empty.
    expect(projects.map((project) => Object.hasOwn(project, 'type'))).toEqual([false, false, false]);
  });

  it('takes sectors given for a type over the built-in ones, and refuses a type given no sector at all', () => {
    const record = ofEachType();
    const renamed = unwrap(exportOc4idsProjects(record, oc4idsOptions({ beneficiaries: {}, projects: [projectId('BJ-2011-05')], sectors: { irrigation: ['naturalResources', 'waterAndWaste'] } })));
    expect(renamed.projects[0]?.sector).toEqual(['naturalResources', 'waterAndWaste']);
    const refused = exportOc4idsProjects(record, oc4idsOptions({ beneficiaries: {}, projects: [projectId('BJ-2011-05')], sectors: { irrigation: [] } }));
    expect(refused.ok || refused.issues.map((found) => [found.code, found.path, found.params])).toEqual([
      ['oc4ids-sector-unmapped', ['programme', 'projects', 2, 'type'], { type: 'irrigation' }],
      ['oc4ids-sector-unmapped', ['programme', 'projects', 2, 'subProjects', 0, 'type'], { type: 'irrigation' }],
      ['oc4ids-sector-unmapped', ['programme', 'projects', 2, 'subProjects', 1, 'type'], { type: 'irrigation' }],
    ]);
  });
});

describe('exportOc4idsProjects: the package', () => {
  it('leaves the licence out of a package published without one', () => {
    const published = unwrap(exportOc4idsProjects(ofEachType(), oc4idsOptions({ beneficiaries: {}, projects: [projectId('BJ-2011-02')] })));
    expect(Object.keys(published)).toEqual(['uri', 'publishedDate', 'version', 'publisher', 'projects']);
    expect([published.publishedDate, published.projects[0]?.updated]).toEqual(['2012-03-31T09:00:00+08:00', '2012-03-31T09:00:00+08:00']);
  });
});
