import * as z from 'zod';
import { issueCodes } from '../errors/catalogue.js';
import { organisationIdSchema } from '../model/schemas/id-schemas.js';
import { regionCodeField, yearField } from '../model/schemas/fields.js';
import { localizedTextSchema, sourceReferenceSchema } from '../model/schemas/text-schema.js';
import type { Snapshot } from '../model/snapshot.js';
import { redactPersonalData } from '../privacy/mask.js';
import { isoDateSchema } from '../schema/common-schemas.js';
import { assessmentAreas, assessmentGrades } from './assessment-areas.js';
import { assessmentMeasures } from './assessment-measures.js';
import type { AssessmentReport } from './assessment-report.js';
import { assessmentCommandDefinitions, assessmentStatuses } from './assessment-steps.js';

/** The JSON form of an {@link AssessmentReport}: every figure, score and share an exact decimal string. */
export type AssessmentReportJson = Snapshot<AssessmentReport>;

// Figures and scores are decimal strings; masking would corrupt a large figure that looks like a phone number.
const DECIMAL = /^\d+(?:\.\d+)?$/;

/**
 * The assessment report as plain JSON data, for an app's UI, a PDF template or another service. Every text
 * that is not a figure passes through {@link redactPersonalData}, so a resident ID or mobile number typed into a
 * source or a reason is masked. `schemas/assessment-report.json` describes it.
 *
 * @param report - from {@link buildAssessmentReport}
 * @returns a value `JSON.stringify` writes as is
 *
 * @example
 * ```ts
 * import { seedNonProjectAid2011, seedRecord2011 } from 'pairing-aid/examples/2011'
 * const report = unwrap(buildAssessmentReport(
 *   { record: seedRecord2011, nonProjectAid: seedNonProjectAid2011, entered: [] },
 *   illustrativeAssessmentConfiguration,
 *   { year: 2011, donor: regionCode('440300'), recipients: [regionCode('522400')] },
 * ));
 * assessmentReportToJSON(report).views.map((view) => [view.side, view.assessment.grade, view.missing.length]);
 * //=> [['donor', 'poor', 11], ['recipient', 'poor', 11]]
 * ```
 */
export function assessmentReportToJSON(report: AssessmentReport): AssessmentReportJson {
  const text = JSON.stringify(report, (_key, value: unknown) => (typeof value === 'string' && !DECIMAL.test(value) ? redactPersonalData(value) : value));
  return JSON.parse(text) as AssessmentReportJson;
}

let built: z.ZodType | undefined;

/**
 * The zod schema of {@link AssessmentReportJson}, the source of the shipped `schemas/assessment-report.json`:
 * the test suite checks that the reports {@link assessmentReportToJSON} writes pass it.
 * @internal
 */
export function assessmentReportJsonSchema(): z.ZodType {
  built ??= buildAssessmentReportJsonSchema();
  return built;
}

function buildAssessmentReportJsonSchema(): z.ZodType {
  const decimal = z.string().regex(DECIMAL);
  const source = z.strictObject({
    kind: z.enum(['funds', 'plans', 'projects', 'ledger', 'pairings', 'non-project-aid', 'entered']),
    ids: z.array(z.string()),
    references: z.array(sourceReferenceSchema).exactOptional(),
  });
  const missingReason = z.enum(['no-data', 'not-split', 'not-entered']);
  const indicator = z.strictObject({
    id: z.string(),
    name: localizedTextSchema,
    measure: z.enum([...assessmentMeasures, 'entered']),
    comparator: z.enum(['>=', '<=']).exactOptional(),
    planned: decimal.exactOptional(),
    judgement: z.enum(['yes-no', 'grade']).exactOptional(),
    unit: z.string(),
    value: z.string().exactOptional(),
    missing: missingReason.exactOptional(),
    sources: z.array(source),
    status: z.enum(['met', 'not-met', 'missing']),
    rate: decimal.exactOptional(),
    points: decimal,
    score: decimal.exactOptional(),
  });
  const area = z.strictObject({ area: z.enum(assessmentAreas), points: decimal, score: decimal, missingPoints: decimal, indicators: z.array(indicator) });
  const configuration = z.strictObject({ name: localizedTextSchema, illustrative: z.boolean() });
  const issue = z.strictObject({
    code: z.enum(issueCodes as unknown as [string, ...string[]]),
    path: z.array(z.union([z.string(), z.number()])),
    message: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  });
  const assessment = z.strictObject({
    year: yearField,
    donor: regionCodeField,
    recipients: z.array(regionCodeField),
    configuration,
    areas: z.array(area),
    score: decimal,
    maxScore: decimal,
    missingPoints: decimal,
    percent: decimal,
    grade: z.enum(assessmentGrades),
    provisional: z.boolean(),
    issues: z.array(issue),
  });
  const finding = z.strictObject({ score: decimal, grade: z.enum(assessmentGrades) });
  const step = z.strictObject({
    event: z.enum(Object.values(assessmentCommandDefinitions).map((definition) => definition.event) as [string, ...string[]]),
    by: organisationIdSchema,
    on: isoDateSchema,
    due: isoDateSchema.exactOptional(),
    late: z.boolean().exactOptional(),
    reason: z.string().exactOptional(),
    finding: finding.exactOptional(),
  });
  const view = z.strictObject({
    side: z.enum(['donor', 'recipient']),
    assessed: regionCodeField,
    assessment,
    missing: z.array(z.strictObject({ area: z.enum(assessmentAreas), indicator: z.string(), name: localizedTextSchema, reason: missingReason, points: decimal })),
    progress: z.strictObject({ status: z.enum(assessmentStatuses), steps: z.array(step) }).exactOptional(),
  });
  return z.strictObject({ year: yearField, donor: regionCodeField, recipients: z.array(regionCodeField), configuration, views: z.array(view) });
}
