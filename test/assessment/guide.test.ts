import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runExample } from '../../examples/shenzhen-guizhou-2011.js';

const guide = readFileSync(new URL('../../docs/assessment.md', import.meta.url), 'utf8');

describe('docs/assessment.md', () => {
  it('shows only lines the main job prints', () => {
    let out = '';
    runExample(['--assessment'], (text) => (out += text), () => undefined);
    const printed = new Set(out.split('\n'));
    const blocks = [...guide.matchAll(/```text\n([\s\S]*?)\n```/g)].map((match) => match[1] ?? '');
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const line of blocks.flatMap((block) => block.split('\n'))) expect(printed.has(line), line).toBe(true);
  });
});
