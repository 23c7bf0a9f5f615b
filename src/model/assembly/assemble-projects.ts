import { createIssue, formatPath, prefixIssues, type Issue } from '../../errors/issue.js';
import { fail, succeed, type Result } from '../../errors/result.js';
import type { Programme } from '../programme.js';
import type { Project, SubProject } from '../project.js';
import type { ActivityRow, ProgrammeRows, SubProjectRow } from './activity-row.js';

const isSubProjectRow = (row: ActivityRow): row is SubProjectRow => row.parent !== undefined && row.parent !== null;

/**
 * Builds nested projects from flat rows (a project table with a parent column). Projects keep the order
 * of their rows, and sub-projects the order of theirs.
 *
 * @param rows - projects (no parent) and sub-projects (a parent), in any order
 * @returns the projects, or every problem with the row's path (`[7, 'parent']`): `id-duplicate`,
 *   `sub-project-orphan` (the parent does not exist), `sub-project-parent-not-project` (the parent is
 *   a sub-project), `hierarchy-cycle` (following parents leads back to the row)
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const [projectRow, subProjectRow] = flattenProjects(seedProgramme2011.projects)
 * const rows = [projectRow!, subProjectRow!, { ...subProjectRow!, id: subProjectId('S2'), parent: projectId('S2') }]
 * const assembled = assembleProjects(rows)
 * assembled.ok || assembled.issues.map((issue) => [issue.code, issue.path])
 * //=> [['hierarchy-cycle', [2, 'parent']]]
 * ```
 */
export function assembleProjects(rows: readonly ActivityRow[]): Result<readonly Project[]> {
  const issues: Issue[] = [];
  const rowById = new Map<string, number>();
  rows.forEach((row, r) => {
    const first = rowById.get(row.id);
    if (first === undefined) rowById.set(row.id, r);
    else issues.push(createIssue('id-duplicate', [r, 'id'], { kind: 'project or sub-project', id: row.id, first: formatPath([first, 'id']) }));
  });
  const children = new Map<number, SubProject[]>();
  rows.forEach((row, r) => {
    if (!isSubProjectRow(row)) return;
    const parentIndex = rowById.get(row.parent);
    const parentRow = parentIndex === undefined ? undefined : rows[parentIndex];
    if (parentIndex === undefined || parentRow === undefined) {
      issues.push(createIssue('sub-project-orphan', [r, 'parent'], { id: row.id, parent: row.parent }));
      return;
    }
    if (isSubProjectRow(parentRow)) {
      const cycle = cycleThrough(rows, rowById, r);
      issues.push(
        cycle === undefined
          ? createIssue('sub-project-parent-not-project', [r, 'parent'], { id: row.id, parent: row.parent })
          : createIssue('hierarchy-cycle', [r, 'parent'], { id: row.id, cycle: cycle.join(' → ') }),
      );
      return;
    }
    const { parent: _parent, ...subProject } = row;
    const list = children.get(parentIndex);
    if (list === undefined) children.set(parentIndex, [subProject]);
    else list.push(subProject);
  });
  if (issues.length > 0) return fail(issues);
  const projects: Project[] = [];
  rows.forEach((row, r) => {
    if (isSubProjectRow(row)) return;
    const { parent: _parent, ...project } = row;
    projects.push({ ...project, subProjects: children.get(r) ?? [] });
  });
  return succeed(projects);
}

/** The ids around the cycle through row `start`, if following parents from it comes back to it. */
function cycleThrough(rows: readonly ActivityRow[], rowById: ReadonlyMap<string, number>, start: number): string[] | undefined {
  const ids: string[] = [];
  let current: number | undefined = start;
  for (let steps = 0; current !== undefined && steps <= rows.length; steps++) {
    const row: ActivityRow | undefined = rows[current];
    if (row === undefined || !isSubProjectRow(row)) return undefined;
    ids.push(row.id);
    current = rowById.get(row.parent);
    if (current === start) return [...ids, row.parent];
  }
  return undefined;
}

/**
 * Builds a programme from the way an app stores it: everything as it is, with projects and sub-projects
 * assembled from flat rows by {@link assembleProjects}.
 *
 * @param rows - the programme with `activities` in place of `projects`
 * @returns the programme, or the problems of {@link assembleProjects} with paths such as
 *   `['activities', 7, 'parent']`
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const assembled = assembleProgramme(flattenProgramme(seedProgramme2011))
 * assembled.ok && assembled.value.projects.length
 * //=> 38
 * ```
 */
export function assembleProgramme(rows: ProgrammeRows): Result<Programme> {
  const { activities, ...rest } = rows;
  const projects = assembleProjects(activities);
  if (!projects.ok) return fail(prefixIssues(projects.issues, ['activities']));
  return succeed({ ...rest, projects: projects.value });
}
