import { z } from 'zod';
import { announcementKinds } from '../../lifecycle/announcement.js';
import { lifecycleCommandDefinitions, lifecycleCommandTypes, type LifecycleCommandType } from '../../lifecycle/lifecycle-commands.js';
import { organisationKinds } from '../../model/organisation.js';
import { organisationIdSchema, projectIdSchema, subProjectIdSchema } from '../../model/schemas/id-schemas.js';
import { amountSchema, isoDateSchema } from '../../schema/common-schemas.js';

// The JSON shape of a stored event log, for its JSON Schema; parseEventLog remains the parser. The events'
// payloads are derived from the lifecycle's own command table, so a new command appears here by itself.

/** A SHA-256 hash in lowercase hex. */
export const hashSchema = /* @__PURE__ */ z.string().regex(/^[0-9a-f]{64}$/);

/** An instant with an offset, as {@link parseTimestamp} reads it. */
export const timestampSchema = /* @__PURE__ */ z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/);

/** Who acted. */
export const actorSchema = /* @__PURE__ */ z.strictObject({ organisation: organisationIdSchema, kind: z.enum(organisationKinds) });

/** One row of an announcement, as stored. */
export const announcementRowSchema = /* @__PURE__ */ z.strictObject({
  project: projectIdSchema,
  subProject: subProjectIdSchema.exactOptional(),
  name: z.string().exactOptional(),
  location: z.string().exactOptional(),
  amount: amountSchema.exactOptional(),
  implementingUnit: z.string().exactOptional(),
  beneficiaries: z.string().exactOptional(),
  performanceTarget: z.string().exactOptional(),
});

/** An announcement, as stored. */
export const announcementSchema = /* @__PURE__ */ z.strictObject({
  kind: z.enum(announcementKinds),
  project: projectIdSchema,
  rows: z.array(announcementRowSchema),
});

/** The period an announcement runs. */
export const announcementPeriodSchema = /* @__PURE__ */ z.strictObject({
  publishedOn: isoDateSchema,
  firstDay: isoDateSchema,
  lastDay: isoDateSchema,
  announcementDays: z.int().min(1),
  dayKind: z.enum(['calendar', 'working']),
});

/** A liability agreement, as stored. */
export const liabilityAgreementSchema = /* @__PURE__ */ z.strictObject({ reference: z.string(), projects: z.array(projectIdSchema) });

const reasonText = /* @__PURE__ */ z.string().regex(/\S/);

function eventSchemaOf(command: LifecycleCommandType) {
  const definition: { readonly event: string; readonly reasonRequired: boolean; readonly announces?: string } = lifecycleCommandDefinitions[command];
  const signs = command === 'sign-agreement-as-donor' || command === 'sign-agreement-as-recipient';
  return z.strictObject({
    type: z.literal(definition.event),
    project: projectIdSchema,
    by: actorSchema,
    at: timestampSchema,
    reason: definition.reasonRequired ? reasonText : z.string().exactOptional(),
    ...(definition.announces === undefined ? {} : { announcement: announcementSchema, period: announcementPeriodSchema }),
    ...(signs ? { agreement: liabilityAgreementSchema } : {}),
    ...(command === 'pass-acceptance' ? { grade: z.enum(['pass', 'excellent']) } : {}),
    ...(command === 'fail-acceptance' ? { grade: z.literal('fail') } : {}),
    ...(command === 'propose-change' ? { description: z.string() } : {}),
  });
}

/** A lifecycle event: one shape per command, as the lifecycle's command table defines them. */
export function buildLifecycleEventSchema() {
  const [first, ...rest] = lifecycleCommandTypes.map(eventSchemaOf);
  return z.discriminatedUnion('type', [first!, ...rest]);
}

/** A stored event log: events in order, each chained to the one before by its hash. */
export function buildEventLogSchema(event: z.ZodType) {
  return z.array(z.strictObject({ sequence: z.int().min(0), previousHash: hashSchema, hash: hashSchema, event }));
}
