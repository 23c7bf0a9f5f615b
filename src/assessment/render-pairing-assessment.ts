import type { LocalizedText } from '../model/text.js';
import { assessmentAreaLabels, assessmentGradeLabels } from './assessment-areas.js';
import type { AssessedIndicator, PairingAssessment } from './assess-pairing-year.js';
import type { AssessmentSource } from './compute-assessment-measures.js';

type Wording = { readonly zh: string; readonly en: string };

// The tables of words are made when a line is written, not when the module loads.
const sourceKindWords = (): Readonly<Record<AssessmentSource['kind'], Wording>> => ({
  'funds': { zh: '资金', en: 'funds' },
  'plans': { zh: '计划', en: 'plans' },
  'projects': { zh: '项目', en: 'projects' },
  'ledger': { zh: '台账', en: 'ledger entries' },
  'pairings': { zh: '结对关系', en: 'pairings' },
  'non-project-aid': { zh: '非项目帮扶', en: 'non-project aid' },
  'entered': { zh: '填报', en: 'entered' },
});

// How many records of a kind a Chinese line names: ids are Latin codes, which the Chinese text does not show.
const counterWords = (): Readonly<Record<AssessmentSource['kind'], string>> => ({
  'funds': '项',
  'plans': '项',
  'projects': '个',
  'ledger': '笔',
  'pairings': '对',
  'non-project-aid': '项',
  'entered': '项',
});

const judgementWords = (): Readonly<Record<string, Wording>> => ({
  'yes': { zh: '是', en: 'yes' },
  'no': { zh: '否', en: 'no' },
  'good': { zh: '好', en: 'good' },
  'fairly-good': { zh: '较好', en: 'fairly good' },
  'fair': { zh: '一般', en: 'fair' },
  'poor': { zh: '差', en: 'poor' },
});

const missingWords = (): Readonly<Record<NonNullable<AssessedIndicator['missing']>, Wording>> => ({
  'no-data': { zh: '缺：数据中无此项', en: 'missing: not in the data' },
  'not-split': { zh: '缺：数据为多个受援地合计，无法拆分', en: 'missing: recorded for several recipients together' },
  'not-entered': { zh: '缺：未填报', en: 'missing: not entered' },
});

// The units as English text writes them, for one and for any other number; an entered unit it does not know is
// written as given.
const unitWordsEn = (): Readonly<Record<string, readonly [one: string, other: string]>> => ({
  '元': ['yuan', 'yuan'],
  '人': ['person', 'persons'],
  '次': ['time', 'times'],
  '家': ['enterprise', 'enterprises'],
  '个': ['', ''],
});

/** Options of {@link renderPairingAssessment}. */
export interface RenderAssessmentOptions {
  readonly locale: 'zh' | 'en';
  /** Names for the donor's and recipients' codes; the codes are shown otherwise. */
  readonly regionName?: (code: string) => string | undefined;
}

/**
 * Writes an assessed year in Chinese or English: per area its score and each indicator with its figure (or
 * judgement), where the figure comes from, the planned value, rate, points and score; missing figures as missing
 * with the reason; then the total, the grade, and whether it is provisional. An illustrative configuration is
 * named as such. The English text names the records a figure comes from by id (up to three of a kind); the
 * Chinese text counts them, as it shows no Latin letters: the ids are in the JSON.
 *
 * @param assessment - what {@link assessPairingYear} gave
 * @param options - the language and region names
 * @returns the assessment as lines of text
 *
 * @example
 * ```ts
 * import { seedNonProjectAid2011, seedRecord2011 } from 'pairing-aid/examples/2011'
 * const assessed = unwrap(assessPairingYear(
 *   { record: seedRecord2011, nonProjectAid: seedNonProjectAid2011, entered: [] },
 *   illustrativeAssessmentConfiguration,
 *   { year: 2011, donor: regionCode('440300'), recipients: [regionCode('522400'), regionCode('522700')] },
 * ));
 * renderPairingAssessment(assessed, { locale: 'zh' }).split('\n').at(-1);
 * //=> '总分：52.50 / 100.00（52.50%），等次：差（暂定：缺数据的指标计35.00分）'
 * renderPairingAssessment(assessed, { locale: 'en' }).split('\n').at(-1);
 * //=> 'Total: 52.50 / 100.00 (52.50 %), grade: poor (provisional: indicators worth 35.00 points lack figures)'
 * ```
 */
export function renderPairingAssessment(assessment: PairingAssessment, options: RenderAssessmentOptions): string {
  const zh = options.locale === 'zh';
  const pick = (text: Wording | LocalizedText): string => (zh ? (text.zh ?? text.en ?? '') : (text.en ?? text.zh ?? ''));
  const name = (code: string): string => options.regionName?.(code) ?? code;
  const recipients = assessment.recipients.map(name).join(zh ? '、' : ', ');
  const lines = [
    zh ? `东西部扶贫协作考核（${assessment.year}年）：${name(assessment.donor)} → ${recipients}` : `East–west cooperation assessment ${assessment.year}: ${name(assessment.donor)} → ${recipients}`,
    zh
      ? `考核方案：${pick(assessment.configuration.name)}${assessment.configuration.illustrative ? '（示例，非官方标准）' : ''}`
      : `Configuration: ${pick(assessment.configuration.name)}${assessment.configuration.illustrative ? ' (illustrative, not an official standard)' : ''}`,
  ];
  lines.push(...assessmentBodyLines(assessment, zh));
  return lines.join('\n');
}

/**
 * The lines of an assessed year after its heading: each area with its indicators, then the total and the grade.
 * @internal
 */
export function assessmentBodyLines(assessment: PairingAssessment, zh: boolean): string[] {
  const pick = (text: Wording | LocalizedText): string => (zh ? (text.zh ?? text.en ?? '') : (text.en ?? text.zh ?? ''));
  const lines: string[] = [];
  for (const area of assessment.areas) {
    lines.push(`${pick(assessmentAreaLabels[area.area])}${zh ? '：' : ': '}${area.score} / ${area.points}`);
    for (const indicator of area.indicators) lines.push(`  ${indicatorLine(indicator, zh, pick)}`);
  }
  const grade = pick(assessmentGradeLabels[assessment.grade]);
  lines.push(
    zh
      ? `总分：${assessment.score} / ${assessment.maxScore}（${assessment.percent}%），等次：${grade}${assessment.provisional ? `（暂定：缺数据的指标计${assessment.missingPoints}分）` : ''}`
      : `Total: ${assessment.score} / ${assessment.maxScore} (${assessment.percent} %), grade: ${grade}${assessment.provisional ? ` (provisional: indicators worth ${assessment.missingPoints} points lack figures)` : ''}`,
  );
  return lines;
}

function indicatorLine(indicator: AssessedIndicator, zh: boolean, pick: (text: Wording | LocalizedText) => string): string {
  const unit = (value: string): string => {
    const english = unitWordsEn()[indicator.unit];
    const written = zh ? indicator.unit : english === undefined ? indicator.unit : english[Number(value) === 1 ? 0 : 1];
    return written === '' ? value : zh || written === '%' ? `${value}${written}` : `${value} ${written}`;
  };
  const judged = indicator.judgement !== undefined;
  const planned = judged
    ? zh ? (indicator.judgement === 'yes-no' ? '定性：是／否' : '定性：好／较好／一般／差') : indicator.judgement === 'yes-no' ? 'judgement: yes or no' : 'judgement: a grade'
    : `${indicator.comparator === '>=' ? '≥' : '≤'} ${unit(indicator.planned ?? '')}`;
  const figure = indicator.value === undefined ? pick(missingWords()[indicator.missing ?? 'no-data']) : judged ? pick(judgementWords()[indicator.value] ?? { zh: indicator.value, en: indicator.value }) : unit(indicator.value);
  const sources = indicator.sources
    .filter((source) => source.ids.length > 0 || (source.references?.length ?? 0) > 0)
    .map((source) => {
      const documents = [...new Set((source.references ?? []).map((reference) => pick(reference.document)))];
      const kind = pick(sourceKindWords()[source.kind]);
      const ids = source.ids.length === 0 ? '' : zh ? `${source.ids.length}${counterWords()[source.kind]}` : source.ids.length <= 3 ? ` ${source.ids.join(', ')}` : ` ${source.ids.length}`;
      return `${kind}${ids}${documents.length === 0 ? '' : zh ? `（${documents.join('；')}）` : ` (${documents.join('; ')})`}`;
    });
  const from = sources.length === 0 ? '' : zh ? `；来源：${sources.join('；')}` : `; from ${sources.join('; ')}`;
  const rate = indicator.rate === undefined ? '' : zh ? `，完成${indicator.rate}%` : `, ${indicator.rate} % achieved`;
  const score = indicator.score ?? '—';
  return zh
    ? `${pick(indicator.name)}：${figure}（${judged ? '' : '目标'}${planned}${rate}）得分${score} / ${indicator.points}${from}`
    : `${pick(indicator.name)}: ${figure} (${judged ? '' : 'target '}${planned}${rate}) scores ${score} / ${indicator.points}${from}`;
}
