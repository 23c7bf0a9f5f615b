import { describe, expect, it } from 'vitest';
import { applyLifecycleCommand, iatiActivityStatusOfLifecycle, oc4idsProjectStatusOfLifecycle, type Lifecycle, type LifecycleCommandType, type LifecycleStatus } from '../../src/index.js';
import { commandFor, contextFor, dayAt, reachEveryState, STEP_DAYS } from './fixtures.js';

const reached = reachEveryState();
/** The lifecycle reached in `status`, then moved on by `commands`, one step apart. */
function after(status: LifecycleStatus, ...commands: LifecycleCommandType[]): Lifecycle {
  const start = reached.get(status);
  if (start === undefined) throw new Error(`${status} is not reached`);
  let { lifecycle } = start;
  commands.forEach((type, step) => {
    const applied = applyLifecycleCommand(lifecycle, commandFor(lifecycle, type, dayAt(start.day + (step + 1) * STEP_DAYS)), contextFor());
    if (!applied.ok) throw new Error(`${type}: ${applied.issues.map((issue) => issue.code).join(', ')}`);
    lifecycle = applied.value.lifecycle;
  });
  return lifecycle;
}
const codes = (lifecycle: Lifecycle) => [iatiActivityStatusOfLifecycle(lifecycle), oc4idsProjectStatusOfLifecycle(lifecycle)];

describe('the published status of a project', () => {
  it('is IATI suspended (6) while it is suspended, and in OC4IDS the status of the state it was suspended in', () => {
    expect(codes(after('proposed', 'suspend'))).toEqual([6, 'identification']);
    expect(codes(after('in-implementation', 'suspend'))).toEqual([6, 'implementation']);
    expect(codes(after('completed', 'suspend'))).toEqual([6, 'completion']);
  });

  it('while a change is under way, is the status of the state the change was proposed in', () => {
    expect(codes(after('in-implementation', 'propose-change'))).toEqual([2, 'implementation']);
    expect(codes(after('agreement-signed', 'propose-change'))).toEqual([1, 'preparation']);
  });

  it('suspended during a change, is IATI suspended, and in OC4IDS the status of the state the change was proposed in', () => {
    expect(codes(after('in-implementation', 'propose-change', 'suspend'))).toEqual([6, 'implementation']);
  });

  it('is the state’s own where the state has one, whatever a lifecycle remembers of earlier states', () => {
    const implementing = after('in-implementation');
    expect(codes({ ...implementing, stateBeforeChange: 'approved', stateBeforeSuspension: 'proposed' } as Lifecycle)).toEqual([2, 'implementation']);
    expect(codes(after('closed'))).toEqual([4, 'completion']);
    expect(codes(after('proposed', 'cancel'))).toEqual([5, 'cancelled']);
  });

  it('is that of a project being identified when a lifecycle does not say what state it came from', () => {
    const suspended = after('proposed', 'suspend');
    const { stateBeforeSuspension: _suspension, ...withoutSuspension } = suspended;
    expect(codes(withoutSuspension as Lifecycle)).toEqual([6, 'identification']);
    const changing = after('in-implementation', 'propose-change');
    const { stateBeforeChange: _change, ...withoutChange } = changing;
    expect(codes(withoutChange as Lifecycle)).toEqual([1, 'identification']);
    expect(codes({ ...withoutChange, stateBeforeSuspension: 'in-implementation' } as Lifecycle)).toEqual([1, 'identification']);
  });
});
