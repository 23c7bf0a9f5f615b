import { describe, expect, it } from 'vitest';
import { exampleBlocksOf, markdownBlocksOf, type CodeBlock } from './code-blocks.js';
import { runBlocks } from './run-code-block.js';

const block = (code: string, mode: CodeBlock['mode'] = 'run'): CodeBlock => ({ file: 'src/money/sample.ts', line: 10, subject: 'sample', mode, code });

describe('running an example', () => {
  it('checks every //=> result, same line or next, and counts them', async () => {
    const run = await runBlocks([block("amount('1.50').toJSON() //=> '1.50'\nsumAmounts([amount('1'), amount('2')]).fen\n//=> 300n")]);
    expect(run.checks).toBe(2);
  });

  it('fails on a wrong result, naming the file, the line and the expression', async () => {
    await expect(runBlocks([block("const x = 1\namount('1.50').toJSON()\n//=> '1.5'")])).rejects.toThrow("src/money/sample.ts:11 (sample): amount('1.50').toJSON()");
  });

  it('compares deeply and strictly: an undefined property is not a missing one', async () => {
    await expect(runBlocks([block('({ a: 1, b: undefined })\n//=> { a: 1 }')])).rejects.toThrow(/sample/);
    await runBlocks([block('({ a: [1, { b: 2n }] })\n//=> { a: [1, { b: 2n }] }')]);
  });

  it('refuses a //=> after a line that JavaScript joins to the one before', async () => {
    await expect(runBlocks([block("const bounds = amount('1')\n[bounds.fen]\n//=> [100n]")])).rejects.toThrow('not an expression');
  });

  it('refuses a result that is not a JavaScript value', async () => {
    await expect(runBlocks([block("amount('1').toJSON() //=> '1.00' (exact)")])).rejects.toThrow('not a JavaScript value');
  });

  it('gives the 2011 data only to a block that imports it from pairing-aid/examples/2011', async () => {
    await expect(runBlocks([block('seedProgramme2011.projects.length\n//=> 38')])).rejects.toThrow('seedProgramme2011 is not defined');
    await runBlocks([block("import { seedProgramme2011 } from 'pairing-aid/examples/2011'\nseedProgramme2011.projects.length\n//=> 38")]);
  });

  it('refuses an import of a name the subpath does not export', async () => {
    await expect(runBlocks([block("import { parseProgramme } from 'pairing-aid/money'\nparseProgramme")])).rejects.toThrow('"pairing-aid/money" has no export named parseProgramme');
  });

  it('runs a continued block in the scope of the block before it', async () => {
    await runBlocks([block("const total = amount('2')"), block("total.toJSON() //=> '2.00'", 'continued')]);
  });
});

describe('finding examples', () => {
  it('reads an @example block with its line and the export it documents', () => {
    const source = "/**\n * Doubles.\n *\n * @example\n * ```ts\n * double(2)\n * //=> 4\n * ```\n */\nexport function double(n: number): number {\n";
    expect(exampleBlocksOf('src/x.ts', source)).toEqual([{ file: 'src/x.ts', line: 6, subject: 'double', mode: 'run', code: 'double(2)\n//=> 4' }]);
  });

  it('reads TypeScript blocks of Markdown with their flags and heading, and skips other languages', () => {
    const markdown = '# Guide\n\n```sh\nnpm test\n```\n\n## Part\n\n```ts fragment\n// x: a thing\nx\n```\n';
    expect(markdownBlocksOf('docs/g.md', markdown)).toEqual([{ file: 'docs/g.md', line: 10, subject: 'Part', mode: 'fragment', code: '// x: a thing\nx' }]);
    expect(() => markdownBlocksOf('docs/g.md', '```ts maybe\nx\n```\n')).toThrow('docs/g.md:1: unknown code block flag "maybe"');
  });
});
