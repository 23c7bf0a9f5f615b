import type { ChosenFigure } from '../../aid/choose-reported-figure.js';
import { compareFigureValues } from '../../aid/internal/pick-report.js';
import type { FigureValue, ReportedFigure } from '../../aid/reported-figure.js';
import { mergeIssueTerms, type IssueTerms } from '../../errors/issue-terms.js';
import { builtInFundCategories } from '../../model/fund-category.js';
import type { Amount } from '../../money/amount.js';
import type { SourceReference } from '../../model/source.js';
import type { LocalizedText } from '../../model/text.js';
import type { AnnualReport, ReportRegion } from '../annual-report.js';
import { sourceKey } from '../internal/source-key.js';
import { issueTermsZh } from '../issue-terms-zh.js';
import { formatCount, formatReportAmount, localText, NO_CHINESE_TEXT, qualify } from './format.js';
import { planMeasureLabels, planUnitLabelsZh } from './plan-labels.js';
import { reportPhrases, type ReportPhrases } from './phrases.js';
import type { ReportLocale } from './report-locale.js';

/** What the section renderers share: the locale, its wording, and the citing of sources. */
export interface ReportWriter {
  readonly locale: ReportLocale;
  readonly phrases: ReportPhrases;
  readonly report: AnnualReport;
  /**
   * A text in the report's language. A Chinese report never prints English: a text given only in English
   * is shown as {@link NO_CHINESE_TEXT} and counted in `untranslated`.
   */
  text(text: LocalizedText | undefined): string;
  /** How many texts so far had no Chinese (in a Chinese report). */
  readonly untranslated: () => number;
  /**
   * The label of a fund category code: the report's, the built-in one, else the code. A label that starts a line
   * (`atLineStart`) starts with a capital in English; a code shown for want of a label is left as written.
   */
  categoryLabel(code: string, atLineStart?: boolean): string;
  /** A label that starts a line: with a capital in English, as given in Chinese. */
  atLineStart(label: string): string;
  /** The words for the codes in issue messages: the library's, with the report's categories, types, figures and regions. */
  readonly terms: IssueTerms;
  money(value: Amount): string;
  region(region: ReportRegion): string;
  cite(source: SourceReference): string;
  /** The label of a reported figure, else its code; `atLineStart` as for {@link ReportWriter.categoryLabel}. */
  figureLabel(figure: string, atLineStart?: boolean): string;
  /** The name of a code the report knows (a recipient, the donor), else the code; with the code in parentheses if asked. */
  regionName(code: string, withCode?: boolean): string;
  /** Text in parentheses, full-width in Chinese: " (a)" / "（a）". */
  paren(text: string): string;
  /** Separators: ": " / "：", ", " / "，", "; " / "；". */
  readonly colon: string;
  readonly comma: string;
  readonly semicolon: string;
  /** A chosen figure on one line, then a line per other report: "Trained: 1,100 persons* [2] (rule: largest)". */
  chosen(label: string, chosen: ChosenFigure<FigureValue> | undefined, unit: string, indent: string, suffix?: string): string[];
}

const isAmount = (value: FigureValue): value is Amount => typeof value !== 'number';


/** Sets up the writer of one rendering. */
export function createReportWriter(report: AnnualReport, locale: ReportLocale, figureLabels: Readonly<Record<string, LocalizedText>>): ReportWriter {
  const phrases = reportPhrases[locale];
  const numbers = new Map(report.sources.map((source, i) => [sourceKey(source), i + 1]));
  let untranslated = 0;
  const text = (value: LocalizedText | undefined): string => {
    if (value === undefined || locale === 'en' || value.zh !== undefined) return localText(value, locale);
    untranslated += 1;
    return NO_CHINESE_TEXT;
  };
  const atLineStart = (label: string): string => (locale === 'en' ? label.charAt(0).toUpperCase() + label.slice(1) : label);
  const categoryLabel = (code: string, lineStart = false): string => {
    const label = report.funds.byCategory.find((row) => row.category === code)?.label ?? builtInFundCategories.find((known) => known.code === code)?.label;
    if (label === undefined) return locale === 'zh' ? text({ en: code }) : code;
    return lineStart ? atLineStart(text(label)) : text(label);
  };
  const cite = (source: SourceReference) => {
    const number = numbers.get(sourceKey(source));
    return `${source.completeness === 'incomplete' ? '*' : ''}${number === undefined ? '' : ` [${number}]`}`;
  };
  const value = (figure: ReportedFigure<FigureValue>, unit: string) =>
    isAmount(figure.value) ? qualify(formatReportAmount(figure.value, locale), figure.qualifier, '', locale) : qualify(formatCount(figure.value), figure.qualifier, figure.value === 1 ? phrases.unitOfOne(unit) : unit, locale);
  const described = (figure: ReportedFigure<FigureValue>, unit: string, suffix = '') => {
    const description = text(figure.description);
    return `${value(figure, unit)}${suffix}${cite(figure.source)}${description === '' ? '' : `${locale === 'zh' ? '：' : ': '}${description}`}`;
  };
  const colon = locale === 'zh' ? '：' : ': ';
  const paren = (inner: string) => (locale === 'zh' ? `（${inner}）` : ` (${inner})`);
  return {
    locale,
    phrases,
    report,
    text,
    money: (amount) => formatReportAmount(amount, locale),
    region: (region) => {
      const name = localText(region.name, locale);
      const codes = region.codesInData.length === 0 ? region.code : `${region.code}${locale === 'zh' ? '；' : '; '}${phrases.inData} ${region.codesInData.join(', ')}`;
      return name === '' ? codes : `${name}${paren(codes)}`;
    },
    regionName: (code, withCode = false) => {
      const known = [report.donor, ...report.recipients].find((region) => region.code === code || region.codesInData.some((used) => used === code));
      const name = known === undefined ? '' : localText(known.name, locale);
      return name === '' ? code : withCode ? `${name}${paren(code)}` : name;
    },
    paren,
    colon,
    comma: locale === 'zh' ? '，' : ', ',
    semicolon: locale === 'zh' ? '；' : '; ',
    cite,
    figureLabel: (figure, lineStart = false) => {
      const label = figureLabels[figure];
      if (label === undefined) return text({ en: figure });
      return lineStart ? atLineStart(text(label)) : text(label);
    },
    atLineStart,
    untranslated: () => untranslated,
    categoryLabel,
    terms: locale === 'zh' ? reportTermsZh(report, figureLabels) : {},
    chosen: (label, chosen, unit, indent, suffix = '') => {
      if (chosen === undefined) return [`${indent}${label}${colon}${phrases.notReported}`];
      const others = chosen.reports.filter(
        (report) => !(sourceKey(report.source) === sourceKey(chosen.source) && report.qualifier === chosen.qualifier && compareFigureValues(report.value, chosen.value) === 0),
      );
      const rule = chosen.reports.length > 1 ? paren(phrases.rule(chosen.rule)) : '';
      return [
        `${indent}${label}${colon}${described(chosen, unit, suffix)}${rule}`,
        ...others.map((other) => `${indent}  ${phrases.alsoReported}${colon}${described(other, unit)}`),
      ];
    },
  };
}

// The library's words, with the report's own: its categories and types by their labels, its figures by
// the labels the caller gave, its regions by name and code.
function reportTermsZh(report: AnnualReport, figureLabels: Readonly<Record<string, LocalizedText>>): IssueTerms {
  const zh = (entries: readonly (readonly [string, LocalizedText | undefined])[]) =>
    Object.fromEntries(entries.flatMap(([code, label]) => (label?.zh === undefined ? [] : [[code, label.zh]])));
  const regions = [report.donor, ...report.recipients].flatMap((region) => {
    const name = region.name?.zh;
    if (name === undefined) return [];
    return [region.code, ...region.codesInData].map((code) => [code, `${name}（${code}）`] as const);
  });
  return mergeIssueTerms(issueTermsZh, {
    'fund-category': zh(report.funds.byCategory.map((row) => [row.category, row.label])),
    'project-type': zh(report.projects.byType.map((row) => [row.type, row.label])),
    'figure': zh(Object.entries(figureLabels)),
    // Plan measures: the report's own, then the figures the caller named.
    'measure': zh(Object.entries({ ...figureLabels, ...planMeasureLabels })),
    'unit': planUnitLabelsZh,
    'region': Object.fromEntries(regions),
  });
}
