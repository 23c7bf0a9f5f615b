import { capIssues } from '../../errors/result.js';
import type { Issue } from '../../errors/issue.js';
import type { Programme } from '../programme.js';
import { checkFunds } from './check-funds.js';
import { checkLedgerEntries } from './check-ledger-entries.js';
import { checkMoneyFlow } from './check-money-flow.js';
import { checkRegionCodes } from './check-region-codes.js';
import { checkOrganisationsPairingsPlans, checkProjects } from './check-structure.js';
import { defaultManagementFeePolicy, defaultNegativeListPolicy, type CheckProgrammeOptions } from './policies.js';
import { indexProgramme } from './programme-index.js';

/**
 * Checks every rule of the programme model at once and returns every violation, each with a stable code
 * and the path of the offending record. It never throws on bad data: an app shows the list to the user.
 *
 * | rule | codes |
 * |---|---|
 * | 1 funds | `fund-breakdown-mismatch`, `amount-negative`, `fund-category-unknown`, `fund-recipient-unlisted` |
 * | definitions | `project-type-unknown`, `fund-category-unknown`, `id-duplicate` |
 * | 2 hierarchy | `sub-project-budget-exceeded`, `sub-project-outside-region`, `id-duplicate` |
 * | references | `organisation-unknown`, `ledger-project-unknown`, `ledger-sub-project-unknown` |
 * | reversals | `reversal-target-unknown`, `reversal-target-mismatch`, `reversal-not-negative`, `reversal-exceeds-entry`, `reversal-before-entry`, `negative-entry-without-reversal` |
 * | 3 money flow | `committed-exceeds-budget`, `disbursed-exceeds-committed`, `expenditure-exceeds-disbursed`, `budget-entries-exceed-approved` |
 * | 4 pairing | `recipient-not-paired`, `pairing-period-invalid` |
 * | 13 management fees | `management-fee-exceeded` |
 * | 14 negative list | `negative-list-expenditure` |
 * | other | `ledger-field-misplaced`, `plan-period-invalid` |
 * | 19 region codes | whatever `options.regionCheck` returns |
 *
 * @param programme - the programme
 * @param options - the policies; see {@link CheckProgrammeOptions}
 * @returns every violation found, in rule order; empty when the programme keeps every rule
 * @throws {@link PairingAidError} `factor-invalid` only when the management-fee policy's percent is not a
 *   decimal (a programming error, not bad data)
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * checkProgramme(seedProgramme2011)
 * //=> []
 * const [first, ...rest] = seedProgramme2011.funds
 * const broken = { ...seedProgramme2011, funds: [{ ...first!, total: amount('47 million') }, ...rest] }
 * checkProgramme(broken).map((issue) => [issue.code, formatPath(issue.path)])
 * //=> [['fund-breakdown-mismatch', 'funds[0].breakdown']]
 * ```
 */
export function checkProgramme(programme: Programme, options: CheckProgrammeOptions = {}): readonly Issue[] {
  const index = indexProgramme(programme);
  const issues: Issue[] = [
    ...index.duplicates,
    ...checkOrganisationsPairingsPlans(programme, index),
    ...checkFunds(programme, index),
    ...checkProjects(programme, index),
    ...checkLedgerEntries(programme, index, options.negativeList ?? defaultNegativeListPolicy),
    ...checkMoneyFlow(programme, index, options.managementFee ?? defaultManagementFeePolicy),
  ];
  if (options.regionCheck !== undefined) issues.push(...checkRegionCodes(programme, options.regionCheck));
  return capIssues(issues);
}
