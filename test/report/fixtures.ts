import { seedAnnualReportInput2011, seedReportOptions2011 } from '../../examples/data/shenzhen-guizhou-2011.js';
import {
  activityId,
  buildAnnualReport,
  projectId,
  regionCode,
  residentIdCheckCharacter,
  type AnnualReport,
  type AnnualReportInput,
  type AnnualReportOptions,
  type IdentifiedBeneficiary,
  type Programme,
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
