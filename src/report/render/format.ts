import type { FigureQualifier } from '../../aid/figure-qualifier.js';
import type { PartialDate } from '../../aid/partial-date.js';
import type { Amount } from '../../money/amount.js';
import { formatAmount } from '../../money/format-amount.js';
import type { LocalizedText } from '../../model/text.js';
import type { RegionName } from '../../regions/region.js';
import type { ReportLocale } from './report-locale.js';

const YI = 10_000_000_000n; // 1 亿元 in fen

/** An amount as the locale's reports write it: million yuan in English; 万元, or 亿元 from one 亿 up, in Chinese. */
export function formatReportAmount(value: Amount, locale: ReportLocale): string {
  if (locale === 'en') return formatAmount(value, { unit: 'million' });
  const magnitude = value.fen < 0n ? -value.fen : value.fen;
  return formatAmount(value, { locale: 'zh', unit: magnitude >= YI ? 'yi' : 'wan' });
}

/** An amount as a bare figure in the report's table unit (million yuan, 万元). */
export function formatTableAmount(value: Amount, locale: ReportLocale): string {
  return locale === 'en'
    ? formatAmount(value, { unit: 'million' }).replace(/ million yuan$/, '')
    : formatAmount(value, { locale: 'zh', unit: 'wan' }).replace(/万元$/, '');
}

/** A whole number with thousands separators. */
export function formatCount(value: number): string {
  return groupThousands(String(value));
}

/** A decimal text (`"-46910000.00"`) with thousands separators in its whole part (`"-46,910,000.00"`). */
export function groupThousands(text: string): string {
  const sign = text.startsWith('-') ? '-' : '';
  const point = text.indexOf('.');
  const whole = text.slice(sign.length, point === -1 ? text.length : point);
  const rest = point === -1 ? '' : text.slice(point);
  let grouped = whole.slice(0, whole.length % 3 || 3);
  for (let at = grouped.length; at < whole.length; at += 3) grouped += `,${whole.slice(at, at + 3)}`;
  return sign + grouped + rest;
}

const englishQualifier: Readonly<Record<FigureQualifier, string>> = {
  exact: '',
  'at-least': 'at least ',
  'more-than': 'more than ',
  about: 'about ',
  'at-most': 'at most ',
};

/** A figure with its qualifier and unit: "more than 1,100 persons", "1,100余人". */
export function qualify(figure: string, qualifier: FigureQualifier, unit: string, locale: ReportLocale): string {
  if (locale === 'en') return `${englishQualifier[qualifier]}${figure}${unit === '' ? '' : ` ${unit}`}`;
  switch (qualifier) {
    case 'exact':
      return `${figure}${unit}`;
    case 'at-least':
      return `至少${figure}${unit}`;
    case 'more-than':
      return `${figure}余${unit}`;
    case 'about':
      return `约${figure}${unit}`;
    case 'at-most':
      return `至多${figure}${unit}`;
  }
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as precisely as it is known: "2011-08-18", "September 2011", "2011"; "2011年8月18日", "2011年9月". */
export function formatPartialDate(value: PartialDate, locale: ReportLocale): string {
  const [year, month, day] = value.date.split('-');
  if (locale === 'zh') {
    const monthText = `${Number(month)}月`;
    return value.precision === 'year' ? `${year}年` : value.precision === 'month' ? `${year}年${monthText}` : `${year}年${monthText}${Number(day)}日`;
  }
  return value.precision === 'year' ? `${year}` : value.precision === 'month' ? `${months[Number(month) - 1]} ${year}` : value.date;
}

/** What a Chinese report shows for a text given only in English: it never prints English. */
export const NO_CHINESE_TEXT = '〔无中文文本〕';

/** A text in the locale's language, falling back to the other one. */
export function localText(text: LocalizedText | RegionName | undefined, locale: ReportLocale): string {
  if (text === undefined) return '';
  return (locale === 'zh' ? (text.zh ?? text.en) : (text.en ?? text.zh)) ?? '';
}

// East Asian wide characters take two columns in a terminal; tables align by columns, not characters.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** How many terminal columns a text takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE.test(character) ? 2 : 1;
  return width;
}

/** Lays rows out as a table: the first column left-aligned, the others right-aligned, two spaces apart. */
export function formatTable(rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => {
          const pad = ' '.repeat((widths[i] ?? 0) - displayWidth(cell));
          return i === 0 ? cell + pad : pad + cell;
        })
        .join('  ')
        .trimEnd(),
  );
}
