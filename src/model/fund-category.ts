import type { LocalizedText } from './text.js';

/**
 * The fund categories the seed document and national practice name. Apps add their own categories as
 * {@link FundCategory} values in a programme; these are only the built-in ones.
 *
 * | code | 中文 | English |
 * |---|---|---|
 * | `counterpart-support` | 对口帮扶项目资金 | counterpart-support project funds |
 * | `disaster-relief` | 救灾资金 | disaster relief funds |
 * | `cadre-training` | 干部培训资金 | cadre training funds |
 * | `industrial-development` | 产业发展资金 | industrial development funds |
 * | `social-donation` | 社会捐赠 | social donations |
 */
export const builtInFundCategories = [
  { code: 'counterpart-support', label: { zh: '对口帮扶项目资金', en: 'counterpart-support project funds' } },
  { code: 'disaster-relief', label: { zh: '救灾资金', en: 'disaster relief funds' } },
  { code: 'cadre-training', label: { zh: '干部培训资金', en: 'cadre training funds' } },
  { code: 'industrial-development', label: { zh: '产业发展资金', en: 'industrial development funds' } },
  { code: 'social-donation', label: { zh: '社会捐赠', en: 'social donations' } },
] as const satisfies readonly { readonly code: string; readonly label: LocalizedText }[];

/** The code of a built-in fund category. */
export type BuiltInFundCategoryCode = (typeof builtInFundCategories)[number]['code'];

/**
 * A fund category's code: a built-in one, or any code an app defines in its programme's categories.
 * (`string & {}` keeps editor completion for the built-in codes.)
 */
export type FundCategoryCode = BuiltInFundCategoryCode | (string & {});

/** A fund category with its labels. */
export interface FundCategory {
  readonly code: FundCategoryCode;
  readonly label: LocalizedText;
}
