import { isWithinRegion } from '../regions/region-code.js';
import type { PersonCount, PersonTimeCount } from './counts.js';
import { addCounts, personCount, personTimeCount } from './counts.js';
import type { DeclaredCount, DeclaredPersonCount, DeclaredPersonTimeCount } from './declared-count.js';
import { isAttachmentSelected, toSets } from './internal/plan.js';
import type { BeneficiarySelection } from './selection.js';

/**
 * What several declared person counts say about the people they cover together: at least the largest, at
 * most the sum (nobody counted twice, or everybody counted in every figure, are the two extremes).
 */
export interface DeclaredPersonBounds {
  /** The largest count: the union can be no smaller. */
  readonly lower: PersonCount;
  /** The sum: the union can be no larger, for the figures as declared. */
  readonly upper: PersonCount;
  /**
   * A source says 据不完全统计: its figure is itself a lower bound, so `lower` still holds but the real
   * union may pass `upper`.
   */
  readonly incomplete: boolean;
}

/** Identified and declared beneficiaries together: both parts, and the bounds of the whole. */
export interface BeneficiaryBounds {
  /** Distinct persons among identified records (exact). */
  readonly identified: PersonCount;
  /** The bounds of the declared part. */
  readonly declared: DeclaredPersonBounds;
  /** The whole is at least the identified count and at least every declared count. */
  readonly lower: PersonCount;
  /** The whole is at most the identified count plus every declared count. */
  readonly upper: PersonCount;
  readonly incomplete: boolean;
}

/**
 * Bounds the number of distinct persons behind several declared counts, which have no ids and cannot be
 * de-duplicated. Pass one report per figure (see {@link chooseDeclaredCounts}); passing several reports of
 * one figure keeps the bounds true, only wider.
 *
 * @param counts - declared counts in persons (person-times do not bound persons, and do not compile here)
 * @returns `lower` = the largest, `upper` = the sum; both 0 for no counts
 * @throws {@link PairingAidError} `count-invalid` when the sum passes 2^53
 *
 * @example
 * ```ts
 * import { seedDeclaredBeneficiaries2011 } from 'pairing-aid/examples/2011'
 * const persons = seedDeclaredBeneficiaries2011.filter((count): count is DeclaredPersonCount => count.unit === 'persons')
 * const [residents130000, , infrastructure60400] = persons
 * const bounds = boundDeclaredPersons([residents130000!, infrastructure60400!]);
 * [bounds.lower, bounds.upper, bounds.incomplete]
 * //=> [130000, 190400, true]
 * ```
 */
export function boundDeclaredPersons(counts: readonly DeclaredPersonCount[]): DeclaredPersonBounds {
  let lower = personCount(0);
  let upper = personCount(0);
  for (const declared of counts) {
    if (declared.count > lower) lower = declared.count;
    upper = addCounts(upper, declared.count);
  }
  return { lower, upper, incomplete: counts.some((declared) => declared.source.completeness === 'incomplete') };
}

/**
 * Combines an exact identified count with declared counts: reports both parts and the bounds of the whole,
 * `[max(identified, largest declared), identified + sum of declared]`.
 *
 * @param identified - distinct persons among identified records, e.g. `totals[0].persons` of {@link countBeneficiaries}
 * @param declared - declared person counts for the same year and selection, one per figure
 * @returns both parts and the bounds of the whole
 *
 * @example
 * ```ts
 * const source = { document: { en: 'Shenzhen Yearbook 2012' }, section: { en: 'Cadre training' }, completeness: 'incomplete' } as const
 * const trained: DeclaredPersonCount = { figure: 'trained', unit: 'persons', count: personCount(300), source }
 * const bounds = boundBeneficiaries(personCount(500), [trained]);
 * [bounds.lower, bounds.upper]
 * //=> [500, 800]
 * ```
 */
export function boundBeneficiaries(identified: PersonCount, declared: readonly DeclaredPersonCount[]): BeneficiaryBounds {
  const declaredBounds = boundDeclaredPersons(declared);
  return {
    identified,
    declared: declaredBounds,
    lower: identified > declaredBounds.lower ? identified : declaredBounds.lower,
    upper: addCounts(identified, declaredBounds.upper),
    incomplete: declaredBounds.incomplete,
  };
}

/**
 * Adds declared person-times: unlike persons, person-times add exactly (each is one reach of one person).
 *
 * @param counts - declared counts in person-times
 * @returns their sum
 * @throws {@link PairingAidError} `count-invalid` when the sum passes 2^53
 *
 * @example
 * ```ts
 * sumDeclaredPersonTimes([])
 * //=> 0
 * ```
 */
export function sumDeclaredPersonTimes(counts: readonly DeclaredPersonTimeCount[]): PersonTimeCount {
  return counts.reduce((sum, declared) => addCounts(sum, declared.count), personTimeCount(0));
}

/**
 * Keeps the declared counts that meet a selection, read like {@link BeneficiarySelection} reads it for
 * records: a count that lacks a field a condition asks about (no year, no region, no attachment) does not
 * meet it. A region condition keeps counts whose region lies inside it.
 *
 * @param counts - declared counts
 * @param selection - the selection
 * @returns the counts that meet it, in their order
 *
 * @example
 * ```ts
 * const cadreTraining550 = declaredCount({ figure: 'cadres-trained', unit: 'persons', count: 550, year: 2011, source: { document: 'Shenzhen Yearbook 2012', section: 'Cadre training', completeness: 'incomplete' } })
 * selectDeclaredCounts([cadreTraining550], { years: [2012] })
 * //=> []
 * ```
 */
export function selectDeclaredCounts<C extends DeclaredCount>(counts: readonly C[], selection: BeneficiarySelection): C[] {
  const wanted = toSets(selection);
  return counts.filter((declared) => {
    const { year, region } = declared;
    if (selection.years !== undefined && (year === undefined || !selection.years.includes(year))) return false;
    if (selection.regions !== undefined && (region === undefined || !selection.regions.some((outer) => isWithinRegion(region, outer)))) return false;
    return isAttachmentSelected(declared, wanted);
  });
}
