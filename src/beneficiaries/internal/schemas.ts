import { z } from 'zod';
import type { Result } from '../../errors/result.js';
import type { Issue } from '../../errors/issue.js';
import { localizedTextSchema } from '../../model/schemas/text-schema.js';
import { textFromString } from '../../model/text-from-string.js';
import type { ActivityId, ProjectId, SubProjectId } from '../../model/ids.js';
import { regionCodeField } from '../../model/schemas/fields.js';
import { activityIdSchema, projectIdSchema, subProjectIdSchema } from '../../model/schemas/id-schemas.js';
import type { RegionCode } from '../../regions/region-code.js';
import { addLibraryIssues } from '../../schema/parse-with-schema.js';

// A zod field that runs one of the library's own parsers and keeps its issue codes.
export function libraryField<T>(parse: (input: unknown) => Result<T>): z.ZodType<T, unknown> {
  return z.unknown().transform((input, ctx) => {
    const parsed = parse(input);
    if (parsed.ok) return parsed.value;
    addLibraryIssues(ctx, parsed.issues as Issue[], input);
    return z.NEVER;
  });
}

// The model's field schemas, so that a division code or an id has one JSON form (and one JSON Schema) everywhere.
export const regionField: z.ZodType<RegionCode, string> = regionCodeField;

const projectField: z.ZodType<ProjectId, string> = projectIdSchema;
const subProjectField: z.ZodType<SubProjectId, string> = subProjectIdSchema;
const activityField: z.ZodType<ActivityId, string> = activityIdSchema;

export const attachmentSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('project'), project: projectField }),
  z.strictObject({ kind: z.literal('sub-project'), project: projectField, subProject: subProjectField }),
  z.strictObject({ kind: z.literal('activity'), activity: activityField }),
]);

/** Text with something in it besides white space (trimmed when read). */
export const nonBlankText = /* @__PURE__ */ z.string().trim().min(1);
const text = nonBlankText;

// A source's texts: bilingual, or a plain string read by the script it is written in.
const sourceText = /* @__PURE__ */ z.union([text.transform(textFromString), localizedTextSchema]);

export const sourceSchema = /* @__PURE__ */ z.strictObject({
  document: sourceText,
  section: sourceText.exactOptional(),
  completeness: z.enum(['complete', 'incomplete']),
  note: sourceText.exactOptional(),
});

export const codeField = /* @__PURE__ */ text.exactOptional();

export const yearField = /* @__PURE__ */ z.number().int().min(1000).max(9999);
