import { describeValue } from '../errors/read-input.js';
import type * as z from 'zod';
import type { IssueCode } from '../errors/catalogue.js';
import { createIssue, type Issue, type IssueParams, type IssuePath } from '../errors/issue.js';

/** The key under which a custom zod issue carries the library's own issue code and params. */
export const LIBRARY_ISSUE = 'pairingAidIssue';

type ZodIssue = z.core.$ZodIssue;

/**
 * Turns zod's issues into the library's issues: the same paths, the library's stable codes and messages.
 * An issue raised inside a schema by one of the library's own parsers keeps its own code.
 */
export function fromZodIssues(issues: readonly ZodIssue[], prefix: IssuePath = []): Issue[] {
  return issues.map((found) => {
    const path: IssuePath = [...prefix, ...found.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment))];
    return toIssue(found, path);
  });
}

function toIssue(found: ZodIssue, path: IssuePath): Issue {
  switch (found.code) {
    case 'invalid_type':
      return createIssue('invalid-type', path, { expected: found.expected, received: describe(found.input) });
    case 'too_small':
      return createIssue('too-small', path, {
        minimum: String(found.minimum),
        inclusive: found.inclusive ?? true,
        unit: found.origin === 'array' ? 'items' : found.origin === 'string' ? 'characters' : '',
      });
    case 'too_big':
      return createIssue('too-big', path, {
        maximum: String(found.maximum),
        inclusive: found.inclusive ?? true,
        unit: found.origin === 'array' ? 'items' : found.origin === 'string' ? 'characters' : '',
      });
    case 'invalid_value':
      return createIssue('invalid-value', path, valueParams(found.input, 'input' in found, found.values));
    case 'invalid_format':
      return createIssue('invalid-format', path, { format: found.format, input: describeValue(found.input ?? '') });
    case 'unrecognized_keys':
      return createIssue('unrecognized-key', path, { key: found.keys.join(', ') });
    case 'custom': {
      const carried = (found.params as Record<string, unknown> | undefined)?.[LIBRARY_ISSUE] as
        | { code: IssueCode; params: IssueParams; path?: IssuePath }
        | undefined;
      if (carried) return createIssue(carried.code, [...path, ...(carried.path ?? [])], carried.params);
      return createIssue('invalid-input', path, { detail: found.message });
    }
    case 'invalid_union': {
      // A discriminated union whose discriminator matched no option: the discriminator's value is wrong.
      const discriminator = (found as { discriminator?: string }).discriminator;
      if (discriminator !== undefined && found.errors.length === 0) {
        // zod's path already ends at the discriminator; its input is the whole object.
        const input = found.input as Record<string, unknown> | undefined;
        const options = (found as { options?: readonly unknown[] }).options ?? [];
        return createIssue('invalid-value', path, valueParams(input?.[discriminator], input !== undefined, options));
      }
      // One branch took the input's type and refused its value (an empty string where a string or a text
      // object is allowed): that branch's problems are the input's.
      const typed = found.errors.filter((branch) => !branch.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
      if (typed.length === 1 && typed[0] !== undefined) return fromZodIssues(typed[0], path)[0] ?? createIssue('invalid-input', path, { detail: found.message });
      // Every branch refused the input's type (an amount given as neither a string nor a number).
      if (found.errors.length > 0 && found.errors.every((branch) => branch.every((inner) => inner.code === 'invalid_type'))) {
        const expected = [...new Set(found.errors.flatMap((branch) => branch.map((inner) => (inner as { expected?: string }).expected ?? '')))];
        return createIssue('invalid-type', path, { expected: expected.join(' or '), received: describe(found.input) });
      }
      return createIssue('invalid-input', path, { detail: found.message });
    }
    default:
      return createIssue('invalid-input', path, { detail: found.message });
  }
}

// A field left out is told apart from one given a wrong value: `missing` is set and the input is empty. Where zod
// was not asked to report the input (`reported` false), nothing is known of it and it is shown as empty.
function valueParams(input: unknown, reported: boolean, allowed: readonly unknown[]): IssueParams {
  const listed = allowed.map(String).join(', ');
  if (input !== undefined) return { input: describeValue(input), allowed: listed };
  return reported ? { input: '', allowed: listed, missing: true } : { input: '', allowed: listed };
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (input === undefined) return 'nothing';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}
