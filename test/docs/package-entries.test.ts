import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { areaEntries, areaPackageEntries, exampleDataEntry, packageEntries, packageExports, rootEntry, typedocEntryPoints } from '../../scripts/entries.js';
import tsupConfig from '../../tsup.config.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(resolve(root, file), 'utf8')) as Record<string, unknown>;

// The exported names of every entry, types included, as TypeScript sees them, with the file each is declared in.
const program = ts.createProgram(
  packageEntries.map((entry) => resolve(root, entry.source)),
  { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: true, types: [] },
);
const checker = program.getTypeChecker();
function exportsOf(source: string): ReadonlyMap<string, readonly string[]> {
  const file = program.getSourceFile(resolve(root, source));
  const symbol = file && checker.getSymbolAtLocation(file);
  if (symbol === undefined) throw new Error(`${source} is not a module`);
  return new Map(
    checker.getExportsOfModule(symbol).map((exported) => {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const files = (target.declarations ?? []).map((declaration) => relative(root, declaration.getSourceFile().fileName));
      return [exported.getName(), files];
    }),
  );
}
const rootExports = exportsOf(rootEntry.source);

describe('the subpath entries', () => {
  it('are one per area, named after its folder', () => {
    expect(areaPackageEntries.map((entry) => entry.subpath)).toEqual(areaEntries.map((area) => `./${area}`));
    expect(rootExports.size).toBeGreaterThan(500);
  });

  it.each(areaPackageEntries.map((entry) => [entry.subpath, entry] as const))('%s exports only names the root exports', (_subpath, entry) => {
    const area = exportsOf(entry.source);
    expect(area.size).toBeGreaterThan(0);
    expect([...area.keys()].filter((name) => !rootExports.has(name))).toEqual([]);
  });

  it.each(areaPackageEntries.map((entry) => [entry.subpath, entry] as const))('%s exports only what its own folder declares', (_subpath, entry) => {
    const folder = dirname(entry.source);
    // The zod schemas of amounts and dates live in src/schema (shared by every parser), the Brand type in src/internal.
    const shared = ['src/schema/', 'src/internal/'];
    const foreign = [...exportsOf(entry.source)].filter(([, files]) =>
      files.some((file) => !file.startsWith(`${folder}/`) && !shared.some((prefix) => file.startsWith(prefix))),
    );
    expect(foreign.map(([name, files]) => `${name} (${files.join(', ')})`)).toEqual([]);
  });

  it('together export everything the root exports, each name from one area', () => {
    const owners = new Map<string, string[]>();
    for (const entry of areaPackageEntries) {
      for (const name of exportsOf(entry.source).keys()) owners.set(name, [...(owners.get(name) ?? []), entry.subpath]);
    }
    expect([...rootExports.keys()].filter((name) => !owners.has(name))).toEqual([]);
    expect([...owners].filter(([, subpaths]) => subpaths.length > 1)).toEqual([]);
  });

  it('give the 2011 example data only through its own entry, not the root', () => {
    const data = exportsOf(exampleDataEntry.source);
    expect(data.has('seedAnnualReportInput2011')).toBe(true);
    expect([...data.keys()].filter((name) => rootExports.has(name))).toEqual([]);
  });

  it('are the package.json exports map, the build and the API site, all from scripts/entries.ts', () => {
    expect(readJson('package.json').exports).toEqual(packageExports());
    expect(readJson('typedoc.json').entryPoints).toEqual(typedocEntryPoints());
    const config = tsupConfig as { entry?: Record<string, string> };
    expect(config.entry).toEqual(Object.fromEntries(packageEntries.map((entry) => [entry.out, entry.source])));
    const files = readJson('package.json').files as string[];
    expect(files).toContain('dist');
  });

  it('name each module of the API site after its subpath (@module money, … @module examples/2011)', () => {
    for (const entry of [...areaPackageEntries, exampleDataEntry]) {
      expect(readFileSync(resolve(root, entry.source), 'utf8'), entry.source).toContain(` * @module ${entry.subpath.slice(2)}\n`);
    }
  });

  it('put the types condition first in every entry of the exports map', () => {
    const map = readJson('package.json').exports as Record<string, unknown>;
    for (const entry of packageEntries) {
      const conditions = map[entry.subpath] as Record<string, Record<string, string>>;
      expect(Object.keys(conditions.import ?? {})[0]).toBe('types');
      expect(Object.keys(conditions.require ?? {})[0]).toBe('types');
    }
  });
});
