import { describe, expect, it } from 'vitest';
import { countBeneficiaries, exportOc4idsProjects, householdCount, personCount, projectId, subProjectId, unwrap, type DeclaredCount, type ExportBeneficiaries } from '../../src/index.js';
import { identifiedRecords, oc4idsOptions, recordOfProjects } from './fixtures.js';

const application = { document: { zh: '项目申报书', en: 'Application' }, completeness: 'complete' } as const;
const onProject = { kind: 'project', project: projectId('BJ-2011-01') } as const;

const benefitIn = (beneficiaries: ExportBeneficiaries, language: 'zh' | 'en' = 'en') =>
  unwrap(exportOc4idsProjects(recordOfProjects(['BJ-2011-01']), oc4idsOptions({ beneficiaries, language }))).projects[0]?.benefits?.[0];
const described = (beneficiaries: ExportBeneficiaries, language: 'zh' | 'en' = 'en') =>
  benefitIn(beneficiaries, language)?.beneficiaries?.map((beneficiary) => [beneficiary.description, beneficiary.numberOfPeople, beneficiary.location?.id]);

describe('exportOc4idsProjects: benefits', () => {
  it('gives the households of a figure without a registered-poor part as a plain count', () => {
    const declared: readonly DeclaredCount[] = [
      { figure: 'benefited', unit: 'households', count: householdCount(380), year: 2011, attachedTo: onProject, source: application },
      { figure: 'benefited', unit: 'persons', count: personCount(1420), year: 2011, attachedTo: onProject, source: application },
    ];
    expect(described({ declared }, 'zh')).toEqual([['benefited（申报数，来源：项目申报书）；受益 380 户', 1420, 'BJ-2011-01']]);
    expect(described({ declared }, 'en')).toEqual([['benefited (declared; source: Application); 380 households', 1420, 'BJ-2011-01']]);
  });

  it('does not join households of the same figure counted by another source, even one with the same Chinese title', () => {
    const declared: readonly DeclaredCount[] = [
      { figure: 'benefited', unit: 'households', count: householdCount(380), year: 2011, attachedTo: onProject, source: { document: { zh: '项目申报书', en: 'Revised application' }, completeness: 'complete' } },
      { figure: 'benefited', unit: 'households', count: householdCount(390), year: 2011, attachedTo: onProject, source: { document: { zh: '验收报告' }, completeness: 'complete' } },
      { figure: 'benefited', unit: 'persons', count: personCount(1420), year: 2011, attachedTo: onProject, source: application },
    ];
    expect(described({ declared })).toEqual([['benefited (declared; source: Application)', 1420, 'BJ-2011-01']]);
  });

  it('places declared persons of a sub-project at the sub-project, and leaves out counts attached to no project', () => {
    const declared: readonly DeclaredCount[] = [
      { figure: 'benefited', unit: 'persons', count: personCount(600), year: 2011, attachedTo: { kind: 'sub-project', project: projectId('BJ-2011-01'), subProject: subProjectId('BJ-2011-01-b') }, source: application },
      { figure: 'benefited', unit: 'persons', count: personCount(9000), year: 2011, source: application },
    ];
    expect(described({ declared })).toEqual([['benefited (declared; source: Application)', 600, 'BJ-2011-01-b']]);
  });

  it('gives identified beneficiaries counted by project once, at the project, with its sub-projects\' people', () => {
    const identified = countBeneficiaries(identifiedRecords, { groupBy: 'project' });
    const [totals] = identified.totals;
    expect(described({ identified })).toEqual([
      [`Distinct persons reached in 2011, of whom ${totals?.registeredPoorPersons} registered poor; ${totals?.households} households`, 4, 'BJ-2011-01'],
    ]);
    expect(described({ identified }, 'zh')?.[0]?.[0]).toBe(`2011年受益人数（按人去重），其中建档立卡贫困人口 ${totals?.registeredPoorPersons} 人；受益 ${totals?.households} 户`);
  });

  it('gives the poverty linkage alone as the benefit of a project without figures', () => {
    expect(benefitIn({})).toStrictEqual({ title: 'Beneficiaries and poverty linkage', description: 'Registered poor households of the project villages benefit first.' });
    expect(benefitIn({}, 'zh')).toStrictEqual({ title: '受益对象及带贫减贫机制', description: '项目村建档立卡贫困户优先受益' });
  });
});
