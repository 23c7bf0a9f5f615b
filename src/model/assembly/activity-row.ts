import type { ProjectId } from '../ids.js';
import type { Programme } from '../programme.js';
import type { Project, SubProject } from '../project.js';

/** A project stored as a flat row, as a database keeps it: the project without its sub-projects. */
export interface ProjectRow extends Omit<Project, 'subProjects'> {
  /** A project has no parent: absent or `null`. */
  readonly parent?: null;
}

/** A sub-project stored as a flat row naming its project. */
export interface SubProjectRow extends SubProject {
  /** The id of the project it belongs to. */
  readonly parent: ProjectId;
}

/** A row of a flat project table: a project (no parent) or a sub-project (a parent). */
export type ActivityRow = ProjectRow | SubProjectRow;

/** A programme as an app stores it: everything as it is, except projects and sub-projects as flat rows. */
export interface ProgrammeRows extends Omit<Programme, 'projects'> {
  /** The projects and sub-projects; each sub-project's row names its project. */
  readonly activities: readonly ActivityRow[];
}
