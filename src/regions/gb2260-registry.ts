import { gb2260McaListings, gb2260McaRevisions, gb2260McaSourceUrls } from './data/gb2260-mca.js';
import type { RegionCode } from './region-code.js';
import type { RegionRegistry } from './region-registry.js';
import { assembleRegistry, type ListingDraft } from './registry-internals.js';

// Decoded on first use, so an app that never asks for the registry pays neither the parse nor the memory.
let builtIn: RegionRegistry | undefined;

/**
 * The built-in registry: the Ministry of Civil Affairs' releases of county-level and higher division
 * codes (民政部 县级以上行政区划代码), 22 revisions from 199612 to 201904. Decoded once, on first call.
 *
 * For records dated after 201904, or to add releases, build a registry from
 * `[...regionReleases(gb2260Registry()), newerRelease]` with {@link createRegionRegistry}.
 *
 * @returns the registry
 *
 * @example
 * ```ts
 * gb2260Registry().revisions.at(-1)
 * //=> '201904'
 * ```
 */
export function gb2260Registry(): RegionRegistry {
  builtIn ??= decodeListings();
  return builtIn;
}

/**
 * Where the Ministry of Civil Affairs published a built-in release, for citing it.
 *
 * @param revision - a revision of {@link gb2260Registry}, `YYYYMM`
 * @returns the address, or `undefined` for a revision that is not built in
 *
 * @example
 * ```ts
 * gb2260ReleaseUrl('201012')
 * //=> 'http://files2.mca.gov.cn/cws/201502/20150225155630452.htm'
 * ```
 */
export function gb2260ReleaseUrl(revision: string): string | undefined {
  return Object.hasOwn(gb2260McaSourceUrls, revision) ? gb2260McaSourceUrls[revision] : undefined;
}

function decodeListings(): RegionRegistry {
  const drafts: ListingDraft[] = [];
  for (const line of gb2260McaListings.split('\n')) {
    const [code = '', name = '', runs = ''] = line.split('|');
    const indices: number[] = [];
    for (const run of runs.split(',')) {
      const [first = '', last = first] = run.split('-');
      for (let index = Number(first); index <= Number(last); index += 1) indices.push(index);
    }
    drafts.push({ code: code as RegionCode, name, indices });
  }
  return assembleRegistry(gb2260McaRevisions, drafts);
}
