// Helpers shared by the registry functions; not part of the public API.
import type { IsoDate } from '../dates/iso-date.js';
import { englishRegionName, type RegionEnglishName } from './english-region-names.js';
import type { Region } from './region.js';
import { parentRegionCode, regionAtLevel, regionLevel, type RegionCode } from './region-code.js';
import type { RegionListing, RegionRegistry, RegionSuccession, RevisionSpan } from './region-registry.js';

/** A listing under construction: the indices of the revisions that list it, ascending. */
export interface ListingDraft {
  readonly code: RegionCode;
  readonly name: string;
  readonly indices: readonly number[];
}

/** Groups drafts by code (codes ascending; a code's listings by first revision, then as given). */
export function assembleRegistry(
  revisions: readonly string[],
  drafts: readonly ListingDraft[],
  successions: readonly RegionSuccession[] = [],
): RegionRegistry {
  const ordered = drafts
    .map((draft, order) => ({ draft, order }))
    .sort((a, b) => compareText(a.draft.code, b.draft.code) || (a.draft.indices[0] ?? 0) - (b.draft.indices[0] ?? 0) || a.order - b.order);
  const listings = new Map<RegionCode, RegionListing[]>();
  for (const { draft } of ordered) {
    const listing: RegionListing = { code: draft.code, name: draft.name, spans: spansOf(draft.indices, revisions) };
    const known = listings.get(draft.code);
    if (known) known.push(listing);
    else listings.set(draft.code, [listing]);
  }
  return { revisions, listings, successions };
}

function spansOf(indices: readonly number[], revisions: readonly string[]): RevisionSpan[] {
  const spans: RevisionSpan[] = [];
  let start = 0;
  for (let i = 1; i <= indices.length; i += 1) {
    const previous = indices[i - 1];
    if (previous === undefined || indices[i] === previous + 1) continue;
    spans.push({ first: revisions[indices[start] ?? 0] ?? '', last: revisions[previous] ?? '' });
    start = i;
  }
  return spans;
}

/** Whether a listing is in a revision of its registry. */
export function isListedIn(listing: RegionListing, revision: string): boolean {
  return listing.spans.some((span) => span.first <= revision && revision <= span.last);
}

/** The listing of a code in a revision (the first, if the release lists the code twice). */
export function listingIn(registry: RegionRegistry, code: string, revision: string): RegionListing | undefined {
  return registry.listings.get(code as RegionCode)?.find((listing) => isListedIn(listing, revision));
}

/** The month of a date as a revision, `YYYYMM`. */
export function monthOf(date: IsoDate): string {
  return `${date.slice(0, 4)}${date.slice(5, 7)}`;
}

/** The first and last day a registry covers: its first revision's month to the end of its last one's. */
export function coverageOf(registry: RegionRegistry): { readonly from: IsoDate; readonly to: IsoDate } {
  const first = registry.revisions[0] ?? '000101';
  const last = registry.revisions.at(-1) ?? '000101';
  const year = Number(last.slice(0, 4));
  const month = Number(last.slice(4, 6));
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return {
    from: `${first.slice(0, 4)}-${first.slice(4, 6)}-01` as IsoDate,
    to: `${last.slice(0, 4)}-${last.slice(4, 6)}-${String(days).padStart(2, '0')}` as IsoDate,
  };
}

/** Whether a registry covers a date (see {@link coverageOf}). */
export function isCovered(registry: RegionRegistry, date: IsoDate): boolean {
  const { from, to } = coverageOf(registry);
  return from <= date && date <= to;
}

/** The position of the latest revision at or before a month; the first revision's position if none is. */
export function revisionIndexAt(revisions: readonly string[], month: string): number {
  let low = 0;
  let high = revisions.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((revisions[middle] ?? '') <= month) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Orders strings by UTF-16 code units, the order codes and revisions sort in. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The parent of a code in one revision: the prefecture its digits name if listed, else the province. */
export function parentInRevision(registry: RegionRegistry, code: RegionCode, revision: string): RegionCode | undefined {
  const byDigits = parentRegionCode(code);
  if (byDigits === undefined || listingIn(registry, byDigits, revision)) return byDigits;
  const province = regionAtLevel(code, 'province');
  return province !== undefined && listingIn(registry, province, revision) ? province : undefined;
}

/** A code as listed in one revision, with its parent and English name. */
export function regionInRevision(
  registry: RegionRegistry,
  code: string,
  revision: string,
  englishNames?: readonly RegionEnglishName[],
): Region | undefined {
  const listing = listingIn(registry, code, revision);
  if (!listing) return undefined;
  const en = englishRegionName(listing.code, listing.name, englishNames);
  const parent = parentInRevision(registry, listing.code, revision);
  return {
    code: listing.code,
    name: en === undefined ? { zh: listing.name } : { zh: listing.name, en },
    level: regionLevel(listing.code),
    ...(parent === undefined ? {} : { parent }),
    revision,
  };
}
