import { quote, type MessageTable } from './table.js';

/** Messages for the programme model: organisations, pairings, funds, plans, projects and the ledger. */
export const modelMessages = {
  'id-invalid': (p) => `Not a valid ${p.kind} id (1–128 printable characters, no space at either end): ${quote(p.input)}.`,
} as const satisfies MessageTable;
