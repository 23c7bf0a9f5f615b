import * as z from 'zod';
import { createIssue } from '../../errors/issue.js';
import { addLibraryIssues } from '../../schema/parse-with-schema.js';
import type { Snapshot } from '../snapshot.js';
import type { SourceReference } from '../source.js';
import { textFromString } from '../text-from-string.js';
import type { LocalizedText } from '../text.js';
import { nonEmptyText } from './fields.js';

/**
 * The JSON form of a {@link LocalizedText}: `{ "zh": "…", "en": "…" }` with at least one of the two
 * (`text-empty` otherwise).
 */
export const localizedTextSchema = /* @__PURE__ */ z
  .strictObject({ zh: nonEmptyText.exactOptional(), en: nonEmptyText.exactOptional() })
  .superRefine((text, ctx) => {
    if (text.zh === undefined && text.en === undefined) addLibraryIssues(ctx, [createIssue('text-empty')], text);
    // zod's types cannot say "at least one of"; the check above does.
  }) as unknown as z.ZodType<LocalizedText, Snapshot<LocalizedText>>;

/**
 * A field that became bilingual: a {@link LocalizedText}, or a plain string as snapshots wrote it before,
 * read by {@link textFromString} (Chinese when it holds a Han character, else English). Its input type is
 * the snapshot form the library writes; the plain string is accepted beside it.
 */
export const textOrStringSchema = /* @__PURE__ */ z.union([
  nonEmptyText.transform(textFromString),
  localizedTextSchema,
]) as unknown as z.ZodType<LocalizedText, Snapshot<LocalizedText>>;

/** The JSON form of a {@link SourceReference}; its texts may be plain strings ({@link textOrStringSchema}). */
export const sourceReferenceSchema: z.ZodType<SourceReference, Snapshot<SourceReference>> = /* @__PURE__ */ z.strictObject({
  document: textOrStringSchema,
  section: textOrStringSchema.exactOptional(),
  completeness: z.enum(['complete', 'incomplete']),
  note: textOrStringSchema.exactOptional(),
});
