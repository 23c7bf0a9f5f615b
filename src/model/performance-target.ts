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

/**
 * The three levels (一级指标) of a performance target, each holding some of the {@link performanceDimensions}
 * (二级指标): outputs, benefits and satisfaction.
 */
export const performanceLevels = ['output', 'benefit', 'satisfaction'] as const;

/** One of {@link performanceLevels}. */
export type PerformanceLevel = (typeof performanceLevels)[number];

/**
 * The level a dimension belongs to: `output-…` to `output`, `benefit-…` to `benefit`, `satisfaction` to itself.
 *
 * @param dimension - a second-level dimension
 * @returns its first-level level
 *
 * @example
 * ```ts
 * levelOfDimension('benefit-social')
 * //=> 'benefit'
 * ```
 */
export function levelOfDimension(dimension: PerformanceDimension): PerformanceLevel {
  return dimension.startsWith('output-') ? 'output' : dimension.startsWith('benefit-') ? 'benefit' : 'satisfaction';
}

/**
 * How an actual value is compared with a planned one: at least (`>=`), at most (`<=`), exactly (`=`), or within
 * a `range` from the planned `value` to `max`, both included.
 */
export const comparators = ['>=', '<=', '=', 'range'] as const;

/** One of {@link comparators}. */
export type Comparator = (typeof comparators)[number];

/** What every indicator has, whatever its comparator. */
export interface PerformanceIndicatorCore {
  readonly dimension: PerformanceDimension;
  /** What is measured (三级指标), e.g. `"households with safe drinking water"`. Unique within one target. */
  readonly name: string;
  /** The unit, e.g. `"户"`, `"km"`, `"%"`. */
  readonly unit: string;
}

/** An indicator with one planned value: the actual must be at least, at most or exactly it. */
export interface BoundIndicator extends PerformanceIndicatorCore {
  readonly comparator: '>=' | '<=' | '=';
  /** The planned value as an exact decimal string, e.g. `"1200"` or `"95.5"`. */
  readonly value: string;
}

/** An indicator whose actual must lie from `value` to `max`, both included. */
export interface RangeIndicator extends PerformanceIndicatorCore {
  readonly comparator: 'range';
  /** The lower bound as an exact decimal string. */
  readonly value: string;
  /** The upper bound as an exact decimal string, not below `value`. */
  readonly max: string;
}

/**
 * One measurable indicator of a performance target: a leaf of its tree, placed by its `dimension` (and so its
 * level), as one row of the national performance-target table (绩效目标表) is. Actual values are recorded apart,
 * as {@link PerformanceActual}s, so that the approved target never changes when the work is measured.
 */
export type PerformanceIndicator = BoundIndicator | RangeIndicator;

/**
 * A project's performance target: its indicators, each placed in the tree of levels and dimensions by its
 * `dimension`; {@link performanceTargetTree} gives the tree. A snapshot written before ranges and levels existed
 * reads unchanged: every indicator it holds is a {@link BoundIndicator}.
 */
export interface PerformanceTarget {
  readonly indicators: readonly PerformanceIndicator[];
}
