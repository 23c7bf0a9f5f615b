// The examples compile as a reader's TypeScript would (strict, with the project's compiler options): each block
// with the library's names it uses imported from 'pairing-aid', and its own imports of the package, its subpaths
// and 'pairing-aid/examples/2011' resolved to the sources. A line meant not to compile says so with
// `// @ts-expect-error`, which fails if the line compiles after all.
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { areaEntries } from '../../scripts/entries.js';
import { allCodeBlocks, blockLabel, programOf, repositoryRoot, type CodeBlock } from './code-blocks.js';

const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  types: ['node'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  skipLibCheck: true,
  noEmit: true,
};

const packageSources: Readonly<Record<string, string>> = {
  'pairing-aid': join(repositoryRoot, 'src/index.ts'),
  'pairing-aid/examples/2011': join(repositoryRoot, 'examples/data/index.ts'),
  ...Object.fromEntries(areaEntries.map((area) => [`pairing-aid/${area}`, join(repositoryRoot, `src/${area}/index.ts`)])),
};

/** The names a block declares or imports at its top level, which it does not get from the library implicitly. */
function ownNames(code: string): ReadonlySet<string> {
  const names = new Set<string>();
  const bindings = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bindings(element.name);
  };
  for (const statement of ts.createSourceFile('block.ts', code, ts.ScriptTarget.ES2022, true).statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) names.add(clause.name.text);
      const bound = clause?.namedBindings;
      if (bound && ts.isNamedImports(bound)) for (const element of bound.elements) names.add(element.name.text);
      if (bound && ts.isNamespaceImport(bound)) names.add(bound.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) bindings(declaration.name);
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.name) {
      names.add(statement.name.text);
    }
  }
  return names;
}

const fileBlocks = new Map<string, CodeBlock[]>();
for (const block of allCodeBlocks()) fileBlocks.set(block.file, [...(fileBlocks.get(block.file) ?? []), block]);
const programs = [...fileBlocks.values()].flatMap((blocks) => blocks.flatMap((block, index) => (block.mode === 'fragment' ? [] : [programOf(blocks, index)])));

// Every name the root exports, values and types.
const rootProgram = ts.createProgram([packageSources['pairing-aid'] ?? ''], compilerOptions);
const rootFile = rootProgram.getSourceFile(packageSources['pairing-aid'] ?? '');
const rootSymbol = rootFile && rootProgram.getTypeChecker().getSymbolAtLocation(rootFile);
const libraryNames = rootSymbol ? rootProgram.getTypeChecker().getExportsOfModule(rootSymbol).map((symbol) => symbol.getName()) : [];

/** One virtual module per program, under test/docs so that node_modules/@types resolve. */
const virtual = new Map<string, { text: string; program: readonly CodeBlock[]; header: number }>();
programs.forEach((program, i) => {
  const code = program.map((block) => block.code).join('\n');
  const own = ownNames(code);
  const used = libraryNames.filter((name) => !own.has(name) && new RegExp(`(?<![\\w$])(?<![^.]\\.)${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(code));
  const header = used.length > 0 ? `import { ${used.join(', ')} } from 'pairing-aid';\n` : '';
  virtual.set(join(repositoryRoot, 'test', 'docs', `example-${i}.mts`), { text: `${header}${code}\nexport {};\n`, program, header: header === '' ? 0 : 1 });
});

const host = ts.createCompilerHost(compilerOptions);
const readFile = host.readFile.bind(host);
const fileExists = host.fileExists.bind(host);
const getSourceFile = host.getSourceFile.bind(host);
host.readFile = (file) => virtual.get(file)?.text ?? readFile(file);
host.fileExists = (file) => virtual.has(file) || fileExists(file);
host.getSourceFile = (file, language, ...rest) => {
  const found = virtual.get(file);
  return found ? ts.createSourceFile(file, found.text, language) : getSourceFile(file, language, ...rest);
};
host.resolveModuleNameLiterals = (literals, containingFile, _redirect, options) =>
  literals.map((literal) => {
    const source = packageSources[literal.text];
    if (source !== undefined) return { resolvedModule: { resolvedFileName: source, extension: ts.Extension.Ts, isExternalLibraryImport: false } };
    return ts.resolveModuleName(literal.text, containingFile, options, host);
  });

/** Where a line of a virtual module comes from: `docs/money.md:18 (Reading amounts)`. */
function placeOf(file: string, line: number): string {
  const found = virtual.get(file);
  if (found === undefined) return `${file}:${line + 1}`;
  let index = line - found.header;
  for (const block of found.program) {
    const lines = block.code.split('\n').length;
    if (index < lines) return `${blockLabel(block)}, line ${block.line + index}`;
    index -= lines;
  }
  return blockLabel(found.program.at(-1) ?? found.program[0] as CodeBlock);
}

describe('the examples', () => {
  it('compile as TypeScript, strict, with the names they use from the package', () => {
    const program = ts.createProgram([...virtual.keys()], compilerOptions, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file !== undefined && virtual.has(diagnostic.file.fileName))
      .map((diagnostic) => {
        const file = diagnostic.file as ts.SourceFile;
        const { line } = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
        return `${placeOf(file.fileName, line)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
      });
    expect(virtual.size).toBeGreaterThan(200);
    expect(problems).toEqual([]);
  }, 300_000);
});
