import * as z from 'zod';
import { nonProjectAidSchema } from '../../aid/schemas/aid-schemas.js';
import { beneficiarySummarySchema } from '../../beneficiaries/beneficiary-summary-json.js';
import { declaredCountSchema } from '../../beneficiaries/declared-count.js';
import { identifiedBeneficiarySchema } from '../../beneficiaries/parse-identified-beneficiary.js';
import { buildEventCorrectionSchema, buildEventLogSchema, buildLifecycleCommandSchema } from '../../lifecycle/event-log-shape.js';
import { sharedLifecycleEventSchema } from './json-schema-components.js';
import { regionReleasesShape } from './region-releases-shape.js';
import { rollUpSchema } from '../../model/rollup/parse-roll-up.js';
import { fundSchema } from '../../model/schemas/fund-schema.js';
import { ledgerEntrySchema } from '../../model/schemas/ledger-schema.js';
import { organisationSchema } from '../../model/schemas/organisation-schema.js';
import { pairingSchema } from '../../model/schemas/pairing-schema.js';
import { performanceActualSchema } from '../../model/schemas/performance-actual-schema.js';
import { planSchema } from '../../model/schemas/plan-schema.js';
import { programmeSchema } from '../../model/schemas/programme-schema.js';
import { projectSchema, subProjectSchema } from '../../model/schemas/project-schema.js';
import { annualReportJsonSchema } from '../../report/annual-report-json-schema.js';
import { assessmentReportJsonSchema } from '../../assessment/assessment-report-json.js';
import { declaredProjectCountSchema } from '../../report/declared-project-count.js';

/** One shipped JSON Schema: the zod schema its parser uses, its title, and what it validates. */
export interface JsonSchemaShape {
  readonly schema: () => z.ZodType;
  readonly title: string;
  /** What a document is, and which of the parser's rules lie beyond a JSON Schema. */
  readonly description: string;
}

// The JSON of a programme record: the programme snapshot and each project's stored log under its id.
const programmeRecordShape = () =>
  z.strictObject({
    programme: programmeSchema,
    eventLogs: z.record(z.string(), buildEventLogSchema(z.union([sharedLifecycleEventSchema(), buildEventCorrectionSchema(sharedLifecycleEventSchema())]))).exactOptional(),
  });

const checkedByCheckProgramme = 'The rules across records (references, sums, dates in order) are checkProgramme\'s, not the schema\'s.';

/**
 * Every JSON shape the library reads or writes, by file name (`schemas/<name>.json`): one line each. The schema
 * is the very zod schema the shape's parser runs, so the file and the parser cannot drift apart.
 */
export const jsonSchemaShapes = {
  'programme': { schema: () => programmeSchema, title: 'Programme', description: `A donor's aid programme: organisations, pairings, funds, plans, projects and the ledger (parseProgramme). ${checkedByCheckProgramme}` },
  'project': { schema: () => projectSchema, title: 'Project', description: 'An aid project with its sub-projects (parseProject).' },
  'sub-project': { schema: () => subProjectSchema, title: 'SubProject', description: 'A sub-project (子项目) (parseSubProject).' },
  'fund': { schema: () => fundSchema, title: 'Fund', description: 'Money a donor gives in a year, with its breakdown by category (parseFund). That the breakdown sums to the total is checkProgramme\'s rule.' },
  'ledger-entry': { schema: () => ledgerEntrySchema, title: 'LedgerEntry', description: 'One movement of money; a reversal is a negative entry naming the entry it reverses (parseLedgerEntry).' },
  'organisation': { schema: () => organisationSchema, title: 'Organisation', description: 'An organisation taking part in the work (parseOrganisation).' },
  'pairing': { schema: () => pairingSchema, title: 'Pairing', description: 'A pairing (结对) of a donor region with a recipient region (parsePairing).' },
  'plan': { schema: () => planSchema, title: 'Plan', description: 'A plan with its agreed amounts and targets (parsePlan).' },
  'performance-actuals': { schema: () => z.array(performanceActualSchema), title: 'PerformanceActuals', description: "Actual values of performance indicators (实际完成值), each with its date and source (parsePerformanceActuals). That each names an indicator of its project's target is evaluatePerformanceTarget's rule." },
  'roll-up': { schema: () => rollUpSchema, title: 'RollUp', description: 'A roll-up summary of the ledger, as JSON.stringify(rollUpProgramme(…)) writes it (parseRollUp).' },
  'event-log': { schema: () => buildEventLogSchema(z.union([sharedLifecycleEventSchema(), buildEventCorrectionSchema(sharedLifecycleEventSchema())])), title: 'EventLog', description: "A project's stored lifecycle event log, oldest first: lifecycle events and corrections of them (parseEventLog). The parser also checks what no schema can: each event's hash and its chaining to the one before, and sequence numbers counting up from 0." },
  'lifecycle-command': { schema: () => buildLifecycleCommandSchema(), title: 'LifecycleCommand', description: "A command on a project's lifecycle as an app receives it, from a web form or a queue (parseLifecycleCommand). Whether its organisation may make it, there and then, is decided against the programme when it is recorded (recordLifecycleCommand)." },
  'programme-record': { schema: () => programmeRecordShape(), title: 'ProgrammeRecord', description: "A programme with each project's stored event log, keyed by project id, as JSON.stringify(record) writes it (parseProgrammeRecord). The parser also checks what no schema can: every log's hash chain, that each log belongs to a project of the programme and its events to that project; checkProgramme then decides every stored event again." },
  'non-project-aid': { schema: () => nonProjectAidSchema, title: 'NonProjectAid', description: 'A non-project aid record (cadre training, student subsidy, labour cooperation, industrial cooperation, exchange visit or cadre secondment), chosen by its kind (parseNonProjectAid). That labour placement buckets sum to their total is checkNonProjectAid\'s rule.' },
  'non-project-aid-records': { schema: () => z.array(nonProjectAidSchema), title: 'NonProjectAidRecords', description: 'A list of non-project aid records (parseNonProjectAidRecords).' },
  'declared-count': { schema: () => declaredCountSchema, title: 'DeclaredCount', description: 'A count of persons or person-times reported without the people\'s ids (parseDeclaredCount).' },
  'declared-project-count': { schema: () => declaredProjectCountSchema, title: 'DeclaredProjectCount', description: 'A count of projects reported by a source, for the annual report (parseDeclaredProjectCount).' },
  'beneficiary-summary': { schema: () => beneficiarySummarySchema, title: 'BeneficiarySummary', description: 'A beneficiary summary as beneficiarySummaryToJSON writes it (parseBeneficiarySummary). The parser also checks what no schema can: each key set decodes to as many keys as its count says with none past 2^53, registered-poor sets lie inside their totals, and cells are in order without repeats.' },
  'identified-beneficiaries': { schema: () => z.array(identifiedBeneficiarySchema), title: 'IdentifiedBeneficiaries', description: "Beneficiary records that identify their people, by resident ID, the app's own id or a pseudonym (parseIdentifiedBeneficiaries). A resident ID's check character is the parser's to check. The records hold personal data: keep the documents as the law on personal information asks." },
  'region-releases': { schema: () => regionReleasesShape, title: 'RegionReleases', description: "An app's own dated releases of division codes, in any order (parseRegionRegistry). A code may be a string or a whole number; releases and entries may carry other fields, which the parser ignores. The parser also checks what no schema can: no revision appears twice." },
  'assessment-report': { schema: assessmentReportJsonSchema, title: 'AssessmentReport', description: "A year's assessment report (考核) as assessmentReportToJSON writes it: the donor's view, then each recipient's, per area and overall, with every figure's sources, the scores, the grade, what is missing and the steps recorded. Figures and scores are exact decimal strings. That the scores add up is the assessment's own computation, not the schema's." },
  'annual-report': { schema: annualReportJsonSchema, title: 'AnnualReport', description: "An annual report as annualReportToJSON writes it: amounts as decimal strings, every other text masked of personal data. The figures that must agree across sections are the report's own computation, not the schema's." },
} as const satisfies Readonly<Record<string, JsonSchemaShape>>;
