import { capIssues } from '../../errors/result.js';
import type { Issue } from '../../errors/issue.js';
import type { Programme } from '../programme.js';
import { checkFunding } from './check-funding.js';
import { checkFunds } from './check-funds.js';
import { checkLedgerEntries } from './check-ledger-entries.js';
import { checkMoneyFlow } from './check-money-flow.js';
import { checkRegionCodes } from './check-region-codes.js';
import { checkOrganisationsPairingsPlans, checkProjects } from './check-structure.js';
import { defaultManagementFeePolicy, defaultNegativeListPolicy, regionCheckOf, type ModelRulePolicies } from './policies.js';
import { indexProgramme } from './programme-index.js';

/**
 * The rules of the programme model alone: every rule that needs only the programme's data, each violation with a
 * stable code and the path of the offending record. {@link checkProgramme} runs it on the programme of a
 * {@link ProgrammeRecord}, with its changes in effect, together with the rules that need the lifecycles.
 *
 * | rule | codes |
 * |---|---|
 * | 1 funds | `fund-breakdown-mismatch`, `amount-negative`, `fund-category-unknown`, `fund-recipient-unlisted` |
 * | definitions | `project-type-unknown`, `fund-category-unknown`, `id-duplicate` |
 * | funding sources | `funding-amount-not-positive`, `funding-source-duplicate`, `funding-donor-share-mismatch`, `funding-total-mismatch`, `sub-project-investment-exceeded`, `funding-donor-outside-programme`, `ledger-source-unlisted`, `organisation-unknown` |
 * | 2 hierarchy | `sub-project-budget-exceeded`, `sub-project-outside-region`, `id-duplicate` |
 * | references | `organisation-unknown`, `ledger-project-unknown`, `ledger-sub-project-unknown` |
 * | reversals | `reversal-target-unknown`, `reversal-target-mismatch`, `reversal-not-negative`, `reversal-exceeds-entry`, `reversal-before-entry`, `negative-entry-without-reversal` |
 * | 3 money flow | `committed-exceeds-budget`, `disbursed-exceeds-committed`, `expenditure-exceeds-disbursed`, `budget-entries-exceed-approved` |
 * | 4 pairing | `recipient-not-paired`, `pairing-period-invalid` (pairings followed through code successions) |
 * | periods | `programme-period-invalid`, `project-period-invalid`, `project-outside-programme-period` |
 * | 13 management fees | `management-fee-exceeded` |
 * | 14 negative list | `negative-list-expenditure` |
 * | other | `ledger-field-misplaced`, `plan-period-invalid` |
 * | 19 region codes | `region-not-in-force`, `region-code-unknown`, `region-date-outside-registry` from the built-in registry, or whatever `options.regionCheck` returns; off only with `regionCheck: false` |
 *
 * @internal
 */
export function checkProgrammeModel(programme: Programme, options: ModelRulePolicies = {}): readonly Issue[] {
  const index = indexProgramme(programme);
  const issues: Issue[] = [
    ...index.duplicates,
    ...checkOrganisationsPairingsPlans(programme, index),
    ...checkFunds(programme, index),
    ...checkFunding(programme, index),
    ...checkProjects(programme, index, options.regionRegistry),
    ...checkLedgerEntries(programme, index, options.negativeList ?? defaultNegativeListPolicy),
    ...checkMoneyFlow(programme, index, options.managementFee ?? defaultManagementFeePolicy),
  ];
  if (options.regionCheck !== false) {
    issues.push(...checkRegionCodes(programme, options.regionCheck ?? regionCheckOf(options.regionRegistry)));
  }
  return capIssues(issues);
}
