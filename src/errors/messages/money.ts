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
  'fen-not-whole': (p) => `The number ${p.input} is not a whole number of fen; an amount in fen has no fraction.`,
  'amount-unsafe-integer': (p) => `The number ${p.input} is beyond exact integer range; pass the amount as a string.`,
  'amount-json-form': (p) =>
    `An amount in JSON is a decimal string of yuan with at most two decimals, such as "46910000.00": received ${p.input}.`,
  'amount-stored-form': (p) =>
    `An amount in a stored event log is written as the library writes it, with two decimals and no leading zeros, such as "900000.00" (the event's hash covers that form): received ${p.input}.`,
  'rounding-invalid': (p) => `Unknown rounding mode ${quote(p.input)}.`,
  'factor-invalid': (p) => `Not a decimal factor: ${quote(p.input)}.`,
  'ratios-empty': () => 'Allocation needs at least one ratio.',
  'ratio-negative': (p) => `Ratio ${p.index} is negative (${p.input}); ratios must be zero or more.`,
  'ratios-zero': () => 'All ratios are zero; nothing to allocate by.',
  'division-by-zero': () => 'Cannot divide by a zero amount.',
  'amount-too-long': (p) => `An amount is written in at most ${p.maximum} characters.`,
  'amount-line-break': (p) => `An amount cannot hold a line break: ${quote(p.input)}.`,
  'amount-numeral-invalid': (p) =>
    `${quote(p.numeral)} in ${quote(p.input)} is not an ASCII or full-width digit (a footnote mark, a circled or mathematical digit); it is not read as one.`,
  'amount-negative': (p) => `The amount ${p.input} is negative, and this one cannot be; record a reversal in the ledger instead.`,
  'options-invalid': (p) => `The options must be an object${p.received ? `, received ${p.received}` : ''}.`,
  'decimals-invalid': (p) => `Decimals must be a whole number from 0 to ${p.maximum}, received ${p.input}.`,
  'amount-unit-invalid': (p) => `Unknown unit ${quote(p.input)}; use yuan, thousand, wan, million or yi.`,
} as const satisfies MessageTable;
