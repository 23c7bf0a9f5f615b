// Project snapshots as an app reads them from JSON: 100,000 projects with 10 sub-projects each at full scale.
import { builtInFundCategories, builtInProjectTypes } from '../src/index.js';
import { createRandom } from './random.js';

const COUNTIES = ['522401', '522422', '522423', '522424', '522425', '522426', '522427', '522428', '522701', '522702', '522722', '522723'];

export type SnapshotRecord = Record<string, unknown>;

export function generateProjectSnapshots(scale: number, seed = 2011): { valid: SnapshotRecord[]; invalid: SnapshotRecord[] } {
  const random = createRandom(seed);
  const count = Math.round(100_000 * scale);
  const valid: SnapshotRecord[] = [];
  for (let index = 0; index < count; index++) valid.push(projectSnapshot(index, random.below));
  // One record in ten, each with one mistake of a different kind, in the project or a sub-project.
  const invalid = valid.slice(0, Math.max(1, Math.round(count / 10))).map((record, index) => breakRecord(structuredClone(record), index));
  return { valid, invalid };
}

function projectSnapshot(index: number, below: (n: number) => number): SnapshotRecord {
  const county = COUNTIES[below(COUNTIES.length)] as string;
  const type = builtInProjectTypes[below(5)]?.code as string;
  const subProjects = Array.from({ length: 10 }, (_, sub) => ({
    id: `P${index}-${sub}`,
    name: { zh: `子项目${sub}`, en: `Sub-project ${sub}` },
    type,
    location: { region: county, township: `镇${below(20)}`, village: `村${below(50)}` },
    budget: `${10_000 + below(90_000)}.${String(below(100)).padStart(2, '0')}`,
  }));
  return {
    id: `P${index}`,
    name: { zh: `项目${index}`, en: `Project ${index}` },
    type,
    location: { region: county },
    budget: '1000000.00',
    year: 2016 + below(5),
    category: builtInFundCategories[below(5)]?.code as string,
    participations: [{ organisation: 'sz-support-office', role: 'funding' }],
    performanceTarget: { indicators: [{ dimension: 'output-quantity', name: 'households reached', comparator: '>=', value: String(100 + below(900)), unit: '户' }] },
    povertyLinkage: { zh: '受益贫困户优先' },
    subProjects,
  };
}

function breakRecord(record: SnapshotRecord, index: number): SnapshotRecord {
  const subProjects = record.subProjects as SnapshotRecord[];
  const sub = subProjects[index % 10] as SnapshotRecord;
  switch (index % 5) {
    case 0:
      sub.budget = '12.345';
      break;
    case 1:
      (sub.location as SnapshotRecord).region = '5224';
      break;
    case 2:
      record.year = 'two thousand';
      break;
    case 3:
      sub.name = {};
      break;
    default:
      delete record.category;
  }
  return record;
}
