import type { IssueParams } from '../issue.js';
import type { IssueTerms } from '../issue-terms.js';

/**
 * A function that renders one issue code's message from its params; a translated message also takes the
 * words for the codes its params carry (see {@link IssueTerms}).
 */
export type MessageTemplate = (params: IssueParams, terms?: IssueTerms) => string;

/** An area's messages, keyed by issue code. */
export type MessageTable = Readonly<Record<string, MessageTemplate>>;

/** Quotes a value found in the input for a message. */
export const quote = (value: unknown): string => JSON.stringify(String(value ?? ''));
