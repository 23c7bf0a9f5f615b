// The main job: Shenzhen's 2011 pairing-off poverty alleviation in Bijie and Qiannan, built from the source
// through the public API and reported in English and Chinese.
//
//   npm run example                  the report in English, then in Chinese
//   npm run example -- --lang zh     one language (en or zh)
//   npm run example -- --json        the report as JSON (amounts as decimal strings)
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { annualReportToJSON, buildAnnualReport, renderAnnualReport, reportLocales, type AnnualReport, type ReportLocale } from '../src/index.js';
import { seedAnnualReportInput2011, seedFigureLabels2011, seedReportOptions2011 } from './data/shenzhen-guizhou-2011.js';

export const usage = `Usage: npm run example -- [--json] [--lang en|zh]

  --json         print the report as JSON instead of text (amounts as decimal strings)
  --lang en|zh   print the report in one language only (default: English, then Chinese)
  --help         print this message
`;

/** What the command line asks for. */
export interface ExampleRequest {
  readonly format: 'text' | 'json';
  readonly languages: readonly ReportLocale[];
  readonly help: boolean;
  // A later `--out DIR` (writing the export files) adds its field here, its option in parseExampleArguments,
  // and its step in runExample.
}

/** Reads the command line; a problem is a message for the user. */
export function parseExampleArguments(argv: readonly string[]): { ok: true; request: ExampleRequest } | { ok: false; message: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { json: { type: 'boolean' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const { json = false, lang, help = false } = parsed.values;
  if (lang !== undefined && !reportLocales.includes(lang as ReportLocale)) {
    return { ok: false, message: `--lang takes en or zh, not ${JSON.stringify(lang)}.` };
  }
  const languages = lang === undefined ? reportLocales : [lang as ReportLocale];
  return { ok: true, request: { format: json ? 'json' : 'text', languages, help } };
}

/** Builds the 2011 report from the example's data. */
export function buildReport2011(): AnnualReport {
  return buildAnnualReport(seedAnnualReportInput2011, seedReportOptions2011);
}

/** Runs the example: writes the report and returns the exit code (0, or 2 for a bad command line). */
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
  const report = buildReport2011();
  if (request.format === 'json') {
    out(`${JSON.stringify(annualReportToJSON(report), null, 2)}\n`);
    return 0;
  }
  out(request.languages.map((locale) => renderAnnualReport(report, { locale, figureLabels: seedFigureLabels2011 })).join('\n'));
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runExample(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  );
}
