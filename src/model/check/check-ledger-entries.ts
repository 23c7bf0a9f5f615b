import { createIssue, type Issue } from '../../errors/issue.js';
import { fenToDecimalString } from '../../money/amount.js';
import { fundingSourcesOf } from '../funding-sources-of.js';
import type { LedgerEntry } from '../ledger.js';
import type { Programme } from '../programme.js';
import type { NegativeListPolicy } from './policies.js';
import type { ProgrammeIndex } from './programme-index.js';

// The fields a reversal shares with the entry it reverses.
const sharedFields = ['project', 'subProject', 'kind', 'category', 'source'] as const satisfies readonly (keyof LedgerEntry)[];

/**
 * Each entry on its own and against the entry it reverses: known project, sub-project and category, a source
 * its project (or sub-project) is funded from;
 * reversals negative, of a matching positive entry, not taking back more than it; purposes and final
 * payments only where they mean something; no negative-list spending (rule 14).
 */
export function checkLedgerEntries(programme: Programme, index: ProgrammeIndex, negativeList: NegativeListPolicy): Issue[] {
  const issues: Issue[] = [];
  const rejected = new Set<string>(negativeList.rejected);
  const reversedFen = new Map<string, bigint>();
  programme.ledger.forEach((entry, e) => {
    if (!index.projects.has(entry.project)) {
      issues.push(createIssue('ledger-project-unknown', ['ledger', e, 'project'], { project: entry.project }));
    } else if (entry.subProject !== undefined && index.subProjects.get(entry.subProject)?.project.id !== entry.project) {
      issues.push(createIssue('ledger-sub-project-unknown', ['ledger', e, 'subProject'], { subProject: entry.subProject, project: entry.project }));
    }
    const place = index.projects.get(entry.project)?.project;
    if (entry.source !== undefined && place !== undefined) {
      const sub = entry.subProject === undefined ? undefined : index.subProjects.get(entry.subProject);
      const lines = [...fundingSourcesOf(place), ...(sub?.project.id === place.id ? (sub.subProject.funding ?? []) : [])];
      if (!lines.some((line) => line.source === entry.source)) {
        issues.push(createIssue('ledger-source-unlisted', ['ledger', e, 'source'], { source: entry.source, project: entry.project }));
      }
    }
    if (!index.categories.has(entry.category)) {
      issues.push(createIssue('fund-category-unknown', ['ledger', e, 'category'], { category: entry.category }));
    }
    if (entry.purpose !== undefined && entry.kind !== 'expenditure') {
      issues.push(createIssue('ledger-field-misplaced', ['ledger', e, 'purpose'], { kind: entry.kind, field: 'purpose' }));
    }
    if (entry.finalPayment !== undefined && entry.kind !== 'disbursement') {
      issues.push(createIssue('ledger-field-misplaced', ['ledger', e, 'finalPayment'], { kind: entry.kind, field: 'finalPayment' }));
    }
    if (entry.kind === 'expenditure' && entry.amount.fen > 0n && entry.purpose !== undefined && rejected.has(entry.purpose)) {
      issues.push(createIssue('negative-list-expenditure', ['ledger', e, 'purpose'], { purpose: entry.purpose }));
    }
    if (entry.reverses === undefined) {
      if (entry.amount.fen < 0n) {
        issues.push(createIssue('negative-entry-without-reversal', ['ledger', e, 'amount'], { amount: entry.amount.toJSON() }));
      }
      return;
    }
    if (entry.amount.fen >= 0n) {
      issues.push(createIssue('reversal-not-negative', ['ledger', e, 'amount'], { amount: entry.amount.toJSON() }));
    }
    const target = index.entryOf(entry.reverses);
    if (target === undefined || target === entry) {
      issues.push(createIssue('reversal-target-unknown', ['ledger', e, 'reverses'], { entry: entry.reverses }));
      return;
    }
    for (const field of sharedFields) {
      if (target[field] !== entry[field]) {
        issues.push(
          createIssue('reversal-target-mismatch', ['ledger', e, field], {
            entry: target.id,
            field,
            expected: target[field] ?? '(none)',
            actual: entry[field] ?? '(none)',
          }),
        );
      }
    }
    if (target.amount.fen <= 0n) {
      issues.push(
        createIssue('reversal-target-mismatch', ['ledger', e, 'reverses'], {
          entry: target.id,
          field: 'amount',
          expected: 'a positive amount',
          actual: target.amount.toJSON(),
        }),
      );
    }
    if (entry.date < target.date) {
      issues.push(createIssue('reversal-before-entry', ['ledger', e, 'date'], { date: entry.date, reversedDate: target.date }));
    }
    if (entry.amount.fen < 0n && target.amount.fen > 0n) {
      const before = reversedFen.get(target.id) ?? 0n;
      const after = before - entry.amount.fen;
      reversedFen.set(target.id, after);
      if (before <= target.amount.fen && after > target.amount.fen) {
        issues.push(
          createIssue('reversal-exceeds-entry', ['ledger', e, 'amount'], {
            entry: target.id,
            reversed: fenToDecimalString(after),
            amount: target.amount.toJSON(),
          }),
        );
      }
    }
  });
  return issues;
}
