import type { IsoDate } from '../dates/iso-date.js';
import { gb2260Registry } from '../regions/gb2260-registry.js';
import { regionCovers } from '../regions/region-covers.js';
import type { RegionCode } from '../regions/region-code.js';
import type { RegionRegistry } from '../regions/region-registry.js';
import type { Pairing } from './pairing.js';

/** What a pairing is asked to cover: a donor and a recipient code, as written, over some days. */
export interface PairedActivity {
  readonly donor: RegionCode;
  readonly recipient: RegionCode;
  /** The first day of the activity (its approval date, or 1 January of its first year). */
  readonly from: IsoDate;
  /** Its last day; `from` unless given. */
  readonly to?: IsoDate;
}

/**
 * Whether a pairing covers an activity (rule 4): the pairing runs on at least one of the activity's days,
 * and its donor and recipient cover the activity's, each followed through code successions (see
 * {@link regionCovers}): a 1996 pairing recorded on 522400 毕节地区 covers a 2012 project in 520525, and
 * a pairing on a split area covers every part of it.
 *
 * @param pairing - the pairing
 * @param activity - the codes and days of the activity
 * @param registry - the registry whose successions are followed; {@link gb2260Registry} unless given
 * @returns `true` when the pairing covers the activity
 *
 * @example
 * ```ts
 * const pairing = { id: pairingId('sz-bijie'), donor: regionCode('440300'), recipient: regionCode('522400'), from: isoDate('1996-01-01') }
 * pairingCovers(pairing, { donor: regionCode('440300'), recipient: regionCode('520525'), from: isoDate('2012-03-01') })
 * //=> true
 * pairingCovers({ ...pairing, to: isoDate('2010-12-31') }, { donor: regionCode('440300'), recipient: regionCode('520525'), from: isoDate('2012-03-01') })
 * //=> false
 * ```
 */
export function pairingCovers(pairing: Pairing, activity: PairedActivity, registry?: RegionRegistry): boolean {
  const last = activity.to ?? activity.from;
  if (pairing.from > last || (pairing.to !== undefined && pairing.to < activity.from)) return false;
  const codes = registry ?? gb2260Registry();
  return (
    regionCovers(codes, [pairing.donor, pairing.from], [activity.donor, activity.from]) &&
    regionCovers(codes, [pairing.recipient, pairing.from], [activity.recipient, activity.from])
  );
}
