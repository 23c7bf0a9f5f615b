import { z } from 'zod';
import { unwrap, type Result } from '../errors/result.js';
import { parseWithSchema } from '../schema/parse-with-schema.js';
import type { NonProjectAid } from './non-project-aid.js';
import { nonProjectAidSchema } from './schemas/aid-schemas.js';

let compiled: z.ZodType<NonProjectAid, unknown> | undefined;
let compiledList: z.ZodType<readonly NonProjectAid[], unknown> | undefined;

/**
 * Reads a non-project aid record of any kind from its JSON form (amounts as decimal strings), reporting
 * every problem of shape with its path. Rules (the labour buckets' sum, pairings, fund categories) are
 * {@link checkNonProjectAid}'s.
 *
 * @param input - the parsed JSON
 * @returns the record, or issues such as `invalid-value` (an unknown `kind`), `invalid-type`,
 *   `unrecognized-key`, `id-invalid`, `region-code-format`, `amount-syntax`, `invalid-date`, `text-empty`,
 *   `partial-date-precision`
 *
 * @example
 * ```ts
 * const parsed = parseNonProjectAid({
 *   kind: 'student-subsidy', id: 'students-2011', name: { en: 'Needy students' }, year: 2011,
 *   donor: '440300', recipients: ['522400', '522700'], funds: [],
 *   source: { document: 'Yearbook', section: 'Overview', completeness: 'incomplete' },
 *   students: [{ value: 11000, qualifier: 'exact', source: { document: 'Yearbook', section: 'Overview', completeness: 'incomplete' } }],
 *   amount: [],
 * })
 * parsed.ok && parsed.value.kind
 * //=> 'student-subsidy'
 * ```
 */
export function parseNonProjectAid(input: unknown): Result<NonProjectAid> {
  return parseWithSchema((compiled ??= z.compile(nonProjectAidSchema)), input);
}

/**
 * Reads a non-project aid record like {@link parseNonProjectAid}, throwing instead of returning issues.
 *
 * @param input - the JSON form
 * @returns the record
 * @throws {@link PairingAidError} with every issue {@link parseNonProjectAid} reports
 *
 * @example
 * ```ts
 * nonProjectAid(JSON.parse(JSON.stringify(seedNonProjectAid2011[0]))).kind
 * //=> 'cadre-training'
 * ```
 */
export function nonProjectAid(input: unknown): NonProjectAid {
  return unwrap(parseNonProjectAid(input));
}

/**
 * Reads a list of non-project aid records; paths start with the record's index (`[2, 'placed', 0, 'value']`).
 *
 * @param input - the parsed JSON array
 * @returns the records, or every issue {@link parseNonProjectAid} reports, for all records at once
 *
 * @example
 * ```ts
 * const parsed = parseNonProjectAidRecords([{ kind: 'gift' }])
 * parsed.ok || [parsed.issues[0]?.code, parsed.issues[0]?.path]
 * //=> ['invalid-value', [0, 'kind']]
 * ```
 */
export function parseNonProjectAidRecords(input: unknown): Result<readonly NonProjectAid[]> {
  return parseWithSchema((compiledList ??= z.compile(z.array(nonProjectAidSchema))), input);
}
