import { createIssue, type Issue } from '../../errors/issue.js';
import { fail, succeed, type Result } from '../../errors/result.js';
import type { ProjectId } from '../../model/ids.js';
import type { Programme } from '../../model/programme.js';
import type { Project } from '../../model/project.js';
import type { PublishedExport, PublishOptions, RefusedProject } from '../publish-options.js';

/** A project chosen for an export, with its place in the programme. */
export interface ChosenProject {
  readonly project: Project;
  readonly index: number;
}

/** The projects an export covers: those named in `options.projects` (unknown ids are issues), or all. */
export function chooseExportProjects(programme: Programme, options: PublishOptions, issues: Issue[]): ChosenProject[] {
  const ids = options.projects;
  if (ids === undefined) return programme.projects.map((project, index) => ({ project, index }));
  const indexOf = new Map(programme.projects.map((project, index) => [project.id, index]));
  return ids.flatMap((id, i) => {
    const index = indexOf.get(id);
    const project = index === undefined ? undefined : programme.projects[index];
    if (project === undefined || index === undefined) {
      issues.push(createIssue('export-project-unknown', ['options', 'projects', i], { project: id }));
      return [];
    }
    return [{ project, index }];
  });
}

/**
 * The project an issue belongs to, by its path into the record: `programme.projects[i]…`, `programme.ledger[j]…`
 * (the entry's project), `eventLogs.<id>…`; `undefined` for an issue of the programme as a whole.
 */
export function projectOfIssue(issue: Issue, programme: Programme): ProjectId | undefined {
  const [head, list, at] = issue.path;
  let id: string | undefined;
  if (head === 'programme' && list === 'projects' && typeof at === 'number') id = programme.projects[at]?.id;
  else if (head === 'programme' && list === 'ledger' && typeof at === 'number') id = programme.ledger[at]?.project;
  else if (head === 'eventLogs' && typeof list === 'string') id = list;
  return id !== undefined && programme.projects.some((project) => project.id === id) ? (id as ProjectId) : undefined;
}

/** Which chosen projects an export publishes, and which it refuses with their issues. */
export interface PublishPlan {
  readonly published: readonly ChosenProject[];
  readonly refused: readonly RefusedProject[];
}

/**
 * Sorts an export's issues by project: those of the programme as a whole refuse everything, those of projects
 * not chosen are no concern of the export, and those of chosen projects refuse the export or, with
 * `refused: 'omit'`, only their project. Nothing left to publish refuses the export too.
 */
export function planPublication(issues: readonly Issue[], programme: Programme, chosen: readonly ChosenProject[], options: PublishOptions): Result<PublishPlan> {
  const chosenIds = new Set<string>(chosen.map(({ project }) => project.id));
  const programmeWide: Issue[] = [];
  const byProject = new Map<string, Issue[]>();
  for (const found of issues) {
    const owner = projectOfIssue(found, programme);
    if (owner === undefined) programmeWide.push(found);
    else if (chosenIds.has(owner)) byProject.set(owner, [...(byProject.get(owner) ?? []), found]);
  }
  const ofChosen = [...byProject.values()].flat();
  if (programmeWide.length > 0 || (ofChosen.length > 0 && options.refused !== 'omit')) return fail([...programmeWide, ...ofChosen]);
  const published = chosen.filter(({ project }) => !byProject.has(project.id));
  if (published.length === 0 && chosen.length > 0) return fail(ofChosen);
  const refused = programme.projects.flatMap((project) => {
    const found = byProject.get(project.id);
    return found === undefined ? [] : [{ project: project.id, issues: found }];
  });
  return succeed({ published, refused });
}

/** The document alone, or beside the refused projects when the app asked for `refused: 'omit'`. */
export function publishedResult<Document>(document: Document, plan: PublishPlan, options: PublishOptions): Result<Document | PublishedExport<Document>> {
  return succeed(options.refused === 'omit' ? { document, refused: plan.refused } : document);
}
