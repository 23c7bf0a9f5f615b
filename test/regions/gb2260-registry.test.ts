import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gb2260Registry, gb2260ReleaseUrl, parseRegionCode, regionReleases } from '../../src/index.js';

const folder = new URL('../fixtures/gb2260/mca/', import.meta.url);
const files = readdirSync(fileURLToPath(folder))
  .filter((name) => name.endsWith('.tsv'))
  .sort();

// The rows of one release file, ordered by code as the registry gives them (a stable sort keeps the
// order of the one code listed twice, 230123 in 200412).
function readRows(file: string): { code: string; name: string }[] {
  const lines = readFileSync(new URL(file, folder), 'utf8').split('\n').filter((line) => line !== '');
  return lines
    .slice(1)
    .map((line) => {
      const [, , code = '', name = ''] = line.split('\t');
      return { code, name };
    })
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

describe('gb2260Registry', () => {
  const registry = gb2260Registry();
  const releases = regionReleases(registry);

  it('holds one revision per release file, in order', () => {
    expect(files).toHaveLength(22);
    expect(registry.revisions).toEqual(files.map((file) => file.replace('.tsv', '')));
  });

  it.each(files)('reproduces every row of %s exactly', (file) => {
    const release = releases.find((candidate) => `${candidate.revision}.tsv` === file);
    expect(release?.entries).toEqual(readRows(file));
  });

  it('returns the same registry on every call', () => {
    expect(gb2260Registry()).toBe(registry);
  });

  it('keeps the code that the 200412 release lists twice', () => {
    const release = releases.find((candidate) => candidate.revision === '200412');
    expect(release?.entries.filter((entry) => entry.code === '230123').map((entry) => entry.name)).toEqual(['依兰县', '方正县']);
  });

  it('holds only well-formed codes', () => {
    for (const code of registry.listings.keys()) expect(parseRegionCode(code).ok, code).toBe(true);
  });
});

describe('gb2260ReleaseUrl', () => {
  it('returns where each built-in release was published', () => {
    for (const revision of gb2260Registry().revisions) expect(gb2260ReleaseUrl(revision)).toMatch(/^https?:\/\/[^ ]+mca\.gov\.cn\//);
  });

  it('returns undefined for a revision that is not built in', () => {
    expect(gb2260ReleaseUrl('201212')).toBeUndefined();
    expect(gb2260ReleaseUrl('toString')).toBeUndefined();
  });
});
