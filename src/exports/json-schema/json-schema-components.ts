import * as z from 'zod';
import { activityIdSchema } from '../../model/schemas/id-schemas.js';
import * as ids from '../../model/schemas/id-schemas.js';
import { decimalTextField, regionCodeField } from '../../model/schemas/fields.js';
import { fundCategorySchema, fundShareSchema } from '../../model/schemas/fund-schema.js';
import { participationSchema } from '../../model/schemas/organisation-schema.js';
import { agreedAmountSchema, planTargetSchema } from '../../model/schemas/plan-schema.js';
import { locationSchema, performanceIndicatorSchema, performanceTargetSchema, projectTypeSchema } from '../../model/schemas/project-schema.js';
import { localizedTextSchema, sourceReferenceSchema } from '../../model/schemas/text-schema.js';
import { activityCountSchema, ledgerTotalsSchema } from '../../model/rollup/parse-roll-up.js';
import { AMOUNT_JSON_PATTERN, amountSchema, ISO_DATE_JSON_PATTERN, isoDateSchema, STORED_AMOUNT_JSON_PATTERN, storedAmountSchema } from '../../schema/common-schemas.js';
import { partialDateSchema } from '../../aid/schemas/figure-schemas.js';
import { keysTextSchema } from '../../beneficiaries/beneficiary-summary-json.js';
import { annualReportJsonParts } from '../../report/annual-report-json-schema.js';
import { attachmentSchema, nonBlankText, pseudonymField, RESIDENT_ID_JSON_PATTERN, residentIdField, sourceSchema } from '../../beneficiaries/internal/schemas.js';
import { PSEUDONYM_SHAPE } from '../../privacy/pseudonym.js';
import {
  actorSchema,
  announcementPeriodSchema,
  announcementRowSchema,
  announcementSchema,
  buildLifecycleEventSchema,
  hashSchema,
  liabilityAgreementSchema,
  storedAnnouncementRowSchema,
  storedAnnouncementSchema,
  storedSubProjectSchema,
  timestampSchema,
} from '../../lifecycle/event-log-shape.js';

/** What a component carries into the generated schema: its name under `$defs` and any keyword zod cannot derive. */
export interface Component {
  readonly id: string;
  readonly description: string;
  readonly [keyword: string]: unknown;
}

// ECMA-262 patterns, as JSON Schema validators in every language read them. Ids: 1–128 characters, no control
// characters, no white space at either end (see parseIdText).
const NOT_CONTROL = '\\u0000-\\u001f\\u007f-\\u009f';
const ID_PATTERN = `^[^\\s${NOT_CONTROL}](?:[^${NOT_CONTROL}]{0,126}[^\\s${NOT_CONTROL}])?$`;

const idComponents = [
  [ids.programmeIdSchema, 'ProgrammeId', 'a programme'],
  [ids.projectIdSchema, 'ProjectId', 'a project'],
  [ids.subProjectIdSchema, 'SubProjectId', 'a sub-project, unique across the projects and sub-projects of a programme'],
  [ids.organisationIdSchema, 'OrganisationId', 'an organisation'],
  [ids.fundIdSchema, 'FundId', 'a fund'],
  [ids.pairingIdSchema, 'PairingId', 'a pairing'],
  [ids.planIdSchema, 'PlanId', 'a plan'],
  [ids.ledgerEntryIdSchema, 'LedgerEntryId', 'a ledger entry'],
  [activityIdSchema, 'ActivityId', 'a non-project aid activity'],
] as const;

// A partial date's day is the first of its month or year (partial-date-precision), said case by case.
const partialDateCases = [
  { properties: { precision: { const: 'day' } } },
  { properties: { precision: { const: 'month' }, date: { type: 'string', pattern: '-01$' } } },
  { properties: { precision: { const: 'year' }, date: { type: 'string', pattern: '-01-01$' } } },
];

let lifecycleEvent: z.ZodType | undefined;

/** The one lifecycle event schema the registry knows by name, built on first use. */
export function sharedLifecycleEventSchema(): z.ZodType {
  lifecycleEvent ??= buildLifecycleEventSchema();
  return lifecycleEvent;
}

/**
 * The shared shapes, each under its name in `$defs`, with the keywords that say in JSON Schema what the
 * library's parsers check in code (patterns of amounts, dates, codes and ids).
 */
export function addComponents(registry: z.core.$ZodRegistry<Component>): void {
  registry.add(amountSchema, {
    id: 'Amount',
    description: 'An amount of yuan: a decimal string with at most two decimals ("46910000.00", "-28"). Never a number: JSON readers in most languages turn numbers into binary floats.',
    type: 'string',
    pattern: AMOUNT_JSON_PATTERN,
  });
  registry.add(storedAmountSchema, {
    id: 'StoredAmount',
    description: 'An amount of yuan as a stored event log holds it: two decimals, no leading zeros ("900000.00", "-28.00"), the form JSON.stringify writes and the event\'s hash covers.',
    type: 'string',
    pattern: STORED_AMOUNT_JSON_PATTERN,
  });
  registry.add(isoDateSchema, { id: 'IsoDate', description: 'A calendar date in China, YYYY-MM-DD, a day that exists (2012-02-29, not 2011-02-29).', pattern: ISO_DATE_JSON_PATTERN });
  registry.add(regionCodeField, { id: 'RegionCode', description: 'A six-digit GB/T 2260 administrative division code (province part 11–82). Whether it was in force on a date is the registry\'s question.', pattern: '^(1[1-9]|[2-7]\\d|8[0-2])\\d{4}$' });
  registry.add(decimalTextField, { id: 'Decimal', description: 'An exact decimal written as text, e.g. "1200" or "95.5".', pattern: '^-?\\d+(?:\\.\\d+)?$' });
  for (const [schema, id, what] of idComponents) {
    registry.add(schema, { id, description: `The identifier of ${what}: 1 to 128 printable characters, no white space at either end.`, pattern: ID_PATTERN, maxLength: 128 });
  }
  registry.add(localizedTextSchema, { id: 'LocalizedText', description: 'A text in Chinese (zh), English (en) or both; at least one.', minProperties: 1 });
  registry.add(nonBlankText, { id: 'NonBlankText', description: 'Text with something in it besides white space.', pattern: '\\S' });
  registry.add(keysTextSchema, { id: 'BeneficiaryKeysText', description: 'Ascending keys as gaps in a base64url variable-length code; the last character ends a gap.', pattern: '^(?:[A-Za-z0-9_-]*[A-Za-f])?$' });
  registry.add(residentIdField, {
    id: 'ResidentId',
    description: 'A resident ID number (居民身份证号码), 18 characters with an upper-case X: a division code\'s province part and a real birth date from 1850. Its check character only the parser checks (resident-id-check-digit).',
    type: 'string',
    pattern: RESIDENT_ID_JSON_PATTERN,
  });
  registry.add(pseudonymField, { id: 'Pseudonym', description: 'A pseudonym as pseudonymise writes it: 43 base64url characters.', type: 'string', pattern: PSEUDONYM_SHAPE.source });
  registry.add(partialDateSchema, { id: 'PartialDate', description: 'A date known to the day, month or year; for month and year the date is the first day of the period.', anyOf: partialDateCases });
  const shapes = [
    [sourceReferenceSchema, 'SourceReference', 'Where a figure comes from.'],
    [sourceSchema, 'BeneficiarySource', 'Where a beneficiary figure comes from.'],
    [attachmentSchema, 'BeneficiaryAttachment', 'The project, sub-project or activity a beneficiary figure is for.'],
    [fundCategorySchema, 'FundCategory', 'A fund category with its labels.'],
    [fundShareSchema, 'FundShare', "One category's share of a fund."],
    [participationSchema, 'Participation', "An organisation's role in a project (IATI roles 1 funding to 4 implementing)."],
    [agreedAmountSchema, 'AgreedAmount', 'An agreed amount (协议数) of a plan.'],
    [planTargetSchema, 'PlanTarget', 'A target of a plan.'],
    [projectTypeSchema, 'ProjectType', 'A project type with its labels.'],
    [locationSchema, 'Location', 'Where a project or sub-project is: a division code and, below it, township and village by name.'],
    [performanceIndicatorSchema, 'PerformanceIndicator', 'One measurable indicator of a performance target.'],
    [performanceTargetSchema, 'PerformanceTarget', "A project's performance target (绩效目标)."],
    [ledgerTotalsSchema, 'LedgerTotals', 'Totals per ledger kind.'],
    [activityCountSchema, 'ActivityCount', 'Counts of projects and sub-projects.'],
    [hashSchema, 'Sha256', 'A SHA-256 hash in lowercase hex.'],
    [timestampSchema, 'Timestamp', 'An instant: ISO 8601 date-time with Z or an offset.'],
    [actorSchema, 'Actor', 'Who acted: an organisation and its kind.'],
    [announcementRowSchema, 'AnnouncementRow', 'One row of an announcement table (公示表).'],
    [announcementSchema, 'Announcement', 'An announcement (公告公示) put up by a lifecycle move.'],
    [storedAnnouncementRowSchema, 'StoredAnnouncementRow', 'One row of an announcement table (公示表), as a stored event holds it.'],
    [storedAnnouncementSchema, 'StoredAnnouncement', 'An announcement (公告公示), as a stored event holds it.'],
    [storedSubProjectSchema, 'StoredSubProject', 'A sub-project, as a stored event holds it.'],
    [announcementPeriodSchema, 'AnnouncementPeriod', 'The days an announcement runs.'],
    [liabilityAgreementSchema, 'LiabilityAgreement', 'The liability agreement on fund management.'],
  ] as const;
  for (const [schema, id, description] of [...shapes, ...annualReportJsonParts()]) registry.add(schema as z.ZodType, { id, description });
  registry.add(sharedLifecycleEventSchema(), { id: 'LifecycleEvent', description: 'Something that happened to a project, as its lifecycle recorded it.' });
}
