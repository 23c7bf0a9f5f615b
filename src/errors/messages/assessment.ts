import { quote, type MessageTable } from './table.js';

/** Messages for the assessment of a pairing's year. */
export const assessmentMessages = {
  'assessment-weights-mismatch': (p) => `The points of ${p.area === undefined ? 'the areas' : `the area ${quote(p.area)}`} add up to ${p.sum}, not to ${p.total}.`,
  'assessment-value-invalid': (p) => `Not a non-negative exact decimal such as "10" or "12.5": ${quote(p.input)}.`,
  'assessment-indicator-repeated': (p) => `The indicator id ${quote(p.indicator)} is used more than once.`,
  'assessment-grades-invalid': () => 'The grade scale must go from the best grade down, each from a lower share than the one before, from 100 % or less to 0 %.',
  'assessment-entered-unknown': (p) => `The configuration has no indicator ${quote(p.indicator)}.`,
  'assessment-entered-computed': (p) => `The indicator ${quote(p.indicator)} is computed from the record (${p.measure}); an entered figure cannot replace it.`,
  'assessment-entered-repeated': (p) => `The indicator ${quote(p.indicator)} is entered more than once.`,
} as const satisfies MessageTable;
