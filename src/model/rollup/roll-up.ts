import { makeAmount, ZERO_AMOUNT, type Amount } from '../../money/amount.js';
import { ledgerKinds, type LedgerKind } from '../ledger.js';

/** An amount per ledger kind: budget, commitment, disbursement, expenditure. */
export type LedgerTotals = { readonly [Kind in LedgerKind]: Amount };

/** How many projects and sub-projects a region (or the whole) has. */
export interface ActivityCount {
  readonly projects: number;
  readonly subProjects: number;
}

/**
 * A roll-up of a programme or of one part of it: totals per ledger kind by project, fund category,
 * project type, recipient region and year, and counts of projects and sub-projects by region. It is
 * plain data: `JSON.stringify` writes amounts as decimal strings and {@link parseRollUp} reads it back, so
 * roll-ups of parts computed elsewhere can travel and be merged with {@link mergeRollUps}.
 *
 * A key is present when one of its totals (or counts) is not zero, so equal roll-ups are equal
 * values whatever the order and partition they were computed in. `byRegion` and `activitiesByRegion`
 * hold every level: a county's entries count in the county, its prefecture and its province.
 */
export interface RollUp {
  readonly total: LedgerTotals;
  /** By project id: the project's own entries and its sub-projects', each counted once. */
  readonly byProject: Readonly<Record<string, LedgerTotals>>;
  readonly byCategory: Readonly<Record<string, LedgerTotals>>;
  /** By project type: a sub-project's entries under its project's type (an entire-village project's road too). */
  readonly byType: Readonly<Record<string, LedgerTotals>>;
  /** By region code at every level: a sub-project's entries under the sub-project's location. */
  readonly byRegion: Readonly<Record<string, LedgerTotals>>;
  /** By calendar (fiscal) year of the entry's date, as text: `"2011"`. */
  readonly byYear: Readonly<Record<string, LedgerTotals>>;
  readonly activityTotal: ActivityCount;
  /** Projects by their location, sub-projects by theirs, at every level. */
  readonly activitiesByRegion: Readonly<Record<string, ActivityCount>>;
}

/** The totals of nothing: zero of every kind. */
export const zeroLedgerTotals: LedgerTotals = {
  budget: ZERO_AMOUNT,
  commitment: ZERO_AMOUNT,
  disbursement: ZERO_AMOUNT,
  expenditure: ZERO_AMOUNT,
};

/**
 * The roll-up of nothing, the identity of {@link mergeRollUps}.
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * mergeRollUps(emptyRollUp, rollUpProgramme(seedProgramme2011)).activityTotal
 * //=> { projects: 38, subProjects: 71 }
 * ```
 */
export const emptyRollUp: RollUp = {
  total: zeroLedgerTotals,
  byProject: {},
  byCategory: {},
  byType: {},
  byRegion: {},
  byYear: {},
  activityTotal: { projects: 0, subProjects: 0 },
  activitiesByRegion: {},
};

/**
 * Merges the roll-ups of two disjoint parts (two sets of projects with their entries, or two sets of
 * entries) into the roll-up of the whole. Exact, associative and commutative, with
 * {@link emptyRollUp} as identity, so parts can be merged in any order on any machine.
 *
 * @param left - one part's roll-up
 * @param right - the other's
 * @returns the roll-up of both
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const part = (prefix: string) => rollUpProgramme({
 *   ...seedProgramme2011,
 *   projects: seedProgramme2011.projects.filter((project) => project.id.startsWith(prefix)),
 *   ledger: seedProgramme2011.ledger.filter((entry) => entry.project.startsWith(prefix)),
 * })
 * mergeRollUps(part('BJ'), part('QN')).total.budget.toJSON()
 * //=> '24000000.00'
 * ```
 */
export function mergeRollUps(left: RollUp, right: RollUp): RollUp {
  return {
    total: addLedgerTotals(left.total, right.total),
    byProject: mergeRecords(left.byProject, right.byProject, addLedgerTotals, isZeroLedgerTotals),
    byCategory: mergeRecords(left.byCategory, right.byCategory, addLedgerTotals, isZeroLedgerTotals),
    byType: mergeRecords(left.byType, right.byType, addLedgerTotals, isZeroLedgerTotals),
    byRegion: mergeRecords(left.byRegion, right.byRegion, addLedgerTotals, isZeroLedgerTotals),
    byYear: mergeRecords(left.byYear, right.byYear, addLedgerTotals, isZeroLedgerTotals),
    activityTotal: addCounts(left.activityTotal, right.activityTotal),
    activitiesByRegion: mergeRecords(left.activitiesByRegion, right.activitiesByRegion, addCounts, isZeroCount),
  };
}

/**
 * Sums two {@link LedgerTotals} exactly, kind by kind.
 *
 * @example
 * ```ts
 * addLedgerTotals(zeroLedgerTotals, { ...zeroLedgerTotals, budget: amount('12 million') }).budget.toJSON()
 * //=> '12000000.00'
 * ```
 */
export function addLedgerTotals(left: LedgerTotals, right: LedgerTotals): LedgerTotals {
  return {
    budget: makeAmount(left.budget.fen + right.budget.fen),
    commitment: makeAmount(left.commitment.fen + right.commitment.fen),
    disbursement: makeAmount(left.disbursement.fen + right.disbursement.fen),
    expenditure: makeAmount(left.expenditure.fen + right.expenditure.fen),
  };
}

/**
 * Whether every kind's total is zero.
 *
 * @example
 * ```ts
 * isZeroLedgerTotals(zeroLedgerTotals)
 * //=> true
 * ```
 */
export function isZeroLedgerTotals(totals: LedgerTotals): boolean {
  return ledgerKinds.every((kind) => totals[kind].fen === 0n);
}

const addCounts = (left: ActivityCount, right: ActivityCount): ActivityCount => ({
  projects: left.projects + right.projects,
  subProjects: left.subProjects + right.subProjects,
});

const isZeroCount = (count: ActivityCount): boolean => count.projects === 0 && count.subProjects === 0;

function mergeRecords<T>(
  left: Readonly<Record<string, T>>,
  right: Readonly<Record<string, T>>,
  add: (a: T, b: T) => T,
  isZero: (value: T) => boolean,
): Readonly<Record<string, T>> {
  const merged = new Map<string, T>(Object.entries(left));
  for (const [key, value] of Object.entries(right)) {
    const before = merged.get(key);
    const after = before === undefined ? value : add(before, value);
    if (isZero(after)) merged.delete(key);
    else merged.set(key, after);
  }
  return Object.fromEntries(merged);
}
