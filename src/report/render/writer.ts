import type { ChosenFigure } from '../../aid/choose-reported-figure.js';
import { compareFigureValues } from '../../aid/internal/pick-report.js';
import type { FigureValue, ReportedFigure } from '../../aid/reported-figure.js';
import type { Amount } from '../../money/amount.js';
import type { SourceReference } from '../../model/source.js';
import type { LocalizedText } from '../../model/text.js';
import type { AnnualReport, ReportRegion } from '../annual-report.js';
import { sourceKey } from '../internal/source-key.js';
import { formatCount, formatReportAmount, localText, qualify } from './format.js';
import { reportPhrases, type ReportPhrases } from './phrases.js';
import type { ReportLocale } from './report-locale.js';

/** What the section renderers share: the locale, its wording, and the citing of sources. */
export interface ReportWriter {
  readonly locale: ReportLocale;
  readonly phrases: ReportPhrases;
  readonly report: AnnualReport;
  text(text: LocalizedText | undefined): string;
  money(value: Amount): string;
  region(region: ReportRegion): string;
  cite(source: SourceReference): string;
  figureLabel(figure: string): string;
  /** The name of a code the report knows (a recipient, the donor), else the code. */
  regionName(code: string): string;
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
  const text = (value: LocalizedText | undefined) => localText(value, locale);
  const cite = (source: SourceReference) => {
    const number = numbers.get(sourceKey(source));
    return `${source.completeness === 'incomplete' ? '*' : ''}${number === undefined ? '' : ` [${number}]`}`;
  };
  const value = (figure: ReportedFigure<FigureValue>, unit: string) =>
    isAmount(figure.value) ? qualify(formatReportAmount(figure.value, locale), figure.qualifier, '', locale) : qualify(formatCount(figure.value), figure.qualifier, unit, locale);
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
    regionName: (code) => {
      const known = [report.donor, ...report.recipients].find((region) => region.code === code || region.codesInData.some((used) => used === code));
      return (known === undefined ? '' : localText(known.name, locale)) || code;
    },
    paren,
    colon,
    comma: locale === 'zh' ? '，' : ', ',
    semicolon: locale === 'zh' ? '；' : '; ',
    cite,
    figureLabel: (figure) => text(figureLabels[figure]) || figure,
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
