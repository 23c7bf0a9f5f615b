import type { MessageTable } from './table.js';

/** Messages for the exports area. */
export const exportsMessages = {} as const satisfies MessageTable;
