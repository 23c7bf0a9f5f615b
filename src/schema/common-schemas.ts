import * as z from 'zod';
import { createIssue } from '../errors/issue.js';
import { parseIsoDate, type IsoDate } from '../dates/iso-date.js';
import type { Amount } from '../money/amount.js';
import { parseAmount } from '../money/parse-amount.js';
import { addLibraryIssues } from './parse-with-schema.js';

/**
 * The form of an amount in JSON: a decimal string of yuan, at most two decimals, no sign but `-`, no
 * separators or units (`"46910000.00"`, `"-28"`). What `JSON.stringify` writes for an {@link Amount}.
 */
export const AMOUNT_JSON_PATTERN = '^-?\\d+(?:\\.\\d{1,2})?$';

/**
 * The one form an amount takes in a stored event log, the form `JSON.stringify` writes for an {@link Amount}:
 * two decimals, no leading zeros, no `-0.00` (`"900000.00"`). An event's hash is taken over its JSON, so an
 * amount written any other way (`"900000"`) would read back as the same amount under a different hash.
 */
export const STORED_AMOUNT_JSON_PATTERN = '^(?!-0\\.00$)-?(?:0|[1-9]\\d*)\\.\\d{2}$';

/**
 * The form of a calendar date in JSON: `YYYY-MM-DD` of a day that exists in the proleptic Gregorian calendar
 * (`2012-02-29` but not `2011-02-29`), years 0000 to 9999.
 */
export const ISO_DATE_JSON_PATTERN =
  // Years 1900–2199, the range the date parser accepts (2000 is the one century year of it that is a leap year).
  '^(?:(?:19|20|21)\\d{2}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
  '|(?:(?:19|20|21)(?:0[48]|[2468][048]|[13579][26])|2000)-02-29)$';

const amountJson = /* @__PURE__ */ new RegExp(AMOUNT_JSON_PATTERN);
const storedAmountJson = /* @__PURE__ */ new RegExp(STORED_AMOUNT_JSON_PATTERN);
const isoDateJson = /* @__PURE__ */ new RegExp(ISO_DATE_JSON_PATTERN);

/**
 * The JSON form of an amount: a decimal string of yuan (`"46910000.00"`, the pattern `^-?\d+(?:\.\d{1,2})?$`), read
 * into an {@link Amount}. Numbers and the written forms {@link parseAmount} reads (`"4691万元"`) are refused
 * (`amount-json-form`): JSON readers in most languages turn numbers into binary floats, and a document's
 * amounts have one form so that any JSON Schema validator checks them as the library does.
 */
export const amountSchema: z.ZodType<Amount, string> = /* @__PURE__ */ amountOfForm(undefined).meta({
  description: 'Amount of yuan as a decimal string with at most two decimals, e.g. "46910000.00".',
}) as unknown as z.ZodType<Amount, string>;

/**
 * An amount as a stored event log holds it: the JSON form of {@link amountSchema} written the one way the
 * library writes it ({@link STORED_AMOUNT_JSON_PATTERN}, `"900000.00"`), else `amount-stored-form`. An event's
 * hash covers its JSON, so `"12.3"` and `"12.30"` would be one amount under two hashes.
 */
export const storedAmountSchema: z.ZodType<Amount, string> = /* @__PURE__ */ amountOfForm(storedAmountJson).meta({
  description: 'Amount of yuan as a stored event log holds it: a decimal string with two decimals, e.g. "900000.00".',
}) as unknown as z.ZodType<Amount, string>;

function amountOfForm(stored: RegExp | undefined) {
  return z.unknown().transform((input, ctx) => {
    const parsed = typeof input === 'string' ? parseAmount(input) : undefined;
    const json = parsed?.ok === true && amountJson.test(input as string);
    if (json && (stored === undefined || stored.test(input as string))) return parsed.value;
    // A string that is no amount at all gets parseAmount's own reason; a number or a written form, the JSON form.
    const issues =
      parsed?.ok === false
        ? parsed.issues
        : input === undefined
          ? [createIssue('invalid-type', [], { expected: 'string', received: 'nothing' })]
          : [createIssue(json ? 'amount-stored-form' : 'amount-json-form', [], { input: typeof input === 'string' ? input : describeInput(input) })];
    addLibraryIssues(ctx, issues, input);
    return z.NEVER;
  });
}

// The value as JSON writes it, shortened: the same in every language's message.
function describeInput(input: unknown): string {
  const text = JSON.stringify(input) ?? String(input);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** The JSON form of a calendar date: `YYYY-MM-DD` of a day that exists (`2012-02-29`, not `2011-02-29`), else `invalid-date`. */
export const isoDateSchema: z.ZodType<IsoDate, string> = /* @__PURE__ */ z
  .string()
  .transform((input, ctx) => {
    const parsed = isoDateJson.test(input) ? parseIsoDate(input) : { ok: false as const, issues: [createIssue('invalid-date', [], { input })] };
    if (parsed.ok) return parsed.value;
    addLibraryIssues(ctx, parsed.issues, input);
    return z.NEVER;
  })
  .meta({ description: 'Calendar date YYYY-MM-DD (China time).' });
