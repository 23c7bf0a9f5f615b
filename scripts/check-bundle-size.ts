// After `npm run build`: bundles one import from each budgeted entry, by package name through the exports map, the
// way an app's bundler would (esbuild, minified, ESM for the browser), and fails when a bundle passes its budget in
// gzip bytes or pulls in a package it must not. Prints every size, so a change that costs bytes shows in the log.
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, resolve } from 'node:path';

interface Budget {
  /** What an app writes. */
  readonly source: string;
  /** The most gzip bytes the minified bundle may take. */
  readonly gzipBytes: number;
  /** Files that must not reach the bundle, by what they are and a pattern of their path. */
  readonly without: Readonly<Record<string, RegExp>>;
}

const KB = 1024;
const budgets: readonly Budget[] = [
  // Reading an amount needs no schema library: the money entry's functions are plain code over bigint fen.
  { source: "import { parseAmount } from 'pairing-aid/money';", gzipBytes: 25 * KB, without: { zod: /node_modules\/zod\//, 'date-fns': /node_modules\/date-fns\//, 'decimal.js': /node_modules\/decimal\.js\// } },
  { source: "import { parseProgramme } from 'pairing-aid/model';", gzipBytes: 80 * KB, without: { "zod's locales but English": /node_modules\/zod\/v4\/locales\/(?!en\.js)/ } },
];

const root = resolve(import.meta.dirname, '..');
const problems: string[] = [];

// `import { z } from 'zod'` makes a bundler keep zod's whole namespace object, all its locales among it (about
// 450 KB minified); `import * as z from 'zod'` lets it keep only the schemas used.
for (const file of readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.ts')) continue;
  const text = readFileSync(join(root, 'src', file), 'utf8');
  if (/^import \{[^}]*\bz\b[^}]*\} from 'zod(?:\/[^']*)?';/m.test(text)) {
    problems.push(`${relative(root, join(root, 'src', file))} imports zod's z object: write import * as z from 'zod'`);
  }
}
for (const budget of budgets) {
  const imported = budget.source.match(/\{ (\w+) \}/)?.[1] ?? '';
  const result = await build({
    stdin: { contents: `${budget.source}\nexport const used = ${imported};\n`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gzip = gzipSync(code).length;
  // The files that reached the output, with their minified bytes (a file read but shaken out counts 0).
  const kept = Object.entries(Object.values(result.metafile.outputs)[0]?.inputs ?? {}).filter(([, input]) => input.bytesInOutput > 0);
  const inputs = kept.map(([file]) => file);
  const zod = kept.filter(([file]) => file.includes('node_modules/zod/')).reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  console.log(
    `${budget.source.padEnd(54)} ${kb(code.length)} minified, ${kb(gzip)} gzip (budget ${kb(budget.gzipBytes)}), zod ${kb(zod)} minified`,
  );
  if (gzip > budget.gzipBytes) problems.push(`${budget.source} takes ${kb(gzip)} gzip, over its budget of ${kb(budget.gzipBytes)}`);
  for (const [name, pattern] of Object.entries(budget.without)) {
    const found = inputs.filter((file) => pattern.test(file));
    if (found.length > 0) problems.push(`${budget.source} pulls in ${name} (${found.slice(0, 3).join(', ')})`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}
