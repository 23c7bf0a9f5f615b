import { describe, expect, it } from 'vitest';
import {
  actor,
  appendToEventLog,
  createProgrammeRecord,
  formatPath,
  isoDate,
  nextLifecycleSteps,
  organisationId,
  PairingAidError,
  parseProgrammeRecord,
  programmeRecord,
  projectId,
  projectLifecycle,
  projectStatusOn,
  recordEventCorrection,
  recordLifecycleCommand,
  timestamp,
  type Issue,
  type LifecycleEvent,
  type ProgrammeRecord,
  type Result,
} from '../../src/index.js';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import { commandOf, dafangProject, drafted, qiannanProject, recordUntil } from './fixtures.js';

const found = (result: Result<unknown>): readonly (readonly [string, string])[] =>
  result.ok ? [] : result.issues.map((issue: Issue) => [issue.code, formatPath(issue.path)] as const);
const bijie = actor(organisationId('bijie-government'), 'prefecture-government');
const at = (date: string) => timestamp(`2011-${date}T10:00:00+08:00`);
const stored = (record: ProgrammeRecord): Record<string, unknown> => JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
// The 2011 programme with one project proposed, and one stored log of it.
const proposed = () => recordUntil(drafted(), dafangProject, 'propose');
const proposedLog = () => proposed().eventLogs[dafangProject]!;
const unknownProject = projectId('BJ-2099-01');

describe('parseProgrammeRecord', () => {
  it('refuses what is no object, naming what it received', () => {
    expect(found(parseProgrammeRecord(null))).toEqual([['invalid-type', '(root)']]);
    const refused = parseProgrammeRecord('record');
    expect(refused.ok || refused.issues[0]?.params).toEqual({ expected: 'object', received: 'string' });
    const received = (input: unknown) => {
      const parsed = parseProgrammeRecord(input);
      return parsed.ok ? undefined : parsed.issues[0]?.params.received;
    };
    expect([received(null), received([]), received('record'), received(undefined)]).toEqual(['null', 'array', 'string', 'undefined']);
  });

  it('refuses fields it does not know, and event logs that are not kept by project', () => {
    const withNotes = parseProgrammeRecord({ ...stored(proposed()), notes: '备注' });
    expect(found(withNotes)).toEqual([['unrecognized-key', 'notes']]);
    expect(withNotes.ok || withNotes.issues[0]?.params).toEqual({ key: 'notes' });
    const asList = parseProgrammeRecord({ ...stored(proposed()), eventLogs: [proposedLog()] });
    expect(found(asList)).toEqual([['invalid-type', 'eventLogs']]);
    expect(asList.ok || asList.issues[0]?.params).toEqual({ expected: 'object', received: 'array' });
    const asText = parseProgrammeRecord({ ...stored(proposed()), eventLogs: 'none' });
    expect(asText.ok || asText.issues[0]?.params.received).toBe('string');
  });

  it('reads a record without event logs as a programme whose projects are all drafted', () => {
    const parsed = parseProgrammeRecord({ programme: stored(drafted()).programme });
    expect(parsed.ok && parsed.value.eventLogs).toEqual({});
  });

  it('reports the problems of the logs together with those the record itself finds', () => {
    const forged = stored(proposed()) as { eventLogs: Record<string, unknown> };
    forged.eventLogs[unknownProject] = JSON.parse(JSON.stringify(proposedLog()));
    forged.eventLogs[qiannanProject] = 'not a log';
    const codes = found(parseProgrammeRecord(forged)).map(([code, path]) => [code, path.split('[')[0]]);
    expect(codes).toContainEqual(['event-log-project-unknown', `eventLogs.${unknownProject}`]);
    expect(codes.some(([, path]) => path?.startsWith(`eventLogs.${qiannanProject}`))).toBe(true);
  });

  it('reports the problems of the logs with those of the programme', () => {
    const broken = stored(proposed()) as { programme: Record<string, unknown>; eventLogs: Record<string, unknown> };
    broken.programme = { ...broken.programme, donor: 'nowhere' };
    broken.eventLogs[qiannanProject] = 'not a log';
    const paths = found(parseProgrammeRecord(broken)).map(([, path]) => path);
    expect(paths.some((path) => path.startsWith('programme.donor'))).toBe(true);
    expect(paths.some((path) => path.startsWith(`eventLogs.${qiannanProject}`))).toBe(true);
  });

  it('has a twin that throws every issue in one PairingAidError', () => {
    expect(() => programmeRecord({ programme: {}, eventLogs: [] })).toThrow(PairingAidError);
    expect(programmeRecord(stored(proposed())).eventLogs[dafangProject]).toHaveLength(1);
  });
});

describe('createProgrammeRecord', () => {
  it('refuses a log of a project the programme does not have, a broken chain and another project’s event', () => {
    const log = proposedLog();
    const otherProjects = appendToEventLog([], [{ ...(log[0]!.event as LifecycleEvent), project: qiannanProject }]);
    const tampered = [{ ...log[0]!, hash: 'x'.repeat(64) }];
    const refused = createProgrammeRecord(seedProgramme2011, { [unknownProject]: log, [dafangProject]: otherProjects, [qiannanProject]: tampered as never });
    expect(found(refused)).toEqual([
      ['event-log-project-unknown', `eventLogs.${unknownProject}`],
      ['lifecycle-project-mismatch', `eventLogs.${dafangProject}[0].event.project`],
      ['event-log-altered', `eventLogs.${qiannanProject}[0]`],
    ]);
    expect(refused.ok || refused.issues.slice(0, 2).map((issue) => issue.params)).toEqual([{ project: unknownProject }, { expected: dafangProject, found: qiannanProject }]);
  });

  it('accepts a programme without logs: every project is drafted', () => {
    const created = createProgrammeRecord(seedProgramme2011);
    expect(created.ok && created.value.eventLogs).toEqual({});
    expect(projectStatusOn(drafted(), dafangProject, isoDate('2011-12-31'))).toBe('drafted');
  });
});

describe('a project the programme does not have', () => {
  it('has no lifecycle and no state', () => {
    expect(projectLifecycle(drafted(), unknownProject)).toBeUndefined();
    expect(projectStatusOn(drafted(), unknownProject, isoDate('2011-12-31'))).toBeUndefined();
  });

  it('is refused by every move, naming it', () => {
    const command = commandOf(dafangProject, 'propose');
    const moves = [
      recordLifecycleCommand(drafted(), unknownProject, command),
      nextLifecycleSteps(drafted(), unknownProject, at('02-21')),
      recordEventCorrection(proposed(), unknownProject, { corrects: 0, reason: '误录', by: bijie, at: at('02-22') }),
    ];
    for (const move of moves) {
      expect(found(move)).toEqual([['project-unknown', 'project']]);
      expect(move.ok || move.issues[0]?.params).toEqual({ project: unknownProject });
    }
  });
});

describe('a project whose stored log does not replay', () => {
  // The proposal is stored with a time its log cannot have: the county department's approval comes before it.
  const brokenRecord = (): ProgrammeRecord => {
    const approvedFirst = appendToEventLog([], [{ ...(recordUntil(drafted(), dafangProject, 'approve-as-county-department').eventLogs[dafangProject]![2]!.event as LifecycleEvent) }]);
    return { ...drafted(), eventLogs: { [dafangProject]: approvedFirst } };
  };

  it('cannot be moved, asked for its next steps or corrected: each gives the log’s problems', () => {
    const broken = brokenRecord();
    const problems = found(recordLifecycleCommand(broken, dafangProject, commandOf(dafangProject, 'propose')));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every(([, path]) => path.startsWith(`eventLogs.${dafangProject}`))).toBe(true);
    expect(found(nextLifecycleSteps(broken, dafangProject, at('03-05')))).toEqual(problems);
    expect(found(recordEventCorrection(broken, dafangProject, { corrects: 0, reason: '误录', by: bijie, at: at('03-05') }))).toEqual(problems);
  });
});

describe('nextLifecycleSteps', () => {
  it('refuses a moment that is no timestamp', () => {
    const refused = nextLifecycleSteps(drafted(), dafangProject, 'tomorrow' as never);
    expect(found(refused)).toEqual([['timestamp-invalid', 'at']]);
    expect(refused.ok || refused.issues[0]?.params).toEqual({ input: 'tomorrow' });
  });
});

describe('recordEventCorrection', () => {
  const correct = (request: Partial<Parameters<typeof recordEventCorrection>[2]>) =>
    recordEventCorrection(proposed(), dafangProject, { corrects: 0, reason: '误录', by: bijie, at: at('02-22'), ...request });

  it('refuses a correction without a reason, at no readable time, or dated before the log’s last event', () => {
    const blank = correct({ reason: '  ' });
    expect(found(blank)).toEqual([['reason-required', 'reason']]);
    expect(blank.ok || blank.issues[0]?.params).toEqual({ command: 'correct-event' });
    expect(found(correct({ reason: undefined as never }))).toEqual([['reason-required', 'reason']]);
    const unreadable = correct({ at: 'soon' as never });
    expect(found(unreadable)).toEqual([['timestamp-invalid', 'at']]);
    expect(unreadable.ok || unreadable.issues[0]?.params).toEqual({ input: 'soon' });
    const early = correct({ at: at('02-20') });
    expect(found(early)).toEqual([['event-before-previous-event', 'at']]);
    expect(early.ok || early.issues[0]?.params).toEqual({ at: '2011-02-20T10:00:00+08:00', previous: '2011-02-21T09:30:00+08:00' });
  });

  it('refuses to correct a correction, or an event corrected already', () => {
    const withdrawn = correct({});
    expect(withdrawn.ok).toBe(true);
    if (!withdrawn.ok) return;
    // A withdrawal names no event to stand in the corrected one's place.
    expect(Object.keys(withdrawn.value.events[0] ?? {})).not.toContain('replacement');
    const again = (corrects: number) => recordEventCorrection(withdrawn.value.record, dafangProject, { corrects, reason: '再次更正', by: bijie, at: at('02-23') });
    expect(found(again(0))).toEqual([['correction-target-invalid', 'corrects']]);
    const twice = again(1);
    expect(found(twice)).toEqual([['correction-target-invalid', 'corrects']]);
    expect(twice.ok || twice.issues[0]?.params).toEqual({ corrects: 1 });
  });

  it('refuses to correct an event of a project with nothing recorded', () => {
    expect(found(recordEventCorrection(drafted(), dafangProject, { corrects: 0, reason: '误录', by: bijie, at: at('02-22') }))).toEqual([['correction-target-invalid', 'corrects']]);
  });

  it('corrects another event of a log in which one was corrected already', () => {
    const approved = recordUntil(drafted(), dafangProject, 'approve-as-county-department');
    const first = recordEventCorrection(approved, dafangProject, { corrects: 2, reason: '误录', by: bijie, at: at('03-05') });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const second = recordEventCorrection(first.value.record, dafangProject, { corrects: 1, reason: '误录', by: bijie, at: at('03-06') });
    expect(found(second)).toEqual([]);
  });

  it('lets every body that supervises the project correct an event another body recorded, and no body the programme does not have', () => {
    const approved = recordUntil(drafted(), dafangProject, 'approve-as-county-department');
    const request = (by: ReturnType<typeof actor>) => recordEventCorrection(approved, dafangProject, { corrects: 2, reason: '误录', by, at: at('03-05') });
    const supervising = [
      actor(organisationId('gov-522422'), 'county-government'),
      bijie,
      actor(organisationId('sz-leading-group'), 'leading-group'),
      actor(organisationId('sz-support-office'), 'support-office'),
    ];
    for (const by of supervising) expect(found(request(by)), by.organisation).toEqual([]);
    const reviewers = request(actor(organisationId('sz-expert-team'), 'expert-review-team'));
    expect(found(reviewers)).toEqual([['correction-not-allowed', 'by.organisation']]);
    expect(reviewers.ok || reviewers.issues[0]?.params).toEqual({ organisation: 'sz-expert-team', corrects: 2 });
    // An unregistered body is refused as such, whatever it may not do besides.
    expect(found(request(actor(organisationId('nobody'), 'expert-review-team'))).map(([code]) => code)).toEqual(['actor-unregistered']);
  });

  it('lets the body that recorded the event correct it, though it supervises nothing', () => {
    const povertyOffice = actor(organisationId('poverty-office-522422'), 'county-department');
    const approved = recordUntil(drafted(), dafangProject, 'approve-as-county-department');
    expect(recordEventCorrection(approved, dafangProject, { corrects: 2, reason: '误录', by: povertyOffice, at: at('03-05') }).ok).toBe(true);
    const otherOffice = actor(organisationId('poverty-office-522401'), 'county-department');
    expect(found(recordEventCorrection(approved, dafangProject, { corrects: 2, reason: '误录', by: otherOffice, at: at('03-05') })).length).toBeGreaterThan(0);
  });

  it('points a refusal of the replacement into the replacement', () => {
    const refused = correct({ replacement: { ...commandOf(dafangProject, 'pass-expert-review') } });
    expect(found(refused).every(([, path]) => path.startsWith('replacement'))).toBe(true);
    expect(found(refused).length).toBeGreaterThan(0);
  });
});
