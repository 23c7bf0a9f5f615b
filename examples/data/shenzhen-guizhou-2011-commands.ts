// The lifecycle commands of the 2011 projects, as a donor office's app makes them, and their recording through the
// public API: every command decided against the programme's registered organisations, its donor and the
// announcement policy, and appended to the project's hash-chained log. The dates are invented (the source gives
// none); they keep every gate: money only after approval and after both sides signed the liability agreement.
// shenzhen-guizhou-2011-lifecycles.ts holds the record they make.
import {
  actor,
  buildAnnouncement,
  createProgrammeRecord,
  organisationId,
  recordLifecycleCommand,
  timestamp,
  unwrap,
  type LifecycleCommand,
  type LiabilityAgreement,
  type Project,
  type ProgrammeRecord,
} from '../../src/index.js';
import { bijieProjects2011, qiannanProjects2011, seedProgramme2011 } from './shenzhen-guizhou-2011-projects.js';

const at = (text: string) => timestamp(`2011-${text}:00+08:00`);
const experts = actor(organisationId('sz-expert-team'), 'expert-review-team');
const supportOffice = actor(organisationId('sz-support-office'), 'support-office');

/** The liability agreements, one per prefecture, each covering all of its 2011 projects. */
export const seedAgreements2011: { readonly bijie: LiabilityAgreement; readonly qiannan: LiabilityAgreement } = {
  bijie: { reference: '深圳市对口帮扶毕节地区2011年资金项目管理责任书', projects: bijieProjects2011.map((project) => project.id) },
  qiannan: { reference: '深圳市对口帮扶黔南州2011年资金项目管理责任书', projects: qiannanProjects2011.map((project) => project.id) },
};

// How far each project got by the end of 2011: Bijie's closed; Qiannan's announced as completed, closing in
// 2012; the last Qiannan project still being built at the year end.
const lastCommandOf = (project: Project): LifecycleCommand['type'] =>
  project.id.startsWith('BJ') ? 'close' : project.id === 'QN-2011-13' ? 'start-implementation' : 'announce-completion';

/**
 * The commands that take a 2011 project from its proposal to its closure, with the bodies that make them and the
 * (invented) dates: the county government proposes, announces and builds; Shenzhen's review team reviews; the
 * county's poverty alleviation office approves and inspects; the county and the prefecture governments approve;
 * Shenzhen's support office and the prefecture sign the prefecture's liability agreement.
 */
export function seedCommands2011(project: Project): readonly LifecycleCommand[] {
  const county = project.location.region;
  const bijie = project.id.startsWith('BJ');
  const countyGovernment = actor(organisationId(`gov-${county}`), 'county-government');
  const povertyOffice = actor(organisationId(`poverty-office-${county}`), 'county-department');
  const prefecture = actor(organisationId(bijie ? 'bijie-government' : 'qiannan-government'), 'prefecture-government');
  const agreement = bijie ? seedAgreements2011.bijie : seedAgreements2011.qiannan;
  const announcement = (kind: 'pre-implementation' | 'completion') =>
    buildAnnouncement(project, kind, { organisations: seedProgramme2011.organisations, subProjects: false });
  const end = bijie ? ['10-15', '10-25', '11-01', '11-15'] : ['11-20', '11-28', '12-05', '12-20'];
  return [
    { type: 'propose', by: countyGovernment, at: at('02-21T09:30') },
    { type: 'pass-expert-review', by: experts, at: at('03-01T15:00') },
    { type: 'approve-as-county-department', by: povertyOffice, at: at('03-04T10:00') },
    { type: 'approve-as-county-government', by: countyGovernment, at: at('03-08T10:00') },
    { type: 'approve-as-prefecture-government', by: prefecture, at: at('03-11T10:00') },
    { type: 'announce', by: countyGovernment, at: at('03-14T08:00'), announcement: announcement('pre-implementation') },
    { type: 'sign-agreement-as-donor', by: supportOffice, at: at('03-25T10:00'), agreement },
    { type: 'sign-agreement-as-recipient', by: prefecture, at: at('03-28T10:00'), agreement },
    { type: 'start-implementation', by: countyGovernment, at: at('04-01T09:00') },
    { type: 'complete', by: countyGovernment, at: at(`${end[0]}T17:00`) },
    { type: 'pass-acceptance', by: povertyOffice, at: at(`${end[1]}T10:00`), grade: 'pass' },
    { type: 'announce-completion', by: countyGovernment, at: at(`${end[2]}T08:00`), announcement: announcement('completion') },
    { type: 'close', by: prefecture, at: at(`${end[3]}T10:00`) },
  ];
}

/**
 * Records the lifecycle of each 2011 project, as far as it got by the end of 2011, on the programme with nothing
 * recorded yet: the record `seedRecord2011` holds, made anew at each call.
 */
export function recordLifecycles2011(): ProgrammeRecord {
  let record = unwrap(createProgrammeRecord(seedProgramme2011));
  for (const project of seedProgramme2011.projects) {
    const last = lastCommandOf(project);
    for (const command of seedCommands2011(project)) {
      record = unwrap(recordLifecycleCommand(record, project.id, command)).record;
      if (command.type === last) break;
    }
  }
  return record;
}
