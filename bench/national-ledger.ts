// A national-scale ledger in the library's column form, built from a seed: 100,000 projects with 10
// sub-projects each and 5,000,000 entries at full scale, over 20 prefectures, 5 fund categories, 8 project
// types and 5 years.
import { builtInFundCategories, builtInProjectTypes, type LedgerColumns } from '../src/index.js';
import { createRandom } from './random.js';

export const PREFECTURE_CODES = [
  '520100', '520200', '520300', '520400', '520500', '520600', '522300', '522600', '522700', '450100',
  '450300', '150100', '510100', '530100', '540100', '610100', '620100', '630100', '640100', '650100',
] as const;
export const YEARS = ['2016', '2017', '2018', '2019', '2020'] as const;

export interface NationalLedger {
  readonly projects: number;
  readonly subProjects: number;
  readonly columns: LedgerColumns;
}

export function generateNationalLedger(scale: number, seed = 2011): NationalLedger {
  const random = createRandom(seed);
  const projects = Math.round(100_000 * scale);
  const subProjects = projects * 10;
  const entries = Math.round(5_000_000 * scale);
  const projectRegion = new Int32Array(projects);
  const projectType = new Int32Array(projects);
  for (let index = 0; index < projects; index++) {
    projectRegion[index] = random.below(PREFECTURE_CODES.length);
    projectType[index] = random.below(builtInProjectTypes.length);
  }
  const fen = new Float64Array(entries);
  const kind = new Uint8Array(entries);
  const project = new Int32Array(entries);
  const category = new Int32Array(entries);
  const type = new Int32Array(entries);
  const region = new Int32Array(entries);
  const year = new Int32Array(entries);
  for (let index = 0; index < entries; index++) {
    const owner = random.below(projects);
    project[index] = owner;
    region[index] = projectRegion[owner] as number;
    type[index] = projectType[owner] as number;
    kind[index] = random.below(4);
    category[index] = random.below(builtInFundCategories.length);
    year[index] = random.below(YEARS.length);
    // Up to 1,000,000.00 yuan; one entry in fifty is a reversal.
    const value = 1 + random.below(100_000_000);
    fen[index] = random.next() < 0.02 ? -value : value;
  }
  const keys = {
    project: Array.from({ length: projects }, (_, index) => `P${String(index).padStart(6, '0')}`),
    category: builtInFundCategories.map((entry) => entry.code),
    type: builtInProjectTypes.map((entry) => entry.code),
    region: [...PREFECTURE_CODES],
    year: [...YEARS],
  };
  return { projects, subProjects, columns: { length: entries, fen, kind, project, category, type, region, year, keys } };
}
