/**
 * Copies the standards' files and the official data that the tests and scripts read into test/fixtures/, and is the
 * record of where each of them came from.
 *
 *   npm run fixtures -- <source-folder>            copy, and write each fixture's SOURCE.md
 *   npm run fixtures -- <source-folder> --check    only compare: exit 1 if a fixture file differs, is missing or is extra
 *
 * <source-folder> holds `standards/iati-2.03/`, `standards/oc4ids-0.9.5/`, `data/gb2260/` and `seed/`. Each fixture
 * folder ends up holding exactly the files listed here and its SOURCE.md: only what a test or script reads is copied.
 * To add a fixture, add an entry to `fixtures` below.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One folder under test/fixtures/: where it comes from, under what terms, and which files of it are used. */
interface Fixture {
  /** The folder under test/fixtures/. */
  readonly name: string;
  /** The folder it is copied from, relative to the source folder. */
  readonly from: string;
  /** The paths to copy, relative to `from` (they keep their place under the fixture folder). */
  readonly files: (source: string) => readonly string[];
  /** What it is and who publishes it (Markdown). */
  readonly origin: string;
  /** The terms it is used under, as the files or their publisher state them (Markdown). */
  readonly licence: string;
  /** Who reads it. */
  readonly usedBy: string;
}

const listTsv = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.tsv')).sort();

// The IATI codelists that test/exports/iati-activities.test.ts checks coded attributes against (its CODED table),
// plus OrganisationRegistrationAgency (the reporting organisation's prefix) and Sector (docs/exports.md's names).
const iatiCodelists = [
  'ActivityDateType', 'ActivityStatus', 'BudgetStatus', 'BudgetType', 'Country', 'Currency', 'DescriptionType',
  'GeographicExactness', 'GeographicLocationClass', 'GeographicLocationReach', 'IndicatorMeasure', 'Language',
  'OrganisationRegistrationAgency', 'OrganisationRole', 'OrganisationType', 'RelatedActivityType', 'ResultType',
  'Sector', 'SectorVocabulary', 'TransactionType', 'Version',
];

const fixtures: readonly Fixture[] = [
  {
    name: 'iati-2.03',
    from: 'standards/iati-2.03',
    files: (source) => [
      'schema/iati-activities-schema.xsd',
      'schema/iati-common.xsd',
      'schema/xml.xsd',
      ...iatiCodelists.map((codelist) => {
        const found = ['embedded', 'nonembedded'].find((kind) => existsSync(join(source, 'codelists', kind, `${codelist}.xml`)));
        if (found === undefined) throw new Error(`The IATI codelist ${codelist} is in neither codelists/embedded nor codelists/nonembedded of ${source}`);
        return `codelists/${found}/${codelist}.xml`;
      }),
    ],
    origin:
      'The IATI activity standard, release 2.03 (2018-02-19, as the XSD headers say), published by the International Aid ' +
      'Transparency Initiative (http://iatistandard.org/): the activities XSD with the two schemas it includes ' +
      '(`iati-common.xsd`, and `xml.xsd`, the W3C schema of the `xml:` namespace that IATI ships beside it) and the ' +
      'codelists the tests check codes against, in IATI\'s XML codelist format (`codelists/embedded/`, `codelists/nonembedded/`).',
    licence:
      'The files carry no licence header. The IATI schema repository refers to the IATI Standard\'s licence: ' +
      '"Copyright © Development Initiatives, on behalf of the IATI Secretariat. Released under the Creative Commons ' +
      'attribution license" (http://creativecommons.org/licenses/by/4.0/), attributed as it asks: ' +
      '"IATI Standard (http://iatistandard.org/)". ' +
      '`xml.xsd` is the W3C\'s schema document for the XML namespace (http://www.w3.org/XML/1998/namespace). Some ' +
      'codelists replicate other bodies\' lists, as their `<metadata>` says (Sector: the OECD DAC\'s; Country: ISO 3166-1; ' +
      'Currency: ISO 4217; Language: ISO\'s language codes).',
    usedBy: '`test/exports/standards.ts` (XSD validation, codelists), `test/exports/guide.test.ts` (sector names)',
  },
  {
    name: 'oc4ids-0.9.5',
    from: 'standards/oc4ids-0.9.5',
    files: (source) => {
      // Every codelist the project schema names in a `codelist` keyword: the validators check values against them.
      const schema = readFileSync(join(source, 'project-schema.json'), 'utf8');
      const codelists = [...new Set([...schema.matchAll(/"codelist":\s*"([^"]+)"/g)].map((match) => match[1] ?? ''))].sort();
      return ['project-schema.json', 'project-package-schema.json', ...codelists.map((file) => `codelists/${file}`)];
    },
    origin:
      'The Open Contracting for Infrastructure Data Standards (OC4IDS), version 0.9.5, published by the Open Contracting ' +
      'Partnership with CoST (https://standard.open-contracting.org/infrastructure/, schema ids ' +
      '`https://standard.open-contracting.org/infrastructure/schema/0__9__5/…`): the project and project-package JSON ' +
      'Schemas (draft-04) and every codelist CSV the project schema refers to.',
    licence:
      'The files carry no licence header. The standard\'s repository (open-contracting/infrastructure) is licensed under ' +
      'the Apache License 2.0, "Copyright (c) 2018 Open Contracting Partnership" (the CoST and OCDS logos excluded).',
    usedBy: '`test/exports/standards.ts` (ajv validators of exported projects and packages)',
  },
  {
    name: 'gb2260',
    from: 'data/gb2260',
    files: (source) => ['sources.tsv', ...listTsv(join(source, 'mca')).map((file) => `mca/${file}`)],
    origin:
      'The Ministry of Civil Affairs\' (民政部) month-level releases of county-level and higher administrative division ' +
      'codes (县级以上行政区划代码, GB/T 2260 codes), 1996-12 to 2019-04, one TSV per release (columns Source, Revision, ' +
      'Code, Name), and `sources.tsv`, the page on mca.gov.cn each release was published on. The layout is that of the ' +
      'community collection of these releases at github.com/cn/GB2260 (its `mca/` folder).',
    licence:
      'No licence file accompanies the files, and the collection\'s repository states none. The content is official ' +
      'data: the codes and names of administrative divisions as the Ministry published them.',
    usedBy: '`scripts/build-regions.ts` (its 201904 release and address, for `src/regions/data/division-codes.ts`), `test/regions/published-tables.ts` (for `division-tables.test.ts` and `division-registry.test.ts`)',
  },
  {
    name: 'areacodes',
    from: 'data/areacodes',
    files: (source) => ['result.csv', ...readdirSync(join(source, 'data')).filter((name) => name.endsWith('.txt')).sort().map((file) => `data/${file}`)],
    origin:
      'The public dataset "areacodes": every county-level-and-above division code in use on 31 December of each year ' +
      '1981–2024 (`data/YYYY.txt`, one `CODE NAME` a line) and `result.csv`, one row per code record with its period of ' +
      'use and the code(s) its area passed to, collected from the Ministry of Civil Affairs\' annual code tables, its ' +
      'change records and the State Council Gazette. Snapshot of the dataset\'s main branch as of 2025-11-04.',
    licence: 'CC0 1.0 Universal (public domain dedication), as the dataset states.',
    usedBy: '`scripts/build-regions.ts` (builds `src/regions/data/division-codes.ts`), `test/regions/published-tables.ts` (for `division-tables.test.ts` and `division-registry.test.ts`)',
  },
  {
    name: 'seed',
    from: 'seed',
    files: () => ['shenzhen-guizhou-2011.txt'],
    origin:
      'The English entry "Shenzhen – Guizhou Pairing-off Poverty Alleviation" of the Shenzhen Yearbook 2012, on 2011: the ' +
      'source document of the 2011 example programme and of the figures the declared-count tests quote.',
    licence:
      'No licence statement accompanies the text. It is an official yearbook\'s account of a government programme, kept ' +
      'here verbatim so that tests can check each quoted figure against it.',
    usedBy: '`test/beneficiaries/declared-counts.test.ts`',
  },
];

const repo = fileURLToPath(new URL('../', import.meta.url));
const target = join(repo, 'test', 'fixtures');
const args = process.argv.slice(2);
const check = args.includes('--check');
const sourceArg = args.find((arg) => !arg.startsWith('--'));
if (sourceArg === undefined) {
  process.stderr.write('Usage: npm run fixtures -- <source-folder> [--check]\n');
  process.exit(2);
}
const sourceRoot = sourceArg;

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function filesUnder(folder: string, prefix = ''): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

function sourceMarkdown(fixture: Fixture, files: readonly string[], copiedOn: string): string {
  return `# ${fixture.name}

${fixture.origin}

**Licence.** ${fixture.licence}

**Copied** on ${copiedOn} by \`npm run fixtures -- <source-folder>\` (\`scripts/copy-fixtures.ts\`) from
\`<source-folder>/${fixture.from}/\`, unchanged. Only the files the tests and scripts read are here. Read by
${fixture.usedBy}.

| file | SHA-256 |
|---|---|
${files.map((file) => `| \`${file}\` | \`${sha256(join(target, fixture.name, file))}\` |`).join('\n')}
`;
}

const problems: string[] = [];
for (const fixture of fixtures) {
  const source = join(sourceRoot, fixture.from);
  if (!existsSync(source)) throw new Error(`No folder ${source}: is ${sourceRoot} the source folder?`);
  const files = fixture.files(source);
  const folder = join(target, fixture.name);
  const extra = filesUnder(folder).filter((file) => file !== 'SOURCE.md' && !files.includes(file));
  if (check) {
    for (const file of files) {
      const copy = join(folder, file);
      if (!existsSync(copy)) problems.push(`${fixture.name}/${file}: missing`);
      else if (sha256(copy) !== sha256(join(source, file))) problems.push(`${fixture.name}/${file}: differs from ${join(source, file)}`);
    }
    for (const file of extra) problems.push(`${fixture.name}/${file}: not a file of the fixture`);
    continue;
  }
  for (const file of extra) rmSync(join(folder, file));
  for (const file of files) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    copyFileSync(join(source, file), join(folder, file));
  }
  writeFileSync(join(folder, 'SOURCE.md'), sourceMarkdown(fixture, files, new Date().toISOString().slice(0, 10)));
  process.stdout.write(`${relative(repo, folder)}/: ${files.length} files\n`);
}

if (check) {
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  process.stdout.write(problems.length === 0 ? `fixtures: ${fixtures.length} folders match ${sourceRoot}\n` : `fixtures: ${problems.length} problems\n`);
  if (problems.length > 0) process.exitCode = 1;
}
