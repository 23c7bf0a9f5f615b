import type { IsoDate } from '../dates/iso-date.js';
import { createIssue, prefixIssues, type Issue, type IssuePath } from '../errors/issue.js';
import { findRegion } from './find-region.js';
import { parseRegionCode } from './region-code.js';
import type { RegionDateOptions } from './region.js';
import type { RegionRegistry } from './region-registry.js';
import { revisionInForce } from './revision-in-force.js';

/**
 * Checks that a record's division code was in force on the record's date (rule 19): listed in the
 * revision in force then (see {@link revisionInForce}), or in the next one with `acceptNextRevision`.
 *
 * @param registry - the releases
 * @param code - the record's division code
 * @param date - the record's date
 * @param path - where the code is in the record, for the issues
 * @param options - see {@link RegionDateOptions}
 * @returns no issues, or one of `region-code-format`, `region-code-province`, `region-code-unknown`
 *   (no release lists it), `region-not-in-force` (its message names the date, the revision in force
 *   and the revisions that list the code)
 *
 * @example
 * ```ts
 * checkRegionInForce(gb2260Registry(), '522401', isoDate('2011-06-01'))
 * //=> []
 * checkRegionInForce(gb2260Registry(), '440311', isoDate('2011-06-01'), ['location', 'region'])[0]?.message
 * //=> '440311 was not in force on 2011-06-01 (revision 201012); it is listed from 201904.'
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
  const first = registry.revisions[0] ?? '';
  const latest = registry.revisions.at(-1) ?? '';
  if (listings.length === 0) return [createIssue('region-code-unknown', path, { code, first, last: latest })];
  if (findRegion(registry, code, date, options)) return [];
  const spans = listings.flatMap((listing) => listing.spans).sort((a, b) => (a.first < b.first ? -1 : 1));
  return [
    createIssue('region-not-in-force', path, {
      code,
      date,
      revision: revisionInForce(registry, date),
      listed: spans.map((span) => (span.first === span.last ? span.first : `${span.first}–${span.last}`)).join(', '),
      from: spans[0]?.first ?? '',
      to: spans.reduce((last, span) => (span.last > last ? span.last : last), ''),
      latest,
    }),
  ];
}
