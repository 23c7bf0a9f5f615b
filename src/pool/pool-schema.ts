import * as z from 'zod';
import type { Amount } from '../money/amount.js';
import { buildProjectSchema } from '../model/schemas/project-schema.js';
import { localizedTextSchema } from '../model/schemas/text-schema.js';
import { projectIdSchema } from '../model/schemas/id-schemas.js';
import { nonEmptyText } from '../model/schemas/fields.js';
import { amountSchema, isoDateSchema, storedAmountSchema } from '../schema/common-schemas.js';
import { actorSchema, announcementPeriodSchema, projectAlterationsSchema, storedProjectAlterationsSchema, timestampSchema } from '../lifecycle/event-log-shape.js';
import { addLibraryIssues } from '../schema/parse-with-schema.js';
import { createIssue } from '../errors/issue.js';
import { constructionKinds } from './pool-entry.js';
import { poolCommandDefinitions, poolCommandTypes, type PoolCommandType } from './pool-commands.js';

// The JSON shapes of pool entries, commands and stored events. A command may write an amount in any JSON form;
// a stored event, in the one form its hash covers (as the lifecycle's events).

const poolEntryOf = (amount: z.ZodType<Amount, string>) =>
  z.strictObject({
    project: buildProjectSchema(amount),
    reference: nonEmptyText.exactOptional(),
    construction: z.enum(constructionKinds),
    schedule: z.strictObject({ start: isoDateSchema, end: isoDateSchema }).exactOptional(),
    beneficiaries: localizedTextSchema.exactOptional(),
    participation: localizedTextSchema.exactOptional(),
  });

const reasonOf = (command: PoolCommandType) =>
  poolCommandDefinitions[command].reasonRequired
    ? z.string().superRefine((input, ctx) => {
        if (input.trim() === '') addLibraryIssues(ctx, [createIssue('reason-required', [], { command })], input);
      })
    : z.string().exactOptional();

function payloadOf(command: PoolCommandType, stored: boolean) {
  const entry = poolEntryOf(stored ? storedAmountSchema : amountSchema);
  switch (command) {
    case 'propose-to-pool':
    case 'revise-proposal':
      return stored ? { proposal: entry } : { entry };
    case 'adjust-in-fourth-quarter':
      return { alterations: stored ? storedProjectAlterationsSchema : projectAlterationsSchema };
    case 'select-for-plan':
      return { planYear: z.int() };
    default:
      return poolCommandDefinitions[command].announces !== undefined && stored ? { period: announcementPeriodSchema } : {};
  }
}

/** A pool command as an app receives it: one shape per command. */
export function buildPoolCommandSchema() {
  const [first, ...rest] = poolCommandTypes.map((command) =>
    z.strictObject({ type: z.literal(command), by: actorSchema, at: timestampSchema, reason: reasonOf(command), ...payloadOf(command, false) }),
  );
  return z.discriminatedUnion('type', [first!, ...rest]);
}

/** A stored pool event: one shape per command's event. */
export function buildPoolEventSchema() {
  const [first, ...rest] = poolCommandTypes.map((command) =>
    z.strictObject({
      type: z.literal(poolCommandDefinitions[command].event),
      entry: projectIdSchema,
      by: actorSchema,
      at: timestampSchema,
      reason: reasonOf(command),
      ...payloadOf(command, true),
    }),
  );
  return z.discriminatedUnion('type', [first!, ...rest]);
}
