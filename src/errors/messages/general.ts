import { quote, type MessageTable } from './table.js';

/** Messages for the shape of input, shared by every parser. */
export const generalMessages = {
  'invalid-type': (p) => `Expected ${p.expected}, received ${p.received}.`,
  'invalid-value': (p) =>
    `Not one of the allowed values${p.allowed ? ` (${p.allowed})` : ''}: ${p.missing === true ? 'nothing given' : quote(p.input)}.`,
  'invalid-format': (p) => `Not a valid ${p.format}: ${quote(p.input)}.`,
  'too-small': (p) => `Too small: must be ${p.inclusive === false ? 'more than' : 'at least'} ${p.minimum}${p.unit ? ` ${p.unit}` : ''}.`,
  'too-big': (p) => `Too big: must be ${p.inclusive === false ? 'less than' : 'at most'} ${p.maximum}${p.unit ? ` ${p.unit}` : ''}.`,
  'unrecognized-key': (p) => `Unknown field ${quote(p.key)}.`,
  'invalid-date': (p) => `Not a calendar date (YYYY-MM-DD): ${quote(p.input)}.`,
  'invalid-input': (p) => `Invalid input${p.detail ? `: ${p.detail}` : ''}.`,
  'input-unreadable': () => 'The input could not be read: a property getter or a proxy in it threw.',
  'date-out-of-range': (p) => `${quote(p.input)} is outside the dates the library reads, ${p.minimum} to ${p.maximum}.`,
  'issues-truncated': (p) => `${p.omitted} more issues were found and are not listed; at most ${p.maximum} are reported.`,
} as const satisfies MessageTable;
