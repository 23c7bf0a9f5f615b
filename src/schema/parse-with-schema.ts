import * as z from 'zod';
import type { Issue, IssuePath } from '../errors/issue.js';
import { capIssues, fail, MAX_ISSUES, succeed, type Result } from '../errors/result.js';
import { fromZodIssues, LIBRARY_ISSUE } from './zod-issues.js';

/**
 * Runs a zod schema and returns the library's {@link Result}: every problem, with the library's codes.
 * @internal
 */
export function parseWithSchema<T>(schema: z.ZodType<T>, input: unknown, prefix: IssuePath = []): Result<T> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return succeed(parsed.data);
  // Only the issues that will be listed are turned into the library's; the rest are counted.
  const found = parsed.error.issues;
  const listed = found.length > MAX_ISSUES ? found.slice(0, MAX_ISSUES - 1) : found;
  return fail(capIssues(fromZodIssues(listed, prefix), found.length - listed.length));
}

/**
 * Reports the library's own issues from inside a zod transform or refinement, keeping their codes.
 * @internal
 */
export function addLibraryIssues(ctx: z.core.$RefinementCtx, issues: readonly Issue[], input: unknown): void {
  for (const found of issues) {
    ctx.addIssue({
      code: 'custom',
      message: found.message,
      input,
      path: [...found.path],
      params: { [LIBRARY_ISSUE]: { code: found.code, params: found.params } },
    });
  }
}
