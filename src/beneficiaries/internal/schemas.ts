import * as z from 'zod';
import { createIssue } from '../../errors/issue.js';
import { fail, type Result } from '../../errors/result.js';
import { parsePseudonym, type Pseudonym } from '../../privacy/pseudonym.js';
import { parseResidentId, type ResidentId } from '../../privacy/resident-id.js';
import type { Issue } from '../../errors/issue.js';
import { localizedTextSchema } from '../../model/schemas/text-schema.js';
import { textFromString } from '../../model/text-from-string.js';
import type { ActivityId, ProjectId, SubProjectId } from '../../model/ids.js';
import { regionCodeField } from '../../model/schemas/fields.js';
import { activityIdSchema, projectIdSchema, subProjectIdSchema } from '../../model/schemas/id-schemas.js';
import type { RegionCode } from '../../regions/region-code.js';
import { addLibraryIssues } from '../../schema/parse-with-schema.js';

// A string field that runs one of the library's own parsers and keeps its issue codes.
function libraryField<T>(parse: (input: string) => Result<T>): z.ZodType<T, string> {
  return z.string().transform((input, ctx) => {
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

// A resident ID in JSON as parseResidentId writes it (18 characters, upper-case X), with a division code's
// province part and a real birth date from 1850; the check character only the parser checks.
const BIRTH_YEAR = '(?:18[5-9]\\d|19\\d{2}|[2-9]\\d{3})';
const LEAP_YEAR = '(?:18(?:5[26]|6[048]|7[26]|8[048]|9[26])|(?:19|[2-9]\\d)(?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[3579][26])00)';
const MONTH_DAY = '(?:(?:0[13578]|1[02])(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)(?:0[1-9]|[12]\\d|30)|02(?:0[1-9]|1\\d|2[0-8]))';

/** The JSON Schema pattern of a resident ID in JSON. */
export const RESIDENT_ID_JSON_PATTERN = `^(?:1[1-9]|[2-7]\\d|8[0-2])\\d{4}(?:${BIRTH_YEAR}${MONTH_DAY}|${LEAP_YEAR}0229)\\d{3}[\\dX]$`;

const residentIdShape = /^\d{17}[\dX]$/;

/** A resident ID in its JSON form; a lower-case x or white space around it is refused (`resident-id-format`). */
export const residentIdField: z.ZodType<ResidentId, string> = /* @__PURE__ */ libraryField((input) =>
  residentIdShape.test(input) ? parseResidentId(input) : fail([createIssue('resident-id-format', [], { length: input.length })]),
);

/** A pseudonym in its JSON form (`pseudonym-format`). */
export const pseudonymField: z.ZodType<Pseudonym, string> = /* @__PURE__ */ libraryField(parsePseudonym);

export const yearField = /* @__PURE__ */ z.number().int().min(1000).max(9999);
