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

/** The figures of an activity: declared counts attached to it, identified tallies whose group is it. */
export function beneficiaryFiguresOf(beneficiaries: ExportBeneficiaries | undefined, activity: ExportActivity): ActivityBeneficiaryFigures {
  const declared = (beneficiaries?.declared ?? [])
    .map((count, index) => ({ count, index }))
    .filter(({ count }) => {
      const attached = count.attachedTo;
      if (attached === undefined) return false;
      if (activity.kind === 'project') return attached.kind === 'project' && attached.project === activity.id;
      return attached.kind === 'sub-project' && attached.project === activity.project.id && attached.subProject === activity.id;
    });
  const label = `${activity.kind}:${activity.id}`;
  const identified = (beneficiaries?.identified?.groups ?? []).filter((group) => group.group === label);
  return { declared, identified };
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
  (beneficiaries?.declared ?? []).forEach((count, index) => {
    const attached = count.attachedTo;
    if (attached === undefined || attached.kind === 'activity') return;
    const project = programme.projects.find((candidate) => candidate.id === attached.project);
    const known = attached.kind === 'project' ? project !== undefined : project?.subProjects.some((sub) => sub.id === attached.subProject) === true;
    if (!known) {
      const attachment = attached.kind === 'project' ? attached.project : `${attached.project}/${attached.subProject}`;
      issues.push(createIssue('export-beneficiary-attachment-unknown', [...prefix, 'declared', index, 'attachedTo'], { attachment }));
    }
  });
  return issues;
}
