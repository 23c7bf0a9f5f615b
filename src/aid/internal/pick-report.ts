import type { DeclaredCountRule } from '../../beneficiaries/choose-declared-counts.js';
import { createIssue, type Issue, type IssuePath } from '../../errors/issue.js';
import { canonicalJson } from '../../lifecycle/canonical-json.js';
import { compareTexts, textMatches } from '../../model/match-text.js';
import type { SourceReference } from '../../model/source.js';
import type { FigureValue } from '../reported-figure.js';

/** What choosing needs to know of a report: its value, source and date. */
export interface ReportView {
  readonly value: FigureValue;
  readonly source: SourceReference;
  readonly reportedOn?: string;
}

/**
 * The index of the report a rule chooses among reports of one figure, or the issues that stop the choice.
 * Ties go to the source document, then section, that sorts first, then to the larger value, then to the report
 * whose canonical JSON sorts first (give the whole report as the view, so that every field takes part): the choice
 * never depends on the order the reports come in.
 */
export function pickReport(
  reports: readonly ReportView[],
  rule: DeclaredCountRule,
  path: IssuePath,
  figure: string,
): { readonly index: number } | { readonly issues: readonly Issue[] } {
  let candidates = reports.map((_, index) => index);
  const issues: Issue[] = [];
  switch (rule.rule) {
    case 'largest':
    case 'smallest':
      break;
    case 'latest':
      reports.forEach((report, index) => {
        if (report.reportedOn === undefined) issues.push(createIssue('declared-count-undated', [...path, index, 'reportedOn'], { figure }));
      });
      break;
    case 'prefer-source': {
      const matching = rule.sources
        .map((preferred) =>
          candidates.filter((index) => {
            const source = (reports[index] as ReportView).source;
            return (
              textMatches(source.document, preferred.document) &&
              (preferred.section === undefined || (source.section !== undefined && textMatches(source.section, preferred.section)))
            );
          }),
        )
        .find((found) => found.length > 0);
      if (matching === undefined) issues.push(createIssue('declared-count-no-preferred-source', [...path], { figure }));
      candidates = matching ?? [];
      break;
    }
  }
  if (issues.length > 0 || candidates.length === 0) return { issues };
  const compare = compareFor(rule);
  const texts = new Map<number, string>();
  const textOf = (index: number): string => texts.get(index) ?? (texts.set(index, canonicalJson(reports[index])).get(index) as string);
  const best = candidates.reduce((kept, index) => {
    const order = compare(reports[index] as ReportView, reports[kept] as ReportView) || compareText(textOf(index), textOf(kept));
    return order < 0 ? index : kept;
  });
  return { index: best };
}

/** Compares two figure values: counts as numbers, amounts by their fen. */
export function compareFigureValues(a: FigureValue, b: FigureValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = typeof a === 'number' ? BigInt(a) : a.fen;
  const right = typeof b === 'number' ? BigInt(b) : b.fen;
  return left === right ? 0 : left < right ? -1 : 1;
}

function compareText(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

function compareFor(rule: DeclaredCountRule): (a: ReportView, b: ReportView) => number {
  const bySource = (a: ReportView, b: ReportView): number =>
    compareTexts(a.source.document, b.source.document) ||
    compareTexts(a.source.section, b.source.section) ||
    compareFigureValues(b.value, a.value);
  switch (rule.rule) {
    case 'largest':
      return (a, b) => compareFigureValues(b.value, a.value) || bySource(a, b);
    case 'smallest':
      return (a, b) => compareFigureValues(a.value, b.value) || bySource(a, b);
    case 'latest':
      return (a, b) => compareText(b.reportedOn ?? '', a.reportedOn ?? '') || bySource(a, b);
    case 'prefer-source':
      return bySource;
  }
}
