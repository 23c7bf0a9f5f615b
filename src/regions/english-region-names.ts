import type { RegionCode } from './region-code.js';

/** The English name of a division, tied to the Chinese name it translates. */
export interface RegionEnglishName {
  readonly code: RegionCode;
  /** The Chinese name as the releases list it; the English applies only while the code has this name. */
  readonly zh: string;
  readonly en: string;
}

/**
 * English names of the divisions in the 2011 Shenzhen–Guizhou programme: Guangdong, Shenzhen and its
 * districts, Guizhou, Bijie (before and after 2011) and its counties, Qiannan and its twelve counties.
 * Written by hand in the usual pinyin forms (the releases give Chinese names only); other divisions have
 * no English name in the library.
 */
export const seedRegionEnglishNames: readonly RegionEnglishName[] = [
  { code: '440000' as RegionCode, zh: '广东省', en: 'Guangdong Province' },
  { code: '440300' as RegionCode, zh: '深圳市', en: 'Shenzhen' },
  { code: '440303' as RegionCode, zh: '罗湖区', en: 'Luohu District' },
  { code: '440304' as RegionCode, zh: '福田区', en: 'Futian District' },
  { code: '440305' as RegionCode, zh: '南山区', en: 'Nanshan District' },
  { code: '440306' as RegionCode, zh: '宝安区', en: "Bao'an District" },
  { code: '440307' as RegionCode, zh: '龙岗区', en: 'Longgang District' },
  { code: '440308' as RegionCode, zh: '盐田区', en: 'Yantian District' },
  { code: '440309' as RegionCode, zh: '龙华区', en: 'Longhua District' },
  { code: '440310' as RegionCode, zh: '坪山区', en: 'Pingshan District' },
  { code: '440311' as RegionCode, zh: '光明区', en: 'Guangming District' },
  { code: '520000' as RegionCode, zh: '贵州省', en: 'Guizhou Province' },
  { code: '522400' as RegionCode, zh: '毕节地区', en: 'Bijie Prefecture' },
  { code: '522401' as RegionCode, zh: '毕节市', en: 'Bijie (county-level city)' },
  { code: '522422' as RegionCode, zh: '大方县', en: 'Dafang County' },
  { code: '522423' as RegionCode, zh: '黔西县', en: 'Qianxi County' },
  { code: '522424' as RegionCode, zh: '金沙县', en: 'Jinsha County' },
  { code: '522425' as RegionCode, zh: '织金县', en: 'Zhijin County' },
  { code: '522426' as RegionCode, zh: '纳雍县', en: 'Nayong County' },
  { code: '522427' as RegionCode, zh: '威宁彝族回族苗族自治县', en: 'Weining Yi, Hui and Miao Autonomous County' },
  { code: '522428' as RegionCode, zh: '赫章县', en: 'Hezhang County' },
  { code: '520500' as RegionCode, zh: '毕节市', en: 'Bijie' },
  { code: '520502' as RegionCode, zh: '七星关区', en: 'Qixingguan District' },
  { code: '520521' as RegionCode, zh: '大方县', en: 'Dafang County' },
  { code: '520522' as RegionCode, zh: '黔西县', en: 'Qianxi County' },
  { code: '520523' as RegionCode, zh: '金沙县', en: 'Jinsha County' },
  { code: '520524' as RegionCode, zh: '织金县', en: 'Zhijin County' },
  { code: '520525' as RegionCode, zh: '纳雍县', en: 'Nayong County' },
  { code: '520526' as RegionCode, zh: '威宁彝族回族苗族自治县', en: 'Weining Yi, Hui and Miao Autonomous County' },
  { code: '520527' as RegionCode, zh: '赫章县', en: 'Hezhang County' },
  { code: '522700' as RegionCode, zh: '黔南布依族苗族自治州', en: 'Qiannan Buyei and Miao Autonomous Prefecture' },
  { code: '522701' as RegionCode, zh: '都匀市', en: 'Duyun' },
  { code: '522702' as RegionCode, zh: '福泉市', en: 'Fuquan' },
  { code: '522722' as RegionCode, zh: '荔波县', en: 'Libo County' },
  { code: '522723' as RegionCode, zh: '贵定县', en: 'Guiding County' },
  { code: '522725' as RegionCode, zh: '瓮安县', en: "Weng'an County" },
  { code: '522726' as RegionCode, zh: '独山县', en: 'Dushan County' },
  { code: '522727' as RegionCode, zh: '平塘县', en: 'Pingtang County' },
  { code: '522728' as RegionCode, zh: '罗甸县', en: 'Luodian County' },
  { code: '522729' as RegionCode, zh: '长顺县', en: 'Changshun County' },
  { code: '522730' as RegionCode, zh: '龙里县', en: 'Longli County' },
  { code: '522731' as RegionCode, zh: '惠水县', en: 'Huishui County' },
  { code: '522732' as RegionCode, zh: '三都水族自治县', en: 'Sandu Shui Autonomous County' },
];

/**
 * The English name of a division listed under a Chinese name, from a table of English names.
 *
 * @param code - the division code
 * @param zh - the Chinese name it is listed under (a reused code with another name has no English name)
 * @param names - the table; {@link seedRegionEnglishNames} unless given
 * @returns the English name, or `undefined` when the table has none
 *
 * @example
 * ```ts
 * englishRegionName('520502', '七星关区')
 * //=> 'Qixingguan District'
 * englishRegionName('520502', '毕节市')
 * //=> undefined
 * ```
 */
export function englishRegionName(
  code: string,
  zh: string,
  names: readonly RegionEnglishName[] = seedRegionEnglishNames,
): string | undefined {
  return names.find((entry) => entry.code === code && entry.zh === zh)?.en;
}
