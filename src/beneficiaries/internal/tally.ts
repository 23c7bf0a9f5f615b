import type { BeneficiaryColumns } from '../beneficiary-columns.js';
import type { CountPlan } from './plan.js';
import { sortKeys } from './radix-sort.js';
import { scanYear } from './scan-year.js';
import { findPoorHouseholds, findPoorPersons, HOUSEHOLD_FLAG, markPoorHouseholdMembers } from './registered-poor.js';

/** Distinct counts of one year (and group), with the key sets when they were asked for. */
export interface TallyCell {
  personTimes: number;
  persons: number;
  poorPersons: number;
  households: number;
  poorHouseholds: number;
  personKeys?: Float64Array;
  poorPersonKeys?: Float64Array;
  householdKeys?: Float64Array;
  poorHouseholdKeys?: Float64Array;
}

/** The counts of every selected year, overall and per group. */
export interface Tally {
  readonly years: readonly number[];
  readonly totals: readonly TallyCell[];
  /** `groups[yearIndex][groupIndex]`, undefined where the group has no record that year. */
  readonly groups: readonly (readonly (TallyCell | undefined)[])[];
  readonly groupLabels: readonly (string | null)[];
}

/** Which key a scan counts. */
export type Kind = 'persons' | 'households';

/** Selected keys bucketed by year, each bucket sorted, with `group * 2 + flag` carried alongside. */
export interface Buckets {
  readonly keys: Float64Array;
  readonly payload: Int32Array | undefined;
  /** `offsets[y]` to `offsets[y + 1]` is year index y. */
  readonly offsets: Int32Array;
}

/** How registered-poor status is decided for one kind of key. */
interface PoorSource {
  /** Per year, the registered-poor keys of the whole input; undefined when the run's flags decide. */
  readonly keys: readonly Float64Array[] | undefined;
  readonly flags: Uint8Array;
  /** The flag bits that count. */
  readonly bits: number;
  readonly alsoFlagged: Uint8Array | undefined;
}

/**
 * Counts distinct persons and households per selected year (and group). Selected records are bucketed by
 * year and each bucket radix-sorted by key, carrying `group * 2 + registered-poor flag`, so one scan over
 * each run of equal keys counts the key once overall and once per group it appears in, without touching
 * the records again. When the selection keeps every record of its years, a run holds all of a key's records
 * and its flags decide registered-poor status; otherwise the status comes from the whole input's
 * registered-poor keys, joined in the same scan.
 */
export function tallyColumns(columns: BeneficiaryColumns, plan: CountPlan, collect: boolean): Tally {
  const { years: recordYears, registeredPoor, attachmentIndices, regionIndices } = columns;
  const { yearSelected, attachmentSelected, regionSelected } = plan;
  const selectedPerYear = new Int32Array(65_536);
  const inYearPerYear = new Int32Array(65_536);
  const selected = new Uint8Array(recordYears.length);
  let anyFlag = false;
  for (let index = 0; index < recordYears.length; index++) {
    const year = recordYears[index] as number;
    if (yearSelected[year] !== 1) continue;
    inYearPerYear[year]! += 1;
    if (registeredPoor[index] !== 0) anyFlag = true;
    if (attachmentSelected[attachmentIndices[index] as number] === 1 && regionSelected[regionIndices[index] as number] === 1) {
      selectedPerYear[year]! += 1;
      selected[index] = 1;
    }
  }
  const years: number[] = [];
  const yearIndexOf = new Int32Array(65_536).fill(-1);
  let whole = true;
  for (let year = 0; year < 65_536; year++) {
    if ((selectedPerYear[year] as number) === 0) continue;
    yearIndexOf[year] = years.push(year) - 1;
    if (selectedPerYear[year] !== inYearPerYear[year]) whole = false;
  }
  const poorHouseholds = anyFlag ? findPoorHouseholds(columns, yearIndexOf, years.length) : [];
  const members = anyFlag ? markPoorHouseholdMembers(columns, yearIndexOf, poorHouseholds) : undefined;
  const personsPoor: PoorSource = {
    keys: anyFlag && !whole ? findPoorPersons(columns, yearIndexOf, years.length, members) : undefined,
    flags: registeredPoor,
    bits: 255,
    alsoFlagged: members,
  };
  const householdsPoor: PoorSource = {
    keys: anyFlag && !whole ? poorHouseholds : undefined,
    flags: registeredPoor,
    bits: HOUSEHOLD_FLAG,
    alsoFlagged: undefined,
  };
  const carryFlags = anyFlag && whole;
  const groupCount = plan.groupLabels.length;
  const stamps = new Int32Array(groupCount);
  const persons = bucketSelected(columns, plan, selected, columns.personKeys, yearIndexOf, years.length, carryFlags ? personsPoor : undefined);
  const totals: TallyCell[] = [];
  const groups: (TallyCell | undefined)[][] = [];
  for (let yearIndex = 0; yearIndex < years.length; yearIndex++) {
    const total: TallyCell = { personTimes: 0, persons: 0, poorPersons: 0, households: 0, poorHouseholds: 0 };
    const cells = new Array<TallyCell | undefined>(groupCount).fill(undefined);
    scanYear(persons, yearIndex, personsPoor.keys?.[yearIndex], carryFlags, plan, stamps, total, cells, 'persons', collect);
    totals.push(total);
    groups.push(cells);
  }
  if (columns.householdKeys !== undefined) {
    const households = bucketSelected(columns, plan, selected, columns.householdKeys, yearIndexOf, years.length, carryFlags ? householdsPoor : undefined);
    for (let yearIndex = 0; yearIndex < years.length; yearIndex++) {
      const total = totals[yearIndex] as TallyCell;
      const cells = groups[yearIndex] as (TallyCell | undefined)[];
      scanYear(households, yearIndex, householdsPoor.keys?.[yearIndex], carryFlags, plan, stamps, total, cells, 'households', collect);
    }
  }
  if (collect) for (const cell of [...totals, ...groups.flat()]) if (cell !== undefined) fillEmptySets(cell);
  return { years, totals, groups, groupLabels: plan.groupLabels };
}

// Selected records with a key (NaN household keys are skipped), bucketed by year, each year sorted by key.
function bucketSelected(
  columns: BeneficiaryColumns,
  plan: CountPlan,
  selected: Uint8Array,
  keys: Float64Array,
  yearIndexOf: Int32Array,
  yearCount: number,
  flagged: PoorSource | undefined,
): Buckets {
  const counts = new Int32Array(yearCount + 1);
  const length = keys.length;
  const { years } = columns;
  for (let index = 0; index < length; index++) {
    if (selected[index] === 1 && keys[index] === keys[index]) counts[(yearIndexOf[years[index] as number] as number) + 1]! += 1;
  }
  for (let yearIndex = 0; yearIndex < yearCount; yearIndex++) counts[yearIndex + 1]! += counts[yearIndex] as number;
  const offsets = counts.slice();
  const bucketKeys = new Float64Array(counts[yearCount] as number);
  const { groupColumn, groupOfEntry } = plan;
  const payload = groupColumn !== undefined || flagged !== undefined ? new Int32Array(bucketKeys.length) : undefined;
  for (let index = 0; index < length; index++) {
    if (selected[index] !== 1 || keys[index] !== keys[index]) continue;
    const place = counts[yearIndexOf[years[index] as number] as number]!++;
    bucketKeys[place] = keys[index] as number;
    if (payload === undefined) continue;
    const group = groupColumn === undefined ? 0 : (groupOfEntry[groupColumn[index] as number] as number);
    const flag = flagged !== undefined && (((flagged.flags[index] as number) & flagged.bits) !== 0 || flagged.alsoFlagged?.[index] === 1) ? 1 : 0;
    payload[place] = group * 2 + flag;
  }
  for (let yearIndex = 0; yearIndex < yearCount; yearIndex++) {
    const start = offsets[yearIndex] as number;
    const end = offsets[yearIndex + 1] as number;
    sortKeys(bucketKeys.subarray(start, end), payload?.subarray(start, end));
  }
  return { keys: bucketKeys, payload, offsets };
}

function fillEmptySets(cell: TallyCell): void {
  cell.personKeys ??= new Float64Array(0);
  cell.poorPersonKeys ??= new Float64Array(0);
  cell.householdKeys ??= new Float64Array(0);
  cell.poorHouseholdKeys ??= new Float64Array(0);
}
