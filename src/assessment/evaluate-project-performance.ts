import { isDonorEntry } from '../model/funding-sources-of.js';
import type { IsoDate } from '../dates/iso-date.js';
import { createIssue } from '../errors/issue.js';
import type { Result } from '../errors/result.js';
import { makeAmount } from '../money/amount.js';
import type { ProjectId, SubProjectId } from '../model/ids.js';
import type { LedgerKind } from '../model/ledger.js';
import type { PerformanceActual } from '../model/performance-actual.js';
import { evaluatePerformanceTarget, type PerformanceEvaluation } from '../model/performance/evaluate-performance.js';
import type { PerformanceScoring } from '../model/performance/performance-scoring.js';
import { effectiveProgramme } from '../record/effective-programme.js';
import type { ProgrammeRecord } from '../record/programme-record.js';
import { recordAsOf } from '../record/record-as-of.js';

/** Options of {@link evaluateProjectPerformance}. */
export interface EvaluateProjectPerformanceOptions {
  /** The sub-project whose own target is evaluated. */
  readonly subProject?: SubProjectId;
  readonly scoring?: PerformanceScoring;
  /** The day the evaluation is made: the record as it stood then, spending up to it. The whole record unless given. */
  readonly asOf?: IsoDate;
  /** Which ledger kind counts as spent for the budget's execution; `expenditure` unless given. */
  readonly spent?: LedgerKind;
}

/**
 * A project's performance self-evaluation from the programme record: its target as it stands after any change
 * (调整) that took effect, the actual values given, and the budget's execution (预算执行率) from the ledger —
 * the entries of the project (or sub-project) of the `spent` kind, reversals included, against its budget.
 *
 * @param record - the programme with its event logs
 * @param project - the project evaluated
 * @param actuals - actual values of the indicators; those of other projects are ignored
 * @param options - the sub-project, scoring, the day and the ledger kind counted as spent
 * @returns the evaluation, or `performance-project-unknown`, `performance-target-missing` and the issues of
 *   {@link evaluatePerformanceTarget}
 *
 * @example
 * ```ts
 * import { seedRecord2011 } from 'pairing-aid/examples/2011'
 * const source = { document: { zh: '七星关区2011年项目验收报告' }, completeness: 'complete' } as const
 * const actuals = [
 *   { project: projectId('BJ-2011-01'), indicator: '完成子项目数', value: '3', date: isoDate('2011-12-20'), source },
 *   { project: projectId('BJ-2011-01'), indicator: '年内完工率', value: '100', date: isoDate('2011-12-20'), source },
 * ]
 * const evaluation = unwrap(evaluateProjectPerformance(seedRecord2011, projectId('BJ-2011-01'), actuals, { asOf: isoDate('2011-12-31') }));
 * [evaluation.budgetExecution?.rate, evaluation.score, evaluation.maxScore, evaluation.absentLevels];
 * //=> ['80.50', '58.05', '60.00', ['benefit', 'satisfaction']]
 * ```
 */
export function evaluateProjectPerformance(
  record: ProgrammeRecord,
  project: ProjectId,
  actuals: readonly PerformanceActual[],
  options: EvaluateProjectPerformanceOptions = {},
): Result<PerformanceEvaluation> {
  const programme = effectiveProgramme(options.asOf === undefined ? record : recordAsOf(record, options.asOf));
  const found = programme.projects.find((candidate) => candidate.id === project);
  if (found === undefined) return { ok: false, issues: [createIssue('performance-project-unknown', ['project'], { project })] };
  const activity = options.subProject === undefined ? found : found.subProjects.find((candidate) => candidate.id === options.subProject);
  if (activity === undefined) return { ok: false, issues: [createIssue('performance-project-unknown', ['options', 'subProject'], { project: options.subProject ?? project })] };
  const target = activity.performanceTarget;
  if (target === undefined || target.indicators.length === 0) return { ok: false, issues: [createIssue('performance-target-missing', options.subProject === undefined ? ['project'] : ['options', 'subProject'], { project: activity.id })] };
  const kind = options.spent ?? 'expenditure';
  const entries = programme.ledger.filter(
    (entry) =>
      entry.project === project &&
      entry.kind === kind &&
      isDonorEntry(entry) &&
      (options.subProject === undefined || entry.subProject === options.subProject) &&
      (options.asOf === undefined || entry.date <= options.asOf),
  );
  const spent = makeAmount(entries.reduce((sum, entry) => sum + entry.amount.fen, 0n));
  return evaluatePerformanceTarget(project, target, actuals, {
    ...(options.subProject === undefined ? {} : { subProject: options.subProject }),
    ...(options.scoring === undefined ? {} : { scoring: options.scoring }),
    budgetExecution: { budget: activity.budget, spent },
  });
}
