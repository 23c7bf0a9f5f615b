import { describe, expect, it } from 'vitest';
import {
  actor,
  appendToEventLog,
  checkProgramme,
  formatPath,
  isoDate,
  organisationId,
  projectStatusOn,
  recordEventCorrection,
  recordLifecycleCommand,
  timestamp,
  unwrap,
  type LifecycleEvent,
  type LoggedEvent,
  type ProgrammeRecord,
} from '../../src/index.js';
import { projectStatusesOn } from '../../src/record/project-statuses-on.js';
import { commandOf, dafangProject, drafted, qiannanProject, recordUntil } from './fixtures.js';

// Records put together by hand, without createProgrammeRecord or parseProgrammeRecord: checkProgramme finds in them
// what those would have refused, each at its path.
const logFindings = (record: ProgrammeRecord) =>
  checkProgramme(record)
    .filter((issue) => issue.path[0] === 'eventLogs')
    .map((issue) => [issue.code, formatPath(issue.path), issue.params]);
const withLogs = (eventLogs: ProgrammeRecord['eventLogs']): ProgrammeRecord => ({ ...drafted(), eventLogs });
const eventsUntil = (until: Parameters<typeof recordUntil>[2]) =>
  (recordUntil(drafted(), dafangProject, until).eventLogs[dafangProject] ?? []).map((stored) => stored.event as LifecycleEvent);
const bijie = actor(organisationId('bijie-government'), 'prefecture-government');
const correction = (corrects: number, replacement?: LifecycleEvent): LoggedEvent => ({
  type: 'event-corrected',
  project: dafangProject,
  by: bijie,
  at: timestamp('2011-03-20T10:00:00+08:00'),
  reason: '误录',
  corrects,
  ...(replacement === undefined ? {} : { replacement }),
}) as LoggedEvent;
// What a log that does not replay leaves of its project: drafted on every day, never approved.
const standingAtYearEnd = (record: ProgrammeRecord) => [
  projectStatusOn(record, dafangProject, isoDate('2011-12-31')),
  projectStatusesOn(record, isoDate('2011-12-31')).get(dafangProject),
];
const drafted2011 = ['drafted', { status: 'drafted', approved: false, withdrawn: false }];

describe('a record put together by hand', () => {
  it('has a log of a project the programme does not have found', () => {
    expect(logFindings(withLogs({ 'BJ-2099-01': appendToEventLog([], eventsUntil('propose')) }))).toEqual([
      ['event-log-project-unknown', 'eventLogs.BJ-2099-01', { project: 'BJ-2099-01' }],
    ]);
  });

  it('has a broken chain found at the entry that was altered, and nothing replayed from it', () => {
    const [first, second] = appendToEventLog([], eventsUntil('pass-expert-review'));
    const broken = withLogs({ [dafangProject]: [{ ...first!, hash: 'x'.repeat(64) }, second!] });
    expect(logFindings(broken).map(([code, path]) => [code, path])).toEqual([['event-log-altered', `eventLogs.${dafangProject}[0]`]]);
    expect(standingAtYearEnd(broken)).toMatchObject(drafted2011);
  });

  it('has another project’s event in a log found, though the chain holds, and nothing replayed from that log', () => {
    const [propose, review] = eventsUntil('pass-expert-review');
    const mixed = withLogs({ [dafangProject]: appendToEventLog([], [propose!, { ...review!, project: qiannanProject }]) });
    expect(logFindings(mixed)).toEqual([
      ['lifecycle-project-mismatch', `eventLogs.${dafangProject}[1].event.project`, { expected: dafangProject, found: qiannanProject }],
    ]);
    expect(standingAtYearEnd(mixed)).toMatchObject(drafted2011);
  });

  it('has another project’s event found where it stands, even after an event the lifecycle refuses', () => {
    const [, review, approval] = eventsUntil('approve-as-county-department');
    const found = logFindings(withLogs({ [dafangProject]: appendToEventLog([], [review!, { ...approval!, project: qiannanProject }]) }));
    expect(found).toEqual([['lifecycle-project-mismatch', `eventLogs.${dafangProject}[1].event.project`, { expected: dafangProject, found: qiannanProject }]]);
  });

  it('has a project whose key holds no log taken as drafted: a command starts its log, a correction finds nothing to correct', () => {
    const [propose] = eventsUntil('propose');
    const empty = withLogs({ [dafangProject]: undefined as never });
    expect(logFindings(empty)).toEqual([]);
    const proposed = unwrap(recordLifecycleCommand(empty, dafangProject, commandOf(dafangProject, 'propose'))).record;
    expect(proposed.eventLogs[dafangProject]?.map((stored) => stored.event)).toEqual([propose]);
    const nothing = recordEventCorrection(empty, dafangProject, { corrects: 0, reason: '误录', by: bijie, at: timestamp('2011-03-20T10:00:00+08:00') });
    expect(nothing.ok || nothing.issues.map((issue) => [issue.code, issue.params])).toEqual([['correction-target-invalid', { corrects: 0 }]]);
  });

  it('has an event of no kind the lifecycle knows found where it stands', () => {
    const [propose] = eventsUntil('propose');
    const found = logFindings(withLogs({ [dafangProject]: appendToEventLog([], [{ ...propose!, type: 'teleported' } as never]) }));
    expect(found).toEqual([['event-not-applicable', `eventLogs.${dafangProject}[0].event.type`, { type: 'teleported', status: 'drafted' }]]);
  });

  it('has a correction that names no earlier event found, with what the rest of the log gives', () => {
    const events = eventsUntil('pass-expert-review');
    const found = logFindings(withLogs({ [dafangProject]: appendToEventLog([], [...events, correction(7)]) }));
    expect(found).toEqual([['correction-target-invalid', `eventLogs.${dafangProject}[2].event.corrects`, { corrects: 7 }]]);
    const late = logFindings(withLogs({ [dafangProject]: appendToEventLog([], [events[0]!, correction(5), { ...events[1]!, at: timestamp('2011-02-01T10:00:00+08:00') }]) }));
    expect(late.map(([code, path]) => [code, path])).toEqual([
      ['correction-target-invalid', `eventLogs.${dafangProject}[1].event.corrects`],
      ['event-before-previous-event', `eventLogs.${dafangProject}[2].event.at`],
    ]);
  });

  it('has a replacement that is another project’s event, or one the lifecycle refuses, found inside the correction', () => {
    const events = eventsUntil('pass-expert-review');
    const foreign = logFindings(withLogs({ [dafangProject]: appendToEventLog([], [...events, correction(1, { ...events[1]!, project: qiannanProject })]) }));
    expect(foreign).toEqual([['lifecycle-project-mismatch', `eventLogs.${dafangProject}[2].event.replacement.project`, { expected: dafangProject, found: qiannanProject }]]);
    const refused = logFindings(withLogs({ [dafangProject]: appendToEventLog([], [...events, correction(1, { ...events[1]!, at: timestamp('2011-02-01T10:00:00+08:00') })]) }));
    expect(refused.map(([code, path]) => [code, path])).toEqual([['event-before-previous-event', `eventLogs.${dafangProject}[2].event.replacement.at`]]);
  });

  it('has a review its project’s data does not allow found at the event, not in the data', () => {
    const log = recordUntil(drafted(), dafangProject, 'pass-expert-review').eventLogs[dafangProject]!;
    const start = drafted();
    const withoutTarget = start.programme.projects.map((project) => {
      if (project.id !== dafangProject) return project;
      const { performanceTarget: _dropped, ...rest } = project;
      return rest;
    });
    const record: ProgrammeRecord = { programme: { ...start.programme, projects: withoutTarget }, eventLogs: { [dafangProject]: log } };
    expect(logFindings(record).map(([code, path]) => [code, path])).toEqual([['approval-needs-performance-target', `eventLogs.${dafangProject}[1].event`]]);
  });
});

