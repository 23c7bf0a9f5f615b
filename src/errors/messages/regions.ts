import type { MessageTable } from './table.js';

/** Messages for the regions area. */
export const regionsMessages = {} as const satisfies MessageTable;
