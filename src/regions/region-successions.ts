import type { IsoDate } from '../dates/iso-date.js';
import type { RegionCode } from './region-code.js';

/** A code replaced one for one by another: the same area under a new code from a date. */
export interface RegionSuccession {
  readonly from: RegionCode;
  readonly fromName: string;
  readonly to: RegionCode;
  readonly toName: string;
  /** The day the change was approved; records from then on may use the new code. */
  readonly date: IsoDate;
  /** The instrument and the releases that show the change. */
  readonly source: string;
}

const BIJIE_2011 =
  '国务院关于同意贵州省撤销毕节地区设立地级毕节市的批复 (国函〔2011〕130号, 2011-10-22); ' +
  'MCA releases 201012 (old codes) and 201112 (new codes)';

const bijie = (from: string, fromName: string, to: string, toName: string): RegionSuccession => ({
  from: from as RegionCode,
  fromName,
  to: to as RegionCode,
  toName,
  date: '2011-10-22' as IsoDate,
  source: BIJIE_2011,
});

/**
 * Code changes that matter to the 2011 Shenzhen–Guizhou programme: the prefecture 毕节地区 522400 became
 * the prefecture-level city 毕节市 520500, the county-level city 毕节市 522401 became 七星关区 520502, and
 * its seven counties were renumbered 520521–520527 under the same names. Splits (440309 龙华区 and 440310
 * 坪山区 in 2016, 440311 光明区 in 2018) are not successions: the old code stays in force.
 */
export const regionSuccessions: readonly RegionSuccession[] = [
  /* @__PURE__ */ bijie('522400', '毕节地区', '520500', '毕节市'),
  /* @__PURE__ */ bijie('522401', '毕节市', '520502', '七星关区'),
  /* @__PURE__ */ bijie('522422', '大方县', '520521', '大方县'),
  /* @__PURE__ */ bijie('522423', '黔西县', '520522', '黔西县'),
  /* @__PURE__ */ bijie('522424', '金沙县', '520523', '金沙县'),
  /* @__PURE__ */ bijie('522425', '织金县', '520524', '织金县'),
  /* @__PURE__ */ bijie('522426', '纳雍县', '520525', '纳雍县'),
  /* @__PURE__ */ bijie('522427', '威宁彝族回族苗族自治县', '520526', '威宁彝族回族苗族自治县'),
  /* @__PURE__ */ bijie('522428', '赫章县', '520527', '赫章县'),
];

/**
 * The code that stands for an area on a later date, following successions (522401 → 520502): how a report
 * puts 2011 records written with old and new codes under one division. A code with no succession on or
 * before the date is returned as it is.
 *
 * @param code - the code a record used
 * @param date - the date whose codes the report uses
 * @param successions - the table; {@link regionSuccessions} unless given
 * @returns the code in force on `date` for the same area
 *
 * @example
 * ```ts
 * successorRegionCode(regionCode('522401'), isoDate('2011-12-31'))
 * //=> '520502'
 * regionAtLevel(successorRegionCode(regionCode('522427'), isoDate('2011-12-31')), 'prefecture')
 * //=> '520500'
 * successorRegionCode(regionCode('522401'), isoDate('2011-06-30'))
 * //=> '522401'
 * ```
 */
export function successorRegionCode(
  code: RegionCode,
  date: IsoDate,
  successions: readonly RegionSuccession[] = regionSuccessions,
): RegionCode {
  let current = code;
  // Bounded by the table's length, so a table with a cycle cannot loop forever.
  for (let step = 0; step < successions.length; step += 1) {
    const next = successions.find((succession) => succession.from === current && succession.date <= date);
    if (next === undefined) break;
    current = next.to;
  }
  return current;
}
