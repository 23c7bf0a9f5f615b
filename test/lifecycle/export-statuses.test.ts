import { describe, expect, it } from 'vitest';
import {
  iatiActivityStatusOfLifecycle,
  lifecycleStates,
  oc4idsProjectStatusOfLifecycle,
  type LifecycleStatus,
} from '../../src/index.js';
import { reachEveryState } from './fixtures.js';

const reached = reachEveryState();
const lifecycleIn = (status: LifecycleStatus) => {
  const found = reached.get(status)?.lifecycle;
  if (!found) throw new Error(status);
  return found;
};

describe('iatiActivityStatusOfLifecycle', () => {
  it.each([
    ['proposed', 1],
    ['approved', 1],
    ['agreement-signed', 1],
    ['in-implementation', 2],
    ['rectification', 3],
    ['completed', 3],
    ['completion-announced', 3],
    ['closed', 4],
    ['rejected', 5],
    ['cancelled', 5],
    ['suspended', 6],
  ] as const)('maps %s to %i', (status, code) => {
    expect(iatiActivityStatusOfLifecycle(lifecycleIn(status))).toBe(code);
  });

  it('keeps the status of the state a change was proposed in', () => {
    const changing = lifecycleIn('change-proposed');
    expect(changing.stateBeforeChange).toBe('approved');
    expect(iatiActivityStatusOfLifecycle(changing)).toBe(1);
    expect(iatiActivityStatusOfLifecycle({ ...changing, stateBeforeChange: 'in-implementation' })).toBe(2);
  });

  it('gives every state a valid code', () => {
    for (const status of lifecycleStates.map((state) => state.status)) expect([1, 2, 3, 4, 5, 6]).toContain(iatiActivityStatusOfLifecycle(lifecycleIn(status)));
  });
});

describe('oc4idsProjectStatusOfLifecycle', () => {
  it.each([
    ['drafted', 'identification'],
    ['returned', 'identification'],
    ['reviewed', 'preparation'],
    ['announced', 'preparation'],
    ['in-implementation', 'implementation'],
    ['rectification', 'implementation'],
    ['accepted', 'completion'],
    ['closed', 'completion'],
    ['rejected', 'cancelled'],
    ['cancelled', 'cancelled'],
  ] as const)('maps %s to %s', (status, code) => {
    expect(oc4idsProjectStatusOfLifecycle(lifecycleIn(status))).toBe(code);
  });

  it('has no suspended status: a suspended project keeps the one it had, through a change as well', () => {
    const suspended = lifecycleIn('suspended');
    expect(oc4idsProjectStatusOfLifecycle(suspended)).toBe(oc4idsProjectStatusOfLifecycle(lifecycleIn(suspended.stateBeforeSuspension ?? 'drafted')));
    expect(oc4idsProjectStatusOfLifecycle({ ...suspended, stateBeforeSuspension: 'change-approved', stateBeforeChange: 'in-implementation' })).toBe('implementation');
  });
});
