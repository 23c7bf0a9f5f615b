import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const guide = readFileSync(new URL('../../docs/quickstart.md', import.meta.url), 'utf8');
const block = (language: string) => {
  const found = guide.match(new RegExp('```' + language + '\\n([\\s\\S]*?)\\n```'));
  if (found?.[1] === undefined) throw new Error(`docs/quickstart.md has no ${language} block`);
  return found[1];
};

describe('docs/quickstart.md', () => {
  it('runs its script against the library and prints what the guide shows', () => {
    const library = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
    const code = block('ts');
    expect(code).toContain("from 'pairing-aid';");
    const folder = mkdtempSync(join(tmpdir(), 'quickstart-'));
    try {
      const script = join(folder, 'quickstart.ts');
      writeFileSync(script, code.replace("from 'pairing-aid';", `from ${JSON.stringify(library)};`));
      const printed = execFileSync(tsx, [script], { encoding: 'utf8' });
      expect(printed).toBe(`${block('text')}\n`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('installs from the repository package.json names, or from the tarball npm pack writes, until the first release', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string; repository: { url: string } };
    const lines = block('sh').split('\n');
    const tarball = `${manifest.name}-${manifest.version}.tgz`;
    expect(lines[0]).toBe(`npm install ${manifest.repository.url}`);
    expect(lines).toContain(`git clone ${manifest.repository.url.replace(/^git\+/, '')}`);
    expect(lines).toContain(`cd pairing-aid && npm ci && npm pack     # writes ${tarball}`);
    expect(lines).toContain(`cd ../your-app && npm install ../pairing-aid/${tarball}`);
    expect(guide).toContain(`Once it is released, \`npm install ${manifest.name}\``);
  });
});
