// Writes the JSON Schema of every snapshot shape to schemas/<name>.json, from the library's zod schemas.
// Run: npx tsx scripts/build-json-schemas.ts        (write)
//      npx tsx scripts/build-json-schemas.ts --check (exit 1 if a committed file is out of date)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { snapshotJsonSchema, snapshotSchemaNames } from '../src/index.js';

const folder = new URL('../schemas/', import.meta.url);
const check = process.argv.includes('--check');
const stale: string[] = [];

mkdirSync(folder, { recursive: true });
for (const name of snapshotSchemaNames) {
  const file = new URL(`${name}.json`, folder);
  const text = `${JSON.stringify(snapshotJsonSchema(name), null, 2)}\n`;
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) stale.push(`schemas/${name}.json`);
  } else {
    writeFileSync(file, text);
  }
}

if (stale.length > 0) {
  console.error(`Out of date (run npx tsx scripts/build-json-schemas.ts): ${stale.join(', ')}`);
  process.exit(1);
}
console.log(check ? 'JSON Schemas are up to date.' : `Wrote ${snapshotSchemaNames.length} JSON Schemas to schemas/.`);
