import { quote, type MessageTable } from './table.js';

/** Messages for the exports: IATI activity XML, OC4IDS project packages, announcement tables (CSV). */
export const exportsMessages = {
  // What every export needs.
  'export-project-unknown': (p) => `The programme has no project ${quote(p.project)}.`,
  'export-name-missing': (p) => `The ${p.kind} has no name to publish: its name is blank.`,
  'export-region-unknown': (p) => `The division code ${p.region} is not listed in the GB/T 2260 revision in force on ${p.date}.`,
  'export-date-after-generation': (p) => `The ${p.field} ${p.date} is after the document's own date ${p.generated}.`,
  'export-beneficiary-grouping-unsupported': (p) =>
    `Identified beneficiary counts are exported grouped by attachment or by project, not by ${quote(p.groupBy)}.`,
  'export-beneficiary-attachment-unknown': (p) => `The count is attached to ${quote(p.attachment)}, which is not in the programme.`,
  'xml-character-invalid': (p) => `The text holds a character XML 1.0 cannot carry (U+${p.codePoint}).`,
  // IATI activity XML 2.03.
  'iati-organisation-ref-invalid': (p) =>
    `Not an IATI organisation identifier ({registration agency}-{number}, e.g. "CN-USCI-…", without spaces): ${quote(p.ref)}.`,
  'iati-organisation-type-invalid': (p) => `Not a code of IATI's OrganisationType codelist: ${quote(p.type)}.`,
  'iati-identifier-invalid': (p) => `The IATI identifier ${quote(p.identifier)} may not hold white space or the characters / & | ?.`,
  'iati-sector-unmapped': (p) => `The project type ${quote(p.type)} has no DAC sector; give one in the sectors option.`,
  'iati-sector-code-invalid': (p) => `Not a five-digit DAC purpose code: ${quote(p.code)}.`,
  'iati-budget-negative': (p) => `The ${p.year} budget nets to ${p.amount}; an IATI budget cannot be negative.`,
  'iati-participating-org-missing': () => 'The activity names no organisation taking part: give participations or an implementing unit.',
  'iati-activity-dates-reversed': (p) => `The ${p.end} date ${p.endDate} is before the ${p.start} date ${p.startDate}.`,
  // OC4IDS 0.9.5.
  'oc4ids-project-id-prefix-invalid': (p) =>
    `Not an OC4IDS project identifier prefix ("oc4ids-" and six letters or digits, then "-"): ${quote(p.prefix)}.`,
  'oc4ids-sector-unmapped': (p) => `The project type ${quote(p.type)} has no OC4IDS sector; give one in the sectors option.`,
  'oc4ids-no-infrastructure-projects': () => 'The programme has no infrastructure project to publish as OC4IDS.',
  'oc4ids-uri-invalid': (p) => `Not an absolute URI: ${quote(p.uri)}.`,
  'amount-beyond-exact-number': (p) =>
    `The amount ${p.amount} has more than 15 significant digits: as a JSON number it would not read back exactly.`,
  // Announcement tables.
  'csv-personal-data': () => 'The cell shows personal data (a resident ID or a mobile number) that must be masked before it is published.',
} as const satisfies MessageTable;
