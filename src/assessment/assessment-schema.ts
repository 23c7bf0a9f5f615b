import * as z from 'zod';
import { createIssue } from '../errors/issue.js';
import { actorSchema, timestampSchema } from '../lifecycle/event-log-shape.js';
import { regionCodeField, yearField } from '../model/schemas/fields.js';
import { isoDateSchema } from '../schema/common-schemas.js';
import { addLibraryIssues } from '../schema/parse-with-schema.js';
import { assessmentGrades } from './assessment-areas.js';
import { assessmentCommandDefinitions, assessmentCommandTypes, type AssessmentCommandType } from './assessment-steps.js';

// The JSON shapes of assessment commands and stored events, derived from the command table.

const findingSchema = () => z.strictObject({ score: z.string().regex(/^\d+(?:\.\d+)?$/), grade: z.enum(assessmentGrades) });

const reasonOf = (command: AssessmentCommandType) =>
  assessmentCommandDefinitions[command].reasonRequired
    ? z.string().superRefine((input, ctx) => {
        if (input.trim() === '') addLibraryIssues(ctx, [createIssue('reason-required', [], { command })], input);
      })
    : z.string().exactOptional();

const findingOf = (command: AssessmentCommandType) => (assessmentCommandDefinitions[command].step === undefined ? {} : { finding: findingSchema() });

/** An assessment command as an app receives it: one shape per command. */
export function buildAssessmentCommandSchema() {
  const [first, ...rest] = assessmentCommandTypes.map((command) =>
    z.strictObject({ type: z.literal(command), by: actorSchema, at: timestampSchema, reason: reasonOf(command), ...findingOf(command) }),
  );
  return z.discriminatedUnion('type', [first!, ...rest]);
}

/** A stored assessment event: one shape per command's event. */
export function buildAssessmentEventSchema() {
  const [first, ...rest] = assessmentCommandTypes.map((command) =>
    z.strictObject({
      type: z.literal(assessmentCommandDefinitions[command].event),
      year: yearField,
      assessed: regionCodeField,
      by: actorSchema,
      at: timestampSchema,
      reason: reasonOf(command),
      ...findingOf(command),
      ...(assessmentCommandDefinitions[command].step === undefined ? {} : { due: isoDateSchema, late: z.boolean() }),
    }),
  );
  return z.discriminatedUnion('type', [first!, ...rest]);
}
