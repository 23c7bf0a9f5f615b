import * as z from 'zod';
import { createIssue, type Issue, type IssuePath } from '../errors/issue.js';
import { fail, succeed, unwrap, type Result } from '../errors/result.js';
import { parseWithSchema } from '../schema/parse-with-schema.js';
import { nonProjectAidKinds, type NonProjectAid, type NonProjectAidKind } from './non-project-aid.js';
import {
  cadreSecondmentSchema,
  cadreTrainingSchema,
  exchangeVisitSchema,
  industrialCooperationSchema,
  labourCooperationSchema,
  studentSubsidySchema,
} from './schemas/aid-schemas.js';
import { readInput } from '../errors/read-input.js';

const schemas: Readonly<Record<NonProjectAidKind, z.ZodType<NonProjectAid, unknown>>> = {
  'cadre-training': cadreTrainingSchema,
  'student-subsidy': studentSubsidySchema,
  'labour-cooperation': labourCooperationSchema,
  'industrial-cooperation': industrialCooperationSchema,
  'exchange-visit': exchangeVisitSchema,
  'cadre-secondment': cadreSecondmentSchema,
};
// Compiled on first use of each kind: compiling costs a few milliseconds.
const compiled = new Map<NonProjectAidKind, z.ZodType<NonProjectAid, unknown>>();

const typeOf = (input: unknown): string => (input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input);

// The kind is read first, so an unknown kind is one clear issue rather than one per kind it is not.
function parseRecord(input: unknown, prefix: IssuePath): Result<NonProjectAid> {
  if (typeOf(input) !== 'object') return fail([createIssue('invalid-type', prefix, { expected: 'object', received: typeOf(input) })]);
  const kind = (input as { readonly kind?: unknown }).kind;
  if (!nonProjectAidKinds.includes(kind as NonProjectAidKind)) {
    return fail([createIssue('invalid-value', [...prefix, 'kind'], { input: String(kind), allowed: nonProjectAidKinds.join(', ') })]);
  }
  const known = kind as NonProjectAidKind;
  let schema = compiled.get(known);
  if (schema === undefined) compiled.set(known, (schema = z.compile(schemas[known])));
  return parseWithSchema(schema, input, prefix);
}

/**
 * Reads a non-project aid record of any kind from its JSON form (amounts as decimal strings), reporting
 * every problem of shape with its path. Rules (the labour buckets' sum, pairings, fund categories) are
 * {@link checkNonProjectAid}'s.
 *
 * @param input - the parsed JSON
 * @returns the record, or issues such as `invalid-value` (an unknown `kind`), `invalid-type`,
 *   `unrecognized-key`, `id-invalid`, `region-code-format`, `amount-json-form`, `amount-syntax`, `invalid-date`, `text-empty`,
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
  return readInput(() => {
    return parseRecord(input, []);
  });
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
 * import { seedNonProjectAid2011 } from 'pairing-aid/examples/2011'
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
  return readInput(() => {
    if (!Array.isArray(input)) return fail([createIssue('invalid-type', [], { expected: 'array', received: typeOf(input) })]);
    const records: NonProjectAid[] = [];
    const issues: Issue[] = [];
    input.forEach((item: unknown, index) => {
      const parsed = parseRecord(item, [index]);
      if (parsed.ok) records.push(parsed.value);
      else issues.push(...parsed.issues);
    });
    return issues.length > 0 ? fail(issues) : succeed(records);
  });
}
