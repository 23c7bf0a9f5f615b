import * as z from 'zod';
import type { Result } from '../errors/result.js';
import { unwrap } from '../errors/result.js';
import { parseWithSchema } from '../schema/parse-with-schema.js';
import type { IdentifiedBeneficiary } from './identified-beneficiary.js';
import { attachmentSchema, codeField, nonBlankText, pseudonymField, regionField, residentIdField, yearField } from './internal/schemas.js';
import { readInput } from '../errors/read-input.js';

const text = nonBlankText;

const personSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('resident-id'), residentId: residentIdField }),
  z.strictObject({ kind: z.literal('app'), appId: text }),
  z.strictObject({ kind: z.literal('pseudonym'), pseudonym: pseudonymField }),
]);

/** The JSON form of an {@link IdentifiedBeneficiary}. @internal */
export const identifiedBeneficiarySchema = /* @__PURE__ */ z.strictObject({
  person: personSchema,
  household: text.exactOptional(),
  registeredPoor: z.boolean().default(false),
  attachedTo: attachmentSchema,
  region: regionField,
  fundCategory: codeField,
  projectType: codeField,
  year: yearField,
});

/**
 * Reads identified beneficiary records from JSON, validating resident ID numbers (check character, birth
 * date, region prefix), pseudonyms, ids and region codes. `registeredPoor` defaults to `false`.
 *
 * @param input - the parsed JSON: an array of records
 * @returns the records, or every issue with its path (`[3, 'person', 'residentId']`): the shape codes,
 *   `resident-id-format` (also for a lower-case x or white space: JSON carries the IDs as the library writes them),
 *   `resident-id-region`, `resident-id-birth-date`, `resident-id-check-digit`,
 *   `pseudonym-format`, `id-invalid`, `region-code-format`, `region-code-province`
 *
 * @example
 * ```ts
 * parseIdentifiedBeneficiaries([{
 *   person: { kind: 'resident-id', residentId: '110105194912310021' },
 *   attachedTo: { kind: 'project', project: 'BJ-01' }, region: '520502', year: 2011,
 * }]).ok
 * //=> false
 * ```
 */
export function parseIdentifiedBeneficiaries(input: unknown): Result<IdentifiedBeneficiary[]> {
  return readInput(() => {
    return parseWithSchema<IdentifiedBeneficiary[]>(z.array(identifiedBeneficiarySchema), input);
  });
}

/**
 * Reads identified beneficiary records like {@link parseIdentifiedBeneficiaries}, throwing instead of
 * returning issues.
 *
 * @throws {@link PairingAidError} with the codes {@link parseIdentifiedBeneficiaries} lists
 *
 * @example
 * ```ts
 * identifiedBeneficiaries([{
 *   person: { kind: 'app', appId: 'p-1' }, household: 'h-1', registeredPoor: true,
 *   attachedTo: { kind: 'activity', activity: 'training-2011' }, region: '522701', year: 2011,
 * }])[0]?.registeredPoor
 * //=> true
 * ```
 */
export function identifiedBeneficiaries(input: unknown): IdentifiedBeneficiary[] {
  return unwrap(parseIdentifiedBeneficiaries(input));
}
