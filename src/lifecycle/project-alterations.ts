import { createIssue, type Issue } from '../errors/issue.js';
import type { Amount } from '../money/amount.js';
import type { OrganisationId } from '../model/ids.js';
import type { FundingSource } from '../model/funding-source.js';
import type { Location } from '../model/location.js';
import type { PerformanceTarget } from '../model/performance-target.js';
import type { Project, SubProject } from '../model/project.js';
import { canonicalJson } from './canonical-json.js';

/**
 * What a change (调整) alters, each field as it was and as it is to be. Once the change is approved by the
 * original authority, announced and put into effect, the project's data that checks, reports and exports use is
 * the `after`; the event log keeps both.
 */
export interface ProjectAlterations {
  readonly budget?: { readonly before: Amount; readonly after: Amount };
  /** `before` is absent when the project had no funding lines (one east–west source of its budget). */
  readonly funding?: { readonly before?: readonly FundingSource[]; readonly after: readonly FundingSource[] };
  /** `before` is absent when the project declared no total investment. */
  readonly totalInvestment?: { readonly before?: Amount; readonly after: Amount };
  readonly location?: { readonly before: Location; readonly after: Location };
  /** `before` is absent when the project had no target. */
  readonly performanceTarget?: { readonly before?: PerformanceTarget; readonly after: PerformanceTarget };
  readonly implementingUnit?: { readonly before?: OrganisationId; readonly after: OrganisationId };
  readonly subProjects?: { readonly before: readonly SubProject[]; readonly after: readonly SubProject[] };
}

/** The fields a change can alter, in the order they are checked and applied. */
export const alterableFields = ['budget', 'funding', 'totalInvestment', 'location', 'performanceTarget', 'implementingUnit', 'subProjects'] as const;

/**
 * A proposed change alters something, and each `before` is the project's data as it stands (so a change
 * proposed on stale data is refused rather than silently undoing another).
 * @internal
 */
export function checkAlterations(alterations: ProjectAlterations | undefined, project: Project): Issue[] {
  if (typeof alterations !== 'object' || alterations === null) return [createIssue('change-alters-nothing', ['alterations'])];
  const given = alterableFields.filter((field) => alterations[field] !== undefined);
  if (given.length === 0) return [createIssue('change-alters-nothing', ['alterations'])];
  return given.flatMap((field) => {
    const before = (alterations[field] as { readonly before?: unknown }).before;
    return canonicalJson(before) === canonicalJson(project[field])
      ? []
      : [createIssue('change-before-mismatch', ['alterations', field, 'before'], { field, project: project.id })];
  });
}

/**
 * The project with a change's `after` values in place of its own.
 * @internal
 */
export function applyAlterations(project: Project, alterations: ProjectAlterations): Project {
  let changed: Project = project;
  for (const field of alterableFields) {
    const alteration = alterations[field];
    if (alteration !== undefined) changed = { ...changed, [field]: alteration.after };
  }
  return changed;
}
