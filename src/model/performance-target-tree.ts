import {
  levelOfDimension,
  performanceDimensions,
  performanceLevels,
  type PerformanceDimension,
  type PerformanceIndicator,
  type PerformanceLevel,
  type PerformanceTarget,
} from './performance-target.js';

/** The indicators of one dimension (二级指标) of a {@link PerformanceTargetTree}. */
export interface PerformanceTreeDimension {
  readonly dimension: PerformanceDimension;
  readonly indicators: readonly PerformanceIndicator[];
}

/** One level (一级指标) of a {@link PerformanceTargetTree}, with its dimensions that hold indicators. */
export interface PerformanceTreeLevel {
  readonly level: PerformanceLevel;
  readonly dimensions: readonly PerformanceTreeDimension[];
}

/** A performance target as the national table draws it: levels, then dimensions, then indicators. */
export interface PerformanceTargetTree {
  readonly levels: readonly PerformanceTreeLevel[];
}

/**
 * The tree of a performance target: its levels and dimensions in the national order ({@link performanceLevels},
 * {@link performanceDimensions}), each with the target's indicators in the order the target lists them.
 * Levels and dimensions without an indicator are left out.
 *
 * @param target - the project's or sub-project's target
 * @returns the levels that hold indicators, each with its dimensions
 *
 * @example
 * ```ts
 * const tree = performanceTargetTree({
 *   indicators: [
 *     { dimension: 'satisfaction', name: '受益群众满意度', comparator: '>=', value: '90', unit: '%' },
 *     { dimension: 'output-quantity', name: '新建饮水池', comparator: '>=', value: '12', unit: '个' },
 *     { dimension: 'output-timeliness', name: '完工时间', comparator: 'range', value: '10', max: '12', unit: '月' },
 *   ],
 * })
 * tree.levels.map((level) => [level.level, level.dimensions.map((dimension) => dimension.dimension)])
 * //=> [['output', ['output-quantity', 'output-timeliness']], ['satisfaction', ['satisfaction']]]
 * ```
 */
export function performanceTargetTree(target: PerformanceTarget): PerformanceTargetTree {
  const levels = performanceLevels.flatMap((level) => {
    const dimensions = performanceDimensions
      .filter((dimension) => levelOfDimension(dimension) === level)
      .map((dimension) => ({ dimension, indicators: target.indicators.filter((indicator) => indicator.dimension === dimension) }))
      .filter((dimension) => dimension.indicators.length > 0);
    return dimensions.length === 0 ? [] : [{ level, dimensions }];
  });
  return { levels };
}
