import * as z from 'zod';
import type { IssuePath } from '../errors/issue.js';
import { capIssues, fail, MAX_ISSUES, succeed, type Result } from '../errors/result.js';
import { fromZodIssues } from './zod-issues.js';

type ZodIssue = z.core.$ZodIssue;

/**
 * What a schema makes of an input, before the library's codes: the value, or zod's issues with paths relative to
 * the input.
 * @internal
 */
export type SchemaOutcome<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: readonly ZodIssue[] };

/**
 * A function from an input to its {@link SchemaOutcome}: a compiled schema, or records of a list read one at a time.
 * @internal
 */
export type SchemaParse<T> = (input: unknown) => SchemaOutcome<T>;

/**
 * Reads input with `schema` compiled on first use (compiling costs a few milliseconds and most apps read few
 * kinds). `z.compile` falls back to zod's interpreter for anything it cannot model, so outcomes never differ from
 * the schema's own.
 * @internal
 */
export function compileSchema<T>(schema: z.ZodType<T>): SchemaParse<T> {
  let compiled: z.ZodType<T> | undefined;
  return (input) => {
    const parsed = (compiled ??= z.compile(schema)).safeParse(input, { reportInput: true });
    return parsed.success ? parsed : { success: false, issues: parsed.error.issues };
  };
}

/**
 * Reads an object whose listed fields hold lists of records, each record with its own parse, so that a refused
 * record costs its own re-reading and not the whole input's: zod reads a refused input a second time, slowly, to
 * find its issues, and in a list of ten thousand records that second reading would take in all of them. The
 * outcome is the one `schema` gives: the same value, the same issues in the same order (each field's in the order
 * of the schema's fields, then the object's own, such as unknown keys).
 *
 * @param schema - a zod object schema
 * @param lists - for each field to read record by record, the parse of one record; the field must be a required
 *   list in `schema`
 * @internal
 */
export function compileListParser<T>(schema: z.ZodType<T>, lists: Readonly<Record<string, SchemaParse<unknown>>>): SchemaParse<T> {
  let state: { readonly head: SchemaParse<Record<string, unknown>>; readonly order: ReadonlyMap<string, number> } | undefined;
  const fields = Object.entries(lists);
  const prepare = () => {
    if (!(schema instanceof z.ZodObject)) throw new TypeError('compileListParser needs an object schema');
    const order = new Map(Object.keys(schema.shape).map((key, index) => [key, index] as const));
    for (const [key] of fields) if (!(schema.shape[key] instanceof z.ZodArray)) throw new TypeError(`compileListParser: ${key} is not a list`);
    // The object with each listed field read only as a list of anything: the records are read apart.
    const head = compileSchema(schema.extend(Object.fromEntries(fields.map(([key]) => [key, z.array(z.unknown())])))) as SchemaParse<Record<string, unknown>>;
    return { head, order };
  };
  return (input) => {
    const { head, order } = (state ??= prepare());
    const outer = head(input);
    const issues: { readonly rank: number; readonly issue: ZodIssue }[] = [];
    if (!outer.success) for (const issue of outer.issues) issues.push({ rank: rankOf(issue.path, order), issue });
    // The records' own lists: the parsed copy when the object was read, else the input's (which was an object,
    // or the head would have refused it at its root).
    const source = outer.success ? outer.data : (input as Record<string, unknown>);
    const value: Record<string, unknown> | undefined = outer.success ? outer.data : undefined;
    const readable = outer.success || (typeof input === 'object' && input !== null);
    for (const [key, parse] of readable ? fields : []) {
      const records = source[key];
      if (!Array.isArray(records)) continue;
      const rank = order.get(key) as number;
      const parsed: unknown[] = value === undefined ? [] : new Array<unknown>(records.length);
      for (let index = 0; index < records.length; index++) {
        const outcome = parse(records[index]);
        if (outcome.success) {
          if (value !== undefined) parsed[index] = outcome.data;
          continue;
        }
        for (const issue of outcome.issues) issues.push({ rank, issue: { ...issue, path: [key, index, ...issue.path] } });
      }
      if (value !== undefined) value[key] = parsed;
    }
    if (issues.length === 0) return { success: true, data: value as T };
    // A stable sort: the issues of one field keep the order in which they were found.
    issues.sort((a, b) => a.rank - b.rank);
    return { success: false, issues: issues.map((entry) => entry.issue) };
  };
}

// The place of an issue among the object's: its field's place in the schema, and the object's own issues last.
function rankOf(path: readonly PropertyKey[], order: ReadonlyMap<string, number>): number {
  const key = path[0];
  return typeof key === 'string' && order.has(key) ? (order.get(key) as number) : order.size;
}

/**
 * The library's {@link Result} of a {@link SchemaOutcome}: at most {@link MAX_ISSUES} issues, with the library's
 * codes and paths after `prefix`; only the issues that will be listed are turned into the library's.
 * @internal
 */
export function resultOf<T>(outcome: SchemaOutcome<T>, prefix: IssuePath = []): Result<T> {
  if (outcome.success) return succeed(outcome.data);
  const found = outcome.issues;
  const listed = found.length > MAX_ISSUES ? found.slice(0, MAX_ISSUES - 1) : found;
  return fail(capIssues(fromZodIssues(listed, prefix), found.length - listed.length));
}
