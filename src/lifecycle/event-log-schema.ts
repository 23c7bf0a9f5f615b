import { z } from 'zod';
import { addLibraryIssues, parseWithSchema } from '../schema/parse-with-schema.js';
import { amountSchema, isoDateSchema } from '../schema/common-schemas.js';
import { createIssue } from '../errors/issue.js';
import { fail, type Result } from '../errors/result.js';
import { parseIdText, type ProjectId } from '../model/ids.js';
import { organisationKinds } from '../model/organisation.js';
import { announcementKinds } from './announcement.js';
import type { LifecycleEventLog } from './event-log.js';
import { commandOfEvent, replayLifecycle } from './evolve-lifecycle.js';
import type { Lifecycle } from './lifecycle.js';
import {
  lifecycleCommandDefinitions,
  lifecycleCommandTypes,
  type LifecycleCommandDefinition,
  type LifecycleCommandType,
} from './lifecycle-commands.js';
import { parseTimestamp } from './timestamp.js';
import { verifyEventLog, type VerifyEventLogOptions } from './verify-event-log.js';

const idSchema = (kind: string): z.ZodType<string, string> =>
  z.string().transform((input, ctx) => {
    const parsed = parseIdText<string>(input, kind);
    if (parsed.ok) return parsed.value;
    addLibraryIssues(ctx, parsed.issues, input);
    return z.NEVER;
  });

const timestampSchema = (): z.ZodType<string, string> =>
  z.string().transform((input, ctx) => {
    const parsed = parseTimestamp(input);
    if (parsed.ok) return parsed.value;
    addLibraryIssues(ctx, parsed.issues, input);
    return z.NEVER;
  });

// The payload fields each event type carries, beyond type, project, by, at and reason.
const payloadOf = (command: LifecycleCommandType): readonly string[] => {
  const definition: LifecycleCommandDefinition = lifecycleCommandDefinitions[command];
  if (definition.announces !== undefined) return ['announcement', 'period'];
  if (command === 'sign-agreement-as-donor' || command === 'sign-agreement-as-recipient') return ['agreement'];
  if (command === 'pass-acceptance' || command === 'fail-acceptance') return ['grade'];
  if (command === 'propose-change') return ['description'];
  return [];
};

const PAYLOAD_FIELDS = ['announcement', 'period', 'agreement', 'grade', 'description'] as const;

// Built on first use, so that importing the library builds no schema.
let logSchema: z.ZodType | undefined;

function buildLogSchema(): z.ZodType {
  const actorSchema = z.strictObject({ organisation: idSchema('organisation'), kind: z.enum(organisationKinds) });

  const announcementSchema = z.strictObject({
    kind: z.enum(announcementKinds),
    project: idSchema('project'),
    rows: z.array(
      z.strictObject({
        project: idSchema('project'),
        subProject: idSchema('sub-project').optional(),
        name: z.string().optional(),
        location: z.string().optional(),
        amount: amountSchema.optional(),
        implementingUnit: z.string().optional(),
        beneficiaries: z.string().optional(),
        performanceTarget: z.string().optional(),
      }),
    ),
  });

  const periodSchema = z.strictObject({
    publishedOn: isoDateSchema,
    firstDay: isoDateSchema,
    lastDay: isoDateSchema,
    announcementDays: z.number().int().min(1),
    dayKind: z.enum(['calendar', 'working']),
  });

  const eventSchema = z
    .strictObject({
      type: z.enum(lifecycleCommandTypes.map((command) => lifecycleCommandDefinitions[command].event) as [string, ...string[]]),
      project: idSchema('project'),
      by: actorSchema,
      at: timestampSchema(),
      reason: z.string().optional(),
      announcement: announcementSchema.optional(),
      period: periodSchema.optional(),
      agreement: z.strictObject({ reference: z.string(), projects: z.array(idSchema('project')) }).optional(),
      grade: z.enum(['fail', 'pass', 'excellent']).optional(),
      description: z.string().optional(),
    })
    .superRefine((event, ctx) => {
      const command = commandOfEvent(event.type);
      if (command === undefined) return;
      const definition: LifecycleCommandDefinition = lifecycleCommandDefinitions[command];
      const expected = payloadOf(command);
      for (const field of PAYLOAD_FIELDS) {
        const present = event[field] !== undefined;
        if (expected.includes(field) && !present) ctx.addIssue({ code: 'invalid_type', expected: 'object', input: undefined, path: [field] });
        if (!expected.includes(field) && present) ctx.addIssue({ code: 'unrecognized_keys', keys: [field], input: event });
      }
      if (definition.reasonRequired && (event.reason ?? '').trim() === '') {
        addLibraryIssues(ctx, [createIssue('reason-required', ['reason'], { command })], event);
      }
      const grade = event.grade;
      if (grade !== undefined && (command === 'fail-acceptance') !== (grade === 'fail')) {
        ctx.addIssue({ code: 'invalid_value', values: command === 'fail-acceptance' ? ['fail'] : ['pass', 'excellent'], input: grade, path: ['grade'] });
      }
    });

  return z.array(
    z.strictObject({ sequence: z.number().int().min(0), previousHash: z.string(), hash: z.string(), event: eventSchema }),
  );
}

/**
 * Reads a stored event log back (from JSON, say): verifies its hash chain first ({@link verifyEventLog}), then
 * the shape of every event, turning amounts back into {@link Amount} values.
 *
 * @param input - the stored log
 * @param options - see {@link VerifyEventLogOptions}
 * @returns the log, or the issues: the tampering found, or every shape problem with its path
 *   (`[3, 'event', 'at']`): `invalid-type`, `invalid-value`, `unrecognized-key`, `timestamp-invalid`,
 *   `id-invalid`, `invalid-date` and the amount codes
 *
 * @example
 * ```ts
 * parseEventLog(JSON.parse(JSON.stringify(log))).ok
 * //=> true
 * ```
 */
export function parseEventLog(input: unknown, options: VerifyEventLogOptions = {}): Result<LifecycleEventLog> {
  const verified = verifyEventLog(input, options);
  if (!verified.ok) return verified;
  logSchema ??= buildLogSchema();
  return parseWithSchema(logSchema, input) as Result<LifecycleEventLog>;
}

/**
 * Reads a stored event log and replays it: the project's current lifecycle, from a log any app stored as it
 * liked. The log is verified first, so an altered, removed, inserted or reordered event is reported, not
 * replayed.
 *
 * @param project - the project's id
 * @param input - the stored log
 * @param options - see {@link VerifyEventLogOptions}
 * @returns the lifecycle, or the issues of {@link parseEventLog} and {@link replayLifecycle} (whose paths
 *   start with the event's index)
 *
 * @example
 * ```ts
 * const replayed = replayEventLog(projectId('BJ-1'), JSON.parse(stored))
 * replayed.ok && replayed.value.status
 * //=> 'closed'
 * ```
 */
export function replayEventLog(project: ProjectId, input: unknown, options: VerifyEventLogOptions = {}): Result<Lifecycle> {
  const parsed = parseEventLog(input, options);
  if (!parsed.ok) return parsed;
  const replayed = replayLifecycle(project, parsed.value.map((stored) => stored.event));
  if (replayed.ok) return replayed;
  // The replay names the event's index; in the stored log the event sits under `event`.
  return fail(replayed.issues.map((found) => ({ ...found, path: [found.path[0] ?? 0, 'event', ...found.path.slice(1)] })));
}
