import { describe, expect, it } from 'vitest';
import { amount, countBeneficiaries, exportOc4idsProjects, isoDate, projectId, subProjectId, type DeclaredCount, type Issue } from '../../src/index.js';
import { declaredCounts, identifiedRecords, oc4idsOptions, recordOfProjects, withProject } from './fixtures.js';

const bijieCity = () => recordOfProjects(['BJ-2011-01']);
const issuesOf = (issues: readonly Issue[]) => issues.map((found) => [found.code, found.path, found.params]);
const refusal = (options: Parameters<typeof oc4idsOptions>[0]) => {
  const result = exportOc4idsProjects(bijieCity(), oc4idsOptions({ beneficiaries: {}, ...options }));
  return result.ok ? [] : issuesOf(result.issues);
};

describe('exportOc4idsProjects: options', () => {
  it('accepts a registered prefix: oc4ids-, six lower-case letters or digits, and a hyphen', () => {
    expect(exportOc4idsProjects(bijieCity(), oc4idsOptions({ beneficiaries: {}, projectIdPrefix: 'oc4ids-bu3kcz-' })).ok).toBe(true);
  });

  it('refuses a prefix that does not look registered, naming it', () => {
    for (const prefix of ['oc4ids-SZ2011-', 'oc4ids-sz201-', 'oc4ids-sz20111-', 'oc4ids-sz2011', 'x-oc4ids-sz2011-', 'oc4ids-sz2011-x-', 'oc4ids-sz_011-']) {
      expect(refusal({ projectIdPrefix: prefix })).toEqual([['oc4ids-project-id-prefix-invalid', ['options', 'projectIdPrefix'], { prefix }]]);
    }
  });

  it('refuses an address that is no absolute URI (white space, a scheme not starting with a letter), naming it', () => {
    for (const uri of ['https://example.org/oc4ids 2011.json', '2https://example.org/oc4ids.json', 'https://example.org/a\tb', ':example']) {
      expect(refusal({ uri })).toEqual([['oc4ids-uri-invalid', ['options', 'uri'], { uri }]]);
    }
    expect(refusal({ uri: 'urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66' })).toEqual([]);
  });

  it('refuses a publisher without a name, saying it is the publisher\'s', () => {
    expect(refusal({ publisher: { name: '' } })).toEqual([['export-name-missing', ['options', 'publisher', 'name'], { kind: 'publisher' }]]);
  });

  it('refuses a project the programme does not have, naming it', () => {
    const result = exportOc4idsProjects(bijieCity(), oc4idsOptions({ beneficiaries: {}, projects: [projectId('BJ-2011-01'), projectId('BJ-2099-01')] }));
    expect(result.ok || issuesOf(result.issues)).toEqual([['export-project-unknown', ['options', 'projects', 1], { project: 'BJ-2099-01' }]]);
  });

  it('refuses beneficiary figures it cannot place, under options.beneficiaries', () => {
    const [persons] = declaredCounts;
    const declared: readonly DeclaredCount[] = [
      { ...persons!, attachedTo: { kind: 'sub-project', project: projectId('BJ-2011-01'), subProject: subProjectId('BJ-2011-01-z') } },
      { ...persons!, attachedTo: { kind: 'project', project: projectId('BJ-2099-01') } },
      { ...persons!, attachedTo: { kind: 'sub-project', project: projectId('BJ-2099-01'), subProject: subProjectId('BJ-2099-01-a') } },
    ];
    const identified = { ...countBeneficiaries(identifiedRecords, { groupBy: 'attachment' }), groupBy: 'region' } as unknown as ReturnType<typeof countBeneficiaries>;
    expect(refusal({ beneficiaries: { declared, identified } })).toEqual([
      ['export-beneficiary-grouping-unsupported', ['options', 'beneficiaries', 'identified', 'groupBy'], { groupBy: 'region' }],
      ['export-beneficiary-attachment-unknown', ['options', 'beneficiaries', 'declared', 0, 'attachedTo'], { attachment: 'BJ-2011-01/BJ-2011-01-z' }],
      ['export-beneficiary-attachment-unknown', ['options', 'beneficiaries', 'declared', 1, 'attachedTo'], { attachment: 'BJ-2099-01' }],
      ['export-beneficiary-attachment-unknown', ['options', 'beneficiaries', 'declared', 2, 'attachedTo'], { attachment: 'BJ-2099-01/BJ-2099-01-a' }],
    ]);
  });

  it('accepts identified beneficiaries counted by project', () => {
    expect(refusal({ beneficiaries: { identified: countBeneficiaries(identifiedRecords, { groupBy: 'project' }) } })).toEqual([]);
  });

  it('refuses a sub-project without a name in either language, saying it is a sub-project\'s', () => {
    const unnamed = withProject(0, (project) => ({ ...project, subProjects: project.subProjects.map((sub, s) => (s === 1 ? { ...sub, name: { zh: ' ', en: '' } } : sub)) }), bijieCity());
    const result = exportOc4idsProjects(unnamed, oc4idsOptions({ beneficiaries: {} }));
    expect(result.ok || issuesOf(result.issues)).toEqual([['export-name-missing', ['programme', 'projects', 0, 'subProjects', 1, 'name'], { kind: 'sub-project' }]]);
  });

  it('reads the division codes on the project\'s location date, else on 1 January of its year, and names the date it read them on', () => {
    const unknownOn = (date?: string) => {
      const moved = withProject(0, (project) => ({ ...project, ...(date === undefined ? {} : { locationDate: isoDate(date) }) }), bijieCity());
      // 522401 毕节市 became 520502 七星关区 when Bijie became a prefecture-level city in 2011.
      const result = exportOc4idsProjects(moved, oc4idsOptions({ beneficiaries: {} }));
      return result.ok ? [] : result.issues.filter((found) => found.code === 'export-region-unknown').map((found) => [found.path.join('.'), found.params]);
    };
    expect(unknownOn()).toEqual([]);
    expect(unknownOn('2012-06-01')).toEqual([
      ['programme.projects.0.location.region', { region: '522401', date: '2012-06-01' }],
      ['programme.projects.0.subProjects.0.location.region', { region: '522401', date: '2012-06-01' }],
      ['programme.projects.0.subProjects.1.location.region', { region: '522401', date: '2012-06-01' }],
    ]);
  });

  it('refuses a funding line a JSON number cannot carry exactly, with the line\'s path and that of the total', () => {
    const huge = withProject(0, (project) => ({
      ...project,
      funding: [
        { source: 'east-west-cooperation', amount: project.budget },
        { source: 'local-integrated', amount: amount('70368744177664.01') },
      ],
    }), bijieCity());
    const result = exportOc4idsProjects(huge, oc4idsOptions({ beneficiaries: {} }));
    expect(result.ok || issuesOf(result.issues)).toEqual([
      ['amount-beyond-exact-number', ['programme', 'projects', 0, 'funding'], { amount: '70368744677664.01' }],
      ['amount-beyond-exact-number', ['programme', 'projects', 0, 'funding', 1, 'amount'], { amount: '70368744177664.01' }],
    ]);
  });
});
