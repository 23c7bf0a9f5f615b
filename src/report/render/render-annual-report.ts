import type { LocalizedText } from '../../model/text.js';
import type { RegionName } from '../../regions/region.js';
import type { ReportPhrases } from './phrases.js';
import { redactPersonalData } from '../../privacy/mask.js';
import type { AnnualReport } from '../annual-report.js';
import { localText } from './format.js';
import { renderExchanges, renderIndustry, renderLabour, renderStudents, renderTraining } from './render-aid-sections.js';
import { renderBeneficiaries, renderFunds, renderIssues, renderPlans, renderProjects, renderSources } from './render-sections.js';
import type { ReportLocale } from './report-locale.js';
import { createReportWriter } from './writer.js';

/** Options for {@link renderAnnualReport}. */
export interface RenderAnnualReportOptions {
  /** `en`: amounts in million yuan (¥ for exact yuan); `zh`: amounts in 万元, or 亿元 from one 亿 up. */
  readonly locale: ReportLocale;
  /**
   * Labels of declared figures, by their `figure` name (`'residents-benefited'` → "Residents directly
   * benefited" / "直接受益群众"); a figure without a label is shown by its name.
   */
  readonly figureLabels?: Readonly<Record<string, LocalizedText>>;
}

/**
 * Renders an annual report as text in English or Chinese: a title, the conventions (division codes' date,
 * unit and rounding, the mark of incomplete statistics), ten numbered sections and the numbered sources.
 * Amounts are rounded half up to two decimals only here, from exact sums; chosen figures show their rule
 * and every other report. The text is passed through {@link redactPersonalData}, so no resident ID or mobile
 * number appears unmasked even when one was typed into a name or note. Issue messages are written in the
 * report's language ({@link translateIssue}): in English with their code and path, in Chinese by the message
 * alone, naming codes by {@link issueTermsZh} and the report's own labels.
 *
 * The Chinese text never prints English: a text given only in English (an app that filled `en` alone) is
 * shown as `〔无中文文本〕`, and section 10 adds a `chinese-text-missing` warning naming the section and how
 * many texts lack Chinese. The English text falls back to Chinese where a text has no English.
 *
 * @param report - from {@link buildAnnualReport}
 * @param options - see {@link RenderAnnualReportOptions}
 * @returns the text, lines separated by `\n`, ending with a newline
 *
 * @example
 * ```ts
 * import { seedAnnualReportInput2011, seedReportOptions2011 } from 'pairing-aid/examples/2011'
 * const report = buildAnnualReport(seedAnnualReportInput2011, seedReportOptions2011)
 * renderAnnualReport(report, { locale: 'en' }).split('\n')[0]
 * //=> 'Shenzhen: pairing-off poverty alleviation, annual report 2011'
 * renderAnnualReport(report, { locale: 'zh' }).includes('捐赠资金：4,691.00万元*')
 * //=> true
 * ```
 */
export function renderAnnualReport(report: AnnualReport, options: RenderAnnualReportOptions): string {
  const w = createReportWriter(report, options.locale, options.figureLabels ?? {});
  const p = w.phrases;
  const donor = localText(report.donor.name, options.locale) || report.donor.code;
  const sections = [renderFunds, renderProjects, renderBeneficiaries, renderTraining, renderStudents, renderLabour, renderIndustry, renderExchanges, renderPlans];
  // Each part counts its texts without Chinese, for the warnings of section 10.
  const untranslated: { section: string; count: number }[] = [];
  const counted = (section: string, render: () => string[]): string[] => {
    const before = w.untranslated();
    const rendered = render();
    if (w.untranslated() > before) untranslated.push({ section, count: w.untranslated() - before });
    return rendered;
  };
  const head = counted(p.title(donor, report.year), () => [
    p.title(donor, report.year),
    `${p.recipients}${options.locale === 'zh' ? '：' : ': '}${report.recipients.map(w.region).join(options.locale === 'zh' ? '；' : '; ')}`,
    ...p.conventions(report.regionsAsOf),
    ...renderOlderCodes(report, options.locale, p),
  ]);
  const body = sections.flatMap((render, i) => ['', p.sections[i] ?? '', ...counted(p.sections[i] ?? '', () => render(w))]);
  const sources = counted(p.sourcesHeading, () => renderSources(w));
  const lines = [...head, ...body, '', p.sections[9], ...renderIssues(w, untranslated), '', p.sourcesHeading, ...sources];
  return redactPersonalData(`${lines.join('\n')}\n`);
}

// One line per older code: the code and its name then, the code it is counted under and its name, and how many records.
function renderOlderCodes(report: AnnualReport, locale: ReportLocale, p: ReportPhrases): string[] {
  if (report.olderCodes.length === 0) return [];
  const named = (code: string, name: RegionName | undefined) => {
    const text = localText(name, locale);
    return text === '' ? code : `${code} ${text}`;
  };
  return [
    p.olderCodes(report.regionsAsOf),
    ...report.olderCodes.map((older) => {
      const counts = [older.projects.length, older.subProjects.length, older.ledgerEntries.length, older.declaredBeneficiaries.length, older.identifiedBeneficiaries.length] as const;
      return `  ${named(older.code, older.name)} → ${named(older.countedUnder.code, older.countedUnder.name)}${locale === 'zh' ? '：' : ': '}${p.olderCodeCounts(counts)}`;
    }),
  ];
}
