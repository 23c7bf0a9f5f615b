import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyLifecycleCommand,
  decideLifecycle,
  evolveLifecycle,
  issueCodes,
  lifecycleCommandDefinitions,
  lifecycleCommandTypes,
  lifecycleStates,
  lifecycleStatuses,
  lifecycleTransitions,
  organisationKinds,
  refusalFor,
  replayLifecycle,
  startLifecycle,
  timestamp,
  type IssueCode,
  type Lifecycle,
  type LifecycleCommandType,
  type LifecycleEvent,
  type LifecycleStatus,
  type LifecycleTransition,
} from '../../src/index.js';
import { contextFor, commandFor, dayAt, reachEveryState, roadProject, rowsFrom, STEP_DAYS } from './fixtures.js';

const rows = lifecycleTransitions as readonly LifecycleTransition[];
const reached = reachEveryState();
const context = contextFor();

function reachedIn(status: LifecycleStatus): { readonly lifecycle: Lifecycle; readonly day: number } {
  const found = reached.get(status);
  if (!found) throw new Error(`state ${status} not reached`);
  return found;
}

// The refusal the tables prescribe for an illegal (state, command) pair.
function prescribedRefusal(status: LifecycleStatus, command: LifecycleCommandType): IssueCode {
  const state: { readonly rank: number; readonly refusal?: { readonly code: IssueCode; readonly commands: 'all' | 'main' } } =
    lifecycleStates.find((candidate) => candidate.status === status) ?? { rank: -1 };
  const definition = lifecycleCommandDefinitions[command];
  if (state.refusal && (state.refusal.commands === 'all' || definition.track === 'main')) return state.refusal.code;
  const ranks = rows.filter((row) => row.command === command).flatMap((row) => row.from.map((from) => lifecycleStates.find((candidate) => candidate.status === from)?.rank ?? 0));
  return state.rank < Math.min(...ranks) ? definition.early : definition.late;
}

describe('decideLifecycle', () => {
  it('reaches every state from a drafted project by legal moves', () => {
    expect([...reached.keys()].sort()).toEqual([...lifecycleStatuses].sort());
  });

  describe('every legal move', () => {
    const legal = rows.flatMap((row) => row.from.map((from) => ({ from, row })));
    it.each(legal.map(({ from, row }) => [from, row.command, row.to, row]))('%s × %s → %s', (from, _command, _to, row) => {
      const { lifecycle, day } = reachedIn(from as LifecycleStatus);
      const move = row as LifecycleTransition;
      for (const kind of move.by) {
        const resubmitOrChange = ['resubmit', 'approve-change', 'reject-change'].includes(move.command);
        const command = commandFor(lifecycle, move.command, dayAt(day + STEP_DAYS), resubmitOrChange ? undefined : kind);
        const applied = applyLifecycleCommand(lifecycle, command, context);
        expect(applied.ok && applied.value.events.length, `${kind}: ${applied.ok || applied.issues.map((found) => found.code)}`).toBe(1);
        if (!applied.ok) continue;
        const expected =
          move.to === 'state-before-suspension' ? lifecycle.stateBeforeSuspension : move.to === 'state-before-change' ? lifecycle.stateBeforeChange : move.to === 'unchanged' ? lifecycle.status : move.to;
        expect(applied.value.lifecycle.status).toBe(expected);
        expect(applied.value.events[0]?.type).toBe(lifecycleCommandDefinitions[move.command].event);
        expect(applied.value.lifecycle.eventCount).toBe(lifecycle.eventCount + 1);
      }
    });
  });

  // Applies legal commands in turn, one step apart, and returns the statuses passed through.
  function run(status: LifecycleStatus, commands: readonly LifecycleCommandType[]): LifecycleStatus[] {
    let { lifecycle, day } = reachedIn(status);
    const statuses: LifecycleStatus[] = [];
    for (const type of commands) {
      day += STEP_DAYS;
      const applied = applyLifecycleCommand(lifecycle, commandFor(lifecycle, type, dayAt(day)), context);
      if (!applied.ok) throw new Error(`${lifecycle.status} × ${type}: ${applied.issues.map((found) => found.code).join(', ')}`);
      lifecycle = applied.value.lifecycle;
      statuses.push(lifecycle.status);
    }
    return statuses;
  }

  describe('returns', () => {
    const suspendable = rows.find((row) => row.command === 'suspend')?.from ?? [];
    const changeable = rows.find((row) => row.command === 'propose-change')?.from ?? [];

    it.each(suspendable)('resumes a project suspended in %s to that state', (status) => {
      expect(run(status, ['suspend', 'resume'])).toEqual(['suspended', status]);
    });

    it.each(changeable)('returns a change proposed in %s to that state once it took effect, or was rejected', (status) => {
      expect(run(status, ['propose-change', 'approve-change', 'announce-change', 'put-change-into-effect'])).toEqual([
        'change-proposed',
        'change-approved',
        'change-announced',
        status,
      ]);
      expect(run(status, ['propose-change', 'reject-change'])).toEqual(['change-proposed', status]);
    });

    it('resumes a change suspended midway to where the change stood, then back', () => {
      expect(run('in-implementation', ['propose-change', 'approve-change', 'suspend', 'resume', 'announce-change', 'put-change-into-effect'])).toEqual([
        'change-proposed',
        'change-approved',
        'suspended',
        'change-approved',
        'change-announced',
        'in-implementation',
      ]);
    });

    it('sends a returned project back to the proposer, who alone resubmits it', () => {
      const { lifecycle, day } = reachedIn('returned');
      expect(run('returned', ['resubmit'])).toEqual(['proposed']);
      const other = decideLifecycle(lifecycle, commandFor(lifecycle, 'resubmit', dayAt(day + 1), 'county-government'), context);
      expect(other.ok || other.issues.map((found) => found.code)).toEqual(['not-the-proposer']);
    });
  });

  describe('every illegal (state, command) pair', () => {
    const pairs = lifecycleStatuses.flatMap((status) =>
      lifecycleCommandTypes.filter((command) => !rowsFrom(status).some((row) => row.command === command)).map((command) => [status, command] as const),
    );

    it('is more than half of all pairs, each generated from the table', () => {
      expect(pairs.length).toBeGreaterThan((lifecycleStatuses.length * lifecycleCommandTypes.length) / 2);
    });

    it.each(pairs)('%s × %s is refused with its specific code and changes nothing', (status, command) => {
      const { lifecycle, day } = reachedIn(status);
      const decided = decideLifecycle(lifecycle, commandFor(lifecycle, command, dayAt(day + STEP_DAYS)), context);
      expect(decided.ok).toBe(false);
      if (decided.ok) return;
      expect(decided.issues.map((found) => found.code)).toEqual([prescribedRefusal(status, command)]);
      expect(issueCodes).toContain(decided.issues[0]?.code);
      expect(decided.issues[0]?.params).toEqual({ status, command });
    });

    it('names the missing step, or the step already taken', () => {
      expect(refusalFor('approved', 'start-implementation').code).toBe('implementation-needs-liability-agreement');
      expect(refusalFor('in-implementation', 'announce').code).toBe('project-already-announced');
      expect(refusalFor('proposed', 'approve-as-prefecture-government').code).toBe('approval-out-of-order');
      expect(refusalFor('approved', 'approve-as-county-department').code).toBe('approval-already-given');
      expect(refusalFor('donor-signed', 'sign-agreement-as-donor').code).toBe('agreement-already-signed');
      expect(refusalFor('rectification', 'pass-acceptance').code).toBe('acceptance-needs-completion');
      expect(refusalFor('accepted', 'close').code).toBe('closure-needs-completion-announcement');
      expect(refusalFor('closed', 'suspend').code).toBe('project-closed');
      expect(refusalFor('suspended', 'complete').code).toBe('project-suspended');
      expect(refusalFor('change-proposed', 'start-implementation').code).toBe('change-pending');
      expect(refusalFor('change-proposed', 'announce-change').code).toBe('change-not-approved');
      expect(refusalFor('in-implementation', 'approve-change').code).toBe('no-change-pending');
      expect(refusalFor('completed', 'propose-change').code).toBe('change-after-completion');
    });
  });

  describe('who may move', () => {
    const wrongKinds = rows.flatMap((row) => row.from.flatMap((from) => organisationKinds.filter((kind) => !row.by.includes(kind)).map((kind) => [from, row.command, kind] as const)));

    it.each(wrongKinds)('%s × %s by a %s is refused with actor-not-allowed', (from, command, kind) => {
      const { lifecycle, day } = reachedIn(from);
      const decided = decideLifecycle(lifecycle, commandFor(lifecycle, command, dayAt(day + STEP_DAYS), kind), context);
      expect(decided.ok || decided.issues.map((found) => found.code)).toContain('actor-not-allowed');
    });

    it('refuses a county department giving the prefecture government approval', () => {
      const { lifecycle, day } = reachedIn('county-approved');
      const decided = decideLifecycle(lifecycle, commandFor(lifecycle, 'approve-as-prefecture-government', dayAt(day + 1), 'county-department'), context);
      expect(decided.ok || decided.issues[0]).toMatchObject({ code: 'actor-not-allowed', path: ['by', 'kind'] });
    });
  });

  describe('why', () => {
    const needingReason = rows.filter((row) => lifecycleCommandDefinitions[row.command].reasonRequired);

    it('requires the reasons the brief names', () => {
      const commands = new Set(needingReason.map((row) => row.command));
      for (const command of ['return-for-revision', 'reject', 'suspend', 'cancel', 'propose-change'] as const) expect(commands).toContain(command);
    });

    it.each(needingReason.map((row) => [row.from[0] as LifecycleStatus, row.command]))('%s × %s without a reason is refused', (from, command) => {
      const { lifecycle, day } = reachedIn(from);
      for (const reason of [undefined, '', '   ']) {
        const command_ = { ...commandFor(lifecycle, command, dayAt(day + 1)), reason };
        const decided = decideLifecycle(lifecycle, command_ as never, context);
        expect(decided.ok || decided.issues.map((found) => [found.code, found.path])).toContainEqual(['reason-required', ['reason']]);
      }
    });

    it('records the reason, who and when in the event', () => {
      const { lifecycle, day } = reachedIn('in-implementation');
      const decided = decideLifecycle(lifecycle, commandFor(lifecycle, 'suspend', dayAt(day + 1)), context);
      expect(decided.ok && decided.value[0]).toMatchObject({ type: 'suspended', project: roadProject.id, reason: 'reason for suspend', by: { kind: 'county-government' }, at: dayAt(day + 1) });
    });
  });

  describe('edge cases', () => {
    it('refuses an unknown command', () => {
      const decided = decideLifecycle(startLifecycle(roadProject.id), { type: 'approve-everything', by: { organisation: 'x', kind: 'support-office' }, at: dayAt(0) } as never, context);
      expect(decided.ok || decided.issues[0]?.code).toBe('command-unknown');
    });

    it('refuses a command read from JSON that lacks what its type promises, without throwing', () => {
      const drafted = startLifecycle(roadProject.id) as Lifecycle;
      expect(decideLifecycle(drafted, null as never, context)).toMatchObject({ ok: false, issues: [{ code: 'command-unknown' }] });
      expect(decideLifecycle(drafted, { type: 'propose', by: null, at: dayAt(0) } as never, context)).toMatchObject({ ok: false, issues: [{ code: 'invalid-type', path: ['by'] }] });
      const { lifecycle, day } = reachedIn('approved');
      const noAnnouncement = { ...commandFor(lifecycle, 'announce', dayAt(day + 1)), announcement: undefined };
      expect(decideLifecycle(lifecycle, noAnnouncement as never, context)).toMatchObject({ ok: false, issues: [{ code: 'invalid-type', path: ['announcement'] }] });
      const signing = reachedIn('announced');
      const noAgreement = { ...commandFor(signing.lifecycle, 'sign-agreement-as-donor', dayAt(signing.day + 1)), agreement: 'the usual one' };
      expect(decideLifecycle(signing.lifecycle, noAgreement as never, context)).toMatchObject({ ok: false, issues: [{ code: 'invalid-type', path: ['agreement'] }] });
    });

    it('refuses a time without an offset, and one before the previous event', () => {
      const { lifecycle, day } = reachedIn('proposed');
      const noOffset = { ...commandFor(lifecycle, 'pass-expert-review', dayAt(day + 1)), at: '2011-06-01T10:00:00' };
      expect(decideLifecycle(lifecycle, noOffset as never, context)).toMatchObject({ ok: false, issues: [{ code: 'timestamp-invalid', path: ['at'] }] });
      const earlier = decideLifecycle(lifecycle, commandFor(lifecycle, 'pass-expert-review', dayAt(day - 1)), context);
      expect(earlier.ok || earlier.issues[0]?.code).toBe('event-before-previous-event');
    });

    it('orders events by their instants to the nanosecond, whatever offset each is written in', () => {
      const { lifecycle, day } = reachedIn('proposed');
      const date = new Date(Date.UTC(2011, 2, 1 + day + 1)).toISOString().slice(0, 10);
      const reviewed = applyLifecycleCommand(lifecycle as never, commandFor(lifecycle, 'pass-expert-review', timestamp(`${date}T10:00:00.0000005+08:00`)) as never, context);
      if (!reviewed.ok) throw new Error('the review is allowed');
      const next = reviewed.value.lifecycle;
      const inUtc = (fraction: string) => commandFor(next, 'approve-as-county-department', timestamp(`${date}T02:00:00.${fraction}Z`));
      expect(decideLifecycle(next, inUtc('0000004'), context)).toMatchObject({ ok: false, issues: [{ code: 'event-before-previous-event' }] });
      expect(decideLifecycle(next, inUtc('0000005'), context).ok).toBe(true);
    });

    it('refuses the data of another project', () => {
      const drafted = startLifecycle(roadProject.id) as Lifecycle;
      const decided = decideLifecycle(drafted, commandFor(drafted, 'propose', dayAt(0)), contextFor({ ...roadProject, id: 'BJ-other' as typeof roadProject.id }));
      expect(decided.ok || decided.issues.map((found) => found.code)).toContain('lifecycle-project-mismatch');
    });

    it('reports every problem of a legal move at once', () => {
      const { lifecycle, day } = reachedIn('proposed');
      const bare = { ...roadProject, performanceTarget: { indicators: [] }, povertyLinkage: { zh: ' ' } };
      const decided = decideLifecycle(lifecycle, { ...commandFor(lifecycle, 'pass-expert-review', dayAt(day + 1), 'county-department') } as never, contextFor(bare));
      expect(decided.ok || decided.issues.map((found) => found.code)).toEqual(['actor-not-allowed', 'approval-needs-performance-target', 'approval-needs-poverty-linkage']);
    });
  });

  describe('properties', () => {
    // A walk chooses among the legal moves of each state it reaches.
    const walk = fc.array(fc.nat(), { minLength: 1, maxLength: 40 });

    function play(choices: readonly number[]): { readonly lifecycle: Lifecycle; readonly events: readonly LifecycleEvent[] } {
      let lifecycle: Lifecycle = startLifecycle(roadProject.id);
      const events: LifecycleEvent[] = [];
      choices.forEach((choice, step) => {
        const options = rowsFrom(lifecycle.status);
        const row = options[choice % Math.max(1, options.length)];
        if (!row) return;
        const applied = applyLifecycleCommand(lifecycle, commandFor(lifecycle, row.command, dayAt((step + 1) * STEP_DAYS)), context);
        if (!applied.ok) throw new Error(applied.issues.map((found) => found.code).join(', '));
        lifecycle = applied.value.lifecycle;
        events.push(...applied.value.events);
      });
      return { lifecycle, events };
    }

    it('replaying the events of any walk gives the state the commands gave', () => {
      fc.assert(
        fc.property(walk, (choices) => {
          const { lifecycle, events } = play(choices);
          expect(replayLifecycle(roadProject.id, events)).toEqual({ ok: true, value: lifecycle });
          expect(events.reduce(evolveLifecycle, startLifecycle(roadProject.id) as Lifecycle)).toEqual(lifecycle);
        }),
      );
    });

    it('a refused command leaves the lifecycle as it was', () => {
      fc.assert(
        fc.property(walk, fc.constantFrom(...lifecycleCommandTypes), fc.constantFrom(...organisationKinds), (choices, command, kind) => {
          const { lifecycle } = play(choices);
          const before = structuredClone(lifecycle);
          const applied = applyLifecycleCommand(lifecycle, commandFor(lifecycle, command, dayAt(1000), kind), context);
          expect(lifecycle).toEqual(before);
          if (!applied.ok) expect(applied.issues.length).toBeGreaterThan(0);
          else expect(applied.value.lifecycle.eventCount).toBe(lifecycle.eventCount + 1);
        }),
      );
    });

    it('never overwrites: each event adds one to the count and keeps every earlier record', () => {
      fc.assert(
        fc.property(walk, (choices) => {
          const { lifecycle, events } = play(choices);
          expect(lifecycle.eventCount).toBe(events.length);
          const approvals = events.filter((event) => event.type.startsWith('approved-by') || event.type === 'expert-review-passed');
          expect(lifecycle.approvals.length).toBe(approvals.length);
          expect(lifecycle.announcements.length).toBe(events.filter((event) => event.type.endsWith('announced') || event.type === 'announced-before-implementation').length);
        }),
      );
    });
  });
});
