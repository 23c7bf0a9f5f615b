import type { ActivityId, ProjectId, SubProjectId } from '../model/ids.js';

/**
 * What a beneficiary record or a declared count belongs to: a project, a sub-project (with its project), or
 * a non-project activity (a training course, a subsidy round, a labour placement drive).
 */
export type BeneficiaryAttachment =
  | { readonly kind: 'project'; readonly project: ProjectId }
  | { readonly kind: 'sub-project'; readonly project: ProjectId; readonly subProject: SubProjectId }
  | { readonly kind: 'activity'; readonly activity: ActivityId };

/**
 * A stable text for an attachment, used as its group label: `project:<id>`, `sub-project:<id>` or
 * `activity:<id>`.
 *
 * @param attachment - the attachment
 * @returns its label
 *
 * @example
 * ```ts
 * attachmentLabel({ kind: 'activity', activity: activityId('training-2011') })
 * //=> 'activity:training-2011'
 * ```
 */
export function attachmentLabel(attachment: BeneficiaryAttachment): string {
  switch (attachment.kind) {
    case 'project':
      return `project:${attachment.project}`;
    case 'sub-project':
      return `sub-project:${attachment.subProject}`;
    case 'activity':
      return `activity:${attachment.activity}`;
  }
}
