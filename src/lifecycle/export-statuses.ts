import type { Lifecycle } from './lifecycle.js';
import { stateDefinition, type LifecycleStatus } from './lifecycle-states.js';

/** IATI 2.03 ActivityStatus codes: 1 pipeline/identification, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended. */
export type IatiActivityStatusCode = 1 | 2 | 3 | 4 | 5 | 6;

/** The OC4IDS 0.9.5 projectStatus codes a lifecycle can map to. */
export type Oc4idsProjectStatusCode = 'identification' | 'preparation' | 'implementation' | 'completion' | 'cancelled';

/**
 * The IATI ActivityStatus of a project's lifecycle, from the `iati` column of {@link lifecycleStates}. A
 * suspended project is 6; while a change is under way, a project keeps the status of the state the change
 * was proposed in.
 *
 * @param lifecycle - the project's lifecycle
 * @returns the code
 *
 * @example
 * ```ts
 * import { recordSeedLifecycle, seedOrganisations2011, seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const { lifecycle } = recordSeedLifecycle(seedProgramme2011.projects[0]!, seedOrganisations2011, 'in-implementation')
 * iatiActivityStatusOfLifecycle(lifecycle) // a project in implementation
 * //=> 2
 * ```
 */
export function iatiActivityStatusOfLifecycle(lifecycle: Lifecycle): IatiActivityStatusCode {
  const status = resolveInherited(lifecycle, lifecycle.status, (state) => stateDefinition(state).iati === 'inherit');
  const code = stateDefinition(status).iati;
  return code === 'inherit' ? 1 : code;
}

/**
 * The OC4IDS projectStatus of a project's lifecycle, from the `oc4ids` column of {@link lifecycleStates}.
 * OC4IDS has no suspended status: a suspended project, like one with a change under way, keeps the status
 * of the state it was in before.
 *
 * @param lifecycle - the project's lifecycle
 * @returns the code
 *
 * @example
 * ```ts
 * import { recordSeedLifecycle, seedOrganisations2011, seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const { lifecycle } = recordSeedLifecycle(seedProgramme2011.projects[0]!, seedOrganisations2011, 'completed')
 * oc4idsProjectStatusOfLifecycle(lifecycle) // a project awaiting its acceptance inspection
 * //=> 'completion'
 * ```
 */
export function oc4idsProjectStatusOfLifecycle(lifecycle: Lifecycle): Oc4idsProjectStatusCode {
  const status = resolveInherited(lifecycle, lifecycle.status, (state) => stateDefinition(state).oc4ids === 'inherit');
  const code = stateDefinition(status).oc4ids;
  return code === 'inherit' ? 'identification' : code;
}

// Follows a suspension, then a change, back to the state whose status stands.
function resolveInherited(lifecycle: Lifecycle, status: LifecycleStatus, inherits: (state: LifecycleStatus) => boolean): LifecycleStatus {
  let current = status;
  if (current === 'suspended' && inherits(current) && lifecycle.stateBeforeSuspension !== undefined) current = lifecycle.stateBeforeSuspension;
  if (inherits(current) && lifecycle.stateBeforeChange !== undefined) current = lifecycle.stateBeforeChange;
  return current;
}
