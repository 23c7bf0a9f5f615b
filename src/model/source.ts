import type { LocalizedText } from './text.js';

/**
 * Where a figure comes from: a document and the place in it. Figures from different sources are all kept;
 * a report picks among them by a stated rule, never by overwriting.
 */
export interface SourceReference {
  /**
   * The document, e.g. `{ en: 'Shenzhen–Guizhou Pairing-off Poverty Alleviation (2011)', zh: '深圳市对口帮扶贵州（2011年）' }`:
   * its title as published, with a translation for readers of the other language.
   */
  readonly document: LocalizedText;
  /** The part of it, e.g. `{ en: 'Cadre training', zh: '干部培训' }`. */
  readonly section?: LocalizedText;
  /**
   * `incomplete` when the source says its figures are "according to incomplete statistics" (据不完全统计):
   * they are then lower bounds, not audited totals.
   */
  readonly completeness: 'complete' | 'incomplete';
  /** What the source does and does not support, e.g. that only the totals come from it. */
  readonly note?: LocalizedText;
}
