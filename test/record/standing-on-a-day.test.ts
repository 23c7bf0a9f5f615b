import { describe, expect, it } from 'vitest';
import {
  actor,
  appendToEventLog,
  checkProgramme,
  formatPath,
  projectStatusOn,
  isoDate,
  organisationId,
  recordLifecycleCommand,
  timestamp,
  unwrap,
  type LifecycleCommand,
  type ProgrammeRecord,
} from '../../src/index.js';
import { recordAsOf } from '../../src/record/record-as-of.js';
import { projectStatusesOn } from '../../src/record/project-statuses-on.js';
import { commandsOf, dafangProject, drafted, qiannanProject, record2011, recordUntil } from './fixtures.js';

const bijie = actor(organisationId('bijie-government'), 'prefecture-government');
const povertyOffice = actor(organisationId('poverty-office-522422'), 'county-department');
const countyGovernment = actor(organisationId('gov-522422'), 'county-government');
const then = (record: ProgrammeRecord, command: LifecycleCommand): ProgrammeRecord => unwrap(recordLifecycleCommand(record, dafangProject, command)).record;
// The 2011 programme without its ledger, nothing recorded yet.
const bareRecord = (): ProgrammeRecord => ({ programme: { ...drafted().programme, ledger: [] }, eventLogs: {} });
const logLength = (record: ProgrammeRecord, project: string) => record.eventLogs[project]?.length;

describe('the record as of a day', () => {
  it('leaves out the ledger entries dated later and each log’s events of later days', () => {
    const seedRecord2011 = record2011();
    const asOf = recordAsOf(seedRecord2011, isoDate('2011-03-11'));
    expect(asOf.programme.ledger.every((entry) => entry.date <= '2011-03-11')).toBe(true);
    expect(asOf.programme.ledger.length).toBeLessThan(seedRecord2011.programme.ledger.length);
    // Proposed, reviewed and approved three times by 11 March: the prefecture's approval that day is kept.
    expect(logLength(asOf, dafangProject)).toBe(5);
    expect(asOf.programme.projects).toBe(seedRecord2011.programme.projects);
  });

  it('keeps the logs it cuts verifiable, and checks as the record did on that day', () => {
    expect(checkProgramme(recordAsOf(record2011(), isoDate('2011-03-30')))).toEqual([]);
  });

  it('is the same record when nothing is dated later, and keeps the ledger when only logs are cut', () => {
    const bare = bareRecord();
    const proposed = recordUntil(bare, dafangProject, 'propose');
    expect(recordAsOf(proposed, isoDate('2011-02-21'))).toBe(proposed);
    const cut = recordAsOf(recordUntil(bare, dafangProject, 'pass-expert-review'), isoDate('2011-02-28'));
    expect(logLength(cut, dafangProject)).toBe(1);
    expect(cut.programme).toBe(bare.programme);
  });

  it('keeps the logs whole when only ledger entries are later', () => {
    const seedRecord2011 = record2011();
    // The last event of 2011 is Qiannan's completion announcements of 5 December; entries run to 20 December.
    const asOf = recordAsOf(seedRecord2011, isoDate('2011-12-10'));
    expect(asOf.eventLogs).toBe(seedRecord2011.eventLogs);
    expect(asOf.programme.ledger.length).toBeLessThan(seedRecord2011.programme.ledger.length);
  });

  it('keeps the entries dated on the day itself, and is the whole record on the day of its last entry', () => {
    const seedRecord2011 = record2011();
    const firstDay = recordAsOf(seedRecord2011, isoDate('2011-03-15')).programme.ledger;
    expect(firstDay.length).toBeGreaterThan(0);
    expect(firstDay).toEqual(seedRecord2011.programme.ledger.filter((entry) => entry.date <= '2011-03-15'));
    expect(recordAsOf(seedRecord2011, isoDate('2011-03-14')).programme.ledger).toEqual([]);
    expect(recordAsOf(seedRecord2011, isoDate('2011-12-20'))).toBe(seedRecord2011);
  });

  it('dates an event by its day in China, whatever offset its time is written at', () => {
    // 20:00 UTC on 20 February is 04:00 on 21 February in China.
    const [propose] = commandsOf(dafangProject);
    const proposed = then(bareRecord(), { ...propose!, at: timestamp('2011-02-20T20:00:00Z') });
    expect(logLength(recordAsOf(proposed, isoDate('2011-02-20')), dafangProject)).toBe(0);
    expect(recordAsOf(proposed, isoDate('2011-02-21'))).toBe(proposed);
  });

  it('keeps an empty log as it is', () => {
    const record = { ...bareRecord(), eventLogs: { [dafangProject]: [] } };
    expect(recordAsOf(record, isoDate('2011-01-01'))).toBe(record);
  });

  it('keeps a stored entry that holds no event where it stands, so that the checks of the shorter record still find it', () => {
    const approved = recordUntil(bareRecord(), dafangProject, 'approve-as-county-department');
    const [proposal, review, approval] = approved.eventLogs[dafangProject]!;
    const { event: _lost, ...emptied } = review!;
    const altered = `eventLogs.${dafangProject}[1]`;
    const findings = (record: ProgrammeRecord) => checkProgramme(record).map((issue) => [issue.code, formatPath(issue.path)]);
    const cut = recordAsOf({ ...approved, eventLogs: { [dafangProject]: [proposal!, emptied as never, approval!] } }, isoDate('2011-02-28'));
    expect(logLength(cut, dafangProject)).toBe(2);
    expect(findings(cut)).toEqual([['event-log-altered', altered]]);
    const endsEmptied = { ...approved, eventLogs: { [dafangProject]: [proposal!, emptied as never] } };
    expect(recordAsOf(endsEmptied, isoDate('2011-02-21'))).toBe(endsEmptied);
    expect(findings(endsEmptied)).toEqual([['event-log-altered', altered]]);
  });

  it('keeps an event whose time cannot be read, whatever day its text seems to name, so that the checks find it', () => {
    const reviewed = recordUntil(bareRecord(), dafangProject, 'pass-expert-review');
    const [proposal, review] = reviewed.eventLogs[dafangProject]!.map((stored) => stored.event);
    const unreadable = { ...reviewed, eventLogs: { [dafangProject]: appendToEventLog([], [proposal!, { ...review!, at: '2011-02-30T10:00:00+08:00' } as never]) } };
    expect(recordAsOf(unreadable, isoDate('2011-02-28'))).toBe(unreadable);
    expect(checkProgramme(unreadable).map((issue) => [issue.code, formatPath(issue.path)])).toEqual([['timestamp-invalid', `eventLogs.${dafangProject}[1].event.at`]]);
  });
});

describe('each project’s standing at the end of a day', () => {
  it('is drafted and not approved before anything happened', () => {
    const standing = projectStatusesOn(drafted(), isoDate('2011-12-31')).get(dafangProject);
    expect(standing).toMatchObject({ status: 'drafted', approved: false, withdrawn: false });
    // No day is named for what has not happened.
    for (const day of ['approvedOn', 'startedOn', 'completedOn', 'withdrawnOn']) expect(standing).not.toHaveProperty(day);
  });

  it('dates the final approval, the start and the completion, counting only what happened by that day', () => {
    const seedRecord2011 = record2011();
    const statuses = (day: string) => projectStatusesOn(seedRecord2011, isoDate(day)).get(dafangProject);
    expect(statuses('2011-03-10')).toMatchObject({ status: 'county-approved', approved: false });
    expect(statuses('2011-03-10')?.approvedOn).toBeUndefined();
    expect(statuses('2011-03-10')?.withdrawnOn).toBeUndefined();
    expect(statuses('2011-03-11')).toMatchObject({ status: 'approved', approved: true, approvedOn: '2011-03-11' });
    expect(statuses('2011-04-01')).toMatchObject({ status: 'in-implementation', approvedOn: '2011-03-11', startedOn: '2011-04-01' });
    expect(statuses('2011-04-01')?.completedOn).toBeUndefined();
    const closed = statuses('2011-12-31');
    expect(closed).toMatchObject({ status: 'closed', approved: true, withdrawn: false, approvedOn: '2011-03-11', startedOn: '2011-04-01', completedOn: '2011-10-15' });
    expect(closed?.lifecycle.status).toBe('closed');
    expect(closed?.withdrawnOn).toBeUndefined();
  });

  it('dates the completion by the last rectification after a failed acceptance', () => {
    const completed = recordUntil(drafted(), dafangProject, 'complete');
    const failed = then(completed, { type: 'fail-acceptance', by: povertyOffice, at: timestamp('2011-10-20T10:00:00+08:00'), reason: '路面厚度不足' });
    const rectified = then(failed, { type: 'complete-rectification', by: countyGovernment, at: timestamp('2011-11-15T10:00:00+08:00') });
    const standing = projectStatusesOn(rectified, isoDate('2011-12-31')).get(dafangProject);
    expect(standing).toMatchObject({ completedOn: '2011-11-15', startedOn: '2011-04-01' });
    expect(projectStatusesOn(rectified, isoDate('2011-11-01')).get(dafangProject)).toMatchObject({ status: 'rectification', completedOn: '2011-10-15' });
  });

  it('counts a cancelled project as withdrawn, not approved, from the day it was cancelled', () => {
    const building = recordUntil(drafted(), dafangProject, 'start-implementation');
    const cancelled = then(building, { type: 'cancel', by: bijie, at: timestamp('2011-08-01T10:00:00+08:00'), reason: '选址地质灾害隐患' });
    expect(projectStatusesOn(cancelled, isoDate('2011-07-31')).get(dafangProject)).toMatchObject({ status: 'in-implementation', approved: true, withdrawn: false });
    expect(projectStatusesOn(cancelled, isoDate('2011-08-01')).get(dafangProject)).toMatchObject({
      status: 'cancelled',
      approved: false,
      withdrawn: true,
      approvedOn: '2011-03-11',
      withdrawnOn: '2011-08-01',
    });
  });

  it('counts a rejected project as withdrawn', () => {
    const reviewed = recordUntil(drafted(), dafangProject, 'approve-as-county-government');
    const rejected = then(reviewed, { type: 'reject', by: bijie, at: timestamp('2011-03-11T10:00:00+08:00'), reason: '不符合帮扶方向' });
    expect(projectStatusesOn(rejected, isoDate('2011-12-31')).get(dafangProject)).toMatchObject({ status: 'rejected', approved: false, withdrawn: true, withdrawnOn: '2011-03-11' });
  });

  it('dates events written at another offset by their day in China', () => {
    const [propose] = commandsOf(dafangProject);
    const proposed = then(drafted(), { ...propose!, at: timestamp('2011-02-20T20:00:00Z') });
    expect(projectStatusesOn(proposed, isoDate('2011-02-20')).get(dafangProject)?.status).toBe('drafted');
    expect(projectStatusesOn(proposed, isoDate('2011-02-21')).get(dafangProject)?.status).toBe('proposed');
  });

  it('gives every project of the programme a standing', () => {
    const seedRecord2011 = record2011();
    const statuses = projectStatusesOn(seedRecord2011, isoDate('2011-12-31'));
    expect(statuses.size).toBe(seedRecord2011.programme.projects.length);
    expect(statuses.get(qiannanProject)?.status).toBe('completion-announced');
  });

  it('gives one project’s state at the end of a day, the day of each event included', () => {
    const approved = recordUntil(drafted(), dafangProject, 'approve-as-prefecture-government');
    const statusOn = (day: string) => projectStatusOn(approved, dafangProject, isoDate(day));
    expect([statusOn('2011-02-20'), statusOn('2011-02-21'), statusOn('2011-03-05'), statusOn('2011-03-11'), statusOn('2011-12-31')]).toEqual([
      'drafted',
      'proposed',
      'department-approved',
      'approved',
      'approved',
    ]);
  });

  it('stands returned after a project was returned a second time', () => {
    const experts = actor(organisationId('sz-expert-team'), 'expert-review-team');
    const [propose] = commandsOf(dafangProject);
    const returned = then(then(drafted(), propose!), { type: 'return-for-revision', by: experts, at: timestamp('2011-02-25T10:00:00+08:00'), reason: '材料不全' });
    const resubmitted = then(returned, { type: 'resubmit', by: countyGovernment, at: timestamp('2011-03-01T10:00:00+08:00') });
    const again = then(resubmitted, { type: 'return-for-revision', by: experts, at: timestamp('2011-03-05T10:00:00+08:00'), reason: '仍不全' });
    expect(['2011-02-25', '2011-03-01', '2011-03-05'].map((day) => projectStatusOn(again, dafangProject, isoDate(day)))).toEqual(['returned', 'proposed', 'returned']);
  });
});
