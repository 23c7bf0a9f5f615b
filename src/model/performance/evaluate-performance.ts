import { createIssue, type Issue } from '../../errors/issue.js';
import type { Result } from '../../errors/result.js';
import { LibDecimal, type LibDecimalValue } from '../../internal/decimal.js';
import type { Amount } from '../../money/amount.js';
import type { ProjectId, SubProjectId } from '../ids.js';
import type { PerformanceActual } from '../performance-actual.js';
import { performanceTargetTree } from '../performance-target-tree.js';
import {
  levelOfDimension,
  performanceLevels,
  type Comparator,
  type PerformanceDimension,
  type PerformanceIndicator,
  type PerformanceLevel,
  type PerformanceTarget,
} from '../performance-target.js';
import { checkScoring, defaultPerformanceScoring, type CheckedScoring, type PerformanceScoring } from './performance-scoring.js';

/** Whether an indicator was met: `missing` when no actual value was recorded (never scored as met or as zero). */
export type IndicatorStatus = 'met' | 'not-met' | 'missing';

/** One indicator as the self-evaluation table (绩效自评表) has it. */
export interface IndicatorEvaluation {
  readonly level: PerformanceLevel;
  readonly dimension: PerformanceDimension;
  readonly name: string;
  readonly comparator: Comparator;
  /** The planned value (the lower bound of a range). */
  readonly planned: string;
  /** The upper bound of a range. */
  readonly max?: string;
  readonly unit: string;
  /** The actual used: the latest by date of those recorded for the indicator. */
  readonly actual?: PerformanceActual;
  readonly status: IndicatorStatus;
  /**
   * The achievement rate in percent, never capped (125 % is normal): actual ÷ planned for `>=`, `=` and a range
   * (against its lower bound), planned ÷ actual for `<=`; cut, not rounded, to the scoring's decimals. Absent when
   * the actual is missing or the division has no meaning (a planned or, for `<=`, an actual of zero).
   */
  readonly rate?: string;
  /** The indicator's points: its level's points shared equally among the level's indicators. */
  readonly points: string;
  /** The points scored; absent when the actual is missing. */
  readonly score?: string;
}

/** One level of the target with the points its indicators scored. */
export interface LevelEvaluation {
  readonly level: PerformanceLevel;
  readonly points: string;
  /** Points scored by the indicators with an actual. */
  readonly score: string;
  /** Points of the indicators whose actual is missing. */
  readonly missingPoints: string;
  readonly indicators: readonly IndicatorEvaluation[];
}

/** The budget's execution (预算执行率): what was spent of the budget. */
export interface BudgetExecutionEvaluation {
  readonly budget: Amount;
  readonly spent: Amount;
  /** Spent ÷ budget in percent, cut to the scoring's decimals; absent for a zero budget. */
  readonly rate?: string;
  readonly points: string;
  /** The points times the rate, at most the points; absent for a zero budget. */
  readonly score?: string;
}

/** A project's (or sub-project's) performance self-evaluation (绩效自评), as data. */
export interface PerformanceEvaluation {
  readonly project: ProjectId;
  readonly subProject?: SubProjectId;
  /** The levels that have indicators, in the national order. */
  readonly levels: readonly LevelEvaluation[];
  /** Levels the target has no indicator for: their points are not counted in `maxScore`. */
  readonly absentLevels: readonly PerformanceLevel[];
  /** Absent unless the budget and spending were given. */
  readonly budgetExecution?: BudgetExecutionEvaluation;
  /** Points scored by what could be evaluated. */
  readonly score: string;
  /** The points at stake: the levels present and, when given, the budget's execution. */
  readonly maxScore: string;
  /** Points of the indicators whose actual is missing (inside `maxScore`, outside `score`). */
  readonly missingPoints: string;
  /** Whether every indicator has an actual value (and so `score` is final). */
  readonly complete: boolean;
  readonly counts: { readonly met: number; readonly notMet: number; readonly missing: number };
}

/** Options of {@link evaluatePerformanceTarget}. */
export interface EvaluatePerformanceOptions {
  /** The sub-project whose own target is evaluated. */
  readonly subProject?: SubProjectId;
  /** How to score; {@link defaultPerformanceScoring} unless given. */
  readonly scoring?: PerformanceScoring;
  /** The budget and what was spent of it, to score the budget's execution; without it that part is left out. */
  readonly budgetExecution?: { readonly budget: Amount; readonly spent: Amount };
}

const ZERO = new LibDecimal(0);
const ONE = new LibDecimal(1);
const HUNDRED = new LibDecimal(100);
const ROUND_DOWN = 1;

/**
 * Evaluates a performance target against the actual values recorded for it: for each indicator whether it was
 * met, its achievement rate (uncapped) and its score by the scoring's method; the levels' and the total score.
 * An indicator without an actual is reported as missing: it scores nothing, is never met, and its points are
 * counted apart. Of several actuals of one indicator the latest by date is used. Decimals are exact throughout;
 * points are shared by largest remainder so that a level's points add up exactly, and scores are cut (never
 * rounded up), so no score exceeds its points and a missed target never scores its full points.
 *
 * @param project - the project whose target (or whose sub-project's target) is evaluated
 * @param target - that target
 * @param actuals - actual values; those of other projects and sub-projects are ignored
 * @param options - the sub-project, the scoring and the budget's execution
 * @returns the evaluation, or issues: `performance-weights-mismatch`, `performance-weight-invalid`,
 *   `performance-range-reversed`, `performance-indicator-repeated`, `performance-actual-indicator-unknown`,
 *   `performance-actuals-conflict`
 *
 * @example
 * ```ts
 * const target = { indicators: [
 *   { dimension: 'output-quantity', name: '新建饮水池', comparator: '>=', value: '12', unit: '个' },
 *   { dimension: 'benefit-social', name: '解决饮水困难人口', comparator: '>=', value: '1500', unit: '人' },
 *   { dimension: 'satisfaction', name: '受益群众满意度', comparator: '>=', value: '90', unit: '%' },
 * ] } as const
 * const source = { document: { zh: '验收报告' }, completeness: 'complete' } as const
 * const actuals = [
 *   { project: projectId('WN-07'), indicator: '新建饮水池', value: '15', date: isoDate('2011-12-20'), source },
 *   { project: projectId('WN-07'), indicator: '解决饮水困难人口', value: '1380', date: isoDate('2011-12-20'), source },
 * ]
 * const evaluation = unwrap(evaluatePerformanceTarget(projectId('WN-07'), target, actuals))
 * evaluation.levels.flatMap((level) => level.indicators.map((i) => [i.status, i.rate, i.score]));
 * //=> [['met', '125.00', '50.00'], ['not-met', '92.00', '27.60'], ['missing', undefined, undefined]]
 * [evaluation.score, evaluation.maxScore, evaluation.missingPoints, evaluation.complete]
 * //=> ['77.60', '90.00', '10.00', false]
 * ```
 */
export function evaluatePerformanceTarget(
  project: ProjectId,
  target: PerformanceTarget,
  actuals: readonly PerformanceActual[],
  options: EvaluatePerformanceOptions = {},
): Result<PerformanceEvaluation> {
  const checked = checkScoring(options.scoring ?? defaultPerformanceScoring, ['options', 'scoring']);
  const issues: Issue[] = [...checked.issues, ...checkTarget(target)];
  const own = actuals.filter((actual) => actual.project === project && actual.subProject === options.subProject);
  const chosen = chooseActuals(target, own, actuals, issues);
  const scoring = checked.scoring;
  if (issues.length > 0 || scoring === undefined) return { ok: false, issues };
  const places = scoring.decimals;
  const fixed = (value: LibDecimalValue): string => value.toFixed(places, ROUND_DOWN);
  const tree = performanceTargetTree(target);
  const levels = tree.levels.map((branch) => {
    const indicators = branch.dimensions.flatMap((dimension) => dimension.indicators);
    const shares = share(scoring.weights[branch.level], indicators.length, places);
    const evaluated = indicators.map((indicator, i) => evaluateIndicator(indicator, chosen.get(indicator.name), shares[i] ?? ZERO, scoring));
    const score = evaluated.reduce((sum, entry) => sum.plus(entry.scoreValue ?? ZERO), ZERO);
    const missing = evaluated.reduce((sum, entry, i) => (entry.status === 'missing' ? sum.plus(shares[i] ?? ZERO) : sum), ZERO);
    return {
      decimals: { points: scoring.weights[branch.level], score, missing },
      evaluation: {
        level: branch.level,
        points: fixed(scoring.weights[branch.level]),
        score: fixed(score),
        missingPoints: fixed(missing),
        indicators: evaluated.map((entry) => entry.evaluation),
      },
    };
  });
  const budget = options.budgetExecution === undefined ? undefined : evaluateBudget(options.budgetExecution, scoring);
  const total = (pick: (level: (typeof levels)[number]['decimals']) => LibDecimalValue) => levels.reduce((sum, level) => sum.plus(pick(level.decimals)), ZERO);
  const statuses = levels.flatMap((level) => level.evaluation.indicators.map((indicator) => indicator.status));
  const count = (status: IndicatorStatus) => statuses.filter((entry) => entry === status).length;
  const missing = total((level) => level.missing).plus(budget !== undefined && budget.score === undefined ? budget.pointsValue : ZERO);
  return {
    ok: true,
    value: {
      project,
      ...(options.subProject === undefined ? {} : { subProject: options.subProject }),
      levels: levels.map((level) => level.evaluation),
      absentLevels: performanceLevels.filter((level) => !tree.levels.some((branch) => branch.level === level)),
      ...(budget === undefined ? {} : { budgetExecution: budget.evaluation }),
      score: fixed(total((level) => level.score).plus(budget?.scoreValue ?? ZERO)),
      maxScore: fixed(total((level) => level.points).plus(budget?.pointsValue ?? ZERO)),
      missingPoints: fixed(missing),
      complete: missing.isZero() && count('missing') === 0,
      counts: { met: count('met'), notMet: count('not-met'), missing: count('missing') },
    },
  };
}

function checkTarget(target: PerformanceTarget): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  target.indicators.forEach((indicator, i) => {
    const path = ['target', 'indicators', i];
    if (seen.has(indicator.name)) issues.push(createIssue('performance-indicator-repeated', [...path, 'name'], { indicator: indicator.name }));
    seen.add(indicator.name);
    if (indicator.comparator === 'range' && new LibDecimal(indicator.max).lessThan(indicator.value)) {
      issues.push(createIssue('performance-range-reversed', [...path, 'max'], { indicator: indicator.name, value: indicator.value, max: indicator.max }));
    }
  });
  return issues;
}

// The latest actual of each indicator; two of one date that disagree are a conflict the app must settle.
function chooseActuals(target: PerformanceTarget, own: readonly PerformanceActual[], all: readonly PerformanceActual[], issues: Issue[]): Map<string, PerformanceActual> {
  const names = new Set(target.indicators.map((indicator) => indicator.name));
  const chosen = new Map<string, PerformanceActual>();
  for (const actual of own) {
    const path = ['actuals', all.indexOf(actual)];
    if (!names.has(actual.indicator)) {
      issues.push(createIssue('performance-actual-indicator-unknown', [...path, 'indicator'], { indicator: actual.indicator, project: actual.subProject ?? actual.project }));
      continue;
    }
    const known = chosen.get(actual.indicator);
    if (known === undefined || known.date < actual.date) chosen.set(actual.indicator, actual);
    else if (known.date === actual.date && !new LibDecimal(known.value).equals(actual.value)) {
      issues.push(createIssue('performance-actuals-conflict', [...path, 'value'], { indicator: actual.indicator, date: actual.date, first: known.value, second: actual.value }));
    }
  }
  return chosen;
}

// `whole` split into `parts` shares at `places` decimals that add up exactly: the largest remainders get the extra unit.
function share(whole: LibDecimalValue, parts: number, places: number): LibDecimalValue[] {
  if (parts === 0) return [];
  const unit = new LibDecimal(10).pow(-places);
  const units = whole.dividedBy(unit).toDecimalPlaces(0, ROUND_DOWN);
  const base = units.dividedToIntegerBy(parts);
  const extra = units.minus(base.times(parts)).toNumber();
  return Array.from({ length: parts }, (_, i) => base.plus(i < extra ? 1 : 0).times(unit));
}

interface Evaluated {
  readonly status: IndicatorStatus;
  readonly scoreValue?: LibDecimalValue;
  readonly evaluation: IndicatorEvaluation;
}

function evaluateIndicator(indicator: PerformanceIndicator, actual: PerformanceActual | undefined, points: LibDecimalValue, scoring: CheckedScoring): Evaluated {
  const fixed = (value: LibDecimalValue): string => value.toFixed(scoring.decimals, ROUND_DOWN);
  const base = {
    level: levelOfDimension(indicator.dimension),
    dimension: indicator.dimension,
    name: indicator.name,
    comparator: indicator.comparator,
    planned: indicator.value,
    ...(indicator.comparator === 'range' ? { max: indicator.max } : {}),
    unit: indicator.unit,
    points: fixed(points),
  };
  if (actual === undefined) return { status: 'missing', evaluation: { ...base, status: 'missing' } };
  const { met, ratio, closeness: near } = compareWithPlanned(indicator, new LibDecimal(actual.value));
  const score = met ? points : scoring.whenNotMet === 'zero' ? ZERO : points.times(near).toDecimalPlaces(scoring.decimals, ROUND_DOWN);
  const status: IndicatorStatus = met ? 'met' : 'not-met';
  return {
    status,
    scoreValue: score,
    evaluation: { ...base, actual, status, ...(ratio === undefined ? {} : { rate: fixed(ratio.times(HUNDRED)) }), score: fixed(score) },
  };
}

/** A planned value as an indicator states it: a comparator, a value and, for a range, its upper bound. @internal */
export type PlannedValue = Pick<PerformanceIndicator, 'comparator' | 'value'> & { readonly max?: string };

/**
 * An actual against a planned value: whether it is met, the uncapped ratio (actual ÷ planned, or planned ÷
 * actual for `<=`; absent for a zero divisor) and how close a missed actual came, from 0 to 1.
 * @internal
 */
export function compareWithPlanned(planned: PlannedValue, actual: LibDecimalValue): { readonly met: boolean; readonly ratio?: LibDecimalValue; readonly closeness: LibDecimalValue } {
  const value = new LibDecimal(planned.value);
  const ratio = planned.comparator === '<=' ? divide(value, actual) : divide(actual, value);
  return { met: isMet(planned, actual), ...(ratio === undefined ? {} : { ratio }), closeness: closeness(planned, actual) };
}

function isMet(planned: PlannedValue, actual: LibDecimalValue): boolean {
  switch (planned.comparator) {
    case '>=':
      return actual.greaterThanOrEqualTo(planned.value);
    case '<=':
      return actual.lessThanOrEqualTo(planned.value);
    case '=':
      return actual.equals(planned.value);
    case 'range':
      return actual.greaterThanOrEqualTo(planned.value) && actual.lessThanOrEqualTo(planned.max ?? planned.value);
  }
}

function divide(numerator: LibDecimalValue, denominator: LibDecimalValue): LibDecimalValue | undefined {
  return denominator.isZero() ? undefined : numerator.dividedBy(denominator);
}

// How close a missed actual came, from 0 to 1: the smaller over the larger of actual and the bound it missed.
function closeness(planned: PlannedValue, actual: LibDecimalValue): LibDecimalValue {
  const bound = planned.comparator === 'range' && planned.max !== undefined && actual.greaterThan(planned.max) ? new LibDecimal(planned.max) : new LibDecimal(planned.value);
  if (actual.lessThanOrEqualTo(0) || bound.lessThanOrEqualTo(0)) return ZERO;
  const ratio = actual.lessThan(bound) ? actual.dividedBy(bound) : bound.dividedBy(actual);
  return LibDecimal.min(ONE, ratio);
}

function evaluateBudget(given: { readonly budget: Amount; readonly spent: Amount }, scoring: CheckedScoring) {
  const fixed = (value: LibDecimalValue): string => value.toFixed(scoring.decimals, ROUND_DOWN);
  const points = scoring.weights['budget-execution'];
  const budget = new LibDecimal(given.budget.fen.toString());
  const spent = new LibDecimal(given.spent.fen.toString());
  const ratio = divide(spent, budget);
  const score = ratio === undefined ? undefined : points.times(LibDecimal.max(ZERO, LibDecimal.min(ONE, ratio))).toDecimalPlaces(scoring.decimals, ROUND_DOWN);
  return {
    pointsValue: points,
    ...(score === undefined ? {} : { scoreValue: score }),
    score,
    evaluation: {
      budget: given.budget,
      spent: given.spent,
      ...(ratio === undefined ? {} : { rate: fixed(ratio.times(HUNDRED)) }),
      points: fixed(points),
      ...(score === undefined ? {} : { score: fixed(score) }),
    } satisfies BudgetExecutionEvaluation,
  };
}
