import type { IsoDate } from '../dates/iso-date.js';
import { createIssue, prefixIssues, type Issue, type IssuePath } from '../errors/issue.js';
import { parseRegionCode } from './region-code.js';
import type { RegionDateOptions } from './region.js';
import type { RegionListing, RegionRegistry } from './region-registry.js';
import { coverageOf, isCovered, isListedIn, monthOf, revisionIndexAt } from './registry-internals.js';

/**
 * Checks that a record's division code was in force on the record's date (rule 19): listed in the
 * revision in force then (see {@link revisionInForce}), or in the next one with `acceptNextRevision`
 * unless a succession of the registry dates the code's coming into force after the record (520502 stands
 * from 2011-10-22, so a record of 2011-10-22 may use it and one of 2011-10-21 may not). A date the
 * registry does not cover is refused as such, never judged against the nearest release.
 *
 * @param registry - the releases
 * @param code - the record's division code
 * @param date - the record's date
 * @param path - where the code is in the record, for the issues
 * @param options - see {@link RegionDateOptions}
 * @returns no issues, or one of `region-code-format`, `region-code-province`, `region-code-unknown`
 *   (no release lists it), `region-date-outside-registry` (the date is before or after the registry's
 *   data; its message names the days covered), `region-not-in-force` (its message names the date, the
 *   revision in force and the revisions that list the code)
 *
 * @example
 * ```ts
 * checkRegionInForce(gb2260Registry(), '522401', isoDate('2011-06-01'))
 * //=> []
 * checkRegionInForce(gb2260Registry(), '440311', isoDate('2011-06-01'), ['location', 'region'])[0]?.message
 * //=> '440311 was not in force on 2011-06-01 (revision 201012); it is listed from 201812.'
 * ```
 */
export function checkRegionInForce(
  registry: RegionRegistry,
  code: string,
  date: IsoDate,
  path: IssuePath = [],
  options: RegionDateOptions = {},
): readonly Issue[] {
  const parsed = parseRegionCode(code);
  if (!parsed.ok) return prefixIssues(parsed.issues, path);
  const listings = registry.listings.get(parsed.value) ?? [];
  const latest = registry.revisions.at(-1) ?? '';
  if (listings.length === 0) {
    return [createIssue('region-code-unknown', path, { code, first: registry.revisions[0] ?? '', last: latest })];
  }
  if (!isCovered(registry, date)) {
    const { from, to } = coverageOf(registry);
    return [createIssue('region-date-outside-registry', path, { code, date, from, to })];
  }
  // Only presence matters here: no parent or English name is worked out for the records that pass.
  const index = revisionIndexAt(registry.revisions, monthOf(date));
  const inForce = registry.revisions[index] ?? '';
  if (listings.some((listing) => isListedIn(listing, inForce))) return [];
  const next = registry.revisions[index + 1];
  if (options.acceptNextRevision === true && next !== undefined && listings.some((listing) => isListedIn(listing, next))) {
    const later = registry.successions.some(
      (found) => found.dayKnown && found.revision === next && found.to.includes(parsed.value) && found.date > date,
    );
    if (!later) return [];
  }
  const runs = listedRuns(registry.revisions, listings);
  return [
    createIssue('region-not-in-force', path, {
      code,
      date,
      revision: registry.revisions[index] ?? '',
      listed: runs.map(([first, last]) => (first === last ? first : `${first}–${last}`)).join(', '),
      from: runs[0]?.[0] ?? '',
      to: runs.at(-1)?.[1] ?? '',
      latest,
    }),
  ];
}

// The runs of consecutive revisions that list the code under any name (a rename does not break a run).
function listedRuns(revisions: readonly string[], listings: readonly RegionListing[]): [string, string][] {
  const runs: [string, string][] = [];
  let open: [string, string] | undefined;
  for (const revision of revisions) {
    if (listings.some((listing) => isListedIn(listing, revision))) {
      if (open) open[1] = revision;
      else runs.push((open = [revision, revision]));
    } else open = undefined;
  }
  return runs;
}
