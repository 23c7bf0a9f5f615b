import * as z from 'zod';
import type { Result } from '../errors/result.js';
import { unwrap } from '../errors/result.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { FundCategoryCode } from '../model/fund-category.js';
import type { ProjectTypeCode } from '../model/project-type.js';
import type { SourceReference } from '../model/source.js';
import type { RegionCode } from '../regions/region-code.js';
import { isoDateSchema } from '../schema/common-schemas.js';
import { parseWithSchema } from '../schema/parse-with-schema.js';
import type { BeneficiaryAttachment } from './attachment.js';
import type { PersonCount, PersonTimeCount } from './counts.js';
import { attachmentSchema, codeField, nonBlankText, regionField, sourceSchema, yearField } from './internal/schemas.js';
import { readInput } from '../errors/read-input.js';

/** What declared counts of persons and person-times have in common. */
export interface DeclaredCountBase {
  /**
   * What is counted, in the app's own words, e.g. `'residents-benefited'` or `'cadres-trained'`. Reports
   * with the same figure, unit, attachment, region and year are reports of one figure.
   */
  readonly figure: string;
  /** The project, sub-project or activity the figure is for; left out for a programme-wide figure. */
  readonly attachedTo?: BeneficiaryAttachment;
  readonly region?: RegionCode;
  readonly year?: number;
  readonly fundCategory?: FundCategoryCode;
  readonly projectType?: ProjectTypeCode;
  /** Where the figure is reported; `completeness: 'incomplete'` for 据不完全统计. */
  readonly source: SourceReference;
  /** When the source reported it, for the `latest` rule of {@link chooseDeclaredCounts}. */
  readonly reportedOn?: IsoDate;
}

/** A declared count in persons (人): a number without ids, which cannot be de-duplicated. */
export interface DeclaredPersonCount extends DeclaredCountBase {
  readonly unit: 'persons';
  readonly count: PersonCount;
}

/** A declared count in person-times (人次). */
export interface DeclaredPersonTimeCount extends DeclaredCountBase {
  readonly unit: 'person-times';
  readonly count: PersonTimeCount;
}

/** A count reported for a project, activity or programme without the people's ids. */
export type DeclaredCount = DeclaredPersonCount | DeclaredPersonTimeCount;

const common = {
  figure: nonBlankText,
  attachedTo: /* @__PURE__ */ attachmentSchema.exactOptional(),
  region: /* @__PURE__ */ regionField.exactOptional(),
  year: /* @__PURE__ */ yearField.exactOptional(),
  fundCategory: codeField,
  projectType: codeField,
  source: sourceSchema,
  reportedOn: /* @__PURE__ */ isoDateSchema.exactOptional(),
};
const count = /* @__PURE__ */ z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** The JSON form of a {@link DeclaredCount}. @internal */
export const declaredCountSchema = /* @__PURE__ */ z.discriminatedUnion('unit', [
  z.strictObject({ unit: z.literal('persons'), count: count.transform((value) => value as PersonCount), ...common }),
  z.strictObject({ unit: z.literal('person-times'), count: count.transform((value) => value as PersonTimeCount), ...common }),
]);

/**
 * Reads a declared count from JSON: `{ figure, unit: 'persons' | 'person-times', count, source, … }`.
 *
 * @param input - the parsed JSON
 * @returns the count, or every issue with its path (`invalid-type`, `too-small`, `region-code-format`,
 *   `id-invalid`, `invalid-date`, …)
 *
 * @example
 * ```ts
 * parseDeclaredCount({
 *   figure: 'cadres-trained', unit: 'persons', count: 550, year: 2011,
 *   source: { document: 'Shenzhen Yearbook 2012', section: 'Cadre training', completeness: 'incomplete' },
 * }).ok
 * //=> true
 * ```
 */
export function parseDeclaredCount(input: unknown): Result<DeclaredCount> {
  return readInput(() => {
    return parseWithSchema(declaredCountSchema, input);
  });
}

/**
 * Reads a declared count like {@link parseDeclaredCount}, throwing instead of returning issues.
 *
 * @throws {@link PairingAidError} with the codes {@link parseDeclaredCount} lists
 *
 * @example
 * ```ts
 * declaredCount({ figure: 'labourers-exported', unit: 'persons', count: 16000, source: { document: 'Yearbook', completeness: 'incomplete' } }).count
 * //=> 16000
 * ```
 */
export function declaredCount(input: unknown): DeclaredCount {
  return unwrap(parseDeclaredCount(input));
}
