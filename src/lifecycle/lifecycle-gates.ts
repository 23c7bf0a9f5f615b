import type { IsoDate } from '../dates/iso-date.js';
import { createIssue, prefixIssues, type Issue } from '../errors/issue.js';
import { parseIdText } from '../model/ids.js';
import type { Project } from '../model/project.js';
import type { Actor } from './actor.js';
import type { Announcement } from './announcement.js';
import { announcementPeriod, firstDayAfterAnnouncement, type AnnouncementPeriod } from './announcement-period.js';
import type { AnnouncementPolicy } from './announcement-policy.js';
import { checkAnnouncement } from './check-announcement.js';
import type { LiabilityAgreement } from './liability-agreement.js';
import type { Lifecycle } from './lifecycle.js';
import type { LifecycleCommandDefinition } from './lifecycle-commands.js';

// The private checks decideLifecycle runs on a legal move: each returns every problem it finds.

const isBlank = (text: unknown): boolean => typeof text !== 'string' || text.trim() === '';

/** A command read from JSON may lack an object where the types promise one. */
export function checkObject(value: unknown, path: readonly (string | number)[]): Issue[] {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  return isObject ? [] : [createIssue('invalid-type', path, { expected: 'object', received: value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value })];
}

/** Rule 9: a project enters the approved plan only with a performance target and a poverty-linkage statement. */
export function checkApprovalContents(project: Project): Issue[] {
  const issues: Issue[] = [];
  if ((project.performanceTarget?.indicators.length ?? 0) === 0) {
    issues.push(createIssue('approval-needs-performance-target', ['context', 'project', 'performanceTarget']));
  }
  const linkage = project.povertyLinkage;
  if (linkage === undefined || (isBlank(linkage.zh) && isBlank(linkage.en))) {
    issues.push(createIssue('approval-needs-poverty-linkage', ['context', 'project', 'povertyLinkage']));
  }
  return issues;
}

/** Who acts: an organisation id and a kind the move allows. */
export function checkActor(by: Actor, allowed: readonly string[], command: string, status: string): Issue[] {
  const notObject = checkObject(by, ['by']);
  if (notObject.length > 0) return notObject;
  const issues: Issue[] = [];
  const organisation = parseIdText(by.organisation, 'organisation');
  if (!organisation.ok) issues.push(...prefixIssues(organisation.issues, ['by', 'organisation']));
  if (!allowed.includes(by.kind)) {
    issues.push(createIssue('actor-not-allowed', ['by', 'kind'], { kind: String(by.kind), command, status, allowed: allowed.join(', ') }));
  }
  return issues;
}

/** Why: required and not blank for the moves that need it. */
export function checkReason(reason: unknown, definition: LifecycleCommandDefinition, command: string): Issue[] {
  if (reason !== undefined && typeof reason !== 'string') return [createIssue('invalid-type', ['reason'], { expected: 'string', received: typeof reason })];
  return definition.reasonRequired && isBlank(reason) ? [createIssue('reason-required', ['reason'], { command })] : [];
}

/** An announcement: the right kind, for this project, complete and masked; its period under the policy. */
export function checkAnnouncementMove(
  announcement: Announcement,
  expected: NonNullable<LifecycleCommandDefinition['announces']>,
  lifecycle: Lifecycle,
  day: IsoDate | undefined,
  policy: AnnouncementPolicy | undefined,
): { readonly issues: Issue[]; readonly period?: AnnouncementPeriod } {
  const notObject = checkObject(announcement, ['announcement']);
  if (notObject.length > 0) return { issues: notObject };
  const issues: Issue[] = [];
  if (announcement.kind !== expected) {
    issues.push(createIssue('announcement-kind-mismatch', ['announcement', 'kind'], { expected, found: String(announcement.kind) }));
  }
  if (announcement.project !== lifecycle.project) {
    issues.push(createIssue('lifecycle-project-mismatch', ['announcement', 'project'], { expected: lifecycle.project, found: String(announcement.project) }));
  }
  issues.push(...prefixIssues(checkAnnouncement(announcement), ['announcement']));
  if (day === undefined) return { issues };
  const period = announcementPeriod(day, policy);
  if (!period.ok) return { issues: [...issues, ...prefixIssues(period.issues, ['context', 'announcementPolicy'])] };
  return { issues, period: period.value };
}

/** A side's signature: an agreement with a reference, covering the project, the same one the other side signed. */
export function checkAgreement(agreement: LiabilityAgreement, lifecycle: Lifecycle): Issue[] {
  const notObject = checkObject(agreement, ['agreement']);
  if (notObject.length > 0) return notObject;
  const issues: Issue[] = [];
  if (isBlank(agreement.reference)) issues.push(createIssue('agreement-reference-required', ['agreement', 'reference']));
  if (!Array.isArray(agreement.projects) || !agreement.projects.includes(lifecycle.project)) {
    issues.push(createIssue('agreement-does-not-cover-project', ['agreement', 'projects'], { reference: String(agreement.reference), project: lifecycle.project }));
  }
  const signed = lifecycle.agreement?.agreement.reference;
  if (signed !== undefined && signed !== agreement.reference) {
    issues.push(createIssue('agreement-mismatch', ['agreement', 'reference'], { signed, found: String(agreement.reference) }));
  }
  return issues;
}

/** Rules 6 and 11: the announcements of the given kinds have run their full period by `day`. */
export function checkPeriodsOver(lifecycle: Lifecycle, kinds: readonly string[], day: IsoDate | undefined): Issue[] {
  if (day === undefined) return [];
  const running = lifecycle.announcements.filter((record) => kinds.includes(record.announcement.kind) && day <= record.period.lastDay);
  const last = running.reduce<AnnouncementPeriod | undefined>((latest, record) => (latest === undefined || record.period.lastDay > latest.lastDay ? record.period : latest), undefined);
  if (last === undefined) return [];
  return [createIssue('announcement-period-not-over', ['at'], { lastDay: last.lastDay, earliestDay: firstDayAfterAnnouncement(last), day })];
}

/** Rule 12: only the body that gave the final approval decides on a change. */
export function checkOriginalAuthority(by: Actor, lifecycle: Lifecycle): Issue[] {
  const original = lifecycle.approvingAuthority;
  if (original === undefined || original.organisation === by.organisation) return [];
  return [createIssue('change-approver-not-original', ['by', 'organisation'], { original: original.organisation, found: String(by.organisation) })];
}

/** Is a text given and not blank? */
export function checkText(text: unknown, path: readonly (string | number)[], code: 'change-description-required'): Issue[] {
  return isBlank(text) ? [createIssue(code, path)] : [];
}
