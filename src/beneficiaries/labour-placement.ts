import { createIssue, type Issue, type IssuePath } from '../errors/issue.js';
import type { PersonCount } from './counts.js';

/**
 * Labourers placed in work (转移就业), split into the exclusive buckets of the national statistics: every
 * labourer is in exactly one, so the buckets sum to the total.
 */
export interface LabourPlacement {
  readonly total: PersonCount;
  /** Placed outside the home province (省外). */
  readonly outsideProvince: PersonCount;
  /** Placed in the home province, outside the home county (省内县外). */
  readonly inProvinceOutsideCounty: PersonCount;
  /** Placed in the home county (县内). */
  readonly inCounty: PersonCount;
}

const BUCKETS = ['outsideProvince', 'inProvinceOutsideCounty', 'inCounty'] as const;

/**
 * Checks that the labour-placement buckets are whole numbers and sum exactly to the total.
 *
 * @param placement - the figures
 * @param path - where the figures are in a larger document
 * @returns `count-invalid` for each figure that is not a whole number from 0 up, and
 *   `labour-placement-sum` when the buckets do not sum to the total; empty when all holds
 *
 * @example
 * ```ts
 * checkLabourPlacement({ total: personCount(16000), outsideProvince: personCount(12000), inProvinceOutsideCounty: personCount(3000), inCounty: personCount(900) })[0]?.code
 * //=> 'labour-placement-sum'
 * ```
 */
export function checkLabourPlacement(placement: LabourPlacement, path: IssuePath = []): readonly Issue[] {
  const issues: Issue[] = [];
  for (const field of ['total', ...BUCKETS] as const) {
    const value = placement[field];
    if (!Number.isSafeInteger(value) || value < 0) issues.push(createIssue('count-invalid', [...path, field], { unit: 'persons', value: String(value) }));
  }
  if (issues.length > 0) return issues;
  const sum = BUCKETS.reduce((total, field) => total + placement[field], 0);
  if (sum !== placement.total) {
    issues.push(createIssue('labour-placement-sum', [...path, 'total'], { total: placement.total, sum }));
  }
  return issues;
}
