import { divideRounded, powerOfTen } from '../internal/bigint-division.js';
import { createIssue } from '../errors/issue.js';
import { PairingAidError } from '../errors/pairing-aid-error.js';
import { assertAmount, assertDecimals, assertRoundingMode, assertUnit, describeArgument } from './money-arguments.js';
import type { Amount } from './amount.js';
import type { RoundingMode } from './rounding.js';
import { amountUnits, type AmountUnit } from './units.js';

/** Options for {@link formatAmount}. */
export interface FormatAmountOptions {
  /** `en` (default) or `zh`. */
  readonly locale?: 'en' | 'zh';
  /** The unit to show (default `yuan`). */
  readonly unit?: AmountUnit;
  /** Places after the point (default 2). */
  readonly decimals?: number;
  /** How the last shown place is rounded (default `half-up`, 四舍五入, as Chinese statistical tables round). */
  readonly rounding?: RoundingMode;
  /** Thousands separators in the whole part (default `true`). */
  readonly grouping?: boolean;
}

const englishSuffix: Readonly<Record<AmountUnit, string>> = {
  yuan: '',
  thousand: ' thousand yuan',
  wan: ' wan yuan',
  million: ' million yuan',
  yi: ' yi yuan',
};
const chineseSuffix: Readonly<Record<AmountUnit, string>> = {
  yuan: '元',
  thousand: '千元',
  wan: '万元',
  million: '百万元',
  yi: '亿元',
};

/**
 * Writes an amount for people, in English or Chinese and in the unit a report uses.
 *
 * English yuan are written with the ¥ mark (`¥46,910,000.00`), other English units with words
 * (`46.91 million yuan`); Chinese puts the unit after the figure (`4,691.00万元`, `0.47亿元`).
 * Rounding happens here only, on the shown places, by the stated mode (default `half-up`).
 *
 * @param value - the amount
 * @param options - see {@link FormatAmountOptions}
 * @returns the text
 * @throws {@link PairingAidError} `decimals-invalid` (not a whole number from 0 to 20), `rounding-invalid`,
 *   `amount-unit-invalid`, `options-invalid`, `amount-type`
 *
 * @example
 * ```ts
 * formatAmount(amount('46910000'))
 * //=> '¥46,910,000.00'
 * formatAmount(amount('46910000'), { unit: 'million' })
 * //=> '46.91 million yuan'
 * formatAmount(amount('46910000'), { locale: 'zh', unit: 'wan' })
 * //=> '4,691.00万元'
 * formatAmount(amount('46910000'), { locale: 'zh', unit: 'yi' })
 * //=> '0.47亿元'
 * ```
 */
export function formatAmount(value: Amount, options: FormatAmountOptions = {}): string {
  if (typeof options !== 'object' || options === null) {
    throw new PairingAidError([createIssue('options-invalid', [], { received: describeArgument(options) })]);
  }
  const unit = options.unit ?? 'yuan';
  const decimals = options.decimals ?? 2;
  const figure = amountInUnit(value, unit, decimals, options.rounding ?? 'half-up', options.grouping ?? true);
  if ((options.locale ?? 'en') === 'zh') return `${figure}${chineseSuffix[unit]}`;
  if (unit === 'yuan') return figure.startsWith('-') ? `-¥${figure.slice(1)}` : `¥${figure}`;
  return `${figure}${englishSuffix[unit]}`;
}

/**
 * The amount as a plain decimal string in a unit, exact unless `decimals` asks for fewer places than the
 * unit needs (then rounded by `rounding`, default `half-up`). No grouping, no unit word: for tables and
 * columns that state their unit in the header.
 *
 * @param value - the amount
 * @param unit - the unit to write it in
 * @param decimals - places after the point, 0 to 20 (default: as many as the unit needs to be exact)
 * @param rounding - how the last place is rounded when fewer places are asked for (default `half-up`)
 * @returns the decimal string
 * @throws {@link PairingAidError} `amount-unit-invalid`, `decimals-invalid`, `rounding-invalid`, `amount-type`
 *
 * @example
 * ```ts
 * convertAmount(amount('46910000'), 'wan')
 * //=> '4691.000000'
 * convertAmount(amount('46910000'), 'wan', 2)
 * //=> '4691.00'
 * ```
 */
export function convertAmount(
  value: Amount,
  unit: AmountUnit,
  decimals: number = amountUnits[unit] + 2,
  rounding: RoundingMode = 'half-up',
): string {
  return amountInUnit(value, unit, decimals, rounding, false);
}

function amountInUnit(
  value: Amount,
  unit: AmountUnit,
  decimals: number,
  rounding: RoundingMode,
  grouping: boolean,
): string {
  assertAmount(value, 'value');
  assertUnit(unit);
  assertDecimals(decimals);
  assertRoundingMode(rounding);
  // value in units = fen / 10^(unitExponent + 2); shown with `decimals` places.
  const exponent = amountUnits[unit] + 2 - decimals;
  const scaled = exponent >= 0 ? divideRounded(value.fen, powerOfTen(exponent), rounding) : value.fen * powerOfTen(-exponent);
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  const shownWhole = grouping ? groupThousands(whole) : whole;
  const sign = negative ? '-' : '';
  return decimals === 0 ? `${sign}${shownWhole}` : `${sign}${shownWhole}.${fraction}`;
}

// Commas between groups of three digits from the right, in one pass.
function groupThousands(whole: string): string {
  const head = whole.length % 3 || 3;
  const groups = [whole.slice(0, head)];
  for (let at = head; at < whole.length; at += 3) groups.push(whole.slice(at, at + 3));
  return groups.join(',');
}
