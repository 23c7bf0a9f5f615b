import type { Result } from '../../errors/result.js';
import type { Issue } from '../../errors/issue.js';
import type { Programme } from '../../model/programme.js';
import { serialiseXml, xmlElement } from '../internal/xml.js';
import { iatiActivity } from './iati-activity.js';
import type { ExportIatiActivitiesOptions } from './iati-options.js';
import { prepareIatiExport } from './prepare-iati-export.js';

/**
 * Writes a programme as an IATI 2.03 activity file: one `iati-activity` per project (hierarchy 1) and per
 * sub-project (hierarchy 2), linked by `related-activity` (1 parent, 2 child), with reporting and
 * participating organisations, activity status from each project's lifecycle, dates, recipient country CN,
 * the location with its GB/T 2260 code, the DAC sector of the project type, yearly budgets, transactions
 * (2 commitment, 3 disbursement, 4 expenditure) at the lowest level they were booked on so nothing is counted
 * twice, and the performance target and beneficiaries as results, in Chinese and English.
 *
 * It refuses before writing anything when the programme breaks a rule of {@link checkProgramme} or cannot be
 * expressed in IATI; every element is in the order of the schema's sequences and every text escaped. Resident ID
 * and mobile numbers in narratives and notes are masked (see {@link redactPersonalData}); identifiers and
 * amounts are written as given.
 *
 * @param programme - the programme
 * @param options - see {@link ExportIatiActivitiesOptions}
 * @returns the XML document (UTF-8), or every issue: those of {@link checkProgramme} and
 *   `iati-organisation-ref-invalid`, `iati-organisation-type-invalid`, `iati-identifier-invalid`,
 *   `iati-sector-unmapped`, `iati-sector-code-invalid`, `iati-budget-negative`,
 *   `iati-participating-org-missing`, `iati-activity-dates-reversed`, `export-status-missing`,
 *   `export-status-inherited`, `export-status-project-mismatch`, `export-name-missing`,
 *   `export-region-unknown`, `export-date-after-generation`, `export-beneficiary-grouping-unsupported`,
 *   `export-beneficiary-attachment-unknown`, `xml-character-invalid`, `timestamp-invalid`
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const xml = exportIatiActivities(seedProgramme2011, {
 *   reportingOrganisation: { ref: 'CN-USCI-11440300MB2C92071X', type: '11' },
 *   generatedAt: '2012-03-31T09:00:00+08:00',
 *   statuses: new Map(),
 *   defaultStatus: 'closed',
 * })
 * xml.ok && xml.value.split('<iati-activity ').length - 1
 * //=> 109
 * ```
 */
export function exportIatiActivities(programme: Programme, options: ExportIatiActivitiesOptions): Result<string> {
  const prepared = prepareIatiExport(programme, options);
  if (!prepared.ok) return prepared;
  const context = prepared.value;
  const root = xmlElement(
    'iati-activities',
    { 'version': '2.03', 'generated-datetime': context.generatedAt },
    context.activities.map((exported) => iatiActivity(context, exported)),
  );
  return serialiseXml(root);
}

/**
 * Checks that a programme can be exported as IATI activities with these options, without keeping the
 * document: what an editor runs before it accepts a change, so the export never refuses what the editor let
 * through.
 *
 * @param programme - the programme
 * @param options - see {@link ExportIatiActivitiesOptions}
 * @returns every issue {@link exportIatiActivities} would refuse with; empty when it would succeed
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * checkIatiExport(seedProgramme2011, { reportingOrganisation: { ref: 'CN USCI', type: '11' }, generatedAt: '2012-03-31T09:00:00+08:00', statuses: new Map(), defaultStatus: 'closed' })
 *   .map((issue) => issue.code)
 * //=> ['iati-organisation-ref-invalid']
 * ```
 */
export function checkIatiExport(programme: Programme, options: ExportIatiActivitiesOptions): readonly Issue[] {
  const exported = exportIatiActivities(programme, options);
  return exported.ok ? [] : exported.issues;
}

