import type { Issue } from '../../errors/issue.js';
import type { Result } from '../../errors/result.js';
import type { ProgrammeRecord } from '../../record/programme-record.js';
import { planPublication, publishedResult } from '../internal/publish.js';
import { serialiseXml, uniqueIssues, xmlElement } from '../internal/xml.js';
import type { ExportResult } from '../publish-options.js';
import { iatiActivity } from './iati-activity.js';
import type { ExportIatiActivitiesOptions } from './iati-options.js';
import { prepareIatiExport } from './prepare-iati-export.js';

/**
 * Writes a programme record as an IATI 2.03 activity file: one `iati-activity` per project (hierarchy 1) and
 * per sub-project (hierarchy 2), linked by `related-activity` (1 parent, 2 child), with reporting and
 * participating organisations, the activity status and the actual start and end dates from each project's
 * log as of the day of `generatedAt` (the start of implementation; the completion of construction), planned
 * dates, recipient country CN, the location with its GB/T 2260 code, the DAC sector of the project type, yearly
 * budgets by the dates of the budget entries (committed once approved, indicative before, none for a cancelled
 * or rejected project), transactions (2 commitment, 3 disbursement, 4 expenditure) on their own dates at the
 * lowest level they were booked on so nothing is counted twice, and the performance target and beneficiaries
 * as results, in Chinese and English.
 *
 * It refuses before writing anything when a published project breaks a rule of {@link checkProgramme} or
 * cannot be expressed in IATI; with `projects` it publishes only those, refused only for their own problems,
 * and with `refused: 'omit'` it leaves out the projects with problems and lists them beside the document
 * (problems of the programme as a whole still refuse it). Every element is in the order of the schema's
 * sequences and every text escaped.
 * Resident ID and mobile numbers in narratives and notes are masked (see {@link redactPersonalData}); identifiers
 * and amounts are written as given.
 *
 * @param record - the programme with its projects' event logs
 * @param options - see {@link ExportIatiActivitiesOptions} and {@link PublishOptions}
 * @returns the XML document (UTF-8) — beside the refused projects with `refused: 'omit'` — or every issue, with
 *   its path into the record or the options: those of {@link checkProgramme} and `iati-organisation-ref-invalid`,
 *   `iati-organisation-type-invalid`, `iati-identifier-invalid`, `iati-sector-unmapped`,
 *   `iati-sector-code-invalid`, `iati-budget-negative`, `iati-participating-org-missing`,
 *   `iati-activity-dates-reversed`, `export-project-unknown`, `export-name-missing`, `export-region-unknown`,
 *   `export-date-after-generation`, `export-beneficiary-grouping-unsupported`,
 *   `export-beneficiary-attachment-unknown`, `xml-character-invalid`, `timestamp-invalid`
 *
 * @example
 * ```ts
 * import { seedRecord2011 } from 'pairing-aid/examples/2011'
 * const options = { reportingOrganisation: { ref: 'CN-USCI-11440300MB2C92071X', type: '11' }, generatedAt: '2012-03-31T09:00:00+08:00' }
 * const xml = exportIatiActivities(seedRecord2011, options)
 * xml.ok && [xml.value.split('<iati-activity ').length - 1, xml.value.includes('<activity-status code="4"/>')]
 * //=> [109, true]
 * const one = exportIatiActivities(seedRecord2011, { ...options, projects: [projectId('QN-2011-13')] })
 * one.ok && one.value.includes('<activity-status code="2"/>')
 * //=> true
 * ```
 */
export function exportIatiActivities<Options extends ExportIatiActivitiesOptions>(record: ProgrammeRecord, options: Options): ExportResult<Options, string> {
  return writeIatiActivities(record, options) as ExportResult<Options, string>;
}

function writeIatiActivities(record: ProgrammeRecord, options: ExportIatiActivitiesOptions): Result<unknown> {
  const { context, issues } = prepareIatiExport(record, options);
  const elements = context.activities.map((exported) => ({ project: exported.project.id, element: iatiActivity(context, exported) }));
  // A text that XML cannot carry is found by writing each activity on its own, so it refuses only its project.
  const written: Issue[] = [];
  for (const { element } of elements) {
    const alone = serialiseXml(element);
    if (!alone.ok) written.push(...alone.issues);
  }
  const plan = planPublication([...issues, ...uniqueIssues(written)], context.programme, context.chosen, options);
  if (!plan.ok) return plan;
  const published = new Set<string>(plan.value.published.map(({ project }) => project.id));
  const root = xmlElement(
    'iati-activities',
    { 'version': '2.03', 'generated-datetime': context.generatedAt },
    elements.filter(({ project }) => published.has(project)).map(({ element }) => element),
  );
  const xml = serialiseXml(root);
  return xml.ok ? publishedResult(xml.value, plan.value, options) : xml;
}

/**
 * Checks that a programme record can be exported as IATI activities with these options, without keeping
 * the document: what an editor runs before it accepts a change, so the export never refuses what the editor
 * let through. It reports the problems of every chosen project, whatever `refused` says.
 *
 * @param record - the programme with its projects' event logs
 * @param options - see {@link ExportIatiActivitiesOptions}
 * @returns every issue {@link exportIatiActivities} would refuse with; empty when it would succeed
 *
 * @example
 * ```ts
 * import { seedRecord2011 } from 'pairing-aid/examples/2011'
 * checkIatiExport(seedRecord2011, { reportingOrganisation: { ref: 'CN USCI', type: '11' }, generatedAt: '2012-03-31T09:00:00+08:00' })
 *   .map((issue) => issue.code)
 * //=> ['iati-organisation-ref-invalid']
 * ```
 */
export function checkIatiExport(record: ProgrammeRecord, options: ExportIatiActivitiesOptions): readonly Issue[] {
  const exported = writeIatiActivities(record, { ...options, refused: 'refuse' });
  return exported.ok ? [] : exported.issues;
}
