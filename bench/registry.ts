// npm run bench (last step), or: node --import tsx bench/registry.ts
// States what the built-in division-code registry and holiday calendar cost: the bytes of their data
// modules, what a bundle pays for them (and that a bundle not using them pays nothing), the time to
// decode the registry in a fresh process, and the speed of lookups once it is loaded.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const bytes = (path: string) => {
  const text = readFileSync(`${root}${path}`);
  return { bytes: text.length, gzip: gzipSync(text, { level: 9 }).length };
};

async function bundleBytes(code: string): Promise<number> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.contents.length ?? 0;
}

// The decode in a fresh process, so nothing is cached or warmed up.
function coldLoadMs(): number[] {
  const script = `
    const start = performance.now();
    const { gb2260Registry } = await import(${JSON.stringify(`${root}src/regions/gb2260-registry.ts`)});
    const imported = performance.now();
    gb2260Registry();
    const decoded = performance.now();
    console.log(JSON.stringify([imported - start, decoded - imported]));`;
  const runs: number[][] = [];
  for (let i = 0; i < 5; i += 1) {
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    runs.push(JSON.parse(output) as number[]);
  }
  const decodes = runs.map((run) => run[1] ?? 0).sort((a, b) => a - b);
  return [decodes[0] ?? 0, decodes[2] ?? 0, decodes[4] ?? 0];
}

// Calls per second over about half a second, after a warm-up of as long.
function perSecond(label: string, run: (i: number) => unknown): [string, number] {
  const loop = (ms: number): number => {
    const start = performance.now();
    let i = 0;
    while (performance.now() - start < ms) for (let batch = 0; batch < 100; batch += 1, i += 1) run(i);
    return i / ((performance.now() - start) / 1000);
  };
  loop(500);
  return [label, Math.round(loop(500))];
}

const { gb2260Registry, findRegion, checkRegionInForce, successorRegionCode, regionCovers, isoDate, regionCode, chinaHolidayCalendar, announcementPeriod, workingDayPolicy } =
  await import('../src/index.js');

const registry = gb2260Registry();
const codes = [...registry.listings.keys()];
const dates = Array.from({ length: 44 }, (_, i) => isoDate(`${1981 + i}-12-31`));
const speeds = [
  perSecond('findRegion', (i) => findRegion(registry, codes[i % codes.length] ?? '', dates[i % dates.length] ?? isoDate('2011-12-31'))),
  perSecond('checkRegionInForce', (i) => checkRegionInForce(registry, codes[i % codes.length] ?? '', dates[(i * 7) % dates.length] ?? isoDate('2011-12-31'))),
  perSecond('successorRegionCode', (i) => successorRegionCode(codes[i % codes.length] ?? regionCode('522401'), isoDate('2024-12-31'), { registry })),
  perSecond('regionCovers (522400 in 1996, a county in 2012)', (i) =>
    regionCovers(registry, [regionCode('522400'), isoDate('1996-01-01')], [codes[i % codes.length] ?? regionCode('520525'), isoDate('2012-03-01')]),
  ),
  perSecond('announcementPeriod, 7 working days', (i) => announcementPeriod(dates[i % 20 + 23] ?? isoDate('2011-09-29'), workingDayPolicy(7))),
];
chinaHolidayCalendar();

const empty = await bundleBytes(`import { amount } from './src/index.ts'; console.log(amount('1'));`);
const withRegistry = await bundleBytes(`import { amount, gb2260Registry } from './src/index.ts'; console.log(amount('1'), gb2260Registry());`);
const withCheck = await bundleBytes(`import { checkProgramme } from './src/index.ts'; console.log(checkProgramme);`);
const withCalendar = await bundleBytes(`import { amount, workingDayPolicy } from './src/index.ts'; console.log(amount('1'), workingDayPolicy(7));`);
const [fastest = 0, median = 0, slowest = 0] = coldLoadMs();

const report = {
  registry: {
    revisions: registry.revisions.length,
    listings: [...registry.listings.values()].reduce((n, list) => n + list.length, 0),
    codes: codes.length,
    successions: registry.successions.length,
    dataModule: bytes('src/regions/data/division-codes.ts'),
    decodeMs: { fastest: Number(fastest.toFixed(1)), median: Number(median.toFixed(1)), slowest: Number(slowest.toFixed(1)) },
  },
  holidayCalendar: { years: chinaHolidayCalendar().years?.length, dataModule: bytes('src/lifecycle/data/china-holidays.ts') },
  bundles: {
    'amount only': empty,
    'amount + gb2260Registry': withRegistry,
    checkProgramme: withCheck,
    'amount + workingDayPolicy': withCalendar,
  },
  lookupsPerSecond: Object.fromEntries(speeds),
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
