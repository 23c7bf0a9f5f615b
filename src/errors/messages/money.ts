import { quote, type MessageTable } from './table.js';

/** Messages for amounts of money. */
export const moneyMessages = {
  'amount-type': (p) => `An amount must be a string or a number, received ${p.received}.`,
  'amount-empty': () => 'The amount is empty.',
  'amount-syntax': (p) => `Not an amount: ${quote(p.input)}.`,
  'amount-grouping': (p) => `Thousands separators must group three digits: ${quote(p.input)}.`,
  'amount-unit': (p) => `Unknown unit ${quote(p.unit)} in ${quote(p.input)}; use 元, 万元, 亿元, yuan or million.`,
  'amount-too-precise': (p) =>
    `${quote(p.input)} has more than two decimals of a yuan (fen); pass a rounding mode to round it.`,
  'amount-not-finite': (p) => `Not a finite number: ${p.input}.`,
  'amount-inexact-number': (p) =>
    `The number ${p.input} is not exact at fen precision; pass the amount as a string.`,
  'amount-unsafe-integer': (p) => `The number ${p.input} is beyond exact integer range; pass the amount as a string.`,
  'amount-json-form': (p) =>
    `An amount in JSON is a decimal string of yuan with at most two decimals, such as "46910000.00": received ${p.input}.`,
  'rounding-invalid': (p) => `Unknown rounding mode ${quote(p.input)}.`,
  'factor-invalid': (p) => `Not a decimal factor: ${quote(p.input)}.`,
  'ratios-empty': () => 'Allocation needs at least one ratio.',
  'ratio-negative': (p) => `Ratio ${p.index} is negative (${p.input}); ratios must be zero or more.`,
  'ratios-zero': () => 'All ratios are zero; nothing to allocate by.',
  'division-by-zero': () => 'Cannot divide by a zero amount.',
} as const satisfies MessageTable;
