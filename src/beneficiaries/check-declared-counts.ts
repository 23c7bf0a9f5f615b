import { createIssue, type Issue } from '../errors/issue.js';
import { attachmentLabel } from './attachment.js';
import type { DeclaredCount } from './declared-count.js';

// The figure a count belongs to: the same words, attachment, region and year.
const keyOf = (count: DeclaredCount): string =>
  JSON.stringify([count.figure, count.attachedTo === undefined ? '' : attachmentLabel(count.attachedTo), count.region ?? '', count.year ?? '', count.source.document]);

/**
 * Checks declared counts against each other: where one figure is declared in households and in persons (for the
 * same attachment, region, year and source), the persons are at least the households, and so are their
 * registered-poor parts. Each count's registered poor within its own count is checked when it is read
 * ({@link parseDeclaredCount}).
 *
 * @param counts - the declared counts
 * @returns the issues, each with the index of the person count: `declared-persons-fewer-than-households`
 *
 * @example
 * ```ts
 * const source = { document: '李林村公示表', completeness: 'complete' } as const
 * checkDeclaredCounts([
 *   declaredCount({ figure: 'beneficiaries', unit: 'households', count: 1546, registeredPoor: 360, source }),
 *   declaredCount({ figure: 'beneficiaries', unit: 'persons', count: 4850, registeredPoor: 300, source }),
 * ]).map((issue) => [issue.code, issue.path])
 * //=> [['declared-persons-fewer-than-households', [1, 'registeredPoor']]]
 * ```
 */
export function checkDeclaredCounts(counts: readonly DeclaredCount[]): Issue[] {
  const households = new Map<string, DeclaredCount>();
  for (const count of counts) if (count.unit === 'households') households.set(keyOf(count), count);
  return counts.flatMap((count, index): Issue[] => {
    if (count.unit !== 'persons') return [];
    const partner = households.get(keyOf(count));
    if (partner === undefined || partner.unit !== 'households') return [];
    const issues: Issue[] = [];
    if (count.count < partner.count) issues.push(createIssue('declared-persons-fewer-than-households', [index, 'count'], { figure: count.figure, persons: count.count, households: partner.count }));
    if (count.registeredPoor !== undefined && partner.registeredPoor !== undefined && count.registeredPoor < partner.registeredPoor) {
      issues.push(createIssue('declared-persons-fewer-than-households', [index, 'registeredPoor'], { figure: count.figure, persons: count.registeredPoor, households: partner.registeredPoor }));
    }
    return issues;
  });
}
