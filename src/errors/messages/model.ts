import type { MessageTable } from './table.js';

/** Messages for the model area. */
export const modelMessages = {} as const satisfies MessageTable;
