import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordAssessment2011, seedAssessmentContext2011 } from '../../examples/data/shenzhen-guizhou-2011-assessment-steps.js';
import {
  actor,
  appendToAssessmentLog,
  applyAssessmentCommand,
  decideAssessment,
  evolveAssessment,
  organisationId,
  parseAssessmentCommand,
  parseAssessmentLog,
  regionCode,
  replayAssessment,
  replayAssessmentLog,
  timestamp,
  type AssessmentCommand,
  type AssessmentContext,
  type AssessmentEvent,
  type AssessmentStanding,
} from '../../src/index.js';

const context = seedAssessmentContext2011;
const office = actor(organisationId('sz-support-office'), 'support-office');
const guizhou = actor(organisationId('gz-poverty-office'), 'provincial-government');
const guangdong = actor(organisationId('gd-leading-group'), 'leading-group');
const bijie = actor(organisationId('bijie-government'), 'prefecture-government');
const at = (day: string, hour = 10) => timestamp(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);
const finding = { score: '54.50', grade: 'poor' } as const;
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function run(commands: readonly AssessmentCommand[], on: AssessmentContext = context): { standing: AssessmentStanding | undefined; events: AssessmentEvent[] } {
  let standing: AssessmentStanding | undefined;
  const events: AssessmentEvent[] = [];
  for (const command of commands) {
    const applied = applyAssessmentCommand(standing, command, on);
    if (!applied.ok) throw new Error(`${command.type}: ${applied.issues.map((issue) => issue.code).join(', ')}`);
    standing = applied.value.standing;
    events.push(applied.value.event);
  }
  return { standing, events };
}
const refusal = (standing: AssessmentStanding | undefined, command: AssessmentCommand, on: AssessmentContext = context) => {
  const decided = decideAssessment(standing, command, on);
  return decided.ok ? [] : decided.issues.map((issue) => [issue.code, issue.path]);
};
const selfEvaluated = () => run([{ type: 'self-evaluate', by: office, at: at('2011-12-28'), finding }]).standing;

describe('the assessment of a year, step by step', () => {
  it('records the 2011 assessment of Shenzhen from self-evaluation to report, with who, when and each finding', () => {
    const recorded = recordAssessment2011();
    expect(recorded.standing.status).toBe('reported');
    expect(recorded.standing.steps.map((step) => [step.event, step.by.organisation, step.on])).toEqual([
      ['self-evaluated', 'sz-support-office', '2011-12-28'],
      ['self-evaluation-returned', 'gz-poverty-office', '2012-01-10'],
      ['self-evaluation-corrected', 'sz-support-office', '2012-01-16'],
      ['cross-checked', 'gz-poverty-office', '2012-02-03'],
      ['reported', 'gd-leading-group', '2012-02-24'],
    ]);
    expect(recorded.standing.steps.map((step) => step.finding?.score)).toEqual(['52.50', undefined, '54.50', '54.50', '54.50']);
    expect([recorded.standing.selfEvaluation, recorded.standing.crossCheck, recorded.standing.report]).toEqual([finding, finding, finding]);
  });

  it('flags the steps that came after their due day against the calendar, and refuses none of them', () => {
    const recorded = recordAssessment2011();
    expect(recorded.standing.late.map((step) => [step.event, step.due, step.on])).toEqual([
      ['self-evaluation-corrected', '2011-12-31', '2012-01-16'],
      ['cross-checked', '2012-01-31', '2012-02-03'],
    ]);
    expect(recorded.standing.steps.find((step) => step.event === 'reported')).toMatchObject({ due: '2012-02-29', late: false });
  });

  it('reads the day of a step in China: 23:30 on the due day is on time in Beijing, late when written in UTC the next morning is the same instant', () => {
    const onTime = decideAssessment(undefined, { type: 'self-evaluate', by: office, at: timestamp('2011-12-31T23:30:00+08:00'), finding }, context);
    const sameInstant = decideAssessment(undefined, { type: 'self-evaluate', by: office, at: timestamp('2011-12-31T15:30:00Z'), finding }, context);
    const nextDay = decideAssessment(undefined, { type: 'self-evaluate', by: office, at: timestamp('2011-12-31T16:00:00Z'), finding }, context);
    const lateness = [onTime, sameInstant, nextDay].map((decided) => (decided.ok && 'late' in decided.value ? decided.value.late : undefined));
    expect(lateness).toEqual([false, false, true]);
  });

  it('keeps the reason of every return and correction', () => {
    const recorded = recordAssessment2011();
    expect(recorded.standing.steps.filter((step) => step.reason !== undefined).map((step) => [step.event, step.reason])).toEqual([
      ['self-evaluation-returned', '组织领导部分未填报列入议事日程情况'],
      ['self-evaluation-corrected', '补报列入市委市政府重要议事日程的依据'],
    ]);
  });

  it('returns a cross-check from the assessing body and takes its correction from the cross-checking body', () => {
    const { standing } = run([
      { type: 'self-evaluate', by: office, at: at('2011-12-28'), finding },
      { type: 'cross-check', by: guizhou, at: at('2012-01-20'), finding },
      { type: 'return-cross-check', by: guangdong, at: at('2012-02-01'), reason: '劳务协作数据与统计不符' },
      { type: 'correct-cross-check', by: guizhou, at: at('2012-02-08'), reason: '按统计数据复核', finding: { score: '55.00', grade: 'poor' } },
      { type: 'report', by: guangdong, at: at('2012-02-20'), finding: { score: '55.00', grade: 'poor' } },
    ]);
    expect([standing?.status, standing?.crossCheck?.score, standing?.late.map((step) => step.event)]).toEqual(['reported', '55.00', ['cross-check-corrected']]);
  });

  it('moves a recipient’s assessment by the recipient’s own office, cross-checked by the donor', () => {
    const forBijie = { ...context, assessed: regionCode('522400'), crossCheckers: [organisationId('sz-support-office')] };
    const { standing } = run(
      [
        { type: 'self-evaluate', by: bijie, at: at('2011-12-30'), finding },
        { type: 'cross-check', by: office, at: at('2012-01-25'), finding },
      ],
      forBijie,
    );
    expect([standing?.assessed, standing?.status]).toEqual(['522400', 'cross-checked']);
  });

  describe('refuses', () => {
    it('a step before the self-evaluation, and a move its status does not allow', () => {
      expect(refusal(undefined, { type: 'cross-check', by: guizhou, at: at('2012-01-20'), finding })).toEqual([['assessment-not-started', ['type']]]);
      expect(refusal(selfEvaluated(), { type: 'report', by: guangdong, at: at('2012-02-20'), finding })).toEqual([['assessment-move-not-allowed', ['type']]]);
      expect(refusal(selfEvaluated(), { type: 'self-evaluate', by: office, at: at('2012-01-02'), finding })).toEqual([['assessment-move-not-allowed', ['type']]]);
    });

    it('an organisation not in the role the step needs, whatever its kind', () => {
      expect(refusal(undefined, { type: 'self-evaluate', by: bijie, at: at('2011-12-28'), finding })).toEqual([['assessment-actor-not-assigned', ['by', 'organisation']]]);
      expect(refusal(undefined, { type: 'self-evaluate', by: guangdong, at: at('2011-12-28'), finding })).toEqual([['assessment-actor-not-assigned', ['by', 'organisation']]]);
      expect(refusal(selfEvaluated(), { type: 'cross-check', by: guangdong, at: at('2012-01-20'), finding })).toEqual([['assessment-actor-not-assigned', ['by', 'organisation']]]);
      const guizhouForBijie = { ...context, assessed: regionCode('522400') };
      expect(refusal(undefined, { type: 'self-evaluate', by: guizhou, at: at('2011-12-28'), finding }, guizhouForBijie)).toEqual([['assessment-actor-not-assigned', ['by', 'organisation']]]);
    });

    it('a self-evaluation by the donor’s government, which is not its office; its leading group is', () => {
      expect(refusal(undefined, { type: 'self-evaluate', by: actor(organisationId('sz-government'), 'municipal-government'), at: at('2011-12-28'), finding })).toEqual([['assessment-actor-not-assigned', ['by', 'organisation']]]);
      expect(refusal(undefined, { type: 'self-evaluate', by: actor(organisationId('sz-leading-group'), 'leading-group'), at: at('2011-12-28'), finding })).toEqual([]);
    });

    it('a cross-check by the side assessed, even when it is designated', () => {
      const own = { ...context, crossCheckers: [organisationId('sz-support-office')] };
      expect(refusal(selfEvaluated(), { type: 'cross-check', by: office, at: at('2012-01-20'), finding }, own)).toEqual([['assessment-cross-check-by-assessed', ['by', 'organisation']]]);
    });

    it('an unregistered organisation, or one claiming another kind', () => {
      expect(refusal(undefined, { type: 'self-evaluate', by: actor(organisationId('sz-nobody'), 'support-office'), at: at('2011-12-28'), finding })).toEqual([['actor-unregistered', ['by', 'organisation']]]);
      expect(refusal(undefined, { type: 'self-evaluate', by: actor(organisationId('sz-support-office'), 'leading-group'), at: at('2011-12-28'), finding })).toEqual([['actor-kind-mismatch', ['by', 'kind']]]);
    });

    it('a return without a reason, a time before the last step or the year, and a finding that is not one', () => {
      expect(refusal(selfEvaluated(), { type: 'return-self-evaluation', by: guizhou, at: at('2012-01-10'), reason: ' ' })).toEqual([['reason-required', ['reason']]]);
      expect(refusal(selfEvaluated(), { type: 'cross-check', by: guizhou, at: at('2011-12-27'), finding })).toEqual([['event-before-previous-event', ['at']]]);
      expect(refusal(undefined, { type: 'self-evaluate', by: office, at: at('2010-12-30'), finding })).toEqual([['assessment-step-before-year', ['at']]]);
      expect(refusal(undefined, { type: 'self-evaluate', by: office, at: at('2011-12-28'), finding: { score: '57,5', grade: 'excellent' as never } })).toEqual([
        ['assessment-finding-invalid', ['finding', 'score']],
        ['assessment-finding-invalid', ['finding', 'grade']],
      ]);
    });

    it('a command of no known kind, or no command at all', () => {
      expect(refusal(undefined, { type: 'approve', by: office, at: at('2011-12-28') } as never)).toEqual([['command-unknown', ['type']]]);
      expect(refusal(undefined, { type: 'toString', by: office, at: at('2011-12-28') } as never)).toEqual([['command-unknown', ['type']]]);
      expect(refusal(undefined, null as never)).toEqual([['command-unknown', ['type']]]);
    });

    it('a step on the standing of another year or another region', () => {
      const decided = decideAssessment(selfEvaluated(), { type: 'cross-check', by: guizhou, at: at('2013-01-20'), finding }, { ...context, year: 2012 });
      expect(decided.ok || decided.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([['assessment-mismatch', [], { expected: '440300 2012', found: '440300 2011' }]]);
      const bijieOffice = { ...context, assessed: regionCode('522400') };
      expect(refusal(selfEvaluated(), { type: 'cross-check', by: guizhou, at: at('2012-01-20'), finding }, bijieOffice)).toEqual([['assessment-mismatch', []]]);
    });

    it('a reason that is not text, a time that cannot be read, and a step that needs a finding without one', () => {
      expect(refusal(undefined, { type: 'self-evaluate', by: office, at: 'yesterday', reason: 5 } as never)).toEqual([
        ['invalid-type', ['reason']],
        ['timestamp-invalid', ['at']],
        ['assessment-finding-invalid', ['finding']],
      ]);
    });

    it('no step made in the assessed year itself, from its first minute in China', () => {
      expect(refusal(undefined, { type: 'self-evaluate', by: office, at: at('2011-01-01', 0), finding })).toEqual([]);
      expect(refusal(undefined, { type: 'self-evaluate', by: office, at: timestamp('2010-12-31T23:30:00Z'), finding })).toEqual([]);
      expect(refusal(undefined, { type: 'self-evaluate', by: office, at: timestamp('2010-12-31T15:30:00Z'), finding })).toEqual([['assessment-step-before-year', ['at']]]);
    });

    it('the assessment of a region that is neither the donor nor a paired recipient', () => {
      expect(refusal(undefined, { type: 'self-evaluate', by: office, at: at('2011-12-28'), finding }, { ...context, assessed: regionCode('520100') })).toEqual([['assessment-not-paired', []]]);
    });
  });
});

describe('the stored assessment log', () => {
  it('chains its events with the lifecycle’s hash, and reads back and replays to the same standing', () => {
    const recorded = recordAssessment2011();
    expect(recorded.log.map((stored) => stored.sequence)).toEqual([0, 1, 2, 3, 4]);
    expect(recorded.log[1]?.previousHash).toBe(recorded.log[0]?.hash);
    const parsed = parseAssessmentLog(json(recorded.log));
    expect(parsed.ok && parsed.value.length).toBe(5);
    expect(replayAssessmentLog(json(recorded.log), context)).toEqual({ ok: true, value: recorded.standing });
  });

  it('finds an event altered after it was stored, and one re-hashed to hide it when the decision gives another', () => {
    const recorded = recordAssessment2011();
    const altered = json(recorded.log) as { event: { late: boolean } }[];
    altered[3]!.event.late = false;
    const found = parseAssessmentLog(altered);
    expect(found.ok || found.issues.map((issue) => [issue.code, issue.path])).toEqual([['event-log-altered', [3]]]);
    const events = recorded.log.map((stored) => stored.event);
    const forged = appendToAssessmentLog([], events.map((event, index) => (index === 3 ? { ...event, late: false } : event)) as AssessmentEvent[]);
    expect(parseAssessmentLog(json(forged)).ok).toBe(true);
    const replayed = replayAssessmentLog(json(forged), context);
    expect(replayed.ok || replayed.issues.map((issue) => [issue.code, issue.path])).toEqual([['event-log-event-mismatch', [3, 'event']]]);
  });

  it('refuses on replay the log of another year, naming its first event', () => {
    const recorded = recordAssessment2011();
    const replayed = replayAssessmentLog(json(recorded.log), { ...context, year: 2012 });
    expect(replayed.ok || replayed.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([['assessment-mismatch', [0, 'event'], { expected: '440300 2012', found: '440300 2011' }]]);
  });

  it('refuses on replay a step given by an organisation the context does not designate', () => {
    const recorded = recordAssessment2011();
    const replayed = replayAssessmentLog(json(recorded.log), { ...context, assessors: [] });
    expect(replayed.ok || replayed.issues.map((issue) => [issue.code, issue.path])).toEqual([['assessment-actor-not-assigned', [4, 'event', 'by', 'organisation']]]);
  });

  it('refuses events out of order and events of another assessment', () => {
    const recorded = recordAssessment2011();
    const events = recorded.log.map((stored) => stored.event);
    const outOfOrder = parseAssessmentLog(json(appendToAssessmentLog([], [events[0]!, events[4]!])));
    expect(outOfOrder.ok || outOfOrder.issues.map((issue) => [issue.code, issue.path])).toEqual([['assessment-event-out-of-order', [1, 'event', 'type']]]);
    const other = parseAssessmentLog(json(appendToAssessmentLog([], [events[0]!, { ...events[1]!, assessed: regionCode('522400') }])));
    expect(other.ok || other.issues.map((issue) => issue.code)).toEqual(['assessment-mismatch']);
    expect(evolveAssessment(undefined, events[1]!).ok).toBe(false);
  });

  it('refuses a stored event of no shape an assessment event has, and what is not a log, before replaying anything', () => {
    const recorded = recordAssessment2011();
    const events = recorded.log.map((stored) => stored.event);
    const graded = appendToAssessmentLog([], [{ ...events[0]!, finding: { score: '52.50', grade: 'excellent' } } as never]);
    const parsed = parseAssessmentLog(json(graded));
    expect(parsed.ok || parsed.issues.map((issue) => issue.path)).toEqual([[0, 'event', 'finding', 'grade']]);
    expect(replayAssessmentLog(json(graded), context).ok).toBe(false);
    expect(replayAssessmentLog('no log', context).ok).toBe(false);
    expect(replayAssessmentLog([], context)).toEqual({ ok: true, value: undefined });
  });

  it('reads commands from JSON, refusing a return without its reason', () => {
    const recorded = recordAssessment2011();
    expect(parseAssessmentCommand(json(recorded.commands[0])).ok).toBe(true);
    const refused = parseAssessmentCommand({ type: 'return-self-evaluation', by: { organisation: 'gz-poverty-office', kind: 'provincial-government' }, at: '2012-01-10T10:00:00+08:00' });
    expect(refused.ok || refused.issues[0]?.path).toEqual(['reason']);
  });

  describe('properties', () => {
    // Any walk through the table, with steps on random days around the calendar.
    const walk = fc.array(fc.tuple(fc.constantFrom('return', 'forward'), fc.integer({ min: 0, max: 40 })), { maxLength: 8 });
    const commandsOf = (choices: readonly (readonly [string, number])[]): AssessmentCommand[] => {
      const commands: AssessmentCommand[] = [];
      let status: string = 'not-started';
      let day = new Date(Date.UTC(2011, 11, 20));
      for (const [choice, gap] of choices) {
        day = new Date(day.getTime() + gap * 86_400_000);
        const when = at(day.toISOString().slice(0, 10));
        const next: AssessmentCommand | undefined =
          status === 'not-started' ? { type: 'self-evaluate', by: office, at: when, finding }
          : status === 'self-evaluated' ? (choice === 'return' ? { type: 'return-self-evaluation', by: guizhou, at: when, reason: '退回' } : { type: 'cross-check', by: guizhou, at: when, finding })
          : status === 'self-evaluation-returned' ? { type: 'correct-self-evaluation', by: office, at: when, reason: '已改', finding }
          : status === 'cross-checked' ? (choice === 'return' ? { type: 'return-cross-check', by: guangdong, at: when, reason: '退回' } : { type: 'report', by: guangdong, at: when, finding })
          : status === 'cross-check-returned' ? { type: 'correct-cross-check', by: guizhou, at: when, reason: '已复核', finding }
          : undefined;
        if (next === undefined) break;
        commands.push(next);
        status = ({ 'self-evaluate': 'self-evaluated', 'return-self-evaluation': 'self-evaluation-returned', 'correct-self-evaluation': 'self-evaluated', 'cross-check': 'cross-checked', 'return-cross-check': 'cross-check-returned', 'correct-cross-check': 'cross-checked', 'report': 'reported' } as const)[next.type];
      }
      return commands;
    };

    it('replays any recorded log, deciding every event again, to the standing its commands gave', () => {
      fc.assert(
        fc.property(walk, (choices) => {
          const { standing, events } = run(commandsOf(choices));
          expect(replayAssessmentLog(json(appendToAssessmentLog([], events)), context)).toEqual({ ok: true, value: standing });
          expect(replayAssessment(events, context)).toEqual({ ok: true, value: standing });
        }),
        { numRuns: 60 },
      );
    });

    it('flags a step late exactly when its day in China is after its due day', () => {
      fc.assert(
        fc.property(walk, (choices) => {
          const { standing } = run(commandsOf(choices));
          for (const step of standing?.steps ?? []) if (step.due !== undefined) expect(step.late).toBe(step.on > step.due);
        }),
        { numRuns: 60 },
      );
    });
  });
});
