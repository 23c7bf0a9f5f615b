import { describe, expect, it } from 'vitest';
import {
  actor,
  amount,
  buildAnnouncement,
  checkProgramme,
  effectiveProgramme,
  formatPath,
  organisationId,
  parseProgrammeRecord,
  projectLifecycle,
  recordEventCorrection,
  recordLifecycleCommand,
  timestamp,
  unwrap,
  type LifecycleCommand,
  type ProgrammeRecord,
} from '../../src/index.js';
import { commandOf, dafangClosed, dafangProject, drafted, record2011, recordUntil } from './fixtures.js';

const dafang = actor(organisationId('gov-522422'), 'county-government');
const bijie = actor(organisationId('bijie-government'), 'prefecture-government');
const at = (date: string) => timestamp(`2011-${date}T10:00:00+08:00`);
const projectIn = (record: ProgrammeRecord) => effectiveProgramme(record).projects.find((project) => project.id === dafangProject)!;
const record = (from: ProgrammeRecord, command: LifecycleCommand) => unwrap(recordLifecycleCommand(from, dafangProject, command)).record;

describe('a change (调整) with its content', () => {
  // The Dafang project in implementation, and a change of its budget and implementing unit proposed, approved and announced.
  const changeOf = () => {
    const building = recordUntil(drafted(), dafangProject, 'start-implementation');
    const before = projectIn(building);
    const alterations = { budget: { before: before.budget, after: amount('60万元') }, implementingUnit: { before: before.implementingUnit!, after: organisationId('poverty-office-522422') } };
    const proposed = record(building, { type: 'propose-change', by: dafang, at: at('05-10'), reason: '增加一处饮水点', description: '增建示范村饮水点一处，投资增至60万元', alterations });
    const approved = record(proposed, { type: 'approve-change', by: bijie, at: at('05-15') });
    const announced = record(approved, { type: 'announce-change', by: dafang, at: at('05-16'), announcement: buildAnnouncement(projectIn(approved), 'change') });
    return { building, before, proposed, approved, announced };
  };

  it('changes nothing in the data that checks, reports and exports use until it takes effect', () => {
    const { before, proposed, approved, announced } = changeOf();
    for (const stage of [proposed, approved, announced]) expect(projectIn(stage)).toEqual(before);
    // With no change in effect, the programme as it stands is the programme recorded.
    for (const stage of [proposed, approved, announced]) expect(effectiveProgramme(stage)).toBe(stage.programme);
  });

  it('puts its “after” in place once the original authority approved it and its announcement ran, and the history keeps both', () => {
    const { before, announced } = changeOf();
    const inEffect = record(announced, { type: 'put-change-into-effect', by: dafang, at: at('05-27') });
    expect(projectIn(inEffect).budget.toJSON()).toBe('600000.00');
    expect(projectIn(inEffect).implementingUnit).toBe('poverty-office-522422');
    expect(inEffect.programme.projects.find((project) => project.id === dafangProject)).toEqual(before);
    expect(projectLifecycle(inEffect, dafangProject)?.changes.at(-1)).toMatchObject({ outcome: 'in-effect', alterations: { budget: { before: before.budget } } });
    // The log replays: every event of the change is decided again and stands.
    expect(checkProgramme(inEffect).filter((issue) => issue.path[0] === 'eventLogs')).toEqual([]);
  });

  it('is refused when it alters nothing or its “before” is not the data as it stands', () => {
    const { building } = changeOf();
    const codes = (alterations: unknown) => {
      const refused = recordLifecycleCommand(building, dafangProject, { type: 'propose-change', by: dafang, at: at('05-10'), reason: '调整', description: '调整', alterations } as LifecycleCommand);
      return refused.ok ? [] : refused.issues.map((issue) => [issue.code, formatPath(issue.path)]);
    };
    expect(codes({})).toEqual([['change-alters-nothing', 'alterations']]);
    expect(codes({ budget: { before: amount('1'), after: amount('2') } })).toEqual([['change-before-mismatch', 'alterations.budget.before']]);
  });
});

describe('recordEventCorrection', () => {
  it('corrects a wrongly entered event by a new one that names it with a reason; nothing stored is edited', () => {
    const seedRecord2011 = record2011();
    const log = seedRecord2011.eventLogs[dafangProject]!;
    const replacement = { ...commandOf(dafangProject, 'approve-as-county-department'), at: at('03-03') };
    const corrected = unwrap(recordEventCorrection(seedRecord2011, dafangProject, { corrects: 2, reason: '录入时间有误，以审批文件为准', by: bijie, at: at('12-28'), replacement }));
    const longer = corrected.record.eventLogs[dafangProject]!;
    expect(longer.slice(0, log.length)).toEqual(log);
    expect(longer.at(-1)?.event).toMatchObject({ type: 'event-corrected', corrects: 2, reason: '录入时间有误，以审批文件为准' });
    expect(corrected.events).toEqual([longer.at(-1)?.event]);
    expect(projectLifecycle(corrected.record, dafangProject)?.approvals.find((approval) => approval.level === 'county-department')?.on).toBe('2011-03-03');
    expect(checkProgramme(corrected.record)).toEqual([]);
    // A stored record with a correction reads back whole.
    const stored = parseProgrammeRecord(JSON.parse(JSON.stringify(corrected.record)));
    expect(stored.ok && JSON.stringify(stored.value)).toBe(JSON.stringify(corrected.record));
  });

  it('refuses a correction that would make the history impossible, or that a body may not make', () => {
    const closed = dafangClosed();
    const tooLate = { ...commandOf(dafangProject, 'approve-as-county-department'), at: at('03-09') };
    const impossible = recordEventCorrection(closed, dafangProject, { corrects: 2, reason: '日期', by: bijie, at: at('12-28'), replacement: tooLate });
    expect(impossible.ok || impossible.issues.map((issue) => issue.code)).toEqual(['event-before-previous-event']);
    const withdrawn = recordEventCorrection(closed, dafangProject, { corrects: 2, reason: '误录', by: bijie, at: at('12-28') });
    expect(withdrawn.ok || withdrawn.issues.map((issue) => issue.code)).toEqual(['approval-out-of-order']);
    const stranger = recordEventCorrection(closed, dafangProject, { corrects: 2, reason: '误录', by: actor(organisationId('sz-expert-team'), 'expert-review-team'), at: at('12-28') });
    expect(stranger.ok || stranger.issues.map((issue) => issue.code)).toEqual(['correction-not-allowed']);
    const nothing = recordEventCorrection(closed, dafangProject, { corrects: 99, reason: '误录', by: bijie, at: at('12-28') });
    expect(nothing.ok || nothing.issues.map((issue) => issue.code)).toEqual(['correction-target-invalid']);
    expect(closed.eventLogs[dafangProject]![2]!.event.type).toBe('approved-by-county-department');
  });
});
