import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amount,
  applyLifecycleCommand,
  decideLifecycle,
  evolveLifecycle,
  refusalFor,
  startLifecycle,
  timestamp,
  type Lifecycle,
  type LifecycleCommand,
  type LifecycleEvent,
  type LifecycleStatus,
  type Organisation,
  type Project,
} from '../../src/index.js';
import { commandFromEvent } from '../../src/lifecycle/command-from-event.js';
import { applyAlterations } from '../../src/lifecycle/project-alterations.js';
import { actorOf, at, commandFor, contextFor, dayAt, organisations, reachEveryState, roadProject, STEP_DAYS } from './fixtures.js';

const reached = reachEveryState();
const stateOf = (status: LifecycleStatus): { readonly lifecycle: Lifecycle; readonly day: number } => {
  const found = reached.get(status);
  if (found === undefined) throw new Error(`${status} is not reached`);
  return found;
};
const issuesOf = (lifecycle: Lifecycle, command: unknown, context = contextFor()) => {
  const decided = decideLifecycle(lifecycle, command as LifecycleCommand, context);
  return decided.ok ? [] : decided.issues.map(({ code, path, params }) => ({ code, path, ...(params === undefined ? {} : { params }) }));
};
const proposed = stateOf('proposed');
const approved = stateOf('approved');
const later = (from: { readonly day: number }) => dayAt(from.day + STEP_DAYS);

describe('a command that is not one', () => {
  it('is refused as unknown, naming what was given, whatever it is', () => {
    for (const command of [null, 'propose', 42, {}, { type: 7 }, { type: 'toString' }, { type: 'approve' }]) {
      const type = typeof command === 'object' && command !== null ? (command as { type?: unknown }).type : undefined;
      expect(issuesOf(proposed.lifecycle, command), JSON.stringify(command)).toEqual([{ code: 'command-unknown', path: ['type'], params: { type: String(type) } }]);
    }
  });
});

describe('a command decided on a lifecycle', () => {
  it('is refused when its time cannot be read, naming what was given', () => {
    const command = { ...commandFor(proposed.lifecycle, 'pass-expert-review', later(proposed)), at: '2011-03-12 10:00' };
    expect(issuesOf(proposed.lifecycle, command)).toEqual([{ code: 'timestamp-invalid', path: ['at'], params: { input: '2011-03-12 10:00' } }]);
  });

  it('is refused when dated before the last event, naming both instants', () => {
    const command = commandFor(proposed.lifecycle, 'pass-expert-review', at('2011-03-01', '09:00:00+08:00'));
    expect(issuesOf(proposed.lifecycle, command)).toEqual([
      { code: 'event-before-previous-event', path: ['at'], params: { at: '2011-03-01T09:00:00+08:00', previous: proposed.lifecycle.lastEventAt } },
    ]);
  });

  it('is refused when the context is about another project, naming both', () => {
    const other: Project = { ...roadProject, id: 'BJ-2011-R08' as Project['id'] };
    const command = commandFor(proposed.lifecycle, 'pass-expert-review', later(proposed));
    expect(issuesOf(proposed.lifecycle, command, contextFor(other))).toEqual([
      { code: 'lifecycle-project-mismatch', path: ['context', 'project', 'id'], params: { expected: roadProject.id, found: 'BJ-2011-R08' } },
    ]);
  });

  it('to resubmit is refused from anyone but the proposer, naming the proposer', () => {
    const returned = stateOf('returned');
    const command = commandFor(returned.lifecycle, 'resubmit', later(returned), 'implementing-unit');
    const byOther = { ...command, by: { organisation: 'dafang-water', kind: 'implementing-unit' } };
    const water = { id: 'dafang-water', name: { zh: '大方县水务局' }, kind: 'implementing-unit', region: roadProject.location.region } as Organisation;
    expect(issuesOf(returned.lifecycle, byOther, { ...contextFor(), organisations: [...organisations, water] })).toContainEqual({ code: 'not-the-proposer', path: ['by', 'organisation'], params: { proposer: returned.lifecycle.proposer?.organisation } });
    expect(issuesOf(returned.lifecycle, commandFor(returned.lifecycle, 'resubmit', later(returned)))).toEqual([]);
  });

  it('to pass acceptance is refused with a grade that is neither pass nor excellent, naming it', () => {
    const completed = stateOf('completed');
    const command = { ...commandFor(completed.lifecycle, 'pass-acceptance', later(completed)), grade: 'good' };
    expect(issuesOf(completed.lifecycle, command)).toEqual([{ code: 'acceptance-grade-invalid', path: ['grade'], params: { grade: 'good' } }]);
    const excellent = decideLifecycle(completed.lifecycle, { ...commandFor(completed.lifecycle, 'pass-acceptance', later(completed)), grade: 'excellent' } as LifecycleCommand, contextFor());
    expect(excellent.ok && excellent.value[0]).toMatchObject({ type: 'acceptance-passed', grade: 'excellent' });
  });

  it('to fail acceptance records the grade fail with the findings', () => {
    const completed = stateOf('completed');
    const decided = decideLifecycle(completed.lifecycle, commandFor(completed.lifecycle, 'fail-acceptance', later(completed)), contextFor());
    expect(decided.ok && decided.value[0]).toMatchObject({ type: 'acceptance-failed', grade: 'fail', reason: 'reason for fail-acceptance' });
  });

  it('to propose a change records what it alters and why, and needs a description', () => {
    const command = commandFor(approved.lifecycle, 'propose-change', later(approved));
    const decided = decideLifecycle(approved.lifecycle, command, contextFor());
    const given = command as LifecycleCommand & { description: string; alterations: unknown };
    expect(decided.ok && decided.value[0]).toMatchObject({ type: 'change-proposed', description: given.description, alterations: given.alterations, reason: 'reason for propose-change' });
    expect(issuesOf(approved.lifecycle, { ...command, description: ' ' })).toEqual([expect.objectContaining({ code: 'change-description-required', path: ['description'] })]);
  });

  it('applied, gives the lifecycle its event makes', () => {
    const command = commandFor(proposed.lifecycle, 'pass-expert-review', later(proposed));
    const applied = applyLifecycleCommand(proposed.lifecycle, command, contextFor());
    const decided = decideLifecycle(proposed.lifecycle, command, contextFor());
    expect(applied.ok && decided.ok && applied.value).toEqual(decided.ok && { lifecycle: evolveLifecycle(proposed.lifecycle, decided.value[0] as LifecycleEvent), events: decided.value });
    expect(applyLifecycleCommand(proposed.lifecycle, { ...command, at: 'now' } as unknown as LifecycleCommand, contextFor()).ok).toBe(false);
  });
});

describe('a proposed change', () => {
  const propose = (alterations: unknown) => ({ ...commandFor(approved.lifecycle, 'propose-change', later(approved)), alterations });

  it('is refused when it alters nothing', () => {
    for (const alterations of [undefined, null, 'budget', {}, { colour: { before: 1, after: 2 } }]) {
      expect(issuesOf(approved.lifecycle, propose(alterations)), JSON.stringify(alterations)).toEqual([{ code: 'change-alters-nothing', path: ['alterations'], params: {} }]);
    }
  });

  it('is refused when a field as it was is not the project’s as it stands, naming the field', () => {
    const stale = { budget: { before: amount('70万元'), after: amount('88万元') } };
    expect(issuesOf(approved.lifecycle, propose(stale))).toEqual([
      { code: 'change-before-mismatch', path: ['alterations', 'budget', 'before'], params: { field: 'budget', project: roadProject.id } },
    ]);
    const unit = { implementingUnit: { before: roadProject.implementingUnit, after: 'qianxi-transport' } };
    expect(issuesOf(approved.lifecycle, propose(unit))).toEqual([]);
  });

  it('once in effect, gives the project with each altered field as it is to be, the others as they were', () => {
    const after = { budget: amount('88万元'), implementingUnit: 'qianxi-transport' as Project['implementingUnit'] };
    const changed = applyAlterations(roadProject, {
      budget: { before: roadProject.budget, after: after.budget },
      implementingUnit: { before: roadProject.implementingUnit as NonNullable<Project['implementingUnit']>, after: after.implementingUnit as NonNullable<Project['implementingUnit']> },
    });
    expect(changed).toEqual({ ...roadProject, ...after });
    expect(applyAlterations(roadProject, {})).toEqual(roadProject);
  });
});

describe('a refusal of a command the state does not take', () => {
  it('says the command comes too early before the states that take it, and too late after them', () => {
    expect(refusalFor('returned', 'pass-expert-review').code).toBe('approval-out-of-order');
    expect(refusalFor('approved', 'pass-expert-review').code).toBe('approval-already-given');
    expect(refusalFor('county-approved', 'announce').code).toBe('announcement-needs-approval');
    expect(refusalFor('in-implementation', 'announce').code).toBe('project-already-announced');
    expect(refusalFor('in-implementation', 'announce').params).toEqual({ status: 'in-implementation', command: 'announce' });
  });
});

describe('a stored event decided again', () => {
  it('is made again, the same, from the command it records on the lifecycle before it', () => {
    const paths = [...reached.values()].map((value) => value.events);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((events) => events.length > 0)), (events) => {
        let lifecycle: Lifecycle = startLifecycle(roadProject.id);
        for (const event of events) {
          const command = commandFromEvent(event);
          expect(command?.type).toBeDefined();
          const decided = decideLifecycle(lifecycle, command as LifecycleCommand, contextFor());
          expect(decided).toEqual({ ok: true, value: [event] });
          lifecycle = evolveLifecycle(lifecycle, event);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('records no command when no command makes its type', () => {
    expect(commandFromEvent({ type: 'event-corrected' } as unknown as LifecycleEvent)).toBeUndefined();
    const failed = { type: 'acceptance-failed', project: roadProject.id, by: actorOf('county-department'), at: timestamp('2011-07-01T10:00:00+08:00'), reason: '路面开裂', grade: 'fail' } as LifecycleEvent;
    expect(commandFromEvent(failed)).toEqual({ type: 'fail-acceptance', by: failed.by, at: failed.at, reason: '路面开裂' });
  });
});
