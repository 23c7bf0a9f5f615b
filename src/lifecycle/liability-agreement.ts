import type { ProjectId } from '../model/ids.js';
import type { LocalizedText } from '../model/text.js';

/**
 * A liability agreement on the management of counterpart-support fund projects (对口帮扶资金项目管理责任书),
 * which the donor side and the recipient side each sign. It may cover several projects; both sides must sign
 * the same agreement before any money is disbursed to a project it covers.
 */
export interface LiabilityAgreement {
  /** The agreement's number or title, the same on both signatures: what the two signatures are matched by. */
  readonly reference: string;
  /**
   * Its title as people read it, e.g. `{ zh: '对口帮扶资金项目管理责任书', en: 'Liability Agreement on the Management of
   * Counterpart Support Fund Projects' }`.
   */
  readonly title?: LocalizedText;
  /** The projects it covers. */
  readonly projects: readonly ProjectId[];
}
