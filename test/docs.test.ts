import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the guides', () => {
  it('are all in the API site, in the order typedoc.json gives', () => {
    const config = JSON.parse(readFileSync(new URL('../typedoc.json', import.meta.url), 'utf8')) as { projectDocuments: string[] };
    const guides = readdirSync(new URL('../docs/', import.meta.url)).filter((name) => name.endsWith('.md'));
    expect([...config.projectDocuments].sort()).toEqual(guides.map((name) => `docs/${name}`).sort());
    expect(config.projectDocuments[0]).toBe('docs/quickstart.md');
  });
});
