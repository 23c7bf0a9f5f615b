/**
 * The dimensions of a performance target (绩效目标), as the national performance-target tables have them.
 *
 * | dimension | 中文 |
 * |---|---|
 * | `output-quantity` | 产出指标·数量 |
 * | `output-quality` | 产出指标·质量 |
 * | `output-timeliness` | 产出指标·时效 |
 * | `output-cost` | 产出指标·成本 |
 * | `benefit-economic` | 效益指标·经济效益 |
 * | `benefit-social` | 效益指标·社会效益 |
 * | `benefit-ecological` | 效益指标·生态效益 |
 * | `benefit-sustainable` | 效益指标·可持续影响 |
 * | `satisfaction` | 满意度指标 |
 */
export const performanceDimensions = [
  'output-quantity',
  'output-quality',
  'output-timeliness',
  'output-cost',
  'benefit-economic',
  'benefit-social',
  'benefit-ecological',
  'benefit-sustainable',
  'satisfaction',
] as const;

/** One of {@link performanceDimensions}. */
export type PerformanceDimension = (typeof performanceDimensions)[number];

/** How an actual value can be compared with a target value: at least, at most, exactly. */
export const comparators = ['>=', '<=', '='] as const;

/** One of {@link comparators}. */
export type Comparator = (typeof comparators)[number];

/** One measurable indicator of a performance target. */
export interface PerformanceIndicator {
  readonly dimension: PerformanceDimension;
  /** What is measured, e.g. `"households with safe drinking water"`. */
  readonly name: string;
  readonly comparator: Comparator;
  /** The target value as an exact decimal string, e.g. `"1200"` or `"95.5"`. */
  readonly value: string;
  /** The unit, e.g. `"户"`, `"km"`, `"%"`. */
  readonly unit: string;
}

/** A project's performance target: one or more indicators. */
export interface PerformanceTarget {
  readonly indicators: readonly PerformanceIndicator[];
}
