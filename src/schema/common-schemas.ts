import { z } from 'zod';
import { parseIsoDate, type IsoDate } from '../dates/iso-date.js';
import type { Amount } from '../money/amount.js';
import { parseAmount } from '../money/parse-amount.js';
import { addLibraryIssues } from './parse-with-schema.js';

/**
 * The JSON form of an amount: a decimal string of yuan (`"46910000.00"`) or a number exact at fen
 * precision, read into an {@link Amount}. Its JSON Schema is a string with a decimal pattern.
 */
export const amountSchema: z.ZodType<Amount, string | number> = /* @__PURE__ */ z
  .union([z.string(), z.number()])
  .transform((input, ctx) => {
    const parsed = parseAmount(input);
    if (parsed.ok) return parsed.value;
    addLibraryIssues(ctx, parsed.issues, input);
    return z.NEVER;
  })
  .meta({ description: 'Amount of yuan as a decimal string with at most two decimals, e.g. "46910000.00".' });

/** The JSON form of a calendar date (`YYYY-MM-DD`). */
export const isoDateSchema: z.ZodType<IsoDate, string> = /* @__PURE__ */ z
  .string()
  .transform((input, ctx) => {
    const parsed = parseIsoDate(input);
    if (parsed.ok) return parsed.value;
    addLibraryIssues(ctx, parsed.issues, input);
    return z.NEVER;
  })
  .meta({ description: 'Calendar date YYYY-MM-DD (China time).' });
