import { describe, expect, it } from 'vitest';
import {
  evolveLifecycle,
  isEventCorrection,
  replayLifecycle,
  startLifecycle,
  type EventCorrection,
  type Lifecycle,
  type LifecycleEvent,
  type LoggedEvent,
} from '../../src/index.js';
import { actorOf, at, reachEveryState, roadProject } from './fixtures.js';

const reached = reachEveryState();
const pathTo = (status: Lifecycle['status']): readonly LifecycleEvent[] => {
  const found = reached.get(status);
  if (found === undefined) throw new Error(`${status} is not reached`);
  return found.events;
};
const closedPath = pathTo('closed');
const fold = (events: readonly LifecycleEvent[]): Lifecycle => events.reduce(evolveLifecycle, startLifecycle(roadProject.id) as Lifecycle);
const replayed = (events: readonly LoggedEvent[]): Lifecycle => {
  const result = replayLifecycle(roadProject.id, events);
  if (!result.ok) throw new Error(result.issues.map((found) => found.code).join(', '));
  return result.value;
};

/** A correction by the support office of the event at `corrects`, with what should stand in its place. */
function correction(corrects: number, replacement?: LifecycleEvent): EventCorrection {
  return {
    type: 'event-corrected',
    project: roadProject.id,
    by: actorOf('support-office'),
    at: at('2011-12-30'),
    reason: '录入错误',
    corrects,
    ...(replacement === undefined ? {} : { replacement }),
  };
}

describe('a lifecycle replayed from its log', () => {
  it('records each approval with its level, who gave it and when, in the order given', () => {
    const approved = fold(pathTo('approved'));
    expect(approved.approvals.map((approval) => approval.level)).toEqual(['expert-review', 'county-department', 'county-government', 'prefecture-government']);
    const events = pathTo('approved').filter((event) => event.type !== 'proposed');
    expect(approved.approvals.map(({ by, at: when }) => ({ by, at: when }))).toEqual(events.map(({ by, at: when }) => ({ by, at: when })));
    expect(approved.approvals[3]?.on).toBe('2011-04-25');
    expect(approved.approvingAuthority).toEqual(actorOf('prefecture-government'));
  });

  it('records the day a project closed, and the proposer', () => {
    const closed = fold(closedPath);
    expect(closed.closedOn).toBe(closedPath.at(-1)?.at.slice(0, 10));
    expect(closed.proposer).toEqual(closedPath[0]?.by);
    expect(closed.eventCount).toBe(closedPath.length);
    expect(closed.lastEventAt).toBe(closedPath.at(-1)?.at);
  });

  it('records a proposed change with its description, alterations and reason, and how it was settled', () => {
    const proposed = fold(pathTo('change-proposed'));
    const event = pathTo('change-proposed').at(-1);
    if (event?.type !== 'change-proposed') throw new Error('no change proposed');
    expect(proposed.changes).toEqual([{ description: event.description, alterations: event.alterations, reason: event.reason, proposed: expect.objectContaining({ by: event.by, at: event.at }) }]);
    expect(proposed.stateBeforeChange).toBe('approved');
    const rejection = { type: 'change-rejected', project: roadProject.id, by: actorOf('prefecture-government'), at: at('2011-06-01'), reason: '不符合规划' } as LifecycleEvent;
    const rejected = evolveLifecycle(proposed, rejection);
    expect(rejected.status).toBe('approved');
    expect(rejected.changes).toEqual([{ ...proposed.changes[0], outcome: 'rejected', settled: { by: rejection.by, at: rejection.at, on: '2011-06-01' } }]);
    expect(rejected.stateBeforeChange).toBeUndefined();
  });

  it('records a registration of assets with its reason only when one is given', () => {
    const completed = fold(pathTo('accepted'));
    const registration = {
      type: 'assets-registered',
      project: roadProject.id,
      by: actorOf('county-department'),
      at: at('2011-07-01'),
      assets: [],
    } as unknown as LifecycleEvent;
    const withoutReason = evolveLifecycle(completed, registration);
    expect(withoutReason.assetRegistrations).toHaveLength(1);
    expect(Object.keys(withoutReason.assetRegistrations[0] ?? {}).sort()).toEqual(['assets', 'at', 'by', 'on']);
    const withReason = evolveLifecycle(completed, { ...registration, reason: '补登' } as LifecycleEvent);
    expect(withReason.assetRegistrations[0]).toMatchObject({ reason: '补登' });
  });
});

describe('a corrected log', () => {
  it('is the log as if the corrected event had been the replacement', () => {
    const wrong = closedPath.at(-1) as LifecycleEvent;
    const right = { ...wrong, at: at('2011-08-01') };
    const log: LoggedEvent[] = [...closedPath, correction(closedPath.length - 1, right)];
    expect(replayed(log)).toEqual(fold([...closedPath.slice(0, -1), right]));
  });

  it('is the log without an event withdrawn, the correction itself not counted', () => {
    const log: LoggedEvent[] = [...closedPath, correction(closedPath.length - 1)];
    const withdrawn = replayed(log);
    expect(withdrawn).toEqual(fold(closedPath.slice(0, -1)));
    expect(withdrawn.status).toBe('completion-announced');
    expect(log.filter(isEventCorrection)).toHaveLength(1);
  });

  it('can be corrected in the middle, and every later event must then still follow', () => {
    const proposedAgain = { ...(closedPath[0] as LifecycleEvent), at: at('2011-03-05') };
    expect(replayed([...closedPath, correction(0, proposedAgain)])).toEqual(fold([proposedAgain, ...closedPath.slice(1)]));
    const result = replayLifecycle(roadProject.id, [...closedPath, correction(1)]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'event-not-applicable', path: [2, 'type'] });
  });

  it('names the correction when its replacement cannot follow', () => {
    const bad = { ...(closedPath[1] as LifecycleEvent), by: actorOf('enterprise') };
    const result = replayLifecycle(roadProject.id, [...closedPath, correction(1, bad)]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'actor-not-allowed', path: [closedPath.length, 'replacement', 'by', 'kind'] });
  });

  it('refuses a correction of a later event, of itself, of a correction, of a corrected event, or of no event', () => {
    const two = closedPath.slice(0, 2);
    const refusals: [string, LoggedEvent[], number][] = [
      ['a later event', [correction(1), ...two], 0],
      ['itself', [...two, correction(2)], 2],
      ['a correction', [...two, correction(0, closedPath[0]), correction(2)], 3],
      ['an event corrected already', [...two, correction(1), correction(1)], 3],
      ['no event', [...two, correction(-1)], 2],
      ['no whole place', [...two, correction(0.5)], 2],
    ];
    for (const [what, log, index] of refusals) {
      const result = replayLifecycle(roadProject.id, log);
      expect(result, what).toMatchObject({ ok: false, issues: [{ code: 'correction-target-invalid', path: [index, 'corrects'], params: { corrects: (log[index] as EventCorrection).corrects } }] });
    }
  });

  it('knows a correction from a lifecycle event', () => {
    expect(isEventCorrection(correction(0))).toBe(true);
    expect(closedPath.some((event) => isEventCorrection(event))).toBe(false);
  });
});

describe('an event that cannot follow', () => {
  const proposed = fold(pathTo('proposed'));
  const next = pathTo('reviewed')[1] as LifecycleEvent;
  const refusal = (event: LifecycleEvent, from: Lifecycle = proposed) => {
    const result = replayLifecycle(roadProject.id, [...pathTo(from.status), event]);
    expect(() => evolveLifecycle(from, event)).toThrow();
    return result.ok ? undefined : result.issues;
  };

  it('is refused when it is about another project', () => {
    expect(refusal({ ...next, project: 'BJ-2011-R08' } as LifecycleEvent)).toEqual([
      expect.objectContaining({ code: 'lifecycle-project-mismatch', path: [1, 'project'], params: { expected: roadProject.id, found: 'BJ-2011-R08' } }),
    ]);
  });

  it('is refused when no command records it, or the state takes no such move', () => {
    expect(refusal({ ...next, type: 'approved-by-nobody' } as unknown as LifecycleEvent)).toEqual([
      expect.objectContaining({ code: 'event-not-applicable', path: [1, 'type'], params: { type: 'approved-by-nobody', status: 'proposed' } }),
    ]);
    expect(refusal({ ...next, type: 'closed' } as LifecycleEvent)).toEqual([
      expect.objectContaining({ code: 'event-not-applicable', path: [1, 'type'], params: { type: 'closed', status: 'proposed' } }),
    ]);
  });

  it('is refused when its actor is of a kind the move does not allow, naming those it allows', () => {
    const issues = refusal({ ...next, by: actorOf('enterprise') });
    expect(issues).toEqual([
      expect.objectContaining({ code: 'actor-not-allowed', path: [1, 'by', 'kind'], params: expect.objectContaining({ kind: 'enterprise', status: 'proposed' }) }),
    ]);
    expect(String(issues?.[0]?.params?.['allowed'])).toMatch(/^[a-z-]+(, [a-z-]+)*$/);
    expect(String(issues?.[0]?.params?.['allowed'])).toContain('expert-review-team');
  });

  it('is refused when it is dated before the event before it, and taken when dated at the same instant', () => {
    const last = proposed.lastEventAt as string;
    expect(refusal({ ...next, at: at('2011-03-01', '09:59:59+08:00') })).toEqual([
      expect.objectContaining({ code: 'event-before-previous-event', path: [1, 'at'], params: { at: '2011-03-01T09:59:59+08:00', previous: last } }),
    ]);
    expect(evolveLifecycle(proposed, { ...next, at: proposed.lastEventAt } as LifecycleEvent).status).toBe('reviewed');
  });

  it('is refused when it resumes a project that is not suspended', () => {
    const resumed = { type: 'resumed', project: roadProject.id, by: actorOf('support-office'), at: at('2011-12-01') } as LifecycleEvent;
    const suspended = fold(pathTo('suspended'));
    expect(evolveLifecycle(suspended, resumed).status).toBe('proposed');
    expect(() => evolveLifecycle({ ...suspended, stateBeforeSuspension: undefined } as unknown as Lifecycle, resumed)).toThrow(/event-not-applicable|cannot/i);
  });
});
