// Ten million identified beneficiary records over 200,000 projects, with 30 % of records repeating a person
// already counted (so 7,000,000 distinct at full scale), built from a seed.
import { packResidentId, residentIdCheckCharacter, residentId } from '../src/index.js';
import { createRandom } from './random.js';
import { PREFECTURE_CODES } from './national-ledger.js';

export interface NationalBeneficiaries {
  readonly records: number;
  readonly distinct: number;
  readonly projects: number;
  /** Packed resident ID number of each record (46-bit integers). */
  readonly packed: Float64Array;
  /** Project of each record. */
  readonly project: Int32Array;
  /** Prefecture index (0–19) of each project. */
  readonly projectRegion: Int32Array;
}

// Twenty prefecture-level divisions' county codes stand in for a national spread of birth places.
const REGION_CODES = [520102, 520221, 520322, 520402, 520502, 520521, 520602, 522301, 522601, 522701, 450102, 450321, 500101, 510104, 530102, 540102, 610102, 620102, 630102, 640104] as const;
const DAY_SPAN = 29_000; // about 80 years of birth dates
const FIRST_BIRTH = '1930-01-01';

export function generateNationalBeneficiaries(scale: number, seed = 2011): NationalBeneficiaries {
  const random = createRandom(seed);
  const records = Math.round(10_000_000 * scale);
  const distinct = Math.round(records * 0.7);
  const projects = Math.round(200_000 * scale);
  // Distinct people: a bijection from 0..distinct−1 into (region, day, sequence) space.
  const space = REGION_CODES.length * DAY_SPAN * 1000;
  const step = 2_654_435_761 % space; // coprime with the space (odd and not a multiple of 5, 29 or 2)
  const base = REGION_CODES.map((code) => packResidentId(residentId(withCheck(`${code}${FIRST_BIRTH.replaceAll('-', '')}000`))));
  const people = new Float64Array(distinct);
  for (let index = 0; index < distinct; index++) {
    const mixed = (index * step) % space;
    const sequence = mixed % 1000;
    const day = Math.floor(mixed / 1000) % DAY_SPAN;
    const region = Math.floor(mixed / 1000 / DAY_SPAN);
    people[index] = (base[region] as number) + day * 1000 + sequence;
  }
  const packed = new Float64Array(records);
  packed.set(people);
  for (let index = distinct; index < records; index++) packed[index] = people[random.below(distinct)] as number;
  // Shuffle so repeats are spread through the input.
  for (let index = records - 1; index > 0; index--) {
    const other = random.below(index + 1);
    const held = packed[index] as number;
    packed[index] = packed[other] as number;
    packed[other] = held;
  }
  const project = new Int32Array(records);
  for (let index = 0; index < records; index++) project[index] = random.below(projects);
  const projectRegion = new Int32Array(projects);
  for (let index = 0; index < projects; index++) projectRegion[index] = random.below(PREFECTURE_CODES.length);
  return { records, distinct, projects, packed, project, projectRegion };
}

function withCheck(first17: string): string {
  return `${first17}${residentIdCheckCharacter(first17)}`;
}
