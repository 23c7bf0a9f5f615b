/**
 * Builds src/regions/data/division-codes.ts, the built-in dated registry of division codes, from
 *
 * - the areacodes tables (test/fixtures/areacodes/, CC0): every county-level-and-above code in use on
 *   31 December of each year 1981–2024 (`data/YYYY.txt`) and each code record's successors (`result.csv`);
 * - the Ministry of Civil Affairs' month-level releases (GB2260_FOLDER): the one release that is not at a
 *   year end, 201904, becomes a revision of its own, so changes of early 2019 get a month.
 *
 *   npx tsx scripts/build-regions.ts
 *
 * The year-end tables are taken over the Ministry's December releases because those were published
 * months later and already hold some of the next year's changes (the 201112 release lists 130209
 * 曹妃甸区, set up in 2012). A prefecture retired without successor codes (522400 毕节地区) gets the
 * prefectures its counties passed to in the same year.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the Ministry's month-level releases (`YYYYMM.tsv`, columns Source, Revision, Code, Name). */
export const GB2260_FOLDER = fileURLToPath(new URL('../test/fixtures/gb2260/mca/', import.meta.url));
const GB2260_SOURCES = new URL('../sources.tsv', `file://${GB2260_FOLDER}`);
const AREACODES_FOLDER = fileURLToPath(new URL('../test/fixtures/areacodes/', import.meta.url));
const repo = fileURLToPath(new URL('../', import.meta.url));
const target = new URL('../src/regions/data/division-codes.ts', import.meta.url);
const FIRST_YEAR = 1981;
const LAST_YEAR = 2024;
const MONTH_RELEASES = ['201904'];

/** Day-exact dates of changes the tables date only by year, each with the instrument that made it. */
const EXACT_DATES: readonly { codes: readonly string[]; date: string; source: string }[] = [
  {
    codes: ['522400', '522401', '522422', '522423', '522424', '522425', '522426', '522427', '522428'],
    date: '2011-10-22',
    source: '国务院关于同意贵州省撤销毕节地区设立地级毕节市的批复 (国函〔2011〕130号)',
  },
];

type Table = Map<string, string>;

function readYear(year: number): Table {
  const table: Table = new Map();
  for (const line of readFileSync(`${AREACODES_FOLDER}data/${year}.txt`, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const match = /^(\d{6}) (\S+)$/u.exec(line.trim());
    if (!match) throw new Error(`${year}.txt: bad line ${line}`);
    checkName(match[2] ?? '', `${year}.txt`);
    table.set(match[1] ?? '', match[2] ?? '');
  }
  return table;
}

function readMonthRelease(revision: string): { code: string; name: string }[] {
  const lines = readFileSync(`${GB2260_FOLDER}${revision}.tsv`, 'utf8').split('\n').filter((line) => line !== '');
  if (lines[0] !== 'Source\tRevision\tCode\tName') throw new Error(`${revision}.tsv: unexpected header`);
  return lines.slice(1).map((line) => {
    const [, , code = '', name = ''] = line.split('\t');
    if (!/^\d{6}$/.test(code)) throw new Error(`${revision}.tsv: bad code ${code}`);
    checkName(name, `${revision}.tsv`);
    return { code, name };
  });
}

// The generated module separates fields with '|' and lines with newlines inside a template literal.
function checkName(name: string, where: string): void {
  if (!/^[^\s|`$\\\d]+$/u.test(name)) throw new Error(`${where}: name not encodable: ${name}`);
}

interface CodeRecord {
  readonly code: string;
  readonly first: number;
  readonly end: number | undefined;
  readonly successors: readonly { code: string; year: number | undefined }[];
  readonly prefecture: boolean;
}

function readRecords(): CodeRecord[] {
  const lines = readFileSync(`${AREACODES_FOLDER}result.csv`, 'utf8').replace(/^\uFEFF/, '').split('\n');
  return lines
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [code = '', , , , level = '', , first = '', end = '', next = ''] = line.trim().split(',');
      const successors = next === '' ? [] : next.split(';').map((entry) => {
        const match = /^(\d{6})(?:\[(\d{4})\])?$/.exec(entry);
        if (!match) throw new Error(`result.csv: bad successor ${entry} of ${code}`);
        return { code: match[1] ?? '', year: match[2] === undefined ? undefined : Number(match[2]) };
      });
      return { code, first: Number(first), end: end === '' ? undefined : Number(end), successors, prefecture: level === '地级' };
    });
}

// Revisions: the year ends, and the month releases between them.
const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
const tables = new Map<string, Table>(years.map((year) => [`${year}12`, readYear(year)]));
for (const revision of MONTH_RELEASES) {
  const year = Number(revision.slice(0, 4));
  const before = tables.get(`${year - 1}12`);
  const after = tables.get(`${year}12`);
  const table: Table = new Map(readMonthRelease(revision).map(({ code, name }) => [code, name]));
  // The Ministry's releases leave out what the year tables hold on both sides (810000 香港, 710000 台湾,
  // 469031–469033 of 三沙市 before its 2012 table entry…): a code in force at both year ends was in force between.
  let added = 0;
  for (const [code, name] of after ?? []) {
    if (!table.has(code) && before?.has(code)) {
      table.set(code, name);
      added += 1;
    }
  }
  process.stdout.write(`${revision}: ${table.size - added} codes from the release, ${added} held at both year ends added\n`);
  tables.set(revision, table);
}
const revisions = [...tables.keys()].sort();

// One listing per (code, name): the indices of the revisions that list it, as runs.
const listings = new Map<string, { code: string; name: string; indices: number[] }>();
revisions.forEach((revision, index) => {
  for (const [code, name] of tables.get(revision) ?? []) {
    const key = `${code}|${name}`;
    const listing = listings.get(key) ?? { code, name, indices: [] };
    listing.indices.push(index);
    listings.set(key, listing);
  }
});

function runs(indices: readonly number[]): string {
  const parts: string[] = [];
  let start = indices[0] ?? 0;
  for (let i = 1; i <= indices.length; i += 1) {
    const previous = indices[i - 1] ?? 0;
    if (indices[i] === previous + 1) continue;
    parts.push(start === previous ? String(start) : `${start}-${previous}`);
    start = indices[i] ?? 0;
  }
  return parts.join(',');
}

// Codes ascending; a code's listings by first revision. Lines give only the digits that differ from
// the previous line's code (its last two or four), which halves the codes' share of the module.
const ordered = [...listings.values()].sort((a, b) =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : (a.indices[0] ?? 0) - (b.indices[0] ?? 0),
);
/** A code without the leading digits (two or four) it shares with `base`. */
function shorten(code: string, base: string): string {
  const shared = code.slice(0, 4) === base.slice(0, 4) ? 4 : code.slice(0, 2) === base.slice(0, 2) ? 2 : 0;
  return code.slice(shared);
}
let previousCode = '';
const listingLines = ordered.map((listing) => {
  const line = `${shorten(listing.code, previousCode)}|${listing.name}|${runs(listing.indices)}`;
  previousCode = listing.code;
  return line;
});

// Successions: `from|revision|to,to` (whole area) or `from|revision|~to` (part of it, the code stays).
const records = readRecords();
const revisionOfYear = (year: number, shows: (table: Table) => boolean): number => {
  const index = revisions.findIndex((revision) => revision.startsWith(String(year)) && shows(tables.get(revision) ?? new Map()));
  return index >= 0 ? index : revisions.indexOf(`${year}12`);
};
const successionLines: string[] = [];
let previousFrom = '';
const pushSuccession = (from: string, revision: string, to: readonly string[], part: boolean): void => {
  successionLines.push(`${shorten(from, previousFrom)}|${revision}|${part ? '~' : ''}${to.map((code) => shorten(code, from)).join(',')}`);
  previousFrom = from;
};
const exactDate = (code: string, year: number): string | undefined =>
  EXACT_DATES.find((entry) => entry.codes.includes(code) && entry.date.startsWith(String(year)))?.date;
for (const record of records) {
  const whole = record.successors.filter((next) => next.year === undefined).map((next) => next.code);
  if (record.end !== undefined && whole.length === 0 && record.prefecture) {
    // A prefecture's area passes with its counties: the prefectures of their successors of the same year.
    const counties = records.filter((other) => other.code.slice(0, 4) === record.code.slice(0, 4) && !other.prefecture && other.end === record.end);
    const prefectures = new Set(counties.flatMap((county) => county.successors.filter((next) => next.year === undefined).map((next) => `${next.code.slice(0, 4)}00`)));
    prefectures.delete(record.code);
    whole.push(...[...prefectures].sort());
  }
  if (record.end !== undefined && whole.length > 0 && !(whole.length === 1 && whole[0] === record.code)) {
    const end = record.end;
    const index = revisionOfYear(end, (table) => whole.every((code) => table.has(code)) && (whole.includes(record.code) || !table.has(record.code)));
    const date = exactDate(record.code, end);
    pushSuccession(record.code, `${index}${date === undefined ? '' : `@${date}`}`, whole, false);
  }
  for (const part of record.successors.filter((next) => next.year !== undefined)) {
    const year = part.year ?? 0;
    const index = revisionOfYear(year, (table) => table.has(part.code));
    pushSuccession(record.code, String(index), [part.code], true);
  }
}

const sourceUrls = new Map<string, string>();
for (const line of readFileSync(GB2260_SOURCES, 'utf8').split('\n').slice(1)) {
  const [source, revision, url] = line.split('\t');
  if (source === 'mca' && revision && url) sourceUrls.set(revision, url);
}

const module = `// GENERATED FILE: do not edit. Regenerate with \`npx tsx scripts/build-regions.ts\`.
// Sources: the areacodes tables (CC0; every county-level-and-above code on 31 December of each year
// ${FIRST_YEAR}–${LAST_YEAR}, and the codes each retired code passed to), and the Ministry of Civil Affairs'
// release${MONTH_RELEASES.length === 1 ? '' : 's'} of ${MONTH_RELEASES.join(', ')}. See test/fixtures/areacodes/SOURCE.md.

/** The revisions (YYYYMM), oldest first: one per year end, and the month releases between. @internal */
export const divisionRevisions: readonly string[] = ${JSON.stringify(revisions)};

/** Where the Ministry published each month release, by revision. @internal */
export const divisionReleaseUrls: Readonly<Record<string, string>> = {
${MONTH_RELEASES.map((revision) => `  '${revision}': '${sourceUrls.get(revision) ?? ''}',`).join('\n')}
};

/**
 * Every (code, name) pair, one a line, ordered by code: \`code|name|runs\`, runs being indices into
 * {@link divisionRevisions} (\`0-43\`, \`3,5-21\`). A code gives only the digits after those it shares with
 * the previous line's code: \`22|东城区|…\` after 110100 is 110122, \`0100|…\` after 110000 is 110100.
 * @internal
 */
export const divisionListings = \`${listingLines.join('\n')}\`;

/**
 * The successions, one a line: \`from|revision|to,to\` when the area of \`from\` passed to the codes \`to\`,
 * \`from|revision|~to\` when part of it passed to \`to\` and \`from\` stayed in use; \`revision\` is the
 * index of the first revision that shows the change, followed by \`@YYYY-MM-DD\` when the day is known.
 * Codes are shortened as in {@link divisionListings}: \`from\` against the previous line's, each \`to\`
 * against its \`from\`.
 * @internal
 */
export const divisionSuccessions = \`${successionLines.join('\n')}\`;
`;

writeFileSync(target, module);
const bytes = Buffer.byteLength(module);
process.stdout.write(
  `${relative(repo, fileURLToPath(target))}: ${revisions.length} revisions, ${listingLines.length} listings, ` +
    `${successionLines.length} successions, ${bytes} bytes\n`,
);
