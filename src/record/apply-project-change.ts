import type { Lifecycle } from '../lifecycle/lifecycle.js';
import { applyAlterations } from '../lifecycle/project-alterations.js';
import type { Project } from '../model/project.js';

/**
 * The project after the change that has just taken effect (the lifecycle's last change).
 * @internal
 */
export function applyProjectChange(project: Project, lifecycle: Lifecycle): Project {
  const change = lifecycle.changes.at(-1);
  return change?.outcome === 'in-effect' ? applyAlterations(project, change.alterations) : project;
}
