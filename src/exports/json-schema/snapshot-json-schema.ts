import { z } from 'zod';
import * as ids from '../../model/schemas/id-schemas.js';
import { decimalTextField, regionCodeField } from '../../model/schemas/fields.js';
import { fundCategorySchema, fundSchema, fundShareSchema } from '../../model/schemas/fund-schema.js';
import { ledgerEntrySchema } from '../../model/schemas/ledger-schema.js';
import { organisationSchema, participationSchema } from '../../model/schemas/organisation-schema.js';
import { pairingSchema } from '../../model/schemas/pairing-schema.js';
import { agreedAmountSchema, planSchema, planTargetSchema } from '../../model/schemas/plan-schema.js';
import { programmeSchema } from '../../model/schemas/programme-schema.js';
import {
  locationSchema,
  performanceIndicatorSchema,
  performanceTargetSchema,
  projectSchema,
  projectTypeSchema,
  subProjectSchema,
} from '../../model/schemas/project-schema.js';
import { localizedTextSchema, sourceReferenceSchema } from '../../model/schemas/text-schema.js';
import { activityCountSchema, ledgerTotalsSchema, rollUpSchema } from '../../model/rollup/parse-roll-up.js';
import { amountSchema, isoDateSchema } from '../../schema/common-schemas.js';
import {
  actorSchema,
  announcementPeriodSchema,
  announcementRowSchema,
  announcementSchema,
  buildEventLogSchema,
  buildLifecycleEventSchema,
  hashSchema,
  liabilityAgreementSchema,
  timestampSchema,
  jsonSchemaPatterns,
} from '../../lifecycle/event-log-shape.js';

/**
 * The snapshot shapes that have a JSON Schema, by file name (`schemas/<name>.json` in the package).
 *
 * | name | what it validates |
 * |---|---|
 * | `programme` | a whole programme, `JSON.stringify(programme)` |
 * | `project` | a project with its sub-projects |
 * | `sub-project` | a sub-project |
 * | `fund` | a fund with its breakdown |
 * | `ledger-entry` | a ledger entry |
 * | `organisation` | an organisation |
 * | `pairing` | a pairing |
 * | `plan` | a plan with its agreed amounts and targets |
 * | `roll-up` | a roll-up summary |
 * | `event-log` | a project's stored lifecycle event log |
 */
export const snapshotSchemaNames = [
  'programme',
  'project',
  'sub-project',
  'fund',
  'ledger-entry',
  'organisation',
  'pairing',
  'plan',
  'roll-up',
  'event-log',
] as const;

/** One of {@link snapshotSchemaNames}. */
export type SnapshotSchemaName = (typeof snapshotSchemaNames)[number];

/** A JSON Schema document (draft 2020-12) as plain JSON data. */
export type JsonSchemaDocument = { readonly [keyword: string]: unknown };

interface Component {
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
] as const;

// Built on first use: importing the library builds no registry.
let registry: z.core.$ZodRegistry<Component> | undefined;
let lifecycleEvent: z.ZodType | undefined;
let roots: Readonly<Record<SnapshotSchemaName, z.ZodType>> | undefined;

function componentRegistry(): z.core.$ZodRegistry<Component> {
  if (registry !== undefined) return registry;
  const built = z.registry<Component>();
  built.add(amountSchema, {
    id: 'Amount',
    description: 'An amount of yuan: a decimal string with at most two decimals ("46910000.00"), or a number exact at fen precision.',
    pattern: '^-?\\d+(\\.\\d{1,2})?$',
  });
  built.add(isoDateSchema, { id: 'IsoDate', description: 'A calendar date in China, YYYY-MM-DD.', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
  built.add(regionCodeField, {
    id: 'RegionCode',
    description: 'A six-digit GB/T 2260 administrative division code (province part 11–82).',
    pattern: '^(1[1-9]|[2-7]\\d|8[0-2])\\d{4}$',
  });
  built.add(decimalTextField, { id: 'Decimal', description: 'An exact decimal written as text, e.g. "1200" or "95.5".', pattern: '^-?\\d+(?:\\.\\d+)?$' });
  for (const [schema, id, what] of idComponents) {
    built.add(schema, { id, description: `The identifier of ${what}: 1 to 128 printable characters, no white space at either end.`, pattern: ID_PATTERN, maxLength: 128 });
  }
  built.add(localizedTextSchema, { id: 'LocalizedText', description: 'A text in Chinese (zh), English (en) or both; at least one.', minProperties: 1 });
  const shapes = [
    [sourceReferenceSchema, 'SourceReference', 'Where a figure comes from.'],
    [fundCategorySchema, 'FundCategory', 'A fund category with its labels.'],
    [fundShareSchema, 'FundShare', "One category's share of a fund."],
    [fundSchema, 'Fund', 'Money a donor gives in a year, with its breakdown by category (which sums exactly to the total).'],
    [organisationSchema, 'Organisation', 'An organisation taking part in the work.'],
    [participationSchema, 'Participation', "An organisation's role in a project (IATI roles 1 funding to 4 implementing)."],
    [pairingSchema, 'Pairing', 'A pairing (结对) of a donor region with a recipient region.'],
    [agreedAmountSchema, 'AgreedAmount', 'An agreed amount (协议数) of a plan.'],
    [planTargetSchema, 'PlanTarget', 'A target of a plan.'],
    [planSchema, 'Plan', 'A plan with its agreed amounts and targets.'],
    [projectTypeSchema, 'ProjectType', 'A project type with its labels.'],
    [locationSchema, 'Location', 'Where a project or sub-project is: a division code and, below it, township and village by name.'],
    [performanceIndicatorSchema, 'PerformanceIndicator', 'One measurable indicator of a performance target.'],
    [performanceTargetSchema, 'PerformanceTarget', "A project's performance target (绩效目标)."],
    [subProjectSchema, 'SubProject', 'A sub-project (子项目).'],
    [projectSchema, 'Project', 'An aid project with its sub-projects.'],
    [ledgerEntrySchema, 'LedgerEntry', 'One movement of money; a reversal is a negative entry naming the entry it reverses.'],
    [programmeSchema, 'Programme', "A donor's aid programme: organisations, pairings, funds, plans, projects and the ledger."],
    [ledgerTotalsSchema, 'LedgerTotals', 'Totals per ledger kind.'],
    [activityCountSchema, 'ActivityCount', 'Counts of projects and sub-projects.'],
    [rollUpSchema, 'RollUp', 'A roll-up summary of the ledger.'],
    [hashSchema, 'Sha256', 'A SHA-256 hash in lowercase hex.'],
    [timestampSchema, 'Timestamp', 'An instant: ISO 8601 date-time with Z or an offset.'],
    [actorSchema, 'Actor', 'Who acted: an organisation and its kind.'],
    [announcementRowSchema, 'AnnouncementRow', 'One row of an announcement table (公示表).'],
    [announcementSchema, 'Announcement', 'An announcement (公告公示) put up by a lifecycle move.'],
    [announcementPeriodSchema, 'AnnouncementPeriod', 'The days an announcement runs.'],
    [liabilityAgreementSchema, 'LiabilityAgreement', 'The liability agreement on fund management.'],
  ] as const;
  for (const [schema, id, description] of shapes) built.add(schema as z.ZodType, { id, description });
  lifecycleEvent = buildLifecycleEventSchema();
  built.add(lifecycleEvent, { id: 'LifecycleEvent', description: 'Something that happened to a project, as its lifecycle recorded it.' });
  registry = built;
  return built;
}

function rootSchemas(): Readonly<Record<SnapshotSchemaName, z.ZodType>> {
  const components = componentRegistry();
  if (roots !== undefined) return roots;
  const eventLog = buildEventLogSchema(lifecycleEvent ?? buildLifecycleEventSchema());
  components.add(eventLog, { id: 'EventLog', description: "A project's stored lifecycle event log: oldest first, each event chained to the one before by its hash." });
  roots = {
    'programme': programmeSchema,
    'project': projectSchema,
    'sub-project': subProjectSchema,
    'fund': fundSchema,
    'ledger-entry': ledgerEntrySchema,
    'organisation': organisationSchema,
    'pairing': pairingSchema,
    'plan': planSchema,
    'roll-up': rollUpSchema,
    'event-log': eventLog,
  };
  return roots;
}

/**
 * The JSON Schema (draft 2020-12) of a snapshot shape, generated from the library's own zod schemas in their
 * input form: amounts as decimal strings (or exact numbers), dates, ids and division codes as patterned
 * strings. A document valid under it is one the library's parsers read (the cross-record rules of
 * {@link checkProgramme} are beyond any schema). The package ships these as `schemas/<name>.json`.
 *
 * @param name - one of {@link snapshotSchemaNames}
 * @returns the schema document, with the shared shapes under `$defs`
 *
 * @example
 * ```ts
 * const schema = snapshotJsonSchema('pairing');
 * [schema.$schema, schema.title, (schema.required as string[]).join()]
 * //=> ['https://json-schema.org/draft/2020-12/schema', 'Pairing', 'id,donor,recipient,from']
 * ```
 */
export function snapshotJsonSchema(name: SnapshotSchemaName): JsonSchemaDocument {
  const generated = z.toJSONSchema(rootSchemas()[name], {
    target: 'draft-2020-12',
    io: 'input',
    metadata: componentRegistry(),
    // Fields read by a library parser (timestamps, reasons) state their pattern for other languages' validators.
    override: (context) => {
      const pattern = jsonSchemaPatterns.get(context.zodSchema as z.core.$ZodType)?.pattern;
      if (pattern !== undefined) context.jsonSchema.pattern = pattern;
    },
  }) as Record<string, unknown>;
  return inlineRoot(generated);
}

// zod puts a root that has an id under $defs and refers to it; the file reads better with the root inline.
function inlineRoot(generated: Record<string, unknown>): JsonSchemaDocument {
  const { $schema, $ref, $defs, ...rest } = generated as { $schema?: unknown; $ref?: unknown; $defs?: Record<string, unknown> };
  const name = typeof $ref === 'string' && $ref.startsWith('#/$defs/') ? $ref.slice('#/$defs/'.length) : undefined;
  const definitions = { ...$defs };
  const root = name === undefined ? undefined : definitions[name];
  const referredElsewhere = name !== undefined && JSON.stringify(definitions).includes(`"#/$defs/${name}"`);
  if (name === undefined || root === undefined || referredElsewhere) return generated;
  delete definitions[name];
  const { id: _id, ...body } = root as Record<string, unknown>;
  return { $schema, title: name, ...body, ...rest, ...(Object.keys(definitions).length > 0 ? { $defs: definitions } : {}) };
}
