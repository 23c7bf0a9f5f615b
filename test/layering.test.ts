import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The house, from the bottom up: a folder may import its own rank and the ranks below, never one above.
const ranks: readonly (readonly string[])[] = [
  ['money', 'dates', 'errors', 'internal', 'schema'],
  ['regions', 'privacy'],
  ['model'],
  ['lifecycle', 'beneficiaries'],
  ['aid', 'pool'],
  ['record'],
  ['report', 'exports', 'assessment'],
];
const rankOf = new Map(ranks.flatMap((folders, rank) => folders.map((folder) => [folder, rank] as const)));

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

// Every module a file names: static imports and re-exports (`import … from`, `export … from`,
// `import '…'`) and dynamic `import('…')`, with comments removed first.
function importedPaths(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found = [
    ...code.matchAll(/\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g),
    ...code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return found.map((match) => match[1] ?? '');
}

/** The top folder of `src` a file or import lies in; `undefined` for `src/index.ts` and other root files. */
function folderOf(path: string): string | undefined {
  const parts = relative(src, path).split(sep);
  return parts.length > 1 ? parts[0] : undefined;
}

interface Crossing {
  readonly file: string;
  readonly imports: string;
  readonly from: string;
  readonly to: string;
}

function crossings(): { upward: Crossing[]; unranked: string[] } {
  const upward: Crossing[] = [];
  const unranked = new Set<string>();
  for (const file of sourceFiles(src)) {
    const from = folderOf(file);
    if (from === undefined) continue;
    if (!rankOf.has(from)) unranked.add(from);
    for (const imported of importedPaths(readFileSync(file, 'utf8'))) {
      if (!imported.startsWith('.')) continue;
      const to = folderOf(resolve(dirname(file), imported));
      if (to === undefined || to === from) continue;
      if (!rankOf.has(to)) unranked.add(to);
      if ((rankOf.get(to) ?? Infinity) > (rankOf.get(from) ?? -Infinity)) upward.push({ file: relative(src, file), imports: imported, from, to });
    }
  }
  return { upward, unranked: [...unranked] };
}

describe('the layers of src', () => {
  it('has no folder that imports a folder above it', () => {
    expect(crossings().upward).toEqual([]);
  });

  it('places every folder of src in the order', () => {
    expect(crossings().unranked).toEqual([]);
  });

  describe('reading imports', () => {
    it('finds static imports, type imports, re-exports, side-effect and dynamic imports', () => {
      const text = [
        "import { a } from '../model/a.js';",
        "import type { B } from '../lifecycle/b.js';",
        "export { c } from './c.js';",
        "export * from '../aid/index.js';",
        "import '../report/d.js';",
        "const e = await import('../exports/e.js');",
        'import {\n  f,\n  g,\n} from "../regions/f.js";',
      ].join('\n');
      expect(importedPaths(text)).toEqual(['../model/a.js', '../lifecycle/b.js', './c.js', '../aid/index.js', '../report/d.js', '../regions/f.js', '../exports/e.js']);
    });

    it('ignores imports written in comments and doc examples', () => {
      expect(importedPaths("// import { a } from '../report/a.js';\n/**\n * import { b } from '../report/b.js';\n */\n")).toEqual([]);
    });

    it('would report an upward import', () => {
      const from = folderOf(join(src, 'errors', 'x.ts'));
      const to = folderOf(resolve(join(src, 'errors'), '../lifecycle/lifecycle-states.js'));
      expect([from, to]).toEqual(['errors', 'lifecycle']);
      expect((rankOf.get(to ?? '') ?? 0) > (rankOf.get(from ?? '') ?? 0)).toBe(true);
    });
  });
});
