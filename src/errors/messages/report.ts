import type { MessageTable } from './table.js';

/** Messages for the report area. */
export const reportMessages = {} as const satisfies MessageTable;
