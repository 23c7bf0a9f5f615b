import { describe, expect, it } from 'vitest';
import {
  appendToEventLog,
  recordLifecycleCommand,
  timestamp,
  unwrap,
  type AnnouncementPolicy,
  type LifecycleCommand,
  checkProgramme,
  formatPath,
  hashStoredEvent,
  parseProgrammeRecord,
  projectLifecycle,
  verifyEventLog,
  type LifecycleEvent,
  type ProgrammeRecord,
  type ProjectId,
} from '../../src/index.js';
import { commandsOf, dafangClosed, dafangProject, drafted, record2011 } from './fixtures.js';

// A forger who rewrites a log and every hash after the edit: the chain is consistent, the history is not.
function rewritten(record: ProgrammeRecord, project: ProjectId, edit: (events: LifecycleEvent[]) => LifecycleEvent[]): ProgrammeRecord {
  const events = edit((record.eventLogs[project] ?? []).map((stored) => stored.event as LifecycleEvent));
  return { ...record, eventLogs: { ...record.eventLogs, [project]: appendToEventLog([], events) } };
}
const found = (record: ProgrammeRecord) => checkProgramme(record).filter((issue) => issue.path[0] === 'eventLogs').map((issue) => [issue.code, formatPath(issue.path)]);

describe('replaying a stored log', () => {
  it('re-checks the announcement period the events carry: a shortened period is found', () => {
    const forged = rewritten(dafangClosed(), dafangProject, (events) =>
      events.map((event) => (event.type === 'announced-before-implementation' ? { ...event, period: { ...event.period, lastDay: event.period.firstDay, announcementDays: 1 } } : event)),
    );
    expect(found(forged)).toEqual([['event-log-event-mismatch', `eventLogs.${dafangProject}[5].event`]]);
    expect(checkProgramme(forged).find((issue) => issue.code === 'event-log-event-mismatch')?.params).toEqual({ index: 5, type: 'announced-before-implementation' });
  });

  it('re-checks the agreement’s signatures: without the donor’s, implementation cannot have started', () => {
    const forged = rewritten(dafangClosed(), dafangProject, (events) => events.filter((event) => event.type !== 'agreement-signed-by-donor'));
    expect(found(forged)).toEqual([['implementation-needs-liability-agreement', `eventLogs.${dafangProject}[7].event`]]);
    expect(projectLifecycle(forged, dafangProject)?.status).toBe('recipient-signed');
  });

  it('re-checks the time order and who acted, so a rewritten history is reported at its first impossible event', () => {
    const forged = rewritten(dafangClosed(), dafangProject, (events) =>
      events.map((event) => (event.type === 'implementation-started' ? { ...event, at: '2011-03-20T09:00:00+08:00' as typeof event.at } : event)),
    );
    expect(found(forged)).toEqual([
      ['event-before-previous-event', `eventLogs.${dafangProject}[8].event.at`],
      ['announcement-period-not-over', `eventLogs.${dafangProject}[8].event.at`],
    ]);
  });

  it('names the first position in doubt when a forged event competes with the genuine last one and no head is kept', () => {
    const log = dafangClosed().eventLogs[dafangProject] ?? [];
    const last = log.at(-1)!;
    const rival = { ...last, event: { ...last.event, at: '2011-11-16T10:00:00+08:00' as typeof last.event.at } };
    const forgedEntry = { ...rival, hash: hashStoredEvent(rival) };
    for (const order of [[...log, forgedEntry], [...log.slice(0, -1), forgedEntry, last]]) {
      const verified = verifyEventLog(order);
      expect(verified.ok || [verified.issues[0]?.code, verified.issues[0]?.path]).toEqual(['event-log-ambiguous', [log.length - 1]]);
    }
    // With the head kept apart (published with the announcement), the intruder is named.
    const withHead = verifyEventLog([...log, forgedEntry], { expectedHead: last.hash });
    expect(withHead.ok || [withHead.issues[0]?.code, withHead.issues[0]?.path]).toEqual(['event-log-inserted', [log.length]]);
  });
});

describe('a stored record', () => {
  it('reads back from its JSON as the same record, with the same findings', () => {
    const seedRecord2011 = record2011();
    const stored = JSON.parse(JSON.stringify(seedRecord2011)) as unknown;
    const parsed = parseProgrammeRecord(stored);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(JSON.stringify(parsed.value)).toBe(JSON.stringify(seedRecord2011));
    expect(checkProgramme(parsed.value)).toEqual([]);
  });

  it('is refused with every problem of its parts, each at its path', () => {
    const stored = JSON.parse(JSON.stringify(record2011())) as { programme: { projects: { budget: unknown }[] }; eventLogs: Record<string, { event: { at: unknown } }[]> };
    stored.programme.projects[3]!.budget = 12.345;
    stored.eventLogs['QN-2011-02']![2]!.event.at = 'yesterday';
    stored.eventLogs['XX-1'] = [];
    const parsed = parseProgrammeRecord(stored);
    expect(parsed.ok || parsed.issues.map((issue) => [issue.code, formatPath(issue.path)])).toEqual([
      ['amount-json-form', 'programme.projects[3].budget'],
      ['event-log-altered', 'eventLogs.QN-2011-02[2]'],
    ]);
  });
});

describe('a record kept under its own announcement policy', () => {
  // Announcements of five calendar days: the pre-implementation announcement of 14 March runs to 18 March.
  const fiveDays: AnnouncementPolicy = { announcementDays: 5, dayKind: 'calendar' };
  const record = (commands: readonly LifecycleCommand[], options: { announcementPolicy?: AnnouncementPolicy }) =>
    commands.reduce<ProgrammeRecord>((at, command) => unwrap(recordLifecycleCommand(at, dafangProject, command, options)).record, drafted());
  // Both sides sign while the announcement still runs, on 16 and 18 March.
  const untilSigned = commandsOf(dafangProject)
    .slice(0, 8)
    .map((command) => (command.type === 'sign-agreement-as-donor' ? { ...command, at: timestamp('2011-03-16T10:00:00+08:00') } : command.type === 'sign-agreement-as-recipient' ? { ...command, at: timestamp('2011-03-18T10:00:00+08:00') } : command));
  const start = { ...commandsOf(dafangProject)[8]!, at: timestamp('2011-03-20T10:00:00+08:00') } as LifecycleCommand;

  it('starts implementation once the shorter period is over, and replays under the policy it was made under', () => {
    const signed = record(untilSigned, { announcementPolicy: fiveDays });
    const started = recordLifecycleCommand(signed, dafangProject, start, { announcementPolicy: fiveDays });
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect(checkProgramme(started.value.record, { announcementPolicy: fiveDays }).filter((issue) => issue.path[0] === 'eventLogs')).toEqual([]);
    // Read under the default ten days, the stored period is not the one the policy gives.
    expect(checkProgramme(started.value.record, {}).filter((issue) => issue.path[0] === 'eventLogs').map((issue) => issue.code)).toEqual(['event-log-event-mismatch']);
  });

  it('refuses the same start under the default policy', () => {
    const signed = record(untilSigned, {});
    const refused = recordLifecycleCommand(signed, dafangProject, start);
    expect(refused.ok || refused.issues.map((issue) => issue.code)).toEqual(['announcement-period-not-over']);
  });
});
