import type { Amount } from '../money/amount.js';
import { sumAmounts } from '../money/sum-amounts.js';
import type { RegionCode } from '../regions/region-code.js';
import type { FundingSource, FundingSourceKind } from './funding-source.js';
import type { ActivityCore } from './project.js';

/**
 * The funding lines of a project or sub-project: its `funding`, or, without one, a single east–west line of its
 * whole budget (what every snapshot written before co-financing means).
 *
 * @param activity - a project or sub-project
 * @returns its source lines
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * fundingSourcesOf(seedProgramme2011.projects[0]!).map((line) => [line.source, line.amount.toJSON()])
 * //=> [['east-west-cooperation', '500000.00']]
 * ```
 */
export function fundingSourcesOf(activity: ActivityCore & { readonly donor?: RegionCode }): readonly FundingSource[] {
  if (activity.funding !== undefined) return activity.funding;
  return [{ source: 'east-west-cooperation', amount: activity.budget, ...(activity.donor === undefined ? {} : { donor: activity.donor }) }];
}

/**
 * The total investment (总投资) of a project or sub-project: the sum of its funding lines, or its budget when it has
 * none. A declared `totalInvestment` that differs is `funding-total-mismatch` of {@link checkProgramme}.
 *
 * @param activity - a project or sub-project
 * @returns the total investment
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const project = { ...seedProgramme2011.projects[0]!, funding: [
 *   { source: 'east-west-cooperation', amount: amount('500000') },
 *   { source: 'beneficiary-contribution', form: 'labour', amount: amount('30000') },
 * ] } as const
 * totalInvestmentOf(project).toJSON()
 * //=> '530000.00'
 * ```
 */
export function totalInvestmentOf(activity: ActivityCore): Amount {
  return sumAmounts(fundingSourcesOf(activity).map((line) => line.amount));
}

/**
 * The donor's share of a project or sub-project: the sum of its east–west cooperation lines, or its budget when it
 * has no funding lines. It equals the budget unless `funding-donor-share-mismatch` is reported.
 *
 * @param activity - a project or sub-project
 * @returns the donor's share
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * donorShareOf(seedProgramme2011.projects[0]!).toJSON()
 * //=> '500000.00'
 * ```
 */
export function donorShareOf(activity: ActivityCore): Amount {
  return sumAmounts(
    fundingSourcesOf(activity)
      .filter((line) => line.source === 'east-west-cooperation')
      .map((line) => line.amount),
  );
}

/**
 * Whether a ledger entry moves the donor's money: its `source` is `east-west-cooperation` or left out. The donor's
 * figures (the annual report, roll-ups, IATI transactions, the assessment, plan comparisons) count only these.
 *
 * @param entry - a ledger entry
 * @returns `true` for the donor's money
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const entry = seedProgramme2011.ledger[0]!;
 * [isDonorEntry(entry), isDonorEntry({ ...entry, source: 'local-integrated' })]
 * //=> [true, false]
 * ```
 */
export function isDonorEntry(entry: { readonly source?: FundingSourceKind }): boolean {
  return entry.source === undefined || entry.source === 'east-west-cooperation';
}
