import * as z from 'zod';
import type { Issue, IssuePath } from '../errors/issue.js';
import type { Result } from '../errors/result.js';
import { resultOf } from './compile-parser.js';
import { LIBRARY_ISSUE } from './zod-issues.js';

/**
 * Runs a zod schema and returns the library's {@link Result}: every problem, with the library's codes.
 * @internal
 */
export function parseWithSchema<T>(schema: z.ZodType<T>, input: unknown, prefix: IssuePath = []): Result<T> {
  const parsed = schema.safeParse(input, { reportInput: true });
  return resultOf(parsed.success ? parsed : { success: false, issues: parsed.error.issues }, prefix);
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
