import type { DeclaredCountRule } from '../beneficiaries/choose-declared-counts.js';
import type { IssuePath } from '../errors/issue.js';
import { fail, succeed, type Result } from '../errors/result.js';
import { pickReport } from './internal/pick-report.js';
import type { FigureValue, ReportedFigure } from './reported-figure.js';

/**
 * The report chosen among several reports of one figure: the chosen report itself (value, qualifier,
 * source), the rule that chose it, and every report, chosen or not.
 */
export type ChosenFigure<T extends FigureValue> = ReportedFigure<T> & {
  readonly rule: DeclaredCountRule;
  readonly reports: readonly ReportedFigure<T>[];
};

/**
 * Chooses one of several reports of one figure by a named rule, the rules of {@link chooseDeclaredCounts}:
 * `largest`, `smallest`, `latest` (every report needs `reportedOn`) or `prefer-source`. Ties go to the
 * report whose source document, then section, sorts first, then to the larger value, and last to the report
 * whose JSON sorts first (of two reports alike in value and source, the one qualified `about` before `exact`, or
 * the dated one before the undated), so the order of the reports does not matter. Nothing is dropped: `reports`
 * keeps them all.
 *
 * @param reports - the reports of one figure
 * @param rule - see {@link DeclaredCountRule}
 * @param path - where the reports are, for the issues; its last segment names the figure in messages
 * @returns the chosen report, `undefined` when there are no reports, or the issues
 *   `declared-count-undated` (rule `latest`, a report has no date) and `declared-count-no-preferred-source`
 *
 * @example
 * ```ts
 * const source = (section: string) => ({ document: { en: 'Yearbook 2012' }, section: { en: section }, completeness: 'incomplete' as const })
 * const trainees = [
 *   { value: personCount(1100), qualifier: 'exact' as const, source: source('Overview') },
 *   { value: personCount(550), qualifier: 'exact' as const, source: source('Cadre training') },
 * ]
 * const chosen = chooseReportedFigure(trainees, { rule: 'largest' })
 * chosen.ok && [chosen.value?.value, chosen.value?.source.section, chosen.value?.reports.length]
 * //=> [1100, { en: 'Overview' }, 2]
 * ```
 */
export function chooseReportedFigure<T extends FigureValue>(
  reports: readonly ReportedFigure<T>[],
  rule: DeclaredCountRule,
  path: IssuePath = [],
): Result<ChosenFigure<T> | undefined> {
  if (reports.length === 0) return succeed(undefined);
  const picked = pickReport(reports, rule, path, String(path[path.length - 1] ?? 'figure'));
  if ('issues' in picked) return fail(picked.issues);
  return succeed({ ...(reports[picked.index] as ReportedFigure<T>), rule, reports });
}
