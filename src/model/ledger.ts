import type { IsoDate } from '../dates/iso-date.js';
import type { Amount } from '../money/amount.js';
import type { FundCategoryCode } from './fund-category.js';
import type { FundingSourceKind } from './funding-source.js';
import type { LedgerEntryId, ProjectId, SubProjectId } from './ids.js';
import type { LocalizedText } from './text.js';

/**
 * The steps money takes, in order: an approved budget, a commitment, a disbursement (拨付: funds placed
 * at the recipient's disposal), an expenditure (支出).
 */
export const ledgerKinds = ['budget', 'commitment', 'disbursement', 'expenditure'] as const;

/** One of {@link ledgerKinds}. */
export type LedgerKind = (typeof ledgerKinds)[number];

/**
 * What an expenditure was for, where it matters to a rule: project-management fees (at most 1 % of the fund
 * amount for central special funds) and the nine items of the 2017 central negative list.
 *
 * | purpose | 中文 |
 * |---|---|
 * | `project` | 项目建设 (ordinary project spending) |
 * | `management-fee` | 项目管理费 |
 * | `administrative-costs` | 行政事业单位基本支出 |
 * | `vehicles-communications` | 交通工具及通讯设备 |
 * | `bonuses` | 各种奖金、津贴和福利补助 |
 * | `company-losses` | 弥补企业亏损 |
 * | `office-buildings` | 修建楼堂馆所及贫困农场、林场棚户改造以外的职工住宅 |
 * | `budget-gaps-debt` | 弥补预算支出缺口和偿还债务 |
 * | `large-construction` | 大中型基本建设项目 |
 * | `urban-infrastructure` | 城市基础设施建设和城市扶贫 |
 * | `unrelated` | 与脱贫攻坚无关的支出 |
 */
export const spendingPurposes = [
  'project',
  'management-fee',
  // The nine items of the 2017 negative list; negativeListPurposes (the rule 14 default) takes them from here.
  'administrative-costs',
  'vehicles-communications',
  'bonuses',
  'company-losses',
  'office-buildings',
  'budget-gaps-debt',
  'large-construction',
  'urban-infrastructure',
  'unrelated',
] as const;

/** One of {@link spendingPurposes}. */
export type SpendingPurpose = (typeof spendingPurposes)[number];

/**
 * One movement of money on a project or sub-project. Entries are never edited: a correction is a new entry
 * with a negative amount that names the entry it `reverses`.
 */
export interface LedgerEntry {
  readonly id: LedgerEntryId;
  readonly kind: LedgerKind;
  readonly project: ProjectId;
  /** Set when the entry belongs to one sub-project of `project`. */
  readonly subProject?: SubProjectId;
  readonly category: FundCategoryCode;
  /**
   * The funding source whose money it moves; `east-west-cooperation` (the donor's) when absent. The project (or its
   * sub-project) must list the source in its `funding`.
   */
  readonly source?: FundingSourceKind;
  /** Positive for money moving forward; negative for a reversal. */
  readonly amount: Amount;
  readonly date: IsoDate;
  /** The entry this one reverses, for negative entries. */
  readonly reverses?: LedgerEntryId;
  /** Marks a disbursement as the final payment (尾款), allowed only after acceptance. */
  readonly finalPayment?: boolean;
  /** What an expenditure paid for; `project` when absent. */
  readonly purpose?: SpendingPurpose;
  /** What the entry is about, e.g. why an instalment was reduced. */
  readonly note?: LocalizedText;
}
