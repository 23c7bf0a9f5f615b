import type { Programme } from '../programme.js';
import type { Project } from '../project.js';
import type { ActivityRow, ProgrammeRows } from './activity-row.js';

/**
 * Turns nested projects into flat rows: each project's row, then its sub-projects' rows naming it as
 * their parent. The inverse of {@link assembleProjects}.
 *
 * @param projects - the projects
 * @returns one row per project and sub-project
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * flattenProjects(seedProgramme2011.projects).length
 * //=> 109
 * ```
 */
export function flattenProjects(projects: readonly Project[]): ActivityRow[] {
  const rows: ActivityRow[] = [];
  for (const { subProjects, ...projectRow } of projects) {
    rows.push(projectRow);
    for (const subProject of subProjects) rows.push({ ...subProject, parent: projectRow.id });
  }
  return rows;
}

/**
 * Turns a programme into the way an app stores it, with projects and sub-projects as flat rows. The
 * inverse of {@link assembleProgramme}: `assembleProgramme(flattenProgramme(p))` gives `p` back.
 *
 * @param programme - the programme
 * @returns the programme with `activities` in place of `projects`
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * flattenProgramme(seedProgramme2011).activities.filter((row) => row.parent != null).length
 * //=> 71
 * ```
 */
export function flattenProgramme(programme: Programme): ProgrammeRows {
  const { projects, ...rest } = programme;
  return { ...rest, activities: flattenProjects(projects) };
}
