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
import type { HouseholdCount, PersonCount, PersonTimeCount } from './counts.js';
import { createIssue } from '../errors/issue.js';
import { addLibraryIssues } from '../schema/parse-with-schema.js';
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
  /** Of them, the registered poor (建档立卡贫困人口): never more than `count`. */
  readonly registeredPoor?: PersonCount;
}

/**
 * A declared count in households (户), as announcements give it beside the persons: "1,546 households, 4,850
 * persons, of which registered poor 360 households, 1,156 persons" is a household count and a person count of one
 * figure, each with its registered-poor part.
 */
export interface DeclaredHouseholdCount extends DeclaredCountBase {
  readonly unit: 'households';
  readonly count: HouseholdCount;
  /** Of them, the registered poor households (建档立卡贫困户): never more than `count`. */
  readonly registeredPoor?: HouseholdCount;
}

/** A declared count in person-times (人次). */
export interface DeclaredPersonTimeCount extends DeclaredCountBase {
  readonly unit: 'person-times';
  readonly count: PersonTimeCount;
}

/** A count reported for a project, activity or programme without the people's ids. */
export type DeclaredCount = DeclaredPersonCount | DeclaredHouseholdCount | DeclaredPersonTimeCount;

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
  z
    .strictObject({ unit: z.literal('persons'), count: count.transform((value) => value as PersonCount), registeredPoor: count.transform((value) => value as PersonCount).exactOptional(), ...common })
    .superRefine(registeredPoorWithin),
  z
    .strictObject({ unit: z.literal('households'), count: count.transform((value) => value as HouseholdCount), registeredPoor: count.transform((value) => value as HouseholdCount).exactOptional(), ...common })
    .superRefine(registeredPoorWithin),
  z.strictObject({ unit: z.literal('person-times'), count: count.transform((value) => value as PersonTimeCount), ...common }),
]);

// The registered poor are a part of those counted.
function registeredPoorWithin(value: { readonly figure: string; readonly count: number; readonly registeredPoor?: number }, ctx: z.RefinementCtx): void {
  if (value.registeredPoor !== undefined && value.registeredPoor > value.count) {
    addLibraryIssues(ctx, [createIssue('declared-registered-poor-exceeds-count', ['registeredPoor'], { figure: value.figure, registeredPoor: value.registeredPoor, count: value.count })], value);
  }
}

/**
 * Reads a declared count from JSON: `{ figure, unit: 'persons' | 'households' | 'person-times', count, registeredPoor?, source, … }`.
 *
 * @param input - the parsed JSON
 * @returns the count, or every issue with its path (`invalid-type`, `too-small`, `region-code-format`,
 *   `id-invalid`, `invalid-date`, `declared-registered-poor-exceeds-count`, …)
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
