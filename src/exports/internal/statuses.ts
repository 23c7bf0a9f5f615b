import { createIssue, type Issue, type IssuePath } from '../../errors/issue.js';
import { fail, succeed, type Result } from '../../errors/result.js';
import {
  iatiActivityStatusOfLifecycle,
  oc4idsProjectStatusOfLifecycle,
  type IatiActivityStatusCode,
  type Oc4idsProjectStatusCode,
} from '../../lifecycle/export-statuses.js';
import { startLifecycle, type Lifecycle } from '../../lifecycle/lifecycle.js';
import { lifecycleStates, type LifecycleStatus } from '../../lifecycle/lifecycle-states.js';
import type { Project } from '../../model/project.js';
import type { ProjectStatuses } from '../export-status.js';

/** The export status of one project, by the standard's own mapping of the lifecycle. */
export function resolveStatus(
  standard: 'iati',
  project: Project,
  path: IssuePath,
  statuses: ProjectStatuses | undefined,
  defaultStatus: LifecycleStatus | undefined,
): Result<IatiActivityStatusCode>;
export function resolveStatus(
  standard: 'oc4ids',
  project: Project,
  path: IssuePath,
  statuses: ProjectStatuses | undefined,
  defaultStatus: LifecycleStatus | undefined,
): Result<Oc4idsProjectStatusCode>;
export function resolveStatus(
  standard: 'iati' | 'oc4ids',
  project: Project,
  path: IssuePath,
  statuses: ProjectStatuses | undefined,
  defaultStatus: LifecycleStatus | undefined,
): Result<IatiActivityStatusCode | Oc4idsProjectStatusCode> {
  const source = statuses?.get(project.id) ?? defaultStatus;
  if (source === undefined) return fail([createIssue('export-status-missing', path, { project: project.id })]);
  const lifecycle = typeof source === 'string' ? bareLifecycle(standard, project, source, path) : matchingLifecycle(project, source, path);
  if (!lifecycle.ok) return lifecycle;
  return succeed(standard === 'iati' ? iatiActivityStatusOfLifecycle(lifecycle.value) : oc4idsProjectStatusOfLifecycle(lifecycle.value));
}

function bareLifecycle(standard: 'iati' | 'oc4ids', project: Project, status: LifecycleStatus, path: IssuePath): Result<Lifecycle> {
  const definition = lifecycleStates.find((state) => state.status === status);
  if (definition === undefined || definition[standard] === 'inherit') {
    return fail([createIssue('export-status-inherited', path, { status })]);
  }
  return succeed({ ...startLifecycle(project.id), status } as Lifecycle);
}

function matchingLifecycle(project: Project, lifecycle: Lifecycle, path: IssuePath): Result<Lifecycle> {
  if (lifecycle.project === project.id) return succeed(lifecycle);
  const issue: Issue = createIssue('export-status-project-mismatch', path, { project: project.id, lifecycleProject: lifecycle.project });
  return fail([issue]);
}
