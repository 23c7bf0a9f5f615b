// Writes the package.json `exports` map and typedoc.json's entry points from scripts/entries.ts.
// `--check` only compares, and exits 1 naming what differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { packageExports, typedocEntryPoints } from './entries.js';

const check = process.argv.includes('--check');
const root = new URL('../', import.meta.url);
const targets = [
  { file: 'package.json', key: 'exports', wanted: packageExports() },
  { file: 'typedoc.json', key: 'entryPoints', wanted: typedocEntryPoints() },
] as const;

let stale = 0;
for (const { file, key, wanted } of targets) {
  const url = new URL(file, root);
  const text = readFileSync(url, 'utf8');
  const json = JSON.parse(text) as Record<string, unknown>;
  if (isDeepStrictEqual(json[key], wanted)) continue;
  if (check) {
    console.error(`${file}: "${key}" differs from scripts/entries.ts; run npm run entries`);
    stale += 1;
    continue;
  }
  // Replace only this key's value, so the rest of the file keeps its layout.
  json[key] = wanted;
  writeFileSync(url, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`${file}: "${key}" written`);
}
process.exit(stale === 0 ? 0 : 1);
