import type { RegionRegistry, RegionRelease, RegionReleaseEntry } from './region-registry.js';
import { isListedIn } from './registry-internals.js';

/**
 * The releases a registry holds, rebuilt: for each revision, every code it lists with its name, by code
 * (a code listed twice keeps its two entries). The way to extend the built-in registry with newer
 * releases, or to export it.
 *
 * @param registry - the releases
 * @returns one release per revision, oldest first
 *
 * @example
 * ```ts
 * regionReleases(gb2260Registry()).length
 * //=> 45
 * ```
 */
export function regionReleases(registry: RegionRegistry): readonly RegionRelease[] {
  return registry.revisions.map((revision) => {
    const entries: RegionReleaseEntry[] = [];
    for (const listings of registry.listings.values()) {
      for (const listing of listings) {
        if (isListedIn(listing, revision)) entries.push({ code: listing.code, name: listing.name });
      }
    }
    return { revision, entries };
  });
}
