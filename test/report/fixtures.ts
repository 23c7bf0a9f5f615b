import { seedAnnualReportInput2011, seedReportOptions2011 } from '../../examples/data/shenzhen-guizhou-2011.js';
import {
  activityId,
  actor,
  buildAnnualReport,
  organisationId,
  projectId,
  recordLifecycleCommand,
  regionCode,
  residentIdCheckCharacter,
  timestamp,
  unwrap,
  type AnnualReport,
  type AnnualReportInput,
  type AnnualReportOptions,
  type IdentifiedBeneficiary,
  type Programme,
  type ProgrammeRecord,
  type ProjectAsset,
  type ResidentId,
} from '../../src/index.js';

export const seedInput = seedAnnualReportInput2011;
export const seedOptions = seedReportOptions2011;

/** The seed's programme, as entered (its projects' logs are in the record beside it). */
export const seedProgramme = seedInput.record.programme;

/** A changed copy of the 2011 input; a `programme` given replaces the record's programme and keeps its logs. */
export type InputChange = Partial<AnnualReportInput> & { readonly programme?: Programme };

/** Builds the report of a changed copy of the 2011 input. */
export function reportOf(change: InputChange = {}, options: Partial<AnnualReportOptions> = {}): AnnualReport {
  const { programme, ...rest } = change;
  const record = programme === undefined ? (rest.record ?? seedInput.record) : { ...(rest.record ?? seedInput.record), programme };
  return buildAnnualReport({ ...seedInput, ...rest, record }, { ...seedOptions, ...options });
}

/** A valid resident ID number from its first 17 characters. */
export const residentId = (first17: string): ResidentId => `${first17}${residentIdCheckCharacter(first17)}` as ResidentId;

/** Three people in Bijie, one reached by two projects (old and new county codes), one by a training course. */
export const identified2011: readonly IdentifiedBeneficiary[] = [
  { person: { kind: 'resident-id', residentId: residentId('52240119800101001') }, household: 'h1', registeredPoor: true, attachedTo: { kind: 'project', project: projectId('BJ-2011-01') }, region: regionCode('522401'), year: 2011 },
  { person: { kind: 'resident-id', residentId: residentId('52240119800101001') }, household: 'h1', registeredPoor: true, attachedTo: { kind: 'project', project: projectId('BJ-2011-02') }, region: regionCode('520502'), year: 2011 },
  { person: { kind: 'resident-id', residentId: residentId('52240119850202002') }, household: 'h1', registeredPoor: false, attachedTo: { kind: 'project', project: projectId('BJ-2011-01') }, region: regionCode('522401'), year: 2011 },
  { person: { kind: 'app', appId: 'qn-77' }, registeredPoor: false, attachedTo: { kind: 'activity', activity: activityId('sz-2011-cadre-training') }, region: regionCode('522701'), year: 2011 },
  // Another year and a region outside the report: not counted.
  { person: { kind: 'app', appId: 'qn-78' }, registeredPoor: false, attachedTo: { kind: 'project', project: projectId('QN-2011-01') }, region: regionCode('522701'), year: 2012 },
  { person: { kind: 'app', appId: 'yn-1' }, registeredPoor: false, attachedTo: { kind: 'project', project: projectId('YN-1') }, region: regionCode('530102'), year: 2011 },
];

/**
 * A record with assets of QN-2011-01 registered by its county's poverty office (the project has passed its acceptance
 * and announced its completion by 20 December 2011): by default into the 2011 record, on 21 December 2011.
 */
export function withAssetsRegistered(assets: readonly ProjectAsset[], at = '2011-12-21T10:00:00+08:00', record: ProgrammeRecord = seedInput.record): ProgrammeRecord {
  const project = projectId('QN-2011-01');
  const county = record.programme.projects.find((candidate) => candidate.id === project)!.location.region;
  return unwrap(recordLifecycleCommand(record, project, { type: 'register-assets', by: actor(organisationId(`poverty-office-${county}`), 'county-department'), at: timestamp(at), assets })).record;
}
