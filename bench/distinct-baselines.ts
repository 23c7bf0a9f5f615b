// The baselines distinct counting is measured against.
import { unpackResidentId } from '../src/index.js';
import { PREFECTURE_CODES } from './national-ledger.js';
const PREFECTURES = PREFECTURE_CODES.length;
import type { NationalBeneficiaries } from './national-beneficiaries.js';

export interface DistinctCounts {
  readonly overall: number;
  readonly byRegion: readonly number[];
}

/** The raw id strings, as an app that never packed them would hold them. */
export function toIdStrings(data: NationalBeneficiaries): string[] {
  const ids = new Array<string>(data.records);
  for (let index = 0; index < data.records; index++) ids[index] = unpackResidentId(data.packed[index] as number);
  return ids;
}

/** A `Set` of raw id strings overall and one per region. */
export function countWithSets(data: NationalBeneficiaries, ids: readonly string[]): DistinctCounts {
  const overall = new Set<string>();
  const byRegion = Array.from({ length: PREFECTURES }, () => new Set<string>());
  for (let index = 0; index < data.records; index++) {
    const id = ids[index] as string;
    overall.add(id);
    (byRegion[data.projectRegion[data.project[index] as number] as number] as Set<string>).add(id);
  }
  return { overall: overall.size, byRegion: byRegion.map((set) => set.size) };
}

/** Sort-unique over a typed array of packed ids: once overall, and once over (region, id) pairs packed together. */
export function countBySorting(data: NationalBeneficiaries): DistinctCounts {
  const sorted = Float64Array.from(data.packed).sort();
  let overall = 0;
  for (let index = 0; index < sorted.length; index++) if (index === 0 || sorted[index] !== sorted[index - 1]) overall++;
  // 46-bit ids times 20 regions stay below 2^53, so (region, id) packs exactly into one double.
  const pairs = new Float64Array(data.records);
  for (let index = 0; index < data.records; index++) {
    pairs[index] = (data.projectRegion[data.project[index] as number] as number) * 2 ** 46 + (data.packed[index] as number);
  }
  pairs.sort();
  const byRegion = new Array<number>(PREFECTURES).fill(0);
  for (let index = 0; index < pairs.length; index++) {
    const value = pairs[index] as number;
    if (index === 0 || value !== pairs[index - 1]) {
      const region = Math.floor(value / 2 ** 46);
      byRegion[region] = (byRegion[region] as number) + 1;
    }
  }
  return { overall, byRegion };
}
