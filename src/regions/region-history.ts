import type { RegionListing, RegionRegistry } from './region-registry.js';

/**
 * Every name a code was listed under, with the revisions of each: how a code came, went, was renamed or
 * was reused. Empty for a code no release lists.
 *
 * @param registry - the releases
 * @param code - the division code
 * @returns the listings, oldest first
 *
 * @example
 * ```ts
 * regionHistory(gb2260Registry(), '522401')
 * //=> [{ code: '522401', name: '毕节市', spans: [{ first: '199312', last: '201012' }] }]
 * regionHistory(gb2260Registry(), '440311').map((listing) => listing.spans)
 * //=> [[{ first: '201812', last: '202412' }]]
 * ```
 */
export function regionHistory(registry: RegionRegistry, code: string): readonly RegionListing[] {
  return registry.listings.get(code as RegionListing['code']) ?? [];
}
