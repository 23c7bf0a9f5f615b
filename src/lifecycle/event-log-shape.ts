import * as z from 'zod';
import { createIssue } from '../errors/issue.js';
import { fundingSourceKinds } from '../model/funding-source.js';
import { organisationKinds } from '../model/organisation.js';
import { organisationIdSchema, projectIdSchema, subProjectIdSchema } from '../model/schemas/id-schemas.js';
import type { Amount } from '../money/amount.js';
import { buildFundingSourceSchema, buildSubProjectSchema, locationSchema, performanceTargetSchema, subProjectSchema } from '../model/schemas/project-schema.js';
import { localizedTextSchema, textOrStringSchema } from '../model/schemas/text-schema.js';
import { assetClasses } from '../model/project-asset.js';
import { amountSchema, ISO_DATE_JSON_PATTERN, isoDateSchema, storedAmountSchema } from '../schema/common-schemas.js';
import { addLibraryIssues } from '../schema/parse-with-schema.js';
import { announcementKinds } from './announcement.js';
import { lifecycleCommandDefinitions, lifecycleCommandTypes, type LifecycleCommandType } from './lifecycle-commands.js';
import { parseTimestamp } from './timestamp.js';

// The JSON shape of a stored event log: what parseEventLog reads and what the published JSON Schema says.
// The events' payloads are derived from the lifecycle's own command table, so a new command appears here by
// itself. Checks that JSON Schema can state (patterns) are given as metadata beside the parsers' own checks,
// so the schema and the parser agree while the parser keeps the library's issue codes.

/** A SHA-256 hash in lowercase hex. */
export const hashSchema = /* @__PURE__ */ z.string().regex(/^[0-9a-f]{64}$/);

/**
 * Patterns that the published JSON Schema states for fields whose parser checks more than a pattern can (and
 * reports it with the library's own issue code). The JSON Schema generator adds them.
 * @internal
 */
export const jsonSchemaPatterns = /* @__PURE__ */ z.registry<{ readonly pattern: string }>();

// A day that exists, a time of day within range (no leap second), and Z or an offset under 24 hours.
const TIMESTAMP_JSON_PATTERN = `^${ISO_DATE_JSON_PATTERN.slice(1, -1)}T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$`;

/** An instant with an offset, read by {@link parseTimestamp} (issue `timestamp-invalid`). */
export const timestampSchema = /* @__PURE__ */ z
  .string()
  .transform((input, ctx) => {
    const parsed = parseTimestamp(input);
    if (parsed.ok) return parsed.value;
    addLibraryIssues(ctx, parsed.issues, input);
    return z.NEVER;
  })
  .register(jsonSchemaPatterns, { pattern: TIMESTAMP_JSON_PATTERN });

/** Who acted. */
export const actorSchema = /* @__PURE__ */ z.strictObject({ organisation: organisationIdSchema, kind: z.enum(organisationKinds) });

// A command carries amounts in any JSON form of an amount; a stored event, in the one form its hash covers.
type AmountForm = z.ZodType<Amount, string>;

const headCount = /* @__PURE__ */ z.int().min(0).max(Number.MAX_SAFE_INTEGER);

const announcementRowOf = (amount: AmountForm) =>
  z.strictObject({
    project: projectIdSchema,
    subProject: subProjectIdSchema.exactOptional(),
    name: z.string().exactOptional(),
    location: z.string().exactOptional(),
    amount: amount.exactOptional(),
    totalInvestment: amount.exactOptional(),
    funding: z.array(z.strictObject({ source: z.enum(fundingSourceKinds), name: z.string(), amount })).exactOptional(),
    households: headCount.exactOptional(),
    registeredPoorHouseholds: headCount.exactOptional(),
    persons: headCount.exactOptional(),
    registeredPoorPersons: headCount.exactOptional(),
    poolReference: z.string().exactOptional(),
    pooledOn: isoDateSchema.exactOptional(),
    implementingUnit: z.string().exactOptional(),
    beneficiaries: z.string().exactOptional(),
    performanceTarget: z.string().exactOptional(),
  });

const announcementOf = (row: z.ZodType) => z.strictObject({ kind: z.enum(announcementKinds), project: projectIdSchema, rows: z.array(row) });

/** One row of an announcement, as a command carries it. */
export const announcementRowSchema = /* @__PURE__ */ announcementRowOf(amountSchema);
/** One row of an announcement, as a stored event holds it (its amount in the stored form). */
export const storedAnnouncementRowSchema = /* @__PURE__ */ announcementRowOf(storedAmountSchema);

/** An announcement, as a command carries it. */
export const announcementSchema = /* @__PURE__ */ announcementOf(announcementRowSchema);
/** An announcement, as a stored event holds it. */
export const storedAnnouncementSchema = /* @__PURE__ */ announcementOf(storedAnnouncementRowSchema);

/** The period an announcement runs. */
export const announcementPeriodSchema = /* @__PURE__ */ z.strictObject({
  publishedOn: isoDateSchema,
  firstDay: isoDateSchema,
  lastDay: isoDateSchema,
  announcementDays: z.int().min(1),
  dayKind: z.enum(['calendar', 'working']),
});

/** A liability agreement, as stored. */
export const liabilityAgreementSchema = /* @__PURE__ */ z.strictObject({
  reference: z.string(),
  title: textOrStringSchema.exactOptional(),
  projects: z.array(projectIdSchema),
});

const alteration = (value: z.ZodType, beforeOptional = false) =>
  z.strictObject({ before: beforeOptional ? value.exactOptional() : value, after: value });

const projectAlterationsOf = (amount: AmountForm, subProject: z.ZodType) =>
  z.strictObject({
    budget: alteration(amount).exactOptional(),
    funding: alteration(z.array(buildFundingSourceSchema(amount)), true).exactOptional(),
    totalInvestment: alteration(amount, true).exactOptional(),
    location: alteration(locationSchema).exactOptional(),
    performanceTarget: alteration(performanceTargetSchema, true).exactOptional(),
    implementingUnit: alteration(organisationIdSchema, true).exactOptional(),
    subProjects: z.strictObject({ before: z.array(subProject), after: z.array(subProject) }).exactOptional(),
  });

/** What a change alters, each field before and after, as a command carries it. */
export const projectAlterationsSchema = /* @__PURE__ */ projectAlterationsOf(amountSchema, subProjectSchema);
/** A sub-project as a stored event holds it (its budget in the stored form). */
export const storedSubProjectSchema = /* @__PURE__ */ buildSubProjectSchema(storedAmountSchema);
/** What a change alters, as a stored event holds it. */
export const storedProjectAlterationsSchema = /* @__PURE__ */ projectAlterationsOf(storedAmountSchema, storedSubProjectSchema);

const assetOf = (amount: AmountForm) =>
  z.strictObject({
    class: z.enum(assetClasses),
    name: localizedTextSchema,
    value: amount,
    owner: z.string(),
    manager: z.string(),
    handedOverOn: isoDateSchema,
    incomeUse: localizedTextSchema.exactOptional(),
  });

/** An asset a project created, as a command carries it. */
export const projectAssetSchema = /* @__PURE__ */ assetOf(amountSchema);
/** An asset a project created, as a stored event holds it (its value in the stored form). */
export const storedProjectAssetSchema = /* @__PURE__ */ assetOf(storedAmountSchema);

// A reason that says something (issue `reason-required` when blank).
const reasonTextOf = (command: LifecycleCommandType) =>
  z
    .string()
    .superRefine((input, ctx) => {
      if (input.trim() === '') addLibraryIssues(ctx, [createIssue('reason-required', [], { command })], input);
    })
    .register(jsonSchemaPatterns, { pattern: '\\S' });

// What a command carries beyond who, when and why, as the command table defines it.
function payloadOf(command: LifecycleCommandType, stored: boolean) {
  const signs = command === 'sign-agreement-as-donor' || command === 'sign-agreement-as-recipient';
  const definition: { readonly event: string; readonly announces?: string } = lifecycleCommandDefinitions[command];
  return {
    ...(definition.announces === undefined ? {} : { announcement: stored ? storedAnnouncementSchema : announcementSchema }),
    ...(signs ? { agreement: liabilityAgreementSchema } : {}),
    ...(command === 'pass-acceptance' ? { grade: z.enum(['pass', 'excellent']) } : {}),
    ...(command === 'propose-change' ? { description: z.string(), alterations: stored ? storedProjectAlterationsSchema : projectAlterationsSchema } : {}),
    ...(command === 'register-assets' ? { assets: z.array(stored ? storedProjectAssetSchema : projectAssetSchema) } : {}),
  };
}

const reasonOf = (command: LifecycleCommandType) =>
  lifecycleCommandDefinitions[command].reasonRequired ? reasonTextOf(command) : z.string().exactOptional();

function eventSchemaOf(command: LifecycleCommandType) {
  const definition: { readonly event: string; readonly announces?: string } = lifecycleCommandDefinitions[command];
  return z.strictObject({
    type: z.literal(definition.event),
    project: projectIdSchema,
    by: actorSchema,
    at: timestampSchema,
    reason: reasonOf(command),
    ...payloadOf(command, true),
    ...(definition.announces === undefined ? {} : { period: announcementPeriodSchema }),
    ...(command === 'fail-acceptance' ? { grade: z.literal('fail') } : {}),
  });
}

function commandSchemaOf(command: LifecycleCommandType) {
  return z.strictObject({ type: z.literal(command), by: actorSchema, at: timestampSchema, reason: reasonOf(command), ...payloadOf(command, false) });
}

/** A lifecycle command as an app receives it (a web form, a queue): one shape per command of the command table. */
export function buildLifecycleCommandSchema() {
  const [first, ...rest] = lifecycleCommandTypes.map(commandSchemaOf);
  return z.discriminatedUnion('type', [first!, ...rest]);
}

/** A lifecycle event: one shape per command, as the lifecycle's command table defines them. */
export function buildLifecycleEventSchema() {
  const [first, ...rest] = lifecycleCommandTypes.map(eventSchemaOf);
  return z.discriminatedUnion('type', [first!, ...rest]);
}

/** A correction of a logged event, with the event that stands in its place. */
export function buildEventCorrectionSchema(event: z.ZodType) {
  return z.strictObject({
    type: z.literal('event-corrected'),
    project: projectIdSchema,
    by: actorSchema,
    at: timestampSchema,
    reason: z
      .string()
      .superRefine((input, ctx) => {
        if (input.trim() === '') addLibraryIssues(ctx, [createIssue('reason-required', [], { command: 'correct-event' })], input);
      })
      .register(jsonSchemaPatterns, { pattern: '\\S' }),
    corrects: z.int().min(0),
    replacement: event.exactOptional(),
  });
}

/** What a log records: a lifecycle event or a correction, told apart by `type`. */
export function buildLoggedEventSchema() {
  const events = lifecycleCommandTypes.map(eventSchemaOf);
  const [first, ...rest] = events;
  const event = z.discriminatedUnion('type', [first!, ...rest]);
  return z.discriminatedUnion('type', [first!, ...rest, buildEventCorrectionSchema(event)]);
}

/** A stored event log: events in order, each chained to the one before by its hash. */
export function buildEventLogSchema(event: z.ZodType) {
  return z.array(z.strictObject({ sequence: z.int().min(0), previousHash: hashSchema, hash: hashSchema, event }));
}
