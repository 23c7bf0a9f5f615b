import * as z from 'zod';
import { createIssue } from '../../errors/issue.js';
import { parseRegionCode, type RegionCode } from '../../regions/region-code.js';
import { addLibraryIssues } from '../../schema/parse-with-schema.js';
import { parseIdText } from '../ids.js';

// Field schemas shared by the entity schemas. Each reports the library's own codes, not zod's.

/** An identifier of one kind, checked like the `projectId('…')` constructors check it. */
export function idField<T extends string>(kind: string): z.ZodType<T, string> {
  return z.string().transform((input, ctx) => {
    const parsed = parseIdText<T>(input, kind);
    if (parsed.ok) return parsed.value;
    addLibraryIssues(ctx, parsed.issues, input);
    return z.NEVER;
  });
}

/** A GB/T 2260 code's form; whether it was in force on a date is the registry's question (rule 19). */
export const regionCodeField: z.ZodType<RegionCode, string> = /* @__PURE__ */ z.string().transform((input, ctx) => {
  const parsed = parseRegionCode(input);
  if (parsed.ok) return parsed.value;
  addLibraryIssues(ctx, parsed.issues, input);
  return z.NEVER;
});

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** An exact decimal written as text (`"1200"`, `"95.5"`), never a binary float. */
export const decimalTextField: z.ZodType<string, string> = /* @__PURE__ */ z.string().superRefine((input, ctx) => {
  if (!DECIMAL.test(input)) addLibraryIssues(ctx, [createIssue('decimal-invalid', [], { input })], input);
});

/** A calendar year, from the founding of the pairing system's predecessors to far ahead. */
export const yearField = /* @__PURE__ */ z.int().min(1900).max(2999);

/** Text that says something. */
export const nonEmptyText = /* @__PURE__ */ z.string().min(1);
