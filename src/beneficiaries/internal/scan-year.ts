import type { CountPlan } from './plan.js';
import type { Buckets, Kind, TallyCell } from './tally.js';

/**
 * Counts one year's bucket of sorted keys: each run of equal keys is one person (or household) overall and
 * one in each group its records fall in; registered-poor status comes from `poorKeys` (joined in the same
 * pass) or, when `carryFlags`, from the flags the run's records carry. With `collect`, also keeps the keys.
 */
export function scanYear(
  buckets: Buckets,
  yearIndex: number,
  poorKeys: Float64Array | undefined,
  carryFlags: boolean,
  plan: CountPlan,
  stamps: Int32Array,
  total: TallyCell,
  cells: (TallyCell | undefined)[],
  kind: Kind,
  collect: boolean,
): void {
  const start = buckets.offsets[yearIndex] as number;
  const end = buckets.offsets[yearIndex + 1] as number;
  const { keys, payload } = buckets;
  const grouped = plan.groupColumn !== undefined && payload !== undefined;
  const size = end - start;
  const uniqueKeys = collect ? new Float64Array(size) : undefined;
  const poorUnique = collect ? new Float64Array(size) : undefined;
  const pairs = collect && grouped ? { groups: new Int32Array(size), keys: new Float64Array(size), poor: new Uint8Array(size), count: 0 } : undefined;
  let distinct = 0;
  let distinctPoor = 0;
  let poorPlace = 0;
  let run = 0;
  stamps.fill(-1);
  let index = start;
  while (index < end) {
    const key = keys[index] as number;
    let runEnd = index + 1;
    while (runEnd < end && keys[runEnd] === key) runEnd++;
    let poor = false;
    if (poorKeys !== undefined) {
      while (poorPlace < poorKeys.length && (poorKeys[poorPlace] as number) < key) poorPlace++;
      poor = poorPlace < poorKeys.length && poorKeys[poorPlace] === key;
    } else if (carryFlags && payload !== undefined) {
      for (let member = index; member < runEnd && !poor; member++) poor = ((payload[member] as number) & 1) === 1;
    }
    if (uniqueKeys !== undefined) uniqueKeys[distinct] = key;
    if (poor && poorUnique !== undefined) poorUnique[distinctPoor] = key;
    distinct++;
    if (poor) distinctPoor++;
    if (grouped) {
      for (let member = index; member < runEnd; member++) {
        const group = (payload[member] as number) >>> 1;
        let cell = cells[group];
        if (cell === undefined) {
          cell = { personTimes: 0, persons: 0, poorPersons: 0, households: 0, poorHouseholds: 0 };
          cells[group] = cell;
        }
        if (kind === 'persons') cell.personTimes++;
        if (stamps[group] === run) continue;
        stamps[group] = run;
        countInto(cell, kind, poor);
        if (pairs !== undefined) {
          pairs.groups[pairs.count] = group;
          pairs.keys[pairs.count] = key;
          pairs.poor[pairs.count] = poor ? 1 : 0;
          pairs.count++;
        }
      }
    }
    run++;
    index = runEnd;
  }
  if (kind === 'persons') {
    total.personTimes = size;
    total.persons = distinct;
    total.poorPersons = distinctPoor;
  } else {
    total.households = distinct;
    total.poorHouseholds = distinctPoor;
  }
  if (uniqueKeys !== undefined && poorUnique !== undefined) setKeys(total, kind, uniqueKeys.slice(0, distinct), poorUnique.slice(0, distinctPoor));
  if (pairs !== undefined) distributePairs(pairs.groups, pairs.keys, pairs.poor, pairs.count, cells, kind);
}

function countInto(cell: TallyCell, kind: Kind, poor: boolean): void {
  if (kind === 'persons') {
    cell.persons++;
    if (poor) cell.poorPersons++;
  } else {
    cell.households++;
    if (poor) cell.poorHouseholds++;
  }
}

// Splits (group, key) pairs, found in key order, into each group's ascending key sets.
function distributePairs(groups: Int32Array, keys: Float64Array, poor: Uint8Array, count: number, cells: (TallyCell | undefined)[], kind: Kind): void {
  const sizes = new Int32Array(cells.length);
  const poorSizes = new Int32Array(cells.length);
  for (let index = 0; index < count; index++) {
    sizes[groups[index] as number]! += 1;
    if (poor[index] === 1) poorSizes[groups[index] as number]! += 1;
  }
  const sets = Array.from(sizes, (size) => new Float64Array(size));
  const poorSets = Array.from(poorSizes, (size) => new Float64Array(size));
  sizes.fill(0);
  poorSizes.fill(0);
  for (let index = 0; index < count; index++) {
    const group = groups[index] as number;
    const key = keys[index] as number;
    (sets[group] as Float64Array)[sizes[group]!++] = key;
    if (poor[index] === 1) (poorSets[group] as Float64Array)[poorSizes[group]!++] = key;
  }
  cells.forEach((cell, group) => {
    if (cell !== undefined) setKeys(cell, kind, sets[group] as Float64Array, poorSets[group] as Float64Array);
  });
}

function setKeys(cell: TallyCell, kind: Kind, keys: Float64Array, poorKeys: Float64Array): void {
  if (kind === 'persons') {
    cell.personKeys = keys;
    cell.poorPersonKeys = poorKeys;
  } else {
    cell.householdKeys = keys;
    cell.poorHouseholdKeys = poorKeys;
  }
}
