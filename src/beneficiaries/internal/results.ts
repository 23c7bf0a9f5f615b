import type { BeneficiaryTally } from '../beneficiary-count.js';
import type { HouseholdCount, PersonCount, PersonTimeCount } from '../counts.js';
import type { Tally, TallyCell } from './tally.js';

/** One group's cell of one year, with its label. */
export interface LabelledCell {
  readonly group: string | null;
  readonly year: number;
  readonly cell: TallyCell;
}

/** The group cells of a tally, by label (`null` first) and year. */
export function orderGroupCells(tally: Tally): LabelledCell[] {
  const found: LabelledCell[] = [];
  tally.groups.forEach((cells, yearIndex) => {
    cells.forEach((cell, group) => {
      if (cell !== undefined) found.push({ group: tally.groupLabels[group] ?? null, year: tally.years[yearIndex] ?? 0, cell });
    });
  });
  return found.sort((a, b) => compareGroups(a.group, b.group) || a.year - b.year);
}

/** Orders group labels: `null` first, then by code unit order. */
export function compareGroups(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** Turns an internal cell into the public, branded counts. */
export function toBeneficiaryTally(year: number, cell: TallyCell): BeneficiaryTally {
  return {
    year,
    personTimes: cell.personTimes as PersonTimeCount,
    persons: cell.persons as PersonCount,
    registeredPoorPersons: cell.poorPersons as PersonCount,
    households: cell.households as HouseholdCount,
    registeredPoorHouseholds: cell.poorHouseholds as HouseholdCount,
  };
}
