import { createIssue, type Issue } from '../errors/issue.js';
import { fail, succeed, type Result } from '../errors/result.js';
import { compareTexts, textMatches } from '../model/match-text.js';
import type { LocalizedText } from '../model/text.js';
import { attachmentLabel } from './attachment.js';
import type { DeclaredCount } from './declared-count.js';

/**
 * A source a report may come from, for the `prefer-source` rule; no section means any section. A plain
 * string names a source whose text is that string in either language.
 */
export interface PreferredSource {
  readonly document: string | LocalizedText;
  readonly section?: string | LocalizedText;
}

/**
 * How to choose among several reports of one figure. Every rule is named in the result; reports are never
 * overwritten.
 *
 * | rule | chooses |
 * |---|---|
 * | `largest` | the largest count |
 * | `smallest` | the smallest count |
 * | `latest` | the latest `reportedOn` (every report needs one) |
 * | `prefer-source` | the first source in `sources` that reported the figure |
 *
 * Ties go to the report whose source document, then section, sorts first, then to the larger count, so the
 * choice does not depend on the order of the reports.
 */
export type DeclaredCountRule =
  | { readonly rule: 'largest' }
  | { readonly rule: 'smallest' }
  | { readonly rule: 'latest' }
  | { readonly rule: 'prefer-source'; readonly sources: readonly PreferredSource[] };

/**
 * The report chosen for one figure: the report itself (so its source says where the value comes from), the
 * rule that chose it, and every report of the figure, chosen or not.
 */
export type ChosenDeclaredCount = DeclaredCount & {
  readonly rule: DeclaredCountRule;
  readonly reports: readonly DeclaredCount[];
};

/**
 * Whether two declared counts report the same figure: the same `figure`, unit, attachment, region and year.
 *
 * @example
 * ```ts
 * const overview1100 = declaredCount({ figure: 'cadres-trained', unit: 'persons', count: 1100, year: 2011, source: { document: 'Shenzhen Yearbook 2012', section: 'Overview', completeness: 'incomplete' } })
 * const cadreTraining550 = declaredCount({ figure: 'cadres-trained', unit: 'persons', count: 550, year: 2011, source: { document: 'Shenzhen Yearbook 2012', section: 'Cadre training', completeness: 'incomplete' } })
 * sameDeclaredFigure(overview1100, cadreTraining550)
 * //=> true
 * ```
 */
export function sameDeclaredFigure(first: DeclaredCount, second: DeclaredCount): boolean {
  return figureKey(first) === figureKey(second);
}

/**
 * Groups reports by figure ({@link sameDeclaredFigure}) and chooses one report per figure by a named rule,
 * keeping all of them. The seed reports 1,100 trained cadres in its overview and 550 in its cadre-training
 * section: `largest` chooses 1,100 (overview), `smallest` 550 (cadre training), and both stay in `reports`.
 *
 * @param reports - the reports, of any figures
 * @param rule - see {@link DeclaredCountRule}
 * @returns one chosen count per figure, in the order figures first appear; or the issues
 *   `declared-count-undated` (rule `latest`, a report has no `reportedOn`) and
 *   `declared-count-no-preferred-source` (rule `prefer-source`, no report of a figure comes from the sources)
 *
 * @example
 * ```ts
 * const overview1100 = declaredCount({ figure: 'cadres-trained', unit: 'persons', count: 1100, year: 2011, source: { document: 'Shenzhen Yearbook 2012', section: 'Overview', completeness: 'incomplete' } })
 * const cadreTraining550 = declaredCount({ figure: 'cadres-trained', unit: 'persons', count: 550, year: 2011, source: { document: 'Shenzhen Yearbook 2012', section: 'Cadre training', completeness: 'incomplete' } })
 * const chosen = chooseDeclaredCounts([overview1100, cadreTraining550], { rule: 'smallest' })
 * chosen.ok && [chosen.value[0]?.count, chosen.value[0]?.source.section, chosen.value[0]?.reports.length]
 * //=> [550, { en: 'Cadre training' }, 2]
 * ```
 */
export function chooseDeclaredCounts(reports: readonly DeclaredCount[], rule: DeclaredCountRule): Result<readonly ChosenDeclaredCount[]> {
  const figures = new Map<string, number[]>();
  reports.forEach((report, index) => {
    const key = figureKey(report);
    const found = figures.get(key);
    if (found === undefined) figures.set(key, [index]);
    else found.push(index);
  });
  const issues: Issue[] = [];
  const chosen: ChosenDeclaredCount[] = [];
  for (const indices of figures.values()) {
    const group = indices.map((index) => reports[index] as DeclaredCount);
    const candidates = candidatesFor(group, indices, rule, issues);
    const best = candidates.sort(compareFor(rule))[0];
    if (best !== undefined) chosen.push({ ...best, rule, reports: group });
  }
  return issues.length > 0 ? fail(issues) : succeed(chosen);
}

function candidatesFor(group: DeclaredCount[], indices: number[], rule: DeclaredCountRule, issues: Issue[]): DeclaredCount[] {
  switch (rule.rule) {
    case 'largest':
    case 'smallest':
      return [...group];
    case 'latest': {
      const undated = group.flatMap((report, place) => (report.reportedOn === undefined ? [indices[place] ?? 0] : []));
      for (const index of undated) issues.push(createIssue('declared-count-undated', [index, 'reportedOn'], { figure: (group[0] as DeclaredCount).figure }));
      return undated.length > 0 ? [] : [...group];
    }
    case 'prefer-source': {
      for (const preferred of rule.sources) {
        const matching = group.filter(
          (report) =>
            textMatches(report.source.document, preferred.document) &&
            (preferred.section === undefined || (report.source.section !== undefined && textMatches(report.source.section, preferred.section))),
        );
        if (matching.length > 0) return matching;
      }
      issues.push(createIssue('declared-count-no-preferred-source', [indices[0] ?? 0], { figure: (group[0] as DeclaredCount).figure }));
      return [];
    }
  }
}

function compareFor(rule: DeclaredCountRule): (a: DeclaredCount, b: DeclaredCount) => number {
  const bySource = (a: DeclaredCount, b: DeclaredCount): number =>
    compareTexts(a.source.document, b.source.document) || compareTexts(a.source.section, b.source.section) || b.count - a.count;
  switch (rule.rule) {
    case 'largest':
      return (a, b) => b.count - a.count || bySource(a, b);
    case 'smallest':
      return (a, b) => a.count - b.count || bySource(a, b);
    case 'latest':
      // Only dated reports are candidates of this rule.
      return (a, b) => compareText(b.reportedOn as string, a.reportedOn as string) || bySource(a, b);
    case 'prefer-source':
      return bySource;
  }
}

function compareText(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

function figureKey(report: DeclaredCount): string {
  return JSON.stringify([
    report.figure,
    report.unit,
    report.attachedTo === undefined ? null : attachmentLabel(report.attachedTo),
    report.region ?? null,
    report.year ?? null,
  ]);
}
