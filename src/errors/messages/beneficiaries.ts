import type { MessageTable } from './table.js';

/** Messages for the beneficiaries area. */
export const beneficiariesMessages = {} as const satisfies MessageTable;
