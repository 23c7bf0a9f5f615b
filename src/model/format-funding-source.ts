import { contributionFormLabels, fundingSourceLabels, type FundingSource } from './funding-source.js';
import type { RegionCode } from '../regions/region-code.js';
import type { Organisation } from './organisation.js';

/** Options for {@link formatFundingSource}. */
export interface FormatFundingSourceOptions {
  /** `zh` (default) or `en`. */
  readonly language?: 'zh' | 'en';
  /** The organisations whose names stand for the funders the lines name by id. */
  readonly organisations?: readonly Organisation[];
  /** The name of a division code, for the donor region of an east–west line (`440305` → `深圳市南山区`). */
  readonly regionName?: (region: RegionCode) => string | undefined;
}

/**
 * The name of a funding line as an announcement shows it: the source, and in brackets the form of a contribution
 * or who gives it (the funder's name, else the name on the line; the donor region of an east–west line, by
 * `regionName`). A name given only in the other language is left
 * out, so a Chinese text never shows English; an `other` line is called by its own name.
 *
 * @param line - a funding line
 * @param options - see {@link FormatFundingSourceOptions}
 * @returns the line's name
 *
 * @example
 * ```ts
 * formatFundingSource({ source: 'beneficiary-contribution', form: 'labour', amount: amount('30000') })
 * //=> '群众自筹（投工投劳折资）'
 * formatFundingSource({ source: 'other-departments', name: { zh: '县交通运输局' }, amount: amount('200000') }, { language: 'en' })
 * //=> "other departments' funds"
 * ```
 */
export function formatFundingSource(line: FundingSource, options: FormatFundingSourceOptions = {}): string {
  const language = options.language ?? 'zh';
  const label = fundingSourceLabels[line.source][language];
  const detail = detailOf(line, language, options);
  if (line.source === 'other') return detail ?? label;
  return detail === undefined ? label : language === 'zh' ? `${label}（${detail}）` : `${label} (${detail})`;
}

function detailOf(line: FundingSource, language: 'zh' | 'en', { organisations, regionName }: FormatFundingSourceOptions): string | undefined {
  switch (line.source) {
    case 'east-west-cooperation':
      return line.donor === undefined ? undefined : (regionName?.(line.donor) ?? line.donor);
    case 'beneficiary-contribution':
      return contributionFormLabels[line.form][language];
    case 'other':
      return line.name[language];
    case 'other-departments':
    case 'enterprise-social': {
      const funder = line.funder === undefined ? undefined : organisations?.find((organisation) => organisation.id === line.funder);
      return (funder?.name ?? line.name)?.[language];
    }
    default:
      return undefined;
  }
}
