// The seed programme with the options an app would give its exports.
import {
  countBeneficiaries,
  isoDate,
  personCount,
  personTimeCount,
  projectId,
  regionCode,
  subProjectId,
  type DeclaredCount,
  type ExportBeneficiaries,
  type ExportIatiActivitiesOptions,
  type ExportOc4idsProjectsOptions,
  type IdentifiedBeneficiary,
  type Lifecycle,
  type Programme,
  type ProjectId,
  type ProjectStatusSource,
} from '../../src/index.js';
import { recordSeedLifecycle } from '../../examples/database/seed-lifecycle.js';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';

export { seedProgramme2011 };

/** A made-up but well-formed IATI identifier: the agency CN-USCI and an 18-character unified social credit code. */
export const reportingOrganisation = { ref: 'CN-USCI-11440300MB2C92071X', type: '11' } as const;

const projectOf = (id: string) => {
  const found = seedProgramme2011.projects.find((project) => project.id === id);
  if (found === undefined) throw new Error(`No seed project ${id}`);
  return found;
};

/** BJ-2011-01 closed, BJ-2011-02 in implementation, by their recorded lifecycles. */
export const closedLifecycle: Lifecycle = recordSeedLifecycle(projectOf('BJ-2011-01'), seedProgramme2011.organisations).lifecycle;
export const implementationLifecycle: Lifecycle = recordSeedLifecycle(projectOf('BJ-2011-02'), seedProgramme2011.organisations, 'in-implementation').lifecycle;

/** Lifecycles for two projects, bare statuses for two more; the rest take the default. */
export const seedStatuses: ReadonlyMap<ProjectId, ProjectStatusSource> = new Map<ProjectId, ProjectStatusSource>([
  [projectId('BJ-2011-01'), closedLifecycle],
  [projectId('BJ-2011-02'), implementationLifecycle],
  [projectId('QN-2011-01'), 'suspended'],
  [projectId('QN-2011-02'), 'cancelled'],
]);

const source = { document: { zh: '毕节市扶贫办2011年项目报告', en: 'Bijie county poverty alleviation office, 2011 project report' }, completeness: 'incomplete' } as const;

/** A declared count of persons for a project and one of person-times for a sub-project. */
export const declaredCounts: readonly DeclaredCount[] = [
  { figure: 'residents-benefited', unit: 'persons', count: personCount(1200), year: 2011, attachedTo: { kind: 'project', project: projectId('BJ-2011-01') }, source },
  {
    figure: 'villagers-trained',
    unit: 'person-times',
    count: personTimeCount(300),
    year: 2011,
    attachedTo: { kind: 'sub-project', project: projectId('BJ-2011-01'), subProject: subProjectId('BJ-2011-01-a') },
    source,
  },
];

const reached = (id: string, household: string, registeredPoor: boolean, subProject?: string): IdentifiedBeneficiary => ({
  person: { kind: 'app', appId: id },
  household,
  registeredPoor,
  region: regionCode('522401'),
  year: 2011,
  attachedTo:
    subProject === undefined
      ? { kind: 'project', project: projectId('BJ-2011-01') }
      : { kind: 'sub-project', project: projectId('BJ-2011-01'), subProject: subProjectId(subProject) },
});

/** Identified beneficiaries of BJ-2011-01 and its first sub-project, counted by attachment. */
export const identifiedRecords: readonly IdentifiedBeneficiary[] = [
  reached('p1', 'h1', true),
  reached('p2', 'h1', false),
  reached('p3', 'h2', false),
  reached('p1', 'h1', true, 'BJ-2011-01-a'),
  reached('p4', 'h3', false, 'BJ-2011-01-a'),
];

export const seedBeneficiaries: ExportBeneficiaries = {
  declared: declaredCounts,
  identified: countBeneficiaries(identifiedRecords, { groupBy: 'attachment' }),
};

/** The IATI options of the tests: the seed's statuses, beneficiaries and one project's dates. */
export function iatiOptions(overrides: Partial<ExportIatiActivitiesOptions> = {}): ExportIatiActivitiesOptions {
  return {
    reportingOrganisation,
    generatedAt: '2012-03-31T09:00:00+08:00',
    statuses: seedStatuses,
    defaultStatus: 'in-implementation',
    activityDates: new Map([[projectId('BJ-2011-01'), { actualStart: isoDate('2011-04-12') }]]),
    beneficiaries: seedBeneficiaries,
    ...overrides,
  };
}

/** The OC4IDS options of the tests. */
export function oc4idsOptions(overrides: Partial<ExportOc4idsProjectsOptions> = {}): ExportOc4idsProjectsOptions {
  return {
    projectIdPrefix: 'oc4ids-sz2011-',
    uri: 'https://example.org/oc4ids/sz-gz-2011.json',
    publisher: { name: 'Shenzhen Counterpart Support Office' },
    publishedAt: '2012-03-31T09:00:00+08:00',
    // A bare 'suspended' keeps the status before it in OC4IDS, which only a lifecycle knows.
    statuses: new Map([...seedStatuses].map(([id, status]) => [id, status === 'suspended' ? 'in-implementation' : status])),
    defaultStatus: 'in-implementation',
    beneficiaries: seedBeneficiaries,
    ...overrides,
  };
}

/** The seed with changes to one project. */
export function withProject(index: number, change: (project: Programme['projects'][number]) => Programme['projects'][number], programme: Programme = seedProgramme2011): Programme {
  return { ...programme, projects: programme.projects.map((project, p) => (p === index ? change(project) : project)) };
}
