import * as z from 'zod';
import { createIssue, type Issue, type IssuePath } from '../errors/issue.js';
import { fail, succeed, unwrap, type Result } from '../errors/result.js';
import { parseWithSchema } from '../schema/parse-with-schema.js';
import type { BeneficiaryGroupSummaryCell, BeneficiarySummary, BeneficiarySummaryCell } from './beneficiary-summary.js';
import type { PersonTimeCount } from './counts.js';
import { decodeSortedKeys, encodeSortedKeys } from './internal/key-text.js';
import { compareGroups } from './internal/results.js';
import { isSortedSubset } from './internal/sorted-keys.js';
import { beneficiaryGroupings, type BeneficiaryGrouping } from './selection.js';
import { readInput } from '../errors/read-input.js';

/** A key set in JSON: how many keys, and the keys as compact text (gaps in a base64url variable-length code). */
export interface BeneficiaryKeysJson {
  readonly count: number;
  readonly keys: string;
}

/** A summary cell in JSON. */
export interface BeneficiarySummaryCellJson {
  readonly group?: string | null;
  readonly year: number;
  readonly personTimes: number;
  readonly persons: BeneficiaryKeysJson;
  readonly registeredPoorPersons: BeneficiaryKeysJson;
  readonly households: BeneficiaryKeysJson;
  readonly registeredPoorHouseholds: BeneficiaryKeysJson;
}

/** The JSON form of a {@link BeneficiarySummary}, for sending between processes and machines. */
export interface BeneficiarySummaryJson {
  readonly format: 'pairing-aid/beneficiary-summary';
  readonly version: 1;
  readonly groupBy: BeneficiaryGrouping | null;
  readonly totals: readonly BeneficiarySummaryCellJson[];
  readonly groups: readonly BeneficiarySummaryCellJson[];
}

/**
 * Writes a summary as JSON-ready data. Key sets become compact text: 7 million random 46-bit keys take
 * about 35 million characters, dense keys one character each.
 *
 * @param summary - the summary
 * @returns its JSON form; {@link parseBeneficiarySummary} reads it back to an equal summary
 *
 * @example
 * ```ts
 * beneficiarySummaryToJSON(emptyBeneficiarySummary()).format
 * //=> 'pairing-aid/beneficiary-summary'
 * ```
 */
export function beneficiarySummaryToJSON(summary: BeneficiarySummary): BeneficiarySummaryJson {
  return {
    format: 'pairing-aid/beneficiary-summary',
    version: 1,
    groupBy: summary.groupBy,
    totals: summary.totals.map(cellToJson),
    groups: summary.groups.map((cell) => ({ group: cell.group, ...cellToJson(cell) })),
  };
}

function cellToJson(cell: BeneficiarySummaryCell): BeneficiarySummaryCellJson {
  const keys = (set: Float64Array): BeneficiaryKeysJson => ({ count: set.length, keys: encodeSortedKeys(set) });
  return {
    year: cell.year,
    personTimes: cell.personTimes,
    persons: keys(cell.persons),
    registeredPoorPersons: keys(cell.registeredPoorPersons),
    households: keys(cell.households),
    registeredPoorHouseholds: keys(cell.registeredPoorHouseholds),
  };
}

/** The text of a key set; its JSON Schema pattern says which texts decode. @internal */
export const keysTextSchema = /* @__PURE__ */ z.string();
const keysSchema = /* @__PURE__ */ z.strictObject({ count: z.number().int().min(0), keys: keysTextSchema });
const cellShape = {
  year: /* @__PURE__ */ z.number().int().min(0).max(65_535),
  personTimes: /* @__PURE__ */ z.number().int().min(0),
  persons: keysSchema,
  registeredPoorPersons: keysSchema,
  households: keysSchema,
  registeredPoorHouseholds: keysSchema,
};
/** The shape of {@link BeneficiarySummaryJson}; the key sets' rules are {@link parseBeneficiarySummary}'s. @internal */
export const beneficiarySummarySchema = /* @__PURE__ */ z.strictObject({
  format: z.literal('pairing-aid/beneficiary-summary'),
  version: z.literal(1),
  groupBy: z.enum(beneficiaryGroupings).nullable(),
  totals: z.array(z.strictObject(cellShape)),
  groups: z.array(z.strictObject({ group: z.string().nullable(), ...cellShape })),
});

const KEY_SETS = ['persons', 'registeredPoorPersons', 'households', 'registeredPoorHouseholds'] as const;

/**
 * Reads a summary from its JSON form (parsed JSON, not text), checking every key set: it decodes, holds as
 * many keys as it says, registered-poor sets lie inside their totals, and cells are in order without
 * repeats.
 *
 * @param input - the parsed JSON
 * @returns the summary, or issues: the shape codes (`invalid-type`, `invalid-value`, …),
 *   `beneficiary-summary-keys`, `beneficiary-summary-count`, `beneficiary-summary-subset`,
 *   `beneficiary-summary-order`
 *
 * @example
 * ```ts
 * parseBeneficiarySummary(beneficiarySummaryToJSON(emptyBeneficiarySummary('county'))).ok
 * //=> true
 * ```
 */
export function parseBeneficiarySummary(input: unknown): Result<BeneficiarySummary> {
  return readInput(() => {
    const parsed = parseWithSchema(beneficiarySummarySchema, input);
    if (!parsed.ok) return parsed;
    const issues: Issue[] = [];
    const totals = parsed.value.totals.map((cell, index) => cellFromJson(cell, ['totals', index], issues));
    const groups = parsed.value.groups.map((cell, index) => ({ group: cell.group, ...cellFromJson(cell, ['groups', index], issues) }));
    checkOrder(totals, (a, b) => a.year - b.year, 'totals', issues);
    checkOrder(groups, (a: BeneficiaryGroupSummaryCell, b) => compareGroups(a.group, b.group) || a.year - b.year, 'groups', issues);
    return issues.length > 0 ? fail(issues) : succeed({ groupBy: parsed.value.groupBy, totals, groups });
  });
}

/**
 * Reads a summary like {@link parseBeneficiarySummary}, throwing instead of returning issues.
 *
 * @throws {@link PairingAidError} with the codes {@link parseBeneficiarySummary} lists
 *
 * @example
 * ```ts
 * beneficiarySummary(JSON.parse(JSON.stringify(beneficiarySummaryToJSON(emptyBeneficiarySummary())))).groupBy
 * //=> null
 * ```
 */
export function beneficiarySummary(input: unknown): BeneficiarySummary {
  return unwrap(parseBeneficiarySummary(input));
}

function cellFromJson(cell: Omit<BeneficiarySummaryCellJson, 'group'>, path: IssuePath, issues: Issue[]): BeneficiarySummaryCell {
  const [persons, registeredPoorPersons, households, registeredPoorHouseholds] = KEY_SETS.map((name) => {
    const json = cell[name];
    const keys = decodeSortedKeys(json.keys);
    if (keys === undefined) {
      issues.push(createIssue('beneficiary-summary-keys', [...path, name, 'keys'], {}));
      return new Float64Array(0);
    }
    if (keys.length !== json.count) {
      issues.push(createIssue('beneficiary-summary-count', [...path, name, 'count'], { expected: json.count, actual: keys.length }));
    }
    return keys;
  }) as [Float64Array, Float64Array, Float64Array, Float64Array];
  if (!isSortedSubset(registeredPoorPersons, persons)) issues.push(createIssue('beneficiary-summary-subset', [...path, 'registeredPoorPersons'], {}));
  if (!isSortedSubset(registeredPoorHouseholds, households)) issues.push(createIssue('beneficiary-summary-subset', [...path, 'registeredPoorHouseholds'], {}));
  return { year: cell.year, personTimes: cell.personTimes as PersonTimeCount, persons, registeredPoorPersons, households, registeredPoorHouseholds };
}

function checkOrder<C>(cells: readonly C[], compare: (a: C, b: C) => number, name: string, issues: Issue[]): void {
  for (let index = 1; index < cells.length; index++) {
    if (compare(cells[index - 1] as C, cells[index] as C) >= 0) issues.push(createIssue('beneficiary-summary-order', [name, index], {}));
  }
}
