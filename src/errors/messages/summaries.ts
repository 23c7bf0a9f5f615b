import type { MessageTable } from './table.js';

/** Messages for the summaries area. */
export const summariesMessages = {} as const satisfies MessageTable;
