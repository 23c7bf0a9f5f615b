/**
 * Builds src/regions/data/gb2260-mca.ts from the dated MCA releases of GB/T 2260 codes
 * (test/fixtures/gb2260/mca/*.tsv, columns Source, Revision, Code, Name; copied by scripts/copy-fixtures.ts).
 *
 *   npx tsx scripts/build-gb2260.ts [folder-with-tsv-files]
 *
 * Each (code, name) pair becomes one line listing the revisions it appears in, as runs of consecutive
 * revisions, so a release that changes a few hundred codes costs a few hundred characters.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = fileURLToPath(new URL('../', import.meta.url));
const folder = process.argv[2] ?? fileURLToPath(new URL('../test/fixtures/gb2260/mca/', import.meta.url));
// The page each release was published on: sources.tsv beside the release folder.
const sourcesFile = new URL('../sources.tsv', pathToFileURL(`${folder.replace(/\/$/, '')}/`));
const target = new URL('../src/regions/data/gb2260-mca.ts', import.meta.url);

interface Row {
  readonly code: string;
  readonly name: string;
}

function readRelease(file: string): { revision: string; rows: Row[] } {
  const revision = basename(file, '.tsv');
  if (!/^\d{6}$/.test(revision)) throw new Error(`${file}: the file name is not a revision YYYYMM`);
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (lines[0] !== 'Source\tRevision\tCode\tName') throw new Error(`${file}: unexpected header ${lines[0]}`);
  const rows = lines.slice(1).map((line, index) => {
    const [source, rowRevision, code, name, ...rest] = line.split('\t');
    const where = `${file}:${index + 2}`;
    if (rest.length > 0 || source !== 'mca' || rowRevision !== revision) throw new Error(`${where}: bad row ${line}`);
    if (code === undefined || !/^\d{6}$/.test(code)) throw new Error(`${where}: bad code ${code}`);
    // The line format below separates fields with '|' and lines with newlines inside a template literal.
    if (name === undefined || !/^[^\s|`$\\\d]+$/u.test(name)) throw new Error(`${where}: name not encodable: ${name}`);
    return { code, name };
  });
  return { revision, rows };
}

function readSourceUrls(): Map<string, string> {
  const urls = new Map<string, string>();
  for (const line of readFileSync(sourcesFile, 'utf8').split('\n').slice(1)) {
    const [source, revision, url] = line.split('\t');
    if (source === 'mca' && revision && url) urls.set(revision, url);
  }
  return urls;
}

const files = readdirSync(folder)
  .filter((name) => name.endsWith('.tsv'))
  .sort()
  .map((name) => `${folder.replace(/\/$/, '')}/${name}`);
const releases = files.map(readRelease);
const revisions = releases.map((release) => release.revision);

// One listing per (code, name), in order of code, then of first appearance (which keeps the order of the
// one duplicated code in 200412, 230123 依兰县 before 230123 方正县).
const listings = new Map<string, { code: string; name: string; order: number; revisions: number[] }>();
releases.forEach((release, index) => {
  for (const row of release.rows) {
    const key = `${row.code}|${row.name}`;
    const listing = listings.get(key) ?? { ...row, order: listings.size, revisions: [] };
    if (listing.revisions.at(-1) !== index) listing.revisions.push(index);
    listings.set(key, listing);
  }
});

function spans(indices: readonly number[]): string {
  const runs: string[] = [];
  let start = indices[0] ?? 0;
  for (let i = 1; i <= indices.length; i += 1) {
    const previous = indices[i - 1] ?? 0;
    if (indices[i] === previous + 1) continue;
    runs.push(start === previous ? String(start) : `${start}-${previous}`);
    start = indices[i] ?? 0;
  }
  return runs.join(',');
}

const lines = [...listings.values()]
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.order - b.order))
  .map((listing) => `${listing.code}|${listing.name}|${spans(listing.revisions)}`);

const urls = readSourceUrls();
const shownFolder = relative(repo, folder) || folder;
const module = `// GENERATED FILE: do not edit. Regenerate with \`npx tsx scripts/build-gb2260.ts\`.
// Source: the Ministry of Civil Affairs (民政部) releases of county-level and higher division codes
// (县级以上行政区划代码), ${revisions.length} revisions, read from ${shownFolder}/
// ${files.map((file) => basename(file)).join(', ')}.

/** The revisions (YYYYMM) of the built-in MCA releases, oldest first. @internal */
export const gb2260McaRevisions: readonly string[] = ${JSON.stringify(revisions)};

/** Where each built-in release was published, by revision. @internal */
export const gb2260McaSourceUrls: Readonly<Record<string, string>> = {
${revisions.map((revision) => `  '${revision}': '${urls.get(revision) ?? ''}',`).join('\n')}
};

/**
 * Every (code, name) pair of the releases, one a line, ordered by code: \`code|name|runs\`, where runs are
 * indices into {@link gb2260McaRevisions} (\`0-14\` is the first fifteen releases, \`3,5-21\` two runs).
 * @internal
 */
export const gb2260McaListings = \`${lines.join('\n')}\`;
`;

writeFileSync(target, module);
const bytes = Buffer.byteLength(module);
process.stdout.write(
  `${relative(repo, fileURLToPath(target))}: ${revisions.length} releases, ${releases.reduce((n, r) => n + r.rows.length, 0)} rows, ` +
    `${lines.length} listings, ${(bytes / 1024).toFixed(1)} KiB\n`,
);
