import type { IssuePath } from '../../errors/issue.js';
import type { ProjectId, SubProjectId } from '../../model/ids.js';
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
}

/** Every project followed by its sub-projects, each with the ledger entries booked on it directly. */
export function listExportActivities(programme: Programme): ExportActivity[] {
  const entriesByActivity = new Map<string, PlacedLedgerEntry[]>();
  programme.ledger.forEach((entry, index) => {
    const key = entry.subProject === undefined ? `project:${entry.project}` : `sub-project:${entry.project}:${entry.subProject}`;
    const list = entriesByActivity.get(key) ?? [];
    list.push({ entry, index });
    entriesByActivity.set(key, list);
  });
  const activities: ExportActivity[] = [];
  programme.projects.forEach((project, p) => {
    const projectPath: IssuePath = ['projects', p];
    activities.push({ kind: 'project', id: project.id, activity: project, project, path: projectPath, entries: entriesByActivity.get(`project:${project.id}`) ?? [] });
    project.subProjects.forEach((subProject, s) => {
      activities.push({
        kind: 'sub-project',
        id: subProject.id,
        activity: subProject,
        project,
        path: [...projectPath, 'subProjects', s],
        entries: entriesByActivity.get(`sub-project:${project.id}:${subProject.id}`) ?? [],
      });
    });
  });
  return activities;
}
