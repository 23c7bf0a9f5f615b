import type { BeneficiaryGroupTally } from '../../beneficiaries/beneficiary-count.js';
import type { DeclaredCount } from '../../beneficiaries/declared-count.js';
import { createIssue, type Issue, type IssuePath } from '../../errors/issue.js';
import type { Programme } from '../../model/programme.js';
import type { ExportBeneficiaries } from '../export-beneficiaries.js';
import type { ExportActivity } from './activities.js';

/** The beneficiary figures of one project or sub-project. */
export interface ActivityBeneficiaryFigures {
  /** Declared counts with their index in the options' list. */
  readonly declared: readonly { readonly count: DeclaredCount; readonly index: number }[];
  /** Tallies per year of the identified beneficiaries attached to it (a project's include its sub-projects' when grouped by project). */
  readonly identified: readonly BeneficiaryGroupTally[];
}

/** Indexes the figures by what they are attached to, and returns the figures of an activity. */
export function indexBeneficiaryFigures(beneficiaries: ExportBeneficiaries | undefined): (activity: ExportActivity) => ActivityBeneficiaryFigures {
  const declared = new Map<string, { readonly count: DeclaredCount; readonly index: number }[]>();
  (beneficiaries?.declared ?? []).forEach((count, index) => {
    const attached = count.attachedTo;
    if (attached === undefined || attached.kind === 'activity') return;
    const label = attached.kind === 'project' ? `project:${attached.project}` : `sub-project:${attached.project}:${attached.subProject}`;
    const list = declared.get(label);
    if (list === undefined) declared.set(label, [{ count, index }]);
    else list.push({ count, index });
  });
  const identified = new Map<string | null, BeneficiaryGroupTally[]>();
  for (const group of beneficiaries?.identified?.groups ?? []) {
    const list = identified.get(group.group);
    if (list === undefined) identified.set(group.group, [group]);
    else list.push(group);
  }
  return (activity) => {
    const label = activity.kind === 'project' ? `project:${activity.id}` : `sub-project:${activity.project.id}:${activity.id}`;
    return { declared: declared.get(label) ?? [], identified: identified.get(`${activity.kind}:${activity.id}`) ?? [] };
  };
}

/**
 * Checks the figures against the programme: identified counts grouped so they can be placed on projects,
 * declared counts attached to projects and sub-projects that exist. Paths start with `prefix`.
 */
export function checkExportBeneficiaries(programme: Programme, beneficiaries: ExportBeneficiaries | undefined, prefix: IssuePath): Issue[] {
  const issues: Issue[] = [];
  const groupBy = beneficiaries?.identified?.groupBy;
  if (beneficiaries?.identified !== undefined && groupBy !== 'attachment' && groupBy !== 'project') {
    issues.push(createIssue('export-beneficiary-grouping-unsupported', [...prefix, 'identified', 'groupBy'], { groupBy: String(groupBy) }));
  }
  const projects = new Map(programme.projects.map((project) => [project.id, project]));
  (beneficiaries?.declared ?? []).forEach((count, index) => {
    const attached = count.attachedTo;
    if (attached === undefined || attached.kind === 'activity') return;
    const project = projects.get(attached.project);
    const known = attached.kind === 'project' ? project !== undefined : project?.subProjects.some((sub) => sub.id === attached.subProject) === true;
    if (!known) {
      const attachment = attached.kind === 'project' ? attached.project : `${attached.project}/${attached.subProject}`;
      issues.push(createIssue('export-beneficiary-attachment-unknown', [...prefix, 'declared', index, 'attachedTo'], { attachment }));
    }
  });
  return issues;
}
