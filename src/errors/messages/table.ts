import type { IssueParams } from '../issue.js';

/** A function that renders one issue code's message from its params. */
export type MessageTemplate = (params: IssueParams) => string;

/** An area's messages, keyed by issue code. */
export type MessageTable = Readonly<Record<string, MessageTemplate>>;

/** Quotes a value found in the input for a message. */
export const quote = (value: unknown): string => JSON.stringify(String(value ?? ''));
