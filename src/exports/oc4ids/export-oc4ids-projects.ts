import type { Issue } from '../../errors/issue.js';
import { fail, succeed, type Result } from '../../errors/result.js';
import type { Programme } from '../../model/programme.js';
import type { Oc4idsProject, Oc4idsProjectPackage } from './oc4ids-document.js';
import type { ExportOc4idsProjectsOptions } from './oc4ids-options.js';
import { oc4idsProject } from './oc4ids-project.js';
import { prepareOc4idsExport } from './prepare-oc4ids-export.js';
import { redactStrings } from '../../privacy/redact-strings.js';

/**
 * Writes a programme's infrastructure projects (those whose project type has `infrastructure: true`) as an
 * OC4IDS 0.9.5 project package: per project its status from the lifecycle, sectors, type, budget with a
 * breakdown by fund category, parties with their roles, locations with their GB/T 2260 codes (the project's
 * and each sub-project's), the public authority, and beneficiaries as benefits.
 *
 * Amounts are JSON numbers in OC4IDS: each is exactly the amount's decimal when written with
 * `JSON.stringify`, and an amount of more than 15 significant digits is refused (see
 * {@link amountToJsonNumber}). Apps write the file themselves: `JSON.stringify(result.value, null, 2)`.
 * Resident ID and mobile numbers in any text are masked (see {@link redactPersonalData}).
 *
 * @param programme - the programme
 * @param options - see {@link ExportOc4idsProjectsOptions}
 * @returns the package, or every issue: those of {@link checkProgramme} and `oc4ids-project-id-prefix-invalid`,
 *   `oc4ids-uri-invalid`, `oc4ids-sector-unmapped`, `oc4ids-no-infrastructure-projects`,
 *   `amount-beyond-exact-number`, `export-status-missing`, `export-status-inherited`,
 *   `export-status-project-mismatch`, `export-name-missing`, `export-region-unknown`,
 *   `export-beneficiary-grouping-unsupported`, `export-beneficiary-attachment-unknown`, `timestamp-invalid`
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const exported = exportOc4idsProjects(seedProgramme2011, {
 *   projectIdPrefix: 'oc4ids-sz2011-',
 *   uri: 'https://example.org/oc4ids/sz-gz-2011.json',
 *   publisher: { name: 'Shenzhen Counterpart Support Office' },
 *   publishedAt: '2012-03-31T09:00:00+08:00',
 *   statuses: new Map(),
 *   defaultStatus: 'closed',
 * })
 * exported.ok && [exported.value.projects.length, exported.value.projects[0]?.status, exported.value.projects[0]?.budget.amount]
 * //=> [38, 'completion', { amount: 500000, currency: 'CNY' }]
 * ```
 */
export function exportOc4idsProjects(programme: Programme, options: ExportOc4idsProjectsOptions): Result<Oc4idsProjectPackage> {
  const prepared = prepareOc4idsExport(programme, options);
  if (!prepared.ok) return prepared;
  const context = prepared.value;
  const issues: Issue[] = [];
  const projects: Oc4idsProject[] = [];
  for (const { project, subProjects } of context.projects) {
    const document = oc4idsProject(context, project, subProjects);
    if (document.ok) projects.push(document.value);
    else issues.push(...document.issues);
  }
  if (issues.length > 0) return fail(issues);
  // Every text of the package passes the one masker, so a resident ID or mobile number in a name is published masked.
  return succeed(redactStrings({
    uri: options.uri,
    publishedDate: context.publishedAt,
    version: '0.9',
    publisher: options.publisher,
    ...(options.license === undefined ? {} : { license: options.license }),
    projects,
  }));
}
