import type { IsoDate } from '../dates/iso-date.js';
import { gb2260Registry } from '../regions/gb2260-registry.js';
import { regionCovers } from '../regions/region-covers.js';
import type { RegionCode } from '../regions/region-code.js';
import type { RegionRegistry } from '../regions/region-registry.js';
import type { Organisation } from './organisation.js';

/** Options for {@link organisationCovers}. */
export interface OrganisationCoversOptions {
  /** The day the organisation's region was recorded on (the programme's reference date); `date` unless given. */
  readonly recordedOn?: IsoDate;
  /** The registry whose successions are followed; {@link gb2260Registry} unless given. */
  readonly registry?: RegionRegistry;
}

/**
 * Whether an organisation's jurisdiction covers a location on a date: its region, followed through code
 * successions, contains the location's (see {@link regionCovers}). The prefecture government of 毕节
 * recorded on 522400 in 2010 has jurisdiction over a 2012 project in 520525; an organisation without a
 * region has jurisdiction nowhere.
 *
 * @param organisation - the organisation
 * @param location - the location's code, as written on `date`
 * @param date - the day in question (an approval's date)
 * @param options - see {@link OrganisationCoversOptions}
 * @returns `true` when its region covers the location
 *
 * @example
 * ```ts
 * const bijie = { id: organisationId('bijie-gov'), name: { zh: '毕节地区行政公署' }, kind: 'prefecture-government', region: regionCode('522400') } as const
 * organisationCovers(bijie, regionCode('520525'), isoDate('2012-03-01'), { recordedOn: isoDate('2010-01-01') })
 * //=> true
 * organisationCovers(bijie, regionCode('522701'), isoDate('2012-03-01'), { recordedOn: isoDate('2010-01-01') })
 * //=> false
 * ```
 */
export function organisationCovers(
  organisation: Organisation,
  location: RegionCode,
  date: IsoDate,
  options: OrganisationCoversOptions = {},
): boolean {
  if (organisation.region === undefined) return false;
  return regionCovers(options.registry ?? gb2260Registry(), [organisation.region, options.recordedOn ?? date], [location, date]);
}
