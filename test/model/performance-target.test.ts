import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import {
  formatPath,
  levelOfDimension,
  parsePerformanceActuals,
  parseProject,
  performanceDimensions,
  performanceLevels,
  performanceTargetTree,
  type PerformanceIndicator,
} from '../../src/index.js';
import { anyProject } from './arbitraries.js';

const snapshot = <T>(value: T): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
const codesAndPaths = (issues: readonly { code: string; path: readonly (string | number)[] }[]) => issues.map((issue) => [issue.code, formatPath(issue.path)]);
const [seedProject] = seedProgramme2011.projects;
const withIndicators = (indicators: readonly unknown[]) => ({ ...snapshot(seedProject), performanceTarget: { indicators } });

describe('performance targets', () => {
  it('reads a snapshot written before ranges and levels existed unchanged', () => {
    // The form every stored 2011 project has: a flat list of indicators with >=, <= or =.
    const old = { dimension: 'output-quantity', name: '完成子项目数', comparator: '>=', value: '3', unit: '个' };
    const parsed = parseProject(withIndicators([old, { ...old, comparator: '<=', name: '单位成本', dimension: 'output-cost' }]));
    expect(parsed.ok && parsed.value.performanceTarget?.indicators).toEqual([old, { ...old, comparator: '<=', name: '单位成本', dimension: 'output-cost' }]);
  });

  it('reads a range with both bounds', () => {
    const range = { dimension: 'output-timeliness', name: '完工月数', comparator: 'range', value: '10', max: '12', unit: '月' };
    const parsed = parseProject(withIndicators([range]));
    expect(parsed.ok && parsed.value.performanceTarget?.indicators[0]).toEqual(range);
  });

  it('reads indicators back with their fields in the order the library writes them', () => {
    const range = { dimension: 'output-timeliness', name: '完工月数', comparator: 'range', value: '10', max: '12', unit: '月' };
    const bound = { dimension: 'output-quantity', name: '完成子项目数', comparator: '>=', value: '3', unit: '个' };
    const written = withIndicators([bound, range]);
    const parsed = parseProject(written);
    expect(parsed.ok && JSON.stringify(parsed.value)).toBe(JSON.stringify(written));
  });

  it('refuses a range without its upper bound, and an upper bound on any other comparator', () => {
    const range = { dimension: 'output-timeliness', name: '完工月数', comparator: 'range', value: '10', unit: '月' };
    const bound = { dimension: 'output-quantity', name: '完成子项目数', comparator: '>=', value: '3', max: '4', unit: '个' };
    const missing = parseProject(withIndicators([range]));
    const extra = parseProject(withIndicators([bound]));
    expect(missing.ok).toBe(false);
    expect(extra.ok).toBe(false);
    expect(missing.ok || codesAndPaths(missing.issues).every(([, path]) => path?.startsWith('performanceTarget.indicators[0]'))).toBe(true);
    expect(extra.ok || codesAndPaths(extra.issues).every(([, path]) => path?.startsWith('performanceTarget.indicators[0]'))).toBe(true);
  });

  it('refuses a planned bound that is not an exact decimal', () => {
    const range = { dimension: 'output-timeliness', name: '完工月数', comparator: 'range', value: '10', max: 12, unit: '月' };
    const parsed = parseProject(withIndicators([range]));
    expect(parsed.ok).toBe(false);
  });

  it('places every dimension in exactly one level, in the national order', () => {
    expect(performanceDimensions.map(levelOfDimension)).toEqual(['output', 'output', 'output', 'output', 'benefit', 'benefit', 'benefit', 'benefit', 'satisfaction']);
    expect(new Set(performanceDimensions.map(levelOfDimension))).toEqual(new Set(performanceLevels));
  });

  it('gives a tree that holds every indicator exactly once, under its own dimension, in the order given', () => {
    fc.assert(
      fc.property(anyProject, (project) => {
        const indicators: readonly PerformanceIndicator[] = project.performanceTarget?.indicators ?? [];
        const tree = performanceTargetTree({ indicators });
        const leaves = tree.levels.flatMap((level) => level.dimensions.flatMap((dimension) => dimension.indicators.map((indicator) => [level.level, dimension.dimension, indicator] as const)));
        expect(leaves.length).toBe(indicators.length);
        for (const [level, dimension, indicator] of leaves) {
          expect(indicator.dimension).toBe(dimension);
          expect(levelOfDimension(dimension)).toBe(level);
        }
        const order = (dimension: string) => performanceDimensions.indexOf(dimension as never);
        const placed = leaves.map(([, dimension]) => order(dimension));
        expect(placed).toEqual([...placed].sort((a, b) => a - b));
        expect(tree.levels.every((level) => level.dimensions.every((dimension) => dimension.indicators.length > 0))).toBe(true);
      }),
    );
  });
});

describe('parsePerformanceActuals', () => {
  const source = { document: { zh: '验收报告' }, completeness: 'complete' };
  it('reads actuals with their project, indicator, value, date and source', () => {
    const actuals = [{ project: 'BJ-2011-01', subProject: 'BJ-2011-01-1', indicator: '完成子项目数', value: '3', date: '2011-12-20', source }];
    expect(parsePerformanceActuals(actuals)).toEqual({ ok: true, value: actuals });
  });

  it('names what is wrong in each actual, and refuses numbers as values', () => {
    const parsed = parsePerformanceActuals([
      { project: 'BJ-2011-01', indicator: '完成子项目数', value: 3, date: '2011-12-20', source },
      { project: 'BJ-2011-01', indicator: '', value: '1e3', date: '2011-13-01', source },
    ]);
    expect(parsed.ok || codesAndPaths(parsed.issues)).toEqual([
      ['invalid-type', '[0].value'],
      ['too-small', '[1].indicator'],
      ['decimal-invalid', '[1].value'],
      ['invalid-date', '[1].date'],
    ]);
  });
});
