import { createIssue, formatPath, type Issue, type IssuePath } from '../../errors/issue.js';
import type { LedgerEntry } from '../ledger.js';
import type { Programme } from '../programme.js';
import type { Project, SubProject } from '../project.js';

/** Where a sub-project sits. */
export interface SubProjectPlace {
  readonly project: Project;
  readonly projectIndex: number;
  readonly subProject: SubProject;
  readonly subIndex: number;
}

/** Look-up tables over a programme, built once per check, and the duplicate ids found building them. */
export interface ProgrammeIndex {
  readonly organisations: ReadonlySet<string>;
  readonly categories: ReadonlySet<string>;
  readonly types: ReadonlySet<string>;
  readonly projects: ReadonlyMap<string, { readonly project: Project; readonly index: number }>;
  readonly subProjects: ReadonlyMap<string, SubProjectPlace>;
  /** The ledger index of the first entry of each id. */
  readonly entries: ReadonlyMap<string, number>;
  /** The first entry of an id. */
  readonly entryOf: (id: string) => LedgerEntry | undefined;
  readonly duplicates: readonly Issue[];
}

/** Indexes a programme; the first record with an id wins, every later one is an `id-duplicate`. */
export function indexProgramme(programme: Programme): ProgrammeIndex {
  const duplicates: Issue[] = [];
  const firstSeen = (kind: string) => {
    const seen = new Map<string, IssuePath>();
    return (id: string, path: IssuePath): boolean => {
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, path);
        return true;
      }
      duplicates.push(createIssue('id-duplicate', path, { kind, id, first: formatPath(first) }));
      return false;
    };
  };

  const categories = new Set<string>();
  const newCategory = firstSeen('fund category');
  programme.fundCategories.forEach((category, i) => {
    if (newCategory(category.code, ['fundCategories', i, 'code'])) categories.add(category.code);
  });
  const types = new Set<string>();
  const newType = firstSeen('project type');
  programme.projectTypes.forEach((type, i) => {
    if (newType(type.code, ['projectTypes', i, 'code'])) types.add(type.code);
  });
  const organisations = new Set<string>();
  const newOrganisation = firstSeen('organisation');
  programme.organisations.forEach((found, i) => {
    if (newOrganisation(found.id, ['organisations', i, 'id'])) organisations.add(found.id);
  });
  const newPairing = firstSeen('pairing');
  programme.pairings.forEach((found, i) => newPairing(found.id, ['pairings', i, 'id']));
  const newFund = firstSeen('fund');
  programme.funds.forEach((found, i) => newFund(found.id, ['funds', i, 'id']));
  const newPlan = firstSeen('plan');
  programme.plans.forEach((found, i) => newPlan(found.id, ['plans', i, 'id']));

  // Projects and sub-projects share one id space, as IATI activity identifiers do. The maps of the first records
  // name where each id was first seen, so no path is kept for every record.
  const projects = new Map<string, { project: Project; index: number }>();
  const subProjects = new Map<string, SubProjectPlace>();
  const firstActivity = (id: string): IssuePath | undefined => {
    const project = projects.get(id);
    if (project !== undefined) return ['projects', project.index, 'id'];
    const place = subProjects.get(id);
    return place === undefined ? undefined : ['projects', place.projectIndex, 'subProjects', place.subIndex, 'id'];
  };
  const activityDuplicate = (id: string, path: () => IssuePath): boolean => {
    const first = firstActivity(id);
    if (first !== undefined) duplicates.push(createIssue('id-duplicate', path(), { kind: 'project or sub-project', id, first: formatPath(first) }));
    return first !== undefined;
  };
  programme.projects.forEach((project, projectIndex) => {
    if (!activityDuplicate(project.id, () => ['projects', projectIndex, 'id'])) projects.set(project.id, { project, index: projectIndex });
    project.subProjects.forEach((subProject, subIndex) => {
      if (!activityDuplicate(subProject.id, () => ['projects', projectIndex, 'subProjects', subIndex, 'id'])) {
        subProjects.set(subProject.id, { project, projectIndex, subProject, subIndex });
      }
    });
  });
  const entries = new Map<string, number>();
  programme.ledger.forEach((entry, index) => {
    const first = entries.get(entry.id);
    if (first === undefined) entries.set(entry.id, index);
    else duplicates.push(createIssue('id-duplicate', ['ledger', index, 'id'], { kind: 'ledger entry', id: entry.id, first: formatPath(['ledger', first, 'id']) }));
  });
  const entryOf = (id: string): LedgerEntry | undefined => {
    const index = entries.get(id);
    return index === undefined ? undefined : programme.ledger[index];
  };
  return { organisations, categories, types, projects, subProjects, entries, entryOf, duplicates };
}
