import type { Issue } from '../../errors/issue.js';
import type { Result } from '../../errors/result.js';
import type { ProgrammeRecord } from '../../record/programme-record.js';
import { planPublication, publishedResult } from '../internal/publish.js';
import type { ExportResult } from '../publish-options.js';
import type { Oc4idsProject, Oc4idsProjectPackage } from './oc4ids-document.js';
import type { ExportOc4idsProjectsOptions } from './oc4ids-options.js';
import { oc4idsProject } from './oc4ids-project.js';
import { prepareOc4idsExport } from './prepare-oc4ids-export.js';
import { redactStrings } from '../../privacy/redact-strings.js';

/**
 * Writes a programme record's infrastructure projects (those whose project type has `infrastructure: true`)
 * as an OC4IDS 0.9.5 project package: per project its status from its log as of the day of `publishedAt`,
 * the day of its final approval (`budget.approvalDate`) and of its completion (`completion.endDate`), sectors,
 * type, budget with a breakdown by fund category, parties with their roles, locations with their GB/T 2260
 * codes (the project's and each sub-project's), the public authority, and beneficiaries as benefits.
 *
 * Amounts are JSON numbers in OC4IDS: each is exactly the amount's decimal when written with
 * `JSON.stringify`, and an amount of more than 15 significant digits is refused (see
 * {@link amountToJsonNumber}). Apps write the file themselves: `JSON.stringify(result.value, null, 2)`.
 * With `projects` it publishes only those, refused only for their own problems; with `refused: 'omit'` it
 * leaves out the projects with problems and lists them beside the package.
 * Resident ID and mobile numbers in any text are masked (see {@link redactPersonalData}).
 *
 * @param record - the programme with its projects' event logs
 * @param options - see {@link ExportOc4idsProjectsOptions} and {@link PublishOptions}
 * @returns the package — beside the refused projects with `refused: 'omit'` — or every issue, with its path
 *   into the record or the options: those of {@link checkProgramme} and `oc4ids-project-id-prefix-invalid`,
 *   `oc4ids-uri-invalid`, `oc4ids-sector-unmapped`, `oc4ids-no-infrastructure-projects`,
 *   `amount-beyond-exact-number`, `export-project-unknown`, `export-name-missing`, `export-region-unknown`,
 *   `export-beneficiary-grouping-unsupported`, `export-beneficiary-attachment-unknown`, `timestamp-invalid`
 *
 * @example
 * ```ts
 * import { seedRecord2011 } from 'pairing-aid/examples/2011'
 * const exported = exportOc4idsProjects(seedRecord2011, {
 *   projectIdPrefix: 'oc4ids-sz2011-',
 *   uri: 'https://example.org/oc4ids/sz-gz-2011.json',
 *   publisher: { name: 'Shenzhen Counterpart Support Office' },
 *   publishedAt: '2012-03-31T09:00:00+08:00',
 * })
 * exported.ok && [exported.value.projects.length, exported.value.projects[0]?.status, exported.value.projects[0]?.budget.amount]
 * //=> [38, 'completion', { amount: 500000, currency: 'CNY' }]
 * exported.ok && exported.value.projects.at(-1)?.status
 * //=> 'implementation'
 * ```
 */
export function exportOc4idsProjects<Options extends ExportOc4idsProjectsOptions>(record: ProgrammeRecord, options: Options): ExportResult<Options, Oc4idsProjectPackage> {
  return writeOc4idsProjects(record, options) as ExportResult<Options, Oc4idsProjectPackage>;
}

function writeOc4idsProjects(record: ProgrammeRecord, options: ExportOc4idsProjectsOptions): Result<unknown> {
  const { context, issues } = prepareOc4idsExport(record, options);
  const found: Issue[] = [...issues];
  const documents = new Map<string, Oc4idsProject>();
  for (const { project, subProjects } of context.projects) {
    const document = oc4idsProject(context, project, subProjects);
    if (document.ok) documents.set(project.project.id, document.value);
    else found.push(...document.issues);
  }
  const plan = planPublication(found, context.programme, context.chosen, options);
  if (!plan.ok) return plan;
  const projects = plan.value.published.flatMap(({ project }) => {
    const document = documents.get(project.id);
    return document === undefined ? [] : [document];
  });
  // Every text of the package passes the one masker, so a resident ID or mobile number in a name is published masked.
  const document: Oc4idsProjectPackage = redactStrings({
    uri: options.uri,
    publishedDate: context.publishedAt,
    version: '0.9',
    publisher: options.publisher,
    ...(options.license === undefined ? {} : { license: options.license }),
    projects,
  });
  return publishedResult(document, plan.value, options);
}
