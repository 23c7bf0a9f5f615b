import type { IsoDate } from '../dates/iso-date.js';
import type { RegionCode } from './region-code.js';
import type { RegionRegistry, RegionSuccession } from './region-registry.js';
import { monthOf, revisionIndexAt } from './registry-internals.js';

/**
 * The codes that stand on `date` for the area a code denoted when it was written: its whole-area
 * successions followed one after another (522401 → 520502 from 2011-10-22). The rules:
 *
 * | change | result |
 * |---|---|
 * | renumbered or renamed (522422 → 520521) | the new code |
 * | merged (110103 崇文区 and 110101 into 110101) | the one code the area joined |
 * | split (one code to several) | every code its area passed to |
 * | part of the area passed on (440306 → 440309 in 2016) | the code itself: the part is not followed |
 * | no change by `date`, or a code the registry does not know | the code itself |
 *
 * A code used for two areas in turn is read as the one in use on `writtenOn` (or the last one before
 * it, for an old code written after its retirement).
 *
 * @param registry - the registry with its successions
 * @param code - the code as written
 * @param writtenOn - the record's date, which picks the area a reused code denoted
 * @param date - the date whose codes are wanted
 * @returns the codes in force on `date` for that area, ascending
 *
 * @example
 * ```ts
 * followRegionCode(gb2260Registry(), regionCode('522401'), isoDate('2011-06-01'), isoDate('2012-06-30'))
 * //=> ['520502']
 * followRegionCode(gb2260Registry(), regionCode('522401'), isoDate('2011-06-01'), isoDate('2011-10-21'))
 * //=> ['522401']
 * ```
 */
export function followRegionCode(registry: RegionRegistry, code: RegionCode, writtenOn: IsoDate, date: IsoDate): readonly RegionCode[] {
  const byCode = successionsByCode(registry);
  const found = new Set<RegionCode>();
  const pending: [RegionCode, IsoDate][] = [[code, recordStart(registry, byCode, code, writtenOn)]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, since] = next;
    // Dates strictly increase along a chain, so even a table with a cycle ends.
    const succession = byCode.get(current)?.find((candidate) => candidate.date > since && candidate.date <= date);
    if (succession === undefined) found.add(current);
    else for (const target of succession.to) pending.push([target, succession.date]);
  }
  return [...found].sort();
}

const cache = new WeakMap<RegionRegistry, ReadonlyMap<RegionCode, readonly RegionSuccession[]>>();

// The whole-area successions of each code, by date; built once per registry.
function successionsByCode(registry: RegionRegistry): ReadonlyMap<RegionCode, readonly RegionSuccession[]> {
  let byCode = cache.get(registry);
  if (byCode === undefined) {
    const map = new Map<RegionCode, RegionSuccession[]>();
    const ordered = [...registry.successions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (const succession of ordered) {
      if (succession.extent !== 'whole') continue;
      const list = map.get(succession.from);
      if (list) list.push(succession);
      else map.set(succession.from, [succession]);
    }
    byCode = map;
    cache.set(registry, byCode);
  }
  return byCode;
}

const runCache = new WeakMap<RegionRegistry, Map<RegionCode, readonly number[]>>();

// The revisions where each run of revisions listing the code (under any name) begins, ascending.
function runStarts(registry: RegionRegistry, code: RegionCode): readonly number[] {
  let byCode = runCache.get(registry);
  if (byCode === undefined) runCache.set(registry, (byCode = new Map()));
  let starts = byCode.get(code);
  if (starts === undefined) {
    const listed = new Set<number>();
    for (const listing of registry.listings.get(code) ?? []) {
      for (const span of listing.spans) {
        const last = registry.revisions.indexOf(span.last);
        for (let i = registry.revisions.indexOf(span.first); i >= 0 && i <= last; i += 1) listed.add(i);
      }
    }
    starts = [...listed].filter((i) => !listed.has(i - 1)).sort((a, b) => a - b);
    byCode.set(code, starts);
  }
  return starts;
}

// The day before the run of revisions that lists the code on `writtenOn` (or last did before it) began:
// successions after it concern the area written; earlier ones, an area the code denoted before. A code
// that passed wholly on and is still listed in the first release after the change (421000 荆沙市 → 420800
// in 1996, while the 1996 release lists 421000 as 荆州市) was reissued: a record written on or after the
// day of the change denotes the new area, so that succession and earlier ones are not followed.
function recordStart(
  registry: RegionRegistry,
  byCode: ReadonlyMap<RegionCode, readonly RegionSuccession[]>,
  code: RegionCode,
  writtenOn: IsoDate,
): IsoDate {
  const starts = runStarts(registry, code);
  const at = revisionIndexAt(registry.revisions, monthOf(writtenOn));
  let start = starts[0];
  for (const candidate of starts) if (candidate <= at) start = candidate;
  const revision = start === undefined || start === 0 ? undefined : registry.revisions[start - 1];
  let since = (revision === undefined ? '0000-01-01' : `${revision.slice(0, 4)}-${revision.slice(4, 6)}-01`) as IsoDate;
  for (const succession of byCode.get(code) ?? []) {
    if (succession.date > writtenOn || succession.date <= since || succession.to.includes(code)) continue;
    if (listedAfter(registry, code, succession)) since = succession.date;
  }
  return since;
}

// Whether the first release that shows a succession (the one it is filed under, and not before its day) still lists
// the code it came from, under any name.
function listedAfter(registry: RegionRegistry, code: RegionCode, succession: RegionSuccession): boolean {
  const day = monthOf(succession.date);
  const from = succession.revision > day ? succession.revision : day;
  const release = registry.revisions.find((candidate) => candidate >= from);
  if (release === undefined) return false;
  return (registry.listings.get(code) ?? []).some((listing) => listing.spans.some((span) => span.first <= release && release <= span.last));
}
