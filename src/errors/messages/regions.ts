import { quote, type MessageTable } from './table.js';

/** Messages for region codes (GB/T 2260). */
export const regionsMessages = {
  'region-code-format': (p) => `A region code is six digits (GB/T 2260), received ${quote(p.input)}.`,
  'region-code-level': (p) => `${quote(p.input)} is a ${p.actual} code where a ${p.expected} code is required.`,
  'region-code-province': (p) => `${quote(p.input)} does not start with a province code (11–82).`,
} as const satisfies MessageTable;
