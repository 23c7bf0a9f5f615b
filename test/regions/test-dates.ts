import { addDays, format, parseISO } from 'date-fns';
import { isoDate, type IsoDate } from '../../src/dates/iso-date.js';
import { type RegionRegistry } from '../../src/regions/index.js';

/** The first and last day a revision is in force in a registry (the last release: to the end of its month, where the registry ends). */
export function periodOf(registry: RegionRegistry, index: number): { first: IsoDate; last: IsoDate } {
  const revision = registry.revisions[index] ?? '';
  const next = registry.revisions[index + 1];
  const first = `${revision.slice(0, 4)}-${revision.slice(4)}-01`;
  const monthAfter = format(addDays(parseISO(first), 40), 'yyyy-MM');
  const until = next === undefined ? `${monthAfter}-01` : `${next.slice(0, 4)}-${next.slice(4)}-01`;
  const end = format(addDays(parseISO(until), -1), 'yyyy-MM-dd');
  return { first: isoDate(first), last: isoDate(end) };
}

/** The day `offset` days into a period, clamped to its last day. */
export function dayIn(period: { first: IsoDate; last: IsoDate }, offset: number): IsoDate {
  const day = format(addDays(parseISO(period.first), offset), 'yyyy-MM-dd');
  return isoDate(day > period.last ? period.last : day);
}
