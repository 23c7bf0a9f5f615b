import type { MessageTable } from './table.js';

/** Messages for the lifecycle area. */
export const lifecycleMessages = {} as const satisfies MessageTable;
