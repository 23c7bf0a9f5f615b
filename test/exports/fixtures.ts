// The seed record with the options an app would give its exports.
import {
  actor,
  countBeneficiaries,
  organisationId,
  personCount,
  personTimeCount,
  projectId,
  recordLifecycleCommand,
  regionCode,
  subProjectId,
  timestamp,
  unwrap,
  type DeclaredCount,
  type ExportBeneficiaries,
  type ExportIatiActivitiesOptions,
  type ExportOc4idsProjectsOptions,
  type IdentifiedBeneficiary,
  type LifecycleCommand,
  type Programme,
  type ProgrammeRecord,
} from '../../src/index.js';
import { seedRecord2011 } from '../../examples/data/shenzhen-guizhou-2011-lifecycles.js';

export { seedRecord2011 };
export const seedProgramme2011: Programme = seedRecord2011.programme;

/** A made-up but well-formed IATI identifier: the agency CN-USCI and an 18-character unified social credit code. */
export const reportingOrganisation = { ref: 'CN-USCI-11440300MB2C92071X', type: '11' } as const;

const supervisor = actor(organisationId('sz-support-office'), 'support-office');

/** The record after one more command on one project. */
export function recordCommand(record: ProgrammeRecord, project: string, command: LifecycleCommand): ProgrammeRecord {
  return unwrap(recordLifecycleCommand(record, projectId(project), command)).record;
}

/**
 * The seed record as of early 2012, with more states to export: QN-2011-01 suspended (after its completion
 * announcement), QN-2011-02 cancelled; QN-2011-13 is still being built, Bijie's projects are closed.
 */
export const variedRecord: ProgrammeRecord = recordCommand(
  recordCommand(seedRecord2011, 'QN-2011-01', { type: 'suspend', by: supervisor, at: timestamp('2012-01-10T10:00:00+08:00'), reason: 'Audit of the village contributions.' }),
  'QN-2011-02',
  { type: 'cancel', by: supervisor, at: timestamp('2012-01-12T10:00:00+08:00'), reason: 'The water source was found unsafe.' },
);

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

/** The IATI options of the tests: the seed's beneficiaries; a test that omits refused projects says so itself. */
export function iatiOptions(overrides: Partial<Omit<ExportIatiActivitiesOptions, 'refused'>> = {}): Omit<ExportIatiActivitiesOptions, 'refused'> {
  return { reportingOrganisation, generatedAt: '2012-03-31T09:00:00+08:00', beneficiaries: seedBeneficiaries, ...overrides };
}

/** The OC4IDS options of the tests. */
export function oc4idsOptions(overrides: Partial<Omit<ExportOc4idsProjectsOptions, 'refused'>> = {}): Omit<ExportOc4idsProjectsOptions, 'refused'> {
  return {
    projectIdPrefix: 'oc4ids-sz2011-',
    uri: 'https://example.org/oc4ids/sz-gz-2011.json',
    publisher: { name: 'Shenzhen Counterpart Support Office' },
    publishedAt: '2012-03-31T09:00:00+08:00',
    beneficiaries: seedBeneficiaries,
    ...overrides,
  };
}

/** The record with its programme changed (its logs kept). */
export function withProgramme(change: (programme: Programme) => Programme, record: ProgrammeRecord = seedRecord2011): ProgrammeRecord {
  return { ...record, programme: change(record.programme) };
}

/** The record with changes to one project's data (its log kept). */
export function withProject(index: number, change: (project: Programme['projects'][number]) => Programme['projects'][number], record: ProgrammeRecord = seedRecord2011): ProgrammeRecord {
  return withProgramme((programme) => ({ ...programme, projects: programme.projects.map((project, p) => (p === index ? change(project) : project)) }), record);
}

/**
 * The seed record cut to some of its projects, with their ledger entries and logs: a programme the model's rules
 * accept, quicker to check and export than the whole seed, for properties that vary one project many times.
 */
export function recordOfProjects(ids: readonly string[], record: ProgrammeRecord = seedRecord2011): ProgrammeRecord {
  const kept = new Set(ids);
  return {
    ...record,
    programme: {
      ...record.programme,
      projects: record.programme.projects.filter((project) => kept.has(project.id)),
      ledger: record.programme.ledger.filter((entry) => kept.has(entry.project)),
    },
    eventLogs: Object.fromEntries(Object.entries(record.eventLogs).filter(([id]) => kept.has(id))),
  };
}
