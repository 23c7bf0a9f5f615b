import * as z from 'zod';
import { figureQualifiers, type FigureQualifier } from '../aid/figure-qualifier.js';
import type { IsoDate } from '../dates/iso-date.js';
import { unwrap, type Result } from '../errors/result.js';
import type { Amount } from '../money/amount.js';
import { regionCodeField, yearField } from '../model/schemas/fields.js';
import { localizedTextSchema, sourceReferenceSchema } from '../model/schemas/text-schema.js';
import type { SourceReference } from '../model/source.js';
import type { LocalizedText } from '../model/text.js';
import type { RegionCode } from '../regions/region-code.js';
import { amountSchema, isoDateSchema } from '../schema/common-schemas.js';
import { parseWithSchema } from '../schema/parse-with-schema.js';
import { readInput } from '../errors/read-input.js';

/**
 * Which projects a declared count covers: `all` the aid projects of the year ("124 aid projects"), or the
 * `infrastructure` ones (project types marked `infrastructure`: "38 aid projects (including 71
 * sub-projects) such as entire village advancement, drinking water…").
 */
export const projectScopes = ['all', 'infrastructure'] as const;

/** One of {@link projectScopes}. */
export type ProjectScope = (typeof projectScopes)[number];

/**
 * A number of projects a source declares, where the data may not itemise them all: "124 aid projects"
 * when 38 are itemised. It may give sub-projects and the amount invested, for the whole recipient set or
 * for one region. Reports of the same scope, region and year are reports of one figure.
 */
export interface DeclaredProjectCount {
  readonly scope: ProjectScope;
  readonly projects: number;
  readonly subProjects?: number;
  /** The amount invested in them (their approved budgets). */
  readonly invested?: Amount;
  /** The recipient region the figure is for; absent for all recipients together. */
  readonly region?: RegionCode;
  readonly year: number;
  readonly qualifier: FigureQualifier;
  readonly source: SourceReference;
  /** What the source counts, in its words. */
  readonly description?: LocalizedText;
  /** When the source reported it, for the `latest` rule. */
  readonly reportedOn?: IsoDate;
}

const whole = /* @__PURE__ */ z.int().min(0).max(Number.MAX_SAFE_INTEGER);

/** The JSON form of a {@link DeclaredProjectCount}. */
export const declaredProjectCountSchema: z.ZodType<DeclaredProjectCount, unknown> = /* @__PURE__ */ z.strictObject({
  scope: z.enum(projectScopes),
  projects: whole,
  subProjects: whole.exactOptional(),
  invested: amountSchema.exactOptional(),
  region: regionCodeField.exactOptional(),
  year: yearField,
  qualifier: z.enum(figureQualifiers),
  source: sourceReferenceSchema,
  description: localizedTextSchema.exactOptional(),
  reportedOn: isoDateSchema.exactOptional(),
});

/**
 * Reads a declared project count from JSON, reporting every problem with its path.
 *
 * @param input - the parsed JSON
 * @returns the count, or issues such as `invalid-value`, `invalid-type`, `too-small`, `region-code-format`,
 *   `amount-json-form`, `amount-syntax`, `unrecognized-key`
 *
 * @example
 * ```ts
 * const parsed = parseDeclaredProjectCount({
 *   scope: 'all', projects: 124, year: 2011, qualifier: 'exact',
 *   source: { document: 'Yearbook', section: 'Overview', completeness: 'incomplete' },
 * })
 * parsed.ok && parsed.value.projects
 * //=> 124
 * ```
 */
export function parseDeclaredProjectCount(input: unknown): Result<DeclaredProjectCount> {
  return readInput(() => {
    return parseWithSchema(declaredProjectCountSchema, input);
  });
}

/**
 * Reads a declared project count like {@link parseDeclaredProjectCount}, throwing instead of returning issues.
 *
 * @param input - the JSON form
 * @returns the count
 * @throws {@link PairingAidError} with every issue {@link parseDeclaredProjectCount} reports
 *
 * @example
 * ```ts
 * declaredProjectCount({
 *   scope: 'infrastructure', projects: 25, subProjects: 53, invested: '12000000.00', region: '522400', year: 2011,
 *   qualifier: 'exact', source: { document: 'Yearbook', section: 'Entire village advancement', completeness: 'incomplete' },
 * }).invested?.toJSON()
 * //=> '12000000.00'
 * ```
 */
export function declaredProjectCount(input: unknown): DeclaredProjectCount {
  return unwrap(parseDeclaredProjectCount(input));
}
