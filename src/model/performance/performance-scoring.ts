import { createIssue, type Issue } from '../../errors/issue.js';
import { LibDecimal, type LibDecimalValue } from '../../internal/decimal.js';
import type { PerformanceLevel } from '../performance-target.js';

/** What scores points in a performance self-evaluation: the three levels of the target and the budget's execution. */
export const scoredParts = ['output', 'benefit', 'satisfaction', 'budget-execution'] as const;

/** One of {@link scoredParts}. */
export type ScoredPart = PerformanceLevel | 'budget-execution';

/**
 * How a performance self-evaluation (绩效自评) scores a target. Scoring methods are local practice: every part is
 * configuration.
 */
export interface PerformanceScoring {
  /**
   * The points of each part, as exact decimal strings that add up to `total`. A level's points are shared equally
   * among its indicators; `budget-execution` scores the share of the budget spent (预算执行率).
   */
  readonly weights: Readonly<Record<ScoredPart, string>>;
  /** What the weights add up to; `"100"` unless given. */
  readonly total?: string;
  /**
   * What an indicator that is not met scores: `proportional` (its points times how close the actual came, e.g.
   * 80 of a planned 100 scores 80 % of its points) or `zero`. A met indicator scores its full points.
   */
  readonly whenNotMet: 'proportional' | 'zero';
  /** Decimal places of points, scores and rates; 2 unless given. */
  readonly decimals?: number;
}

/**
 * An illustrative scoring, not a published rule of east–west cooperation: output 50, benefit 30, satisfaction
 * 10 and budget execution 10 points of 100 (the split self-evaluation tables of project spending commonly use),
 * proportional points for an indicator that is not met, two decimals.
 *
 * @example
 * ```ts
 * defaultPerformanceScoring.weights
 * //=> { 'output': '50', 'benefit': '30', 'satisfaction': '10', 'budget-execution': '10' }
 * ```
 */
export const defaultPerformanceScoring: PerformanceScoring = Object.freeze({
  weights: Object.freeze({ 'output': '50', 'benefit': '30', 'satisfaction': '10', 'budget-execution': '10' }),
  total: '100',
  whenNotMet: 'proportional',
  decimals: 2,
});

const DECIMAL = /^\d+(?:\.\d+)?$/;

/** A scoring read and checked: weights as decimals. @internal */
export interface CheckedScoring {
  readonly weights: Readonly<Record<ScoredPart, LibDecimalValue>>;
  readonly total: LibDecimalValue;
  readonly whenNotMet: 'proportional' | 'zero';
  readonly decimals: number;
}

/**
 * The scoring's weights are non-negative exact decimals adding up exactly to its total.
 * @internal
 */
export function checkScoring(scoring: PerformanceScoring, path: readonly (string | number)[]): { readonly scoring?: CheckedScoring; readonly issues: readonly Issue[] } {
  const issues: Issue[] = [];
  const read = (input: unknown, at: readonly (string | number)[]): LibDecimalValue | undefined => {
    if (typeof input === 'string' && DECIMAL.test(input)) return new LibDecimal(input);
    issues.push(createIssue('performance-weight-invalid', at, { input: String(input) }));
    return undefined;
  };
  const weights = Object.fromEntries(scoredParts.map((part) => [part, read(scoring.weights?.[part], [...path, 'weights', part])])) as Record<ScoredPart, LibDecimalValue | undefined>;
  const total = read(scoring.total ?? '100', [...path, 'total']);
  const decimals = scoring.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) issues.push(createIssue('performance-weight-invalid', [...path, 'decimals'], { input: String(decimals) }));
  if (scoring.whenNotMet !== 'proportional' && scoring.whenNotMet !== 'zero') issues.push(createIssue('performance-weight-invalid', [...path, 'whenNotMet'], { input: String(scoring.whenNotMet) }));
  if (issues.length > 0 || total === undefined) return { issues };
  const checked = weights as Record<ScoredPart, LibDecimalValue>;
  const sum = scoredParts.reduce((acc, part) => acc.plus(checked[part]), new LibDecimal(0));
  if (!sum.equals(total)) return { issues: [createIssue('performance-weights-mismatch', [...path, 'weights'], { sum: sum.toFixed(), total: total.toFixed() })] };
  return { scoring: { weights: checked, total, whenNotMet: scoring.whenNotMet, decimals }, issues };
}
