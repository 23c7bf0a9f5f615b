import { createIssue } from '../errors/issue.js';
import { PairingAidError } from '../errors/pairing-aid-error.js';
import { checkBeneficiaryColumns, type BeneficiaryColumns } from './beneficiary-columns.js';
import type { BeneficiaryCount } from './beneficiary-count.js';
import type { PersonTimeCount } from './counts.js';
import { planCount } from './internal/plan.js';
import { compareGroups, orderGroupCells, toBeneficiaryTally } from './internal/results.js';
import { unionSortedKeys } from './internal/sorted-keys.js';
import { tallyColumns, type TallyCell } from './internal/tally.js';
import type { BeneficiaryGrouping, CountBeneficiariesOptions } from './selection.js';

/**
 * The exact sets behind one year's counts: ascending, unique {@link PersonKey} and {@link HouseholdKey}
 * values. Treat the arrays as read-only: merged summaries may share them.
 */
export interface BeneficiarySummaryCell {
  readonly year: number;
  readonly personTimes: PersonTimeCount;
  readonly persons: Float64Array;
  readonly registeredPoorPersons: Float64Array;
  readonly households: Float64Array;
  readonly registeredPoorHouseholds: Float64Array;
}

/** A {@link BeneficiarySummaryCell} of one group. */
export interface BeneficiaryGroupSummaryCell extends BeneficiarySummaryCell {
  readonly group: string | null;
}

/**
 * A mergeable summary of identified beneficiaries: the counts of {@link countBeneficiaryColumns} together
 * with the key sets they were counted from, so that summaries of disjoint parts of the records (by
 * province, by year, by shard) merge into exactly the summary of the whole.
 */
export interface BeneficiarySummary {
  readonly groupBy: BeneficiaryGrouping | null;
  /** One per year, ascending. */
  readonly totals: readonly BeneficiarySummaryCell[];
  /** By group (`null` first, then by label) and year. */
  readonly groups: readonly BeneficiaryGroupSummaryCell[];
}

/**
 * Summarises columnar records into a {@link BeneficiarySummary}, counting like {@link countBeneficiaryColumns}.
 * Registered-poor status is read from the records given, so for summaries of parts to merge exactly, either
 * keep every household's records of a year in one part or run {@link resolveRegisteredPoor} on the whole
 * before splitting. Keys of resident ID numbers are the numbers themselves: a summary built on them is
 * personal data.
 *
 * @param columns - the records
 * @param options - selection and grouping (use the same in every part)
 * @returns the summary
 * @throws {@link PairingAidError} with the codes of {@link checkBeneficiaryColumns} when the columns are malformed
 *
 * @example
 * ```ts
 * const columns = allocateBeneficiaryColumns(2, [{ attachedTo: { kind: 'project', project: projectId('BJ-01') } }], [regionCode('520502')])
 * columns.personKeys.set([personKeyFromAppNumber(1), personKeyFromAppNumber(1)])
 * columns.years.fill(2011)
 * summariseBeneficiaryColumns(columns).totals[0]?.persons.length
 * //=> 1
 * ```
 */
export function summariseBeneficiaryColumns(columns: BeneficiaryColumns, options: CountBeneficiariesOptions = {}): BeneficiarySummary {
  const issues = checkBeneficiaryColumns(columns);
  if (issues.length > 0) throw new PairingAidError(issues);
  const tally = tallyColumns(columns, planCount(columns, options), true);
  return {
    groupBy: options.groupBy ?? null,
    totals: tally.totals.map((cell, yearIndex) => toSummaryCell(tally.years[yearIndex] ?? 0, cell)),
    groups: orderGroupCells(tally).map(({ group, year, cell }) => ({ group, ...toSummaryCell(year, cell) })),
  };
}

/**
 * The summary of no records: merging it with any summary gives that summary.
 *
 * @param groupBy - the grouping of the summaries it will be merged with
 * @returns an empty summary
 *
 * @example
 * ```ts
 * emptyBeneficiarySummary('county').totals
 * //=> []
 * ```
 */
export function emptyBeneficiarySummary(groupBy: BeneficiaryGrouping | null = null): BeneficiarySummary {
  return { groupBy, totals: [], groups: [] };
}

/**
 * Merges the summaries of two disjoint sets of records into the summary of their union: key sets are
 * united, person-times added. Associative and commutative, with {@link emptyBeneficiarySummary} as identity.
 *
 * @param first - a summary
 * @param second - a summary of other records, with the same grouping and selection
 * @returns the merged summary
 * @throws {@link PairingAidError} `beneficiary-summary-grouping` when the groupings differ
 *
 * @example
 * ```ts
 * mergeBeneficiarySummaries(emptyBeneficiarySummary(), emptyBeneficiarySummary()).totals
 * //=> []
 * ```
 */
export function mergeBeneficiarySummaries(first: BeneficiarySummary, second: BeneficiarySummary): BeneficiarySummary {
  if (first.groupBy !== second.groupBy) {
    throw new PairingAidError([createIssue('beneficiary-summary-grouping', [], { first: String(first.groupBy), second: String(second.groupBy) })]);
  }
  return {
    groupBy: first.groupBy,
    totals: mergeCells(first.totals, second.totals, (a, b) => a.year - b.year, (a, b) => ({ year: a.year, ...unite(a, b) })),
    groups: mergeCells(
      first.groups,
      second.groups,
      (a, b) => compareGroups(a.group, b.group) || a.year - b.year,
      (a, b) => ({ group: a.group, year: a.year, ...unite(a, b) }),
    ),
  };
}

/**
 * Reads the counts out of a summary: the same result {@link countBeneficiaryColumns} gives for the records.
 *
 * @param summary - the summary
 * @returns the counts
 *
 * @example
 * ```ts
 * tallyBeneficiarySummary(emptyBeneficiarySummary('region')).groupBy
 * //=> 'region'
 * ```
 */
export function tallyBeneficiarySummary(summary: BeneficiarySummary): BeneficiaryCount {
  return {
    groupBy: summary.groupBy,
    totals: summary.totals.map((cell) => toBeneficiaryTally(cell.year, toTallyCell(cell))),
    groups: summary.groups.map((cell) => ({ group: cell.group, ...toBeneficiaryTally(cell.year, toTallyCell(cell)) })),
  };
}

function toSummaryCell(year: number, cell: TallyCell): BeneficiarySummaryCell {
  const none = new Float64Array(0);
  return {
    year,
    personTimes: cell.personTimes as PersonTimeCount,
    persons: cell.personKeys ?? none,
    registeredPoorPersons: cell.poorPersonKeys ?? none,
    households: cell.householdKeys ?? none,
    registeredPoorHouseholds: cell.poorHouseholdKeys ?? none,
  };
}

function toTallyCell(cell: BeneficiarySummaryCell): TallyCell {
  return {
    personTimes: cell.personTimes,
    persons: cell.persons.length,
    poorPersons: cell.registeredPoorPersons.length,
    households: cell.households.length,
    poorHouseholds: cell.registeredPoorHouseholds.length,
  };
}

function unite(a: BeneficiarySummaryCell, b: BeneficiarySummaryCell): Omit<BeneficiarySummaryCell, 'year'> {
  return {
    personTimes: (a.personTimes + b.personTimes) as PersonTimeCount,
    persons: unionSortedKeys(a.persons, b.persons),
    registeredPoorPersons: unionSortedKeys(a.registeredPoorPersons, b.registeredPoorPersons),
    households: unionSortedKeys(a.households, b.households),
    registeredPoorHouseholds: unionSortedKeys(a.registeredPoorHouseholds, b.registeredPoorHouseholds),
  };
}

// Walks two lists sorted by `compare`, combining the cells they share.
function mergeCells<C>(first: readonly C[], second: readonly C[], compare: (a: C, b: C) => number, combine: (a: C, b: C) => C): C[] {
  const merged: C[] = [];
  let left = 0;
  let right = 0;
  while (left < first.length || right < second.length) {
    const a = first[left];
    const b = second[right];
    if (b === undefined || (a !== undefined && compare(a, b) < 0)) {
      merged.push(a as C);
      left++;
    } else if (a === undefined || compare(a, b) > 0) {
      merged.push(b);
      right++;
    } else {
      merged.push(combine(a, b));
      left++;
      right++;
    }
  }
  return merged;
}
