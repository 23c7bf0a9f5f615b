import type { IsoDate } from '../dates/iso-date.js';
import type { RegionCode } from './region-code.js';

/**
 * An area run by its own management committee (功能区, "new district") that has no division code: in the
 * registry and in statistics it is part of the district it was carved from.
 */
export interface FunctionalArea {
  readonly name: { readonly zh: string; readonly en: string };
  /** The district it belongs to administratively. */
  readonly region: RegionCode;
  /** When it was set up. */
  readonly established: IsoDate;
  /** The district it became, with a code of its own, and the day that was approved; absent while it lasts. */
  readonly becameDistrict?: { readonly code: RegionCode; readonly date: IsoDate };
  readonly source: string;
}

/** Where a record in a functional area is: the district's code and the area's name ({@link Location}). */
export interface FunctionalAreaLocation {
  readonly region: RegionCode;
  /** The functional area's name; absent once it has become a district of its own. */
  readonly area?: string;
}

/** Options for {@link resolveFunctionalArea}. */
export interface ResolveFunctionalAreaOptions {
  /** The record's date: from the day an area became a district, its own code is returned instead. */
  readonly date?: IsoDate;
  /** The table; {@link shenzhenFunctionalAreas} unless given. */
  readonly areas?: readonly FunctionalArea[];
}

/**
 * Shenzhen's functional areas (新区). 光明新区 and 龙华新区 were carved from 宝安区 440306, 坪山新区 and
 * 大鹏新区 from 龙岗区 440307; the first three later became districts (440311, 440309, 440310).
 */
export const shenzhenFunctionalAreas: readonly FunctionalArea[] = [
  {
    name: { zh: '光明新区', en: 'Guangming New District' },
    region: '440306' as RegionCode,
    established: '2007-05-31' as IsoDate,
    becameDistrict: { code: '440311' as RegionCode, date: '2018-05-25' as IsoDate },
    source:
      'Shenzhen municipal decision of 2007-05-31 (opened 2007-08-19); 广东省人民政府关于设立深圳市光明区的通知 (2018-05-25); ' +
      'MCA release 201904',
  },
  {
    name: { zh: '坪山新区', en: 'Pingshan New District' },
    region: '440307' as RegionCode,
    established: '2009-06-30' as IsoDate,
    becameDistrict: { code: '440310' as RegionCode, date: '2016-10-11' as IsoDate },
    source: 'Opened 2009-06-30; State Council approval of 坪山区 and 龙华区 (2016-10-11); MCA release 201612',
  },
  {
    name: { zh: '龙华新区', en: 'Longhua New District' },
    region: '440306' as RegionCode,
    established: '2011-12-30' as IsoDate,
    becameDistrict: { code: '440309' as RegionCode, date: '2016-10-11' as IsoDate },
    source: 'Opened 2011-12-30; State Council approval of 坪山区 and 龙华区 (2016-10-11); MCA release 201612',
  },
  {
    name: { zh: '大鹏新区', en: 'Dapeng New District' },
    region: '440307' as RegionCode,
    established: '2011-12-30' as IsoDate,
    source: '深圳市志, 功能区 (中共深圳市委党史文献研究室, 2024): set up 2011-12-30 from 龙岗区',
  },
];

/**
 * Turns a functional area's name (Chinese or English) into a location: its district's code plus the
 * area's name, the form {@link Location} keeps (`{ region: '440306', area: '光明新区' }`).
 *
 * @param name - the area's name, e.g. `"光明新区"` or `"Guangming New District"`
 * @param options - see {@link ResolveFunctionalAreaOptions}
 * @returns the location, or `undefined` for a name the table does not know
 *
 * @example
 * ```ts
 * resolveFunctionalArea('光明新区')
 * //=> { region: '440306', area: '光明新区' }
 * resolveFunctionalArea('Guangming New District', { date: isoDate('2019-06-01') })
 * //=> { region: '440311' }
 * ```
 */
export function resolveFunctionalArea(
  name: string,
  options: ResolveFunctionalAreaOptions = {},
): FunctionalAreaLocation | undefined {
  const wanted = name.trim().toLowerCase();
  const areas = options.areas ?? shenzhenFunctionalAreas;
  const area = areas.find((known) => known.name.zh === wanted || known.name.en.toLowerCase() === wanted);
  if (area === undefined) return undefined;
  const { date } = options;
  if (area.becameDistrict !== undefined && date !== undefined && area.becameDistrict.date <= date) {
    return { region: area.becameDistrict.code };
  }
  return { region: area.region, area: area.name.zh };
}
