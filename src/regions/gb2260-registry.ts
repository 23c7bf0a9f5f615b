import type { IsoDate } from '../dates/iso-date.js';
import { divisionListings, divisionReleaseUrls, divisionRevisions, divisionSuccessions } from './data/division-codes.js';
import type { RegionCode } from './region-code.js';
import type { RegionRegistry, RegionSuccession } from './region-registry.js';
import { assembleRegistry, type ListingDraft } from './registry-internals.js';

// Decoded on first use, so an app that never asks for the registry pays neither the parse nor the memory.
let builtIn: RegionRegistry | undefined;

/**
 * The built-in registry of division codes (GB/T 2260, county level and above), 1981 to 2024: every code
 * in use on 31 December of each year, from the areacodes tables (CC0) drawn from the Ministry of Civil
 * Affairs' code tables and change records, with the Ministry's release of April 2019 between the 2018
 * and 2019 year ends; and the successions, where each retired code's area went. It covers 1981-12-01 to
 * 2024-12-31: the functions refuse dates outside that rather than judge them against the nearest year.
 * Decoded once, on first call (about 7,000 listings and 3,900 successions).
 *
 * For later codes, build a registry from `[...regionReleases(gb2260Registry()), newerRelease]` with
 * {@link createRegionRegistry} and keep the successions (`{ ...registry, successions }`).
 *
 * @returns the registry
 *
 * @example
 * ```ts
 * gb2260Registry().revisions.at(-1)
 * //=> '202412'
 * gb2260Registry().successions.find((succession) => succession.from === '522401')
 * //=> { from: '522401', to: ['520502'], extent: 'whole', revision: '201112', date: '2011-10-22', dayKnown: true }
 * ```
 */
export function gb2260Registry(): RegionRegistry {
  builtIn ??= decodeRegistry();
  return builtIn;
}

/**
 * Where the Ministry of Civil Affairs published a built-in month release, for citing it. The year-end
 * revisions come from the areacodes tables, not from one publication, and have no address.
 *
 * @param revision - a revision of {@link gb2260Registry}, `YYYYMM`
 * @returns the address, or `undefined` for a year end or a revision that is not built in
 *
 * @example
 * ```ts
 * gb2260ReleaseUrl('201904')
 * //=> 'http://www.mca.gov.cn/article/sj/xzqh/2019/201901-06/201905271445.html'
 * gb2260ReleaseUrl('201012')
 * //=> undefined
 * ```
 */
export function gb2260ReleaseUrl(revision: string): string | undefined {
  return Object.hasOwn(divisionReleaseUrls, revision) ? divisionReleaseUrls[revision] : undefined;
}

// A shortened code keeps the last two or four digits; the rest come from the code it was shortened against.
const expand = (short: string, base: string): string => base.slice(0, 6 - short.length) + short;

function decodeRegistry(): RegionRegistry {
  const drafts: ListingDraft[] = [];
  let code = '';
  for (const line of divisionListings.split('\n')) {
    const [short = '', name = '', runs = ''] = line.split('|');
    code = expand(short, code);
    const indices: number[] = [];
    for (const run of runs.split(',')) {
      const [first = '', last = first] = run.split('-');
      for (let index = Number(first); index <= Number(last); index += 1) indices.push(index);
    }
    drafts.push({ code: code as RegionCode, name, indices });
  }
  return assembleRegistry(divisionRevisions, drafts, decodeSuccessions());
}

function decodeSuccessions(): RegionSuccession[] {
  const successions: RegionSuccession[] = [];
  let from = '';
  for (const line of divisionSuccessions.split('\n')) {
    const [short = '', when = '', targets = ''] = line.split('|');
    from = expand(short, from);
    const [index = '', day] = when.split('@');
    const revision = divisionRevisions[Number(index)] ?? '';
    const part = targets.startsWith('~');
    successions.push({
      from: from as RegionCode,
      to: targets.replace('~', '').split(',').map((target) => expand(target, from) as RegionCode),
      extent: part ? 'part' : 'whole',
      revision,
      date: (day ?? `${revision.slice(0, 4)}-${revision.slice(4, 6)}-01`) as IsoDate,
      dayKnown: day !== undefined,
    });
  }
  return successions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
