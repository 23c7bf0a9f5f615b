/**
 * Where a figure comes from: a document and the place in it. Figures from different sources are all kept;
 * a report picks among them by a stated rule, never by overwriting.
 */
export interface SourceReference {
  /** The document, e.g. `"Shenzhen Yearbook 2012, Shenzhen–Guizhou Pairing-off Poverty Alleviation"`. */
  readonly document: string;
  /** The part of it, e.g. `"Overview"` or `"Cadre training"`. */
  readonly section?: string;
  /**
   * `incomplete` when the source says its figures are "according to incomplete statistics" (据不完全统计):
   * they are then lower bounds, not audited totals.
   */
  readonly completeness: 'complete' | 'incomplete';
  /** What the source does and does not support, e.g. that only the totals come from it. */
  readonly note?: string;
}
