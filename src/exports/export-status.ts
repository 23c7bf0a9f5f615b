import type { Lifecycle } from '../lifecycle/lifecycle.js';
import type { LifecycleStatus } from '../lifecycle/lifecycle-states.js';
import type { ProjectId } from '../model/ids.js';

/**
 * What an export takes as a project's status: its {@link Lifecycle} (best: a suspended project or one with
 * a change under way keeps the status of the state before, which only the lifecycle knows), or a bare
 * {@link LifecycleStatus} such as `'in-implementation'`.
 */
export type ProjectStatusSource = Lifecycle | LifecycleStatus;

/** The status of each project by its id, for the activity status of IATI and the project status of OC4IDS. */
export type ProjectStatuses = ReadonlyMap<ProjectId, ProjectStatusSource>;
