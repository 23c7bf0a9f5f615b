// Finds the code examples of the package: every `@example` block in the doc comments of src/ and every TypeScript
// block of the README and the guides, with where it is (file and line) and what it documents.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repositoryRoot = resolve(import.meta.dirname, '..', '..');

/** How a block is run: `run` alone, `continued` in the scope of the file's blocks before it, `fragment` not at all. */
export type BlockMode = 'run' | 'continued' | 'fragment';

export interface CodeBlock {
  /** The file, relative to the repository (`src/money/parse-amount.ts`, `docs/money.md`). */
  readonly file: string;
  /** The 1-based line of the block's first code line in that file. */
  readonly line: number;
  /** What the block documents: the export after the doc comment, or the guide's heading above the block. */
  readonly subject: string;
  readonly mode: BlockMode;
  readonly code: string;
}

/** A label that names a block in test output and failures: `src/money/parse-amount.ts:42 (parseAmount)`. */
export const blockLabel = (block: CodeBlock): string => `${block.file}:${block.line} (${block.subject})`;

function filesUnder(folder: string, extension: string): readonly string[] {
  return readdirSync(join(repositoryRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => join(folder, file).replace(/\\/g, '/'))
    .sort();
}

const FENCE = /^(\s*)```(\w*)(?:[ \t]+(\w+))?\s*$/;

function modeOf(flag: string | undefined, where: string): BlockMode {
  if (flag === undefined) return 'run';
  if (flag === 'continued' || flag === 'fragment') return flag;
  throw new Error(`${where}: unknown code block flag "${flag}" (use "continued" or "fragment")`);
}

/** The `@example` blocks of one TypeScript source file. */
export function exampleBlocksOf(file: string, text: string): readonly CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^\s*\*\s*@example\b/.test(lines[i] ?? '')) continue;
    const open = FENCE.exec((lines[i + 1] ?? '').replace(/^\s*\*/, ''));
    if (open === null) throw new Error(`${file}:${i + 1}: @example without a fenced code block on the next line`);
    const code: string[] = [];
    let j = i + 2;
    for (; j < lines.length && !/^\s*\*\s*```\s*$/.test(lines[j] ?? ''); j += 1) {
      if (/\*\//.test(lines[j] ?? '')) throw new Error(`${file}:${i + 1}: @example block is not closed`);
      code.push((lines[j] ?? '').replace(/^\s*\* ?/, ''));
    }
    const after = lines.slice(j).find((line) => /^export\s/.test(line)) ?? '';
    const subject = /^export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type|enum)\s+([\w$]+)/.exec(after)?.[1] ?? 'example';
    blocks.push({ file, line: i + 3, subject, mode: modeOf(open[3], `${file}:${i + 2}`), code: code.join('\n') });
    i = j;
  }
  return blocks;
}

/** The TypeScript blocks (```ts) of one Markdown file; other languages (sh, json, text) are not code to run. */
export function markdownBlocksOf(file: string, text: string): readonly CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = text.split('\n');
  let heading = file;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const title = /^#{1,6}\s+(.*)$/.exec(line);
    if (title) heading = title[1]?.trim() ?? heading;
    const open = FENCE.exec(line);
    if (open === null) continue;
    const code: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j] ?? ''); j += 1) code.push(lines[j] ?? '');
    if (['ts', 'typescript', 'js', 'javascript'].includes(open[2] ?? '')) {
      blocks.push({ file, line: i + 2, subject: heading, mode: modeOf(open[3], `${file}:${i + 1}`), code: code.join('\n') });
    }
    i = j;
  }
  return blocks;
}

/** Every example of the package, found afresh from the files on each run. */
export function allCodeBlocks(): readonly CodeBlock[] {
  const read = (file: string): string => readFileSync(join(repositoryRoot, file), 'utf8');
  const sources = filesUnder('src', '.ts').flatMap((file) => exampleBlocksOf(file, read(file)));
  const markdown = ['README.md', ...filesUnder('docs', '.md')].flatMap((file) => markdownBlocksOf(file, read(file)));
  return [...sources, ...markdown];
}

/**
 * The blocks a block runs with: itself, and if it continues, the blocks before it back to the last one that runs
 * alone (fragments in between are not run).
 */
export function programOf(fileBlocks: readonly CodeBlock[], index: number): readonly CodeBlock[] {
  let start = index;
  while (start > 0 && fileBlocks[start]?.mode !== 'run') start -= 1;
  const program = fileBlocks.slice(start, index + 1).filter((block) => block.mode !== 'fragment');
  if (program[0]?.mode === 'continued') throw new Error(`${blockLabel(program[0])}: continues no block`);
  return program;
}

