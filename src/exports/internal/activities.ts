import type { IssuePath } from '../../errors/issue.js';
import type { ProjectId, SubProjectId } from '../../model/ids.js';
import { isDonorEntry } from '../../model/funding-sources-of.js';
import type { LedgerEntry } from '../../model/ledger.js';
import type { Programme } from '../../model/programme.js';
import type { ActivityCore, Project } from '../../model/project.js';

/** A ledger entry with its place in the programme's ledger. */
export interface PlacedLedgerEntry {
  readonly entry: LedgerEntry;
  readonly index: number;
}

/** A project or sub-project as an export sees it: with its place and the ledger entries booked on it directly. */
export interface ExportActivity {
  readonly kind: 'project' | 'sub-project';
  readonly id: ProjectId | SubProjectId;
  readonly activity: ActivityCore;
  /** The project itself, or the sub-project's project. */
  readonly project: Project;
  readonly path: IssuePath;
  /** Entries naming this activity and no sub-project below it: the lowest level they belong to. */
  readonly entries: readonly PlacedLedgerEntry[];
  /** Its budget entries: a sub-project's own, a project's own and its sub-projects' (a project's budget covers them). */
  readonly budgetEntries: readonly LedgerEntry[];
}

/** Every project followed by its sub-projects, each with the ledger entries booked on it directly. */
export function listExportActivities(programme: Programme): ExportActivity[] {
  const entriesByActivity = new Map<string, PlacedLedgerEntry[]>();
  const budgetsByActivity = new Map<string, LedgerEntry[]>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [value]);
    else list.push(value);
  };
  programme.ledger.forEach((entry, index) => {
    // Budgets and transactions are the donor's: another source's entries are no transaction of the donor's activity.
    if (!isDonorEntry(entry)) return;
    const key = entry.subProject === undefined ? `project:${entry.project}` : `sub-project:${entry.project}:${entry.subProject}`;
    add(entriesByActivity, key, { entry, index });
    if (entry.kind !== 'budget') return;
    add(budgetsByActivity, `project:${entry.project}`, entry);
    if (entry.subProject !== undefined) add(budgetsByActivity, key, entry);
  });
  const activities: ExportActivity[] = [];
  programme.projects.forEach((project, p) => {
    const projectPath: IssuePath = ['programme', 'projects', p];
    activities.push({
      kind: 'project',
      id: project.id,
      activity: project,
      project,
      path: projectPath,
      entries: entriesByActivity.get(`project:${project.id}`) ?? [],
      budgetEntries: budgetsByActivity.get(`project:${project.id}`) ?? [],
    });
    project.subProjects.forEach((subProject, s) => {
      activities.push({
        kind: 'sub-project',
        id: subProject.id,
        activity: subProject,
        project,
        path: [...projectPath, 'subProjects', s],
        entries: entriesByActivity.get(`sub-project:${project.id}:${subProject.id}`) ?? [],
        budgetEntries: budgetsByActivity.get(`sub-project:${project.id}:${subProject.id}`) ?? [],
      });
    });
  });
  return activities;
}
