// The main job: Shenzhen's 2011 pairing-off poverty alleviation in Bijie and Qiannan, built from the source
// through the public API as one programme record (the programme with each project's event log) and reported
// in English and Chinese, each project with its state at the end of the year, then the year's assessment (考核):
// Shenzhen's view with its recorded steps, and Bijie's and Qiannan's, by the illustrative configuration.
//
//   npm run example                  the report and the assessment in English, then in Chinese
//   npm run example -- --lang zh     one language (en or zh)
//   npm run example -- --json        the report as JSON (amounts as decimal strings)
//   npm run example -- --out DIR     also write the IATI XML, OC4IDS package and announcement table to DIR
//   npm run example -- --assessment  the 2011 assessment (考核) alone (with --json: its JSON)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  annualReportToJSON,
  assessmentReportToJSON,
  assessPairingYear,
  buildAnnualReport,
  exportAnnouncementTable,
  exportIatiActivities,
  exportOc4idsProjects,
  illustrativeAssessmentConfiguration,
  regionCode,
  renderAnnualReport,
  renderAssessmentReport,
  unwrap,
  reportLocales,
  type AnnualReport,
  type AssessmentReport,
  type Issue,
  type PairingAssessment,
  type ReportLocale,
  type Result,
} from '../src/index.js';
import { seedRecord2011 } from './data/shenzhen-guizhou-2011-lifecycles.js';
import { recordAssessment2011, seedAssessmentContext2011 } from './data/shenzhen-guizhou-2011-assessment-steps.js';
import { seedAnnualReportInput2011, seedFigureLabels2011, seedNonProjectAid2011, seedReportOptions2011 } from './data/shenzhen-guizhou-2011.js';

export const usage = `Usage: npm run example -- [--json] [--lang en|zh] [--out DIR] [--assessment]

  --json         print the report as JSON instead of text (amounts as decimal strings)
  --lang en|zh   print the report in one language only (default: English, then Chinese)
  --out DIR      also write iati-activities.xml, oc4ids.json and announcements.csv to DIR
  --assessment   print only the 2011 assessment (考核): the donor's and each recipient's view
  --help         print this message
`;

/** What the command line asks for. */
export interface ExampleRequest {
  readonly format: 'text' | 'json';
  readonly languages: readonly ReportLocale[];
  readonly help: boolean;
  /** The folder to write the export files to, if any. */
  readonly out?: string;
  /** Print only the assessment of the year. */
  readonly assessment?: true;
}

/** Reads the command line; a problem is a message for the user. */
export function parseExampleArguments(argv: readonly string[]): { ok: true; request: ExampleRequest } | { ok: false; message: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { json: { type: 'boolean' }, lang: { type: 'string' }, out: { type: 'string' }, assessment: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const { json = false, lang, out, assessment = false, help = false } = parsed.values;
  if (out === '') return { ok: false, message: '--out takes a folder.' };
  if (lang !== undefined && !reportLocales.includes(lang as ReportLocale)) {
    return { ok: false, message: `--lang takes en or zh, not ${JSON.stringify(lang)}.` };
  }
  const languages = lang === undefined ? reportLocales : [lang as ReportLocale];
  return { ok: true, request: { format: json ? 'json' : 'text', languages, help, ...(out === undefined ? {} : { out }), ...(assessment ? { assessment: true as const } : {}) } };
}

/** Builds the 2011 report from the example's data. */
export function buildReport2011(): AnnualReport {
  return buildAnnualReport(seedAnnualReportInput2011, seedReportOptions2011);
}

/**
 * The 2011 year of Shenzhen's pairing with Bijie and Qiannan assessed with the illustrative configuration: every
 * figure from the record and the non-project aid, nothing entered (so the figures only an app could enter are
 * shown as missing).
 */
export function assess2011(): PairingAssessment {
  return unwrap(
    assessPairingYear({ record: seedRecord2011, nonProjectAid: seedNonProjectAid2011, entered: [] }, illustrativeAssessmentConfiguration, {
      year: 2011,
      donor: regionCode('440300'),
      recipients: [regionCode('522400'), regionCode('522700')],
    }),
  );
}

// Every status, approval and completion date in the files comes from the projects' logs in the record.
// Made-up identifiers in the standards' formats; an app passes its own.
const reportingOrganisation = { ref: 'CN-USCI-11440300MB2C92071X', type: '11' } as const;
const publishedAt = '2012-03-31T09:00:00+08:00';

/** The export files of the 2011 programme, by file name: pure functions return the text, this writes it. */
export function exportFiles2011(): Result<Readonly<Record<string, string>>> {
  const iati = exportIatiActivities(seedRecord2011, { reportingOrganisation, generatedAt: publishedAt });
  const oc4ids = exportOc4idsProjects(seedRecord2011, {
    projectIdPrefix: 'oc4ids-sz2011-',
    uri: 'https://example.org/oc4ids/sz-gz-2011.json',
    publisher: { name: 'Shenzhen Counterpart Support Office' },
    publishedAt,
  });
  const announcements = exportAnnouncementTable(seedRecord2011, { bom: true });
  const issues: Issue[] = [iati, oc4ids, announcements].flatMap((result) => (result.ok ? [] : result.issues));
  if (!iati.ok || !oc4ids.ok || !announcements.ok) return { ok: false, issues };
  return {
    ok: true,
    value: {
      'iati-activities.xml': iati.value,
      'oc4ids.json': `${JSON.stringify(oc4ids.value, null, 2)}\n`,
      'announcements.csv': announcements.value,
    },
  };
}

/** Runs the example: writes the report and returns the exit code (0; 1 if an export was refused; 2 for a bad command line). */
export function runExample(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  const parsed = parseExampleArguments(argv);
  if (!parsed.ok) {
    err(`${parsed.message}\n\n${usage}`);
    return 2;
  }
  const { request } = parsed;
  if (request.help) {
    out(usage);
    return 0;
  }
  if (request.out !== undefined) {
    const files = exportFiles2011();
    if (!files.ok) {
      err(`The exports were refused:\n${files.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.code}: ${issue.message}`).join('\n')}\n`);
      return 1;
    }
    mkdirSync(request.out, { recursive: true });
    for (const [name, text] of Object.entries(files.value)) writeFileSync(join(request.out, name), text);
    err(`Wrote ${Object.keys(files.value).join(', ')} to ${request.out}\n`);
  }
  if (request.assessment === true) {
    const assessment = recordAssessment2011().report;
    if (request.format === 'json') out(`${JSON.stringify(assessmentReportToJSON(assessment), null, 2)}\n`);
    else out(request.languages.map((locale) => `${renderAssessment2011(locale, assessment)}\n`).join('\n'));
    return 0;
  }
  const report = buildReport2011();
  if (request.format === 'json') {
    out(`${JSON.stringify(annualReportToJSON(report), null, 2)}\n`);
    return 0;
  }
  const assessment = recordAssessment2011().report;
  out(request.languages.map((locale) => `${renderAnnualReport(report, { locale, figureLabels: seedFigureLabels2011 })}\n${renderAssessment2011(locale, assessment)}\n`).join('\n'));
  return 0;
}

const regionNames2011: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = {
  '440300': { zh: '深圳市', en: 'Shenzhen' },
  '522400': { zh: '毕节地区', en: 'Bijie' },
  '522700': { zh: '黔南州', en: 'Qiannan' },
};

/** The 2011 assessment report (by default as {@link recordAssessment2011} records it) in one language, the regions and the organisations that gave its steps by name. */
export function renderAssessment2011(locale: ReportLocale, report: AssessmentReport = recordAssessment2011().report): string {
  const organisation = (id: string) => {
    const name = seedAssessmentContext2011.organisations.find((candidate) => candidate.id === id)?.name;
    return locale === 'zh' ? name?.zh : (name?.en ?? name?.zh);
  };
  return renderAssessmentReport(report, { locale, regionName: (code) => regionNames2011[code]?.[locale], organisationName: organisation });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runExample(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  );
}
