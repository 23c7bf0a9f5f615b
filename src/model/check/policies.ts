import type { IsoDate } from '../../dates/iso-date.js';
import type { Issue, IssuePath } from '../../errors/issue.js';
import type { RoundingMode } from '../../money/rounding.js';
import { checkRegionInForce } from '../../regions/check-region-in-force.js';
import { gb2260Registry } from '../../regions/gb2260-registry.js';
import type { RegionCode } from '../../regions/region-code.js';
import type { RegionRegistry } from '../../regions/region-registry.js';
import { spendingPurposes, type SpendingPurpose } from '../ledger.js';

/**
 * The cap on project-management fees (项目管理费) of one project: `percent` of the project's approved
 * budget, rounded to the fen by `rounding`.
 */
export interface ManagementFeePolicy {
  /** The cap as a percentage of the budget, e.g. `1` or `"0.5"`. */
  readonly percent: number | string;
  /** How the cap is rounded to the fen. */
  readonly rounding: RoundingMode;
}

/**
 * The default {@link ManagementFeePolicy}: at most 1 % of the project's budget, rounded down to the fen.
 * The 1 % is the national rule for central special poverty-alleviation funds (中央财政专项扶贫资金管理办法,
 * 财农〔2017〕8号: 项目管理费…按照最高不超过 1% 的比例据实列支); applying it to east–west funds is a choice
 * many donors make, so it is a policy, not a constant.
 */
export const defaultManagementFeePolicy: ManagementFeePolicy = { percent: 1, rounding: 'down' };

/**
 * The nine items of the negative list of the 2017 central measures (财农〔2017〕8号), as
 * {@link SpendingPurpose} codes.
 */
export const negativeListPurposes = /* @__PURE__ */ spendingPurposes.filter(
  (purpose): purpose is Exclude<SpendingPurpose, 'project' | 'management-fee'> => purpose !== 'project' && purpose !== 'management-fee',
);

/** Which spending purposes an expenditure may not have (rule 14). */
export interface NegativeListPolicy {
  readonly rejected: readonly SpendingPurpose[];
}

/**
 * The default {@link NegativeListPolicy}: all nine items of {@link negativeListPurposes} are rejected, as
 * the central measures reject them for central special funds; a donor whose rules differ passes its own.
 */
export const defaultNegativeListPolicy: NegativeListPolicy = { rejected: negativeListPurposes };

/**
 * Checks that a region code was in force on a date (rule 19) and returns the issues, with `path` as
 * their path. A region registry provides one; the model itself knows only the form of codes.
 */
export type RegionCheck = (code: RegionCode, date: IsoDate, path: IssuePath) => readonly Issue[];

/**
 * The rule-19 check of a registry: a code passes when the release in force on its date lists it, or the
 * next release does and no succession dates its coming into force after that date (a code set up during
 * a year may be used before the year's table lists it: 520500 from 2011-10-22). Dates the registry does
 * not cover are refused (`region-date-outside-registry`).
 *
 * @param registry - the registry; {@link gb2260Registry} unless given
 * @returns the check, for {@link CheckProgrammeOptions.regionCheck}
 *
 * @example
 * ```ts
 * regionCheckOf()(regionCode('520500'), isoDate('2011-10-22'), ['pairings', 0, 'recipient'])
 * //=> []
 * regionCheckOf()(regionCode('520500'), isoDate('2030-01-01'), [])[0]?.code
 * //=> 'region-date-outside-registry'
 * ```
 */
export function regionCheckOf(registry?: RegionRegistry): RegionCheck {
  return (code, date, path) => checkRegionInForce(registry ?? gb2260Registry(), code, date, path, { acceptNextRevision: true });
}

/** The policies of the model's rules that vary between donors; {@link CheckProgrammeOptions} adds those of the lifecycles. */
export interface ModelRulePolicies {
  /** Rule 13; default {@link defaultManagementFeePolicy}; `false` turns the rule off. */
  readonly managementFee?: ManagementFeePolicy | false;
  /** Rule 14; default {@link defaultNegativeListPolicy}. */
  readonly negativeList?: NegativeListPolicy;
  /**
   * Rule 19: called for every region code in the programme with the date it must be valid on. Default:
   * {@link regionCheckOf} `regionRegistry`. `false` turns the rule off, leaving only the form of codes
   * (which parsing checks).
   */
  readonly regionCheck?: RegionCheck | false;
  /**
   * The registry whose successions rule 4 follows (a pairing on 522400 covers 520525 after 2011) and
   * that the default rule-19 check reads; {@link gb2260Registry} unless given.
   */
  readonly regionRegistry?: RegionRegistry;
}
