import * as z from 'zod';
import { unwrap, type Result } from '../../errors/result.js';
import { amountSchema } from '../../schema/common-schemas.js';
import { parseWithSchema } from '../../schema/parse-with-schema.js';
import type { Snapshot } from '../snapshot.js';
import type { ActivityCount, LedgerTotals, RollUp } from './roll-up.js';
import { readInput } from '../../errors/read-input.js';

/** The JSON form of {@link LedgerTotals}: one decimal string per ledger kind. */
export const ledgerTotalsSchema: z.ZodType<LedgerTotals, Snapshot<LedgerTotals>> = /* @__PURE__ */ z.strictObject({
  budget: amountSchema,
  commitment: amountSchema,
  disbursement: amountSchema,
  expenditure: amountSchema,
});

const count = /* @__PURE__ */ z.int().min(0);

/** The JSON form of an {@link ActivityCount}. */
export const activityCountSchema: z.ZodType<ActivityCount, Snapshot<ActivityCount>> = /* @__PURE__ */ z.strictObject({
  projects: count,
  subProjects: count,
});

/** The JSON form of a {@link RollUp}: what `JSON.stringify(rollUp)` writes. */
export const rollUpSchema: z.ZodType<RollUp, Snapshot<RollUp>> = /* @__PURE__ */ z.strictObject({
  total: ledgerTotalsSchema,
  byProject: z.record(z.string(), ledgerTotalsSchema),
  byCategory: z.record(z.string(), ledgerTotalsSchema),
  byType: z.record(z.string(), ledgerTotalsSchema),
  byRegion: z.record(z.string(), ledgerTotalsSchema),
  byYear: z.record(z.string(), ledgerTotalsSchema),
  activityTotal: activityCountSchema,
  activitiesByRegion: z.record(z.string(), activityCountSchema),
});

/**
 * Reads a roll-up from its JSON form, as another process or machine sent it.
 *
 * @param input - the parsed JSON
 * @returns the roll-up, or issues with paths such as `['byRegion', '522400', 'budget']`
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const parsed = parseRollUp(JSON.parse(JSON.stringify(rollUpProgramme(seedProgramme2011))))
 * parsed.ok && parsed.value.total.budget.toJSON()
 * //=> '24000000.00'
 * ```
 */
export function parseRollUp(input: unknown): Result<RollUp> {
  return readInput(() => {
    return parseWithSchema(rollUpSchema, input);
  });
}

/**
 * Reads a roll-up like {@link parseRollUp}, throwing instead of returning issues.
 *
 * @param input - the JSON form
 * @returns the roll-up
 * @throws {@link PairingAidError} with every issue {@link parseRollUp} reports
 *
 * @example
 * ```ts
 * rollUp(JSON.parse(JSON.stringify(emptyRollUp))).activityTotal
 * //=> { projects: 0, subProjects: 0 }
 * ```
 */
export function rollUp(input: Snapshot<RollUp>): RollUp {
  return unwrap(parseRollUp(input));
}
