// The package's entries, in one list that the build (tsup.config.ts), the package.json `exports` map and the API
// site (typedoc.json) are made from. Adding an area is one line here, then `npm run entries` rewrites the rest;
// `npm run check` fails while they disagree.

/** The areas published as `pairing-aid/<area>`, each built from `src/<area>/index.ts`, in the house's order. */
export const areaEntries = [
  'money',
  'dates',
  'errors',
  'regions',
  'privacy',
  'model',
  'lifecycle',
  'beneficiaries',
  'aid',
  'pool',
  'record',
  'report',
  'exports',
  'assessment',
] as const;

/** One built entry: the subpath users import, the source it is built from, and the file name in `dist/`. */
export interface PackageEntry {
  readonly subpath: string;
  readonly source: string;
  readonly out: string;
}

/** The root entry, which exports everything the areas export. */
export const rootEntry: PackageEntry = { subpath: '.', source: 'src/index.ts', out: 'index' };

/** The 2011 Shenzhen–Guizhou programme, the worked data of the guides and examples. */
export const exampleDataEntry: PackageEntry = { subpath: './examples/2011', source: 'examples/data/index.ts', out: 'examples/2011' };

/** Every area entry. */
export const areaPackageEntries: readonly PackageEntry[] = areaEntries.map((area) => ({
  subpath: `./${area}`,
  source: `src/${area}/index.ts`,
  out: `${area}/index`,
}));

/** Every entry the build writes. */
export const packageEntries: readonly PackageEntry[] = [rootEntry, ...areaPackageEntries, exampleDataEntry];

/** The `exports` map of package.json for the entries: types first, ESM and CommonJS each with its declarations. */
export function packageExports(): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  for (const entry of packageEntries) {
    map[entry.subpath] = {
      import: { types: `./dist/${entry.out}.d.ts`, default: `./dist/${entry.out}.js` },
      require: { types: `./dist/${entry.out}.d.cts`, default: `./dist/${entry.out}.cjs` },
    };
  }
  map['./schemas/*'] = './schemas/*';
  map['./package.json'] = './package.json';
  return map;
}

/** The API site's entry points: one module per area, then the 2011 data. Each names itself with `@module`. */
export function typedocEntryPoints(): readonly string[] {
  return [...areaPackageEntries, exampleDataEntry].map((entry) => entry.source);
}
