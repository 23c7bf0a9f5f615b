// Runs one code example as a reader would: the library's public names in scope (as after
// `import { … } from 'pairing-aid'`), its own imports of the package, its subpaths and the 2011 example data
// (`pairing-aid/examples/2011`) resolved to this repository's sources, and each `//=>` result checked.
//
// A `//=>` comment after a top-level expression states that expression's value, as a JavaScript literal
// (continued on following `//` lines if long). The value and the literal are compared with vitest's
// `toStrictEqual`: deep equality of structure and values, with undefined properties, array holes and object
// classes counting, so `//=> { region: '440311' }` fails on `{ region: '440311', area: undefined }`.
import ts from 'typescript';
import { expect } from 'vitest';
import * as api from '../../src/index.js';
import * as exampleData from '../../examples/data/index.js';
import { areaEntries } from '../../scripts/entries.js';
import { blockLabel, type CodeBlock } from './code-blocks.js';

const areaModules = Object.fromEntries(
  await Promise.all(areaEntries.map(async (area) => [`pairing-aid/${area}`, (await import(`../../src/${area}/index.ts`)) as object] as const)),
);

/** A module a block imports, which refuses names it does not export instead of giving `undefined`. */
function strictModule(specifier: string, module: object): object {
  return new Proxy(module, {
    get(target, key) {
      if (typeof key === 'string' && !(key in target) && !['__esModule', 'default', 'then'].includes(key)) {
        throw new Error(`"${specifier}" has no export named ${key}`);
      }
      return Reflect.get(target, key);
    },
  });
}

/** Files an example writes go to memory, not the disk. */
export const writtenFiles = new Map<string, string>();
const memoryFs = { writeFileSync: (path: string, data: string) => void writtenFiles.set(String(path), String(data)) };

const modules: Readonly<Record<string, object>> = {
  'pairing-aid': api,
  ...areaModules,
  'pairing-aid/examples/2011': exampleData,
  'node:fs': memoryFs,
};

/** One `//=>` of a block: the expression's source, the literal it should equal, and its line in the file. */
export interface ResultCheck {
  readonly expression: string;
  readonly expected: string;
  readonly line: number;
}

export interface CompiledBlock {
  readonly javascript: string;
  readonly checks: readonly ResultCheck[];
}

/** The block's code with each `//=>` result turned into a check, as JavaScript (CommonJS, run in a function). */
export function compileBlock(code: string, where: (lineIndex: number) => string, lineOf: (lineIndex: number) => number): CompiledBlock {
  const source = ts.createSourceFile('block.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const checks: ResultCheck[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  const statements = source.statements;
  statements.forEach((statement, i) => {
    const gapEnd = statements[i + 1]?.getStart(source) ?? code.length;
    const gapLines = code.slice(statement.end, gapEnd).split('\n');
    const at = gapLines.findIndex((line) => line.trim().startsWith('//=>'));
    if (at < 0) return;
    const lineIndex = source.getLineAndCharacterOfPosition(statement.end).line + at;
    if (gapLines.slice(at + 1).some((line) => line.trim().startsWith('//=>'))) {
      throw new Error(`${where(lineIndex)}: two //=> results after one statement`);
    }
    if (!ts.isExpressionStatement(statement)) {
      throw new Error(`${where(lineIndex)}: //=> follows a statement that is not an expression (${ts.SyntaxKind[statement.kind]}); a line starting with [ or ( continues the line before it unless that line ends with ;`);
    }
    const continuation = [];
    for (const line of gapLines.slice(at + 1)) {
      if (!/^\s*\/\/\s{2,}\S/.test(line)) break;
      continuation.push(line.trim().slice(2));
    }
    const expected = [gapLines[at]?.trim().slice(4) ?? '', ...continuation].join(' ').trim();
    const expression = statement.expression.getText(source);
    const literal = ts.transpileModule(`(${expected});`, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
    if ((literal.diagnostics ?? []).length > 0 || expected === '') {
      throw new Error(`${where(lineIndex)}: the result after //=> is not a JavaScript value: ${expected}`);
    }
    checks.push({ expression, expected, line: lineOf(source.getLineAndCharacterOfPosition(statement.getStart(source)).line) });
    // The expected value is evaluated where the expression is, so it may name the block's own variables.
    edits.push({ start: statement.getStart(source), end: statement.end, text: `__check(${checks.length - 1}, (${expression}), () => (${expected}));` });
  });
  let rewritten = code;
  for (const edit of edits.reverse()) rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
  const output = ts.transpileModule(rewritten, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false, isolatedModules: true },
    reportDiagnostics: true,
  });
  const syntax = output.diagnostics?.[0];
  if (syntax !== undefined) throw new Error(`${where(0)}: ${ts.flattenDiagnosticMessageText(syntax.messageText, '\n')}`);
  return { javascript: output.outputText, checks };
}

const AsyncFunction = (async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
const apiNames = Object.keys(api);

/** Runs the blocks as one program (a block and the ones it continues), checking every `//=>`. */
export async function runBlocks(blocks: readonly CodeBlock[]): Promise<{ readonly checks: number; readonly output: readonly string[] }> {
  const last = blocks.at(-1);
  if (last === undefined) throw new Error('no block to run');
  // Where each line of the joined code comes from.
  const origins: { block: CodeBlock; index: number }[] = blocks.flatMap((block) => block.code.split('\n').map((_line, index) => ({ block, index })));
  const where = (lineIndex: number): string => {
    const origin = origins[lineIndex] ?? { block: last, index: 0 };
    return `${blockLabel(origin.block)}, line ${origin.block.line + origin.index}`;
  };
  const lineOf = (lineIndex: number): number => {
    const origin = origins[lineIndex] ?? { block: last, index: 0 };
    return origin.block.line + origin.index;
  };
  const compiled = compileBlock(blocks.map((block) => block.code).join('\n'), where, lineOf);
  const output: string[] = [];
  const quietConsole = { log: (...values: unknown[]) => void output.push(values.map(String).join(' ')) };
  const requireModule = (specifier: string): object => {
    const module = modules[specifier];
    if (module === undefined) throw new Error(`${blockLabel(last)}: imports "${specifier}", which is neither the package, one of its subpaths nor node:fs`);
    return strictModule(specifier, module);
  };
  const check = (index: number, actual: unknown, expected: () => unknown): void => {
    const found = compiled.checks[index];
    if (found === undefined) throw new Error(`no check ${index}`);
    const place = `${last.file}:${found.line} (${last.subject}): ${found.expression}`;
    let value: unknown;
    try {
      value = expected();
    } catch (error) {
      throw new Error(`${place}: the result after //=> is not a JavaScript value: ${found.expected} (${String(error)})`);
    }
    expect(actual, place).toStrictEqual(value);
  };
  const run = new AsyncFunction('require', 'exports', 'console', '__check', '__api', `const { ${apiNames.join(', ')} } = __api;\n{\n${compiled.javascript}\n}`);
  try {
    await run(requireModule, {}, quietConsole, check, api);
  } catch (error) {
    if (error instanceof Error && !error.message.includes(last.file)) error.message = `${blockLabel(last)}: ${error.message}`;
    throw error;
  }
  return { checks: compiled.checks.length, output };
}
