import type { IssueCode } from '../errors/catalogue.js';
import { createIssue, type Issue } from '../errors/issue.js';
import { containsPersonalData } from '../privacy/mask.js';
import type { Announcement, AnnouncementRow } from './announcement.js';

// The required contents of an announcement and the issue each one's absence raises.
const REQUIRED_CONTENTS = [
  ['name', 'announcement-missing-name'],
  ['location', 'announcement-missing-location'],
  ['amount', 'announcement-missing-amount'],
  ['implementingUnit', 'announcement-missing-implementing-unit'],
  ['beneficiaries', 'announcement-missing-beneficiaries'],
  ['performanceTarget', 'announcement-missing-performance-target'],
] as const satisfies readonly (readonly [keyof AnnouncementRow, IssueCode])[];

const TEXT_FIELDS = ['name', 'location', 'implementingUnit', 'beneficiaries', 'performanceTarget'] as const;

/**
 * Checks an announcement before it goes public: every row carries every required content (name, location,
 * amount, implementing unit, beneficiaries / poverty-linkage mechanism, performance target), each missing
 * one its own issue, and no text shows a resident ID or mobile number unmasked.
 *
 * @param announcement - the announcement
 * @returns every problem, with paths such as `['rows', 0, 'performanceTarget']`; empty when it may go public.
 *   Codes: `announcement-has-no-rows`, `announcement-missing-name`, `announcement-missing-location`,
 *   `announcement-missing-amount`, `announcement-missing-implementing-unit`,
 *   `announcement-missing-beneficiaries`, `announcement-missing-performance-target`,
 *   `announcement-personal-data`, `lifecycle-project-mismatch`
 *
 * @example
 * ```ts
 * checkAnnouncement({ kind: 'completion', project: projectId('BJ-1'), rows: [{ project: projectId('BJ-1'), name: '通组公路' }] }).length
 * //=> 5
 * ```
 */
export function checkAnnouncement(announcement: Announcement): readonly Issue[] {
  if (!Array.isArray(announcement.rows) || announcement.rows.length === 0) return [createIssue('announcement-has-no-rows', ['rows'])];
  const issues: Issue[] = [];
  announcement.rows.forEach((row, index) => {
    if (row.project !== announcement.project) {
      issues.push(createIssue('lifecycle-project-mismatch', ['rows', index, 'project'], { expected: announcement.project, found: row.project }));
    }
    for (const [field, code] of REQUIRED_CONTENTS) {
      const value = row[field];
      const missing = value === undefined || (typeof value === 'string' && value.trim() === '');
      if (missing) issues.push(createIssue(code, ['rows', index, field]));
    }
    for (const field of TEXT_FIELDS) {
      const value = row[field];
      if (typeof value === 'string' && containsPersonalData(value)) issues.push(createIssue('announcement-personal-data', ['rows', index, field]));
    }
  });
  return issues;
}
