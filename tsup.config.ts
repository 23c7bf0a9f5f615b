import { defineConfig } from 'tsup';
import { packageEntries } from './scripts/entries.js';

export default defineConfig({
  // One entry per subpath of package.json (scripts/entries.ts), written to dist/<area>/index.{js,cjs,d.ts,d.cts}.
  entry: Object.fromEntries(packageEntries.map((entry) => [entry.out, entry.source])),
  format: ['esm', 'cjs'],
  target: 'es2022',
  platform: 'neutral',
  // tsup injects `baseUrl` into its declaration build, which TypeScript 6 reports as deprecated (TS5101).
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  // Source maps map the built code to the TypeScript files of `src/`, which the package ships beside `dist/`:
  // the maps name those files instead of carrying their text again (once per format), so stack traces and
  // debuggers show the source while the package holds it once.
  sourcemap: true,
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  clean: true,
  treeshake: true,
  // Entries share their modules as chunks (in ESM and in CommonJS), so importing the root and an area, or two
  // areas, loads each module once.
  splitting: true,
});
