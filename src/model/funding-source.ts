import type { Amount } from '../money/amount.js';
import type { RegionCode } from '../regions/region-code.js';
import type { OrganisationId } from './ids.js';
import type { LocalizedText } from './text.js';

/**
 * Where the money of a co-financed project comes from (筹资方式), as county project pools and announcements list it.
 * The donor's share is `east-west-cooperation`; every other source is the recipient side's or a third party's.
 *
 * | source | 中文 | English |
 * |---|---|---|
 * | `east-west-cooperation` | 东西部协作资金 | east–west cooperation funds |
 * | `local-integrated` | 统筹整合财政涉农资金 | integrated agriculture-related fiscal funds |
 * | `other-departments` | 其他部门（行业）资金 | other departments' funds |
 * | `enterprise-social` | 企业及社会捐赠资金 | enterprise and social donations |
 * | `beneficiary-contribution` | 群众自筹 | beneficiaries' own contribution |
 * | `other` | 其他资金 | other funds (named by the app) |
 */
export const fundingSourceKinds = [
  'east-west-cooperation',
  'local-integrated',
  'other-departments',
  'enterprise-social',
  'beneficiary-contribution',
  'other',
] as const;

/** One of {@link fundingSourceKinds}. */
export type FundingSourceKind = (typeof fundingSourceKinds)[number];

/** How beneficiaries contribute: money (自筹资金), or labour valued in money (投工投劳折资). */
export const contributionForms = ['money', 'labour'] as const;

/** One of {@link contributionForms}. */
export type ContributionForm = (typeof contributionForms)[number];

/** What every source line has: its amount (positive), and a note. */
interface FundingSourceCore {
  readonly amount: Amount;
  readonly note?: LocalizedText;
}

/** The donor's east–west cooperation funds, of the donor city or one of its districts (`donor`, else the project's donor). */
export interface EastWestFundingSource extends FundingSourceCore {
  readonly source: 'east-west-cooperation';
  readonly donor?: RegionCode;
}

/** The recipient county's integrated agriculture-related fiscal funds (统筹整合财政涉农资金). */
export interface LocalIntegratedFundingSource extends FundingSourceCore {
  readonly source: 'local-integrated';
}

/** Funds of another department or sector, or an enterprise's or social donor's money, by the organisation that gives it. */
export interface FunderFundingSource extends FundingSourceCore {
  readonly source: 'other-departments' | 'enterprise-social';
  /** The organisation of the programme that gives it, when it is one. */
  readonly funder?: OrganisationId;
  /** The funder's name, when it is no organisation of the programme (县交通运输局, say). */
  readonly name?: LocalizedText;
}

/** The beneficiaries' own contribution (群众自筹): money, or labour valued in money (投工投劳). */
export interface BeneficiaryFundingSource extends FundingSourceCore {
  readonly source: 'beneficiary-contribution';
  readonly form: ContributionForm;
}

/** A source an app names itself. */
export interface OtherFundingSource extends FundingSourceCore {
  readonly source: 'other';
  readonly name: LocalizedText;
}

/**
 * One line of a project's funding (筹资方式): which source gives how much. The lines of a project sum to its total
 * investment (总投资), and its east–west lines to its `budget`, the donor's approved share.
 */
export type FundingSource = EastWestFundingSource | LocalIntegratedFundingSource | FunderFundingSource | BeneficiaryFundingSource | OtherFundingSource;

/**
 * The name of every funding source in Chinese and English.
 *
 * @example
 * ```ts
 * fundingSourceLabels['local-integrated'].zh
 * //=> '统筹整合财政涉农资金'
 * ```
 */
export const fundingSourceLabels: Readonly<Record<FundingSourceKind, { readonly zh: string; readonly en: string }>> = {
  'east-west-cooperation': { zh: '东西部协作资金', en: 'east–west cooperation funds' },
  'local-integrated': { zh: '统筹整合财政涉农资金', en: 'integrated agriculture-related fiscal funds' },
  'other-departments': { zh: '其他部门（行业）资金', en: "other departments' funds" },
  'enterprise-social': { zh: '企业及社会捐赠资金', en: 'enterprise and social donations' },
  'beneficiary-contribution': { zh: '群众自筹', en: "beneficiaries' own contribution" },
  'other': { zh: '其他资金', en: 'other funds' },
};

/**
 * The name of every form of beneficiaries' contribution in Chinese and English.
 *
 * @example
 * ```ts
 * contributionFormLabels.labour.zh
 * //=> '投工投劳折资'
 * ```
 */
export const contributionFormLabels: Readonly<Record<ContributionForm, { readonly zh: string; readonly en: string }>> = {
  money: { zh: '自筹资金', en: 'money' },
  labour: { zh: '投工投劳折资', en: 'labour valued in money' },
};
