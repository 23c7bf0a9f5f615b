import type { PerformanceDimension, PerformanceLevel } from '../performance-target.js';
import type { LocalizedText } from '../text.js';
import type { IndicatorEvaluation, PerformanceEvaluation } from './evaluate-performance.js';

type Wording = { readonly zh: string; readonly en: string };

/** The names of the levels in the self-evaluation table. */
export const performanceLevelLabels: Readonly<Record<PerformanceLevel, { readonly zh: string; readonly en: string }>> = {
  output: { zh: '产出指标', en: 'Outputs' },
  benefit: { zh: '效益指标', en: 'Benefits' },
  satisfaction: { zh: '满意度指标', en: 'Satisfaction' },
};

/** The names of the dimensions in the self-evaluation table. */
export const performanceDimensionLabels: Readonly<Record<PerformanceDimension, { readonly zh: string; readonly en: string }>> = {
  'output-quantity': { zh: '数量指标', en: 'quantity' },
  'output-quality': { zh: '质量指标', en: 'quality' },
  'output-timeliness': { zh: '时效指标', en: 'timeliness' },
  'output-cost': { zh: '成本指标', en: 'cost' },
  'benefit-economic': { zh: '经济效益指标', en: 'economic' },
  'benefit-social': { zh: '社会效益指标', en: 'social' },
  'benefit-ecological': { zh: '生态效益指标', en: 'ecological' },
  'benefit-sustainable': { zh: '可持续影响指标', en: 'sustainable' },
  'satisfaction': { zh: '服务对象满意度指标', en: 'satisfaction' },
};

const HEADINGS: Wording = {
  zh: '一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 完成率 | 分值 | 得分',
  en: 'Level | Dimension | Indicator | Planned | Actual | Rate | Points | Score',
};
const SIGNS = { '>=': '≥ ', '<=': '≤ ', '=': '= ', 'range': '' } as const;

/** Options of {@link renderPerformanceEvaluation}. */
export interface RenderPerformanceOptions {
  readonly locale: 'zh' | 'en';
  /** The project's name for the heading; its id otherwise. */
  readonly name?: LocalizedText;
}

/**
 * Writes a performance self-evaluation as the self-evaluation table (绩效自评表), in Chinese or English: one row
 * per indicator with its planned and actual values (with the actual's date and source), rate, points and score,
 * then the budget's execution and the total. Missing actuals are written as missing; a total with missing actuals
 * or a zero budget (whose execution cannot be rated) says so, and that it is not final.
 *
 * @param evaluation - what {@link evaluatePerformanceTarget} gave
 * @param options - the language, and the project's name
 * @returns the table as lines of text
 *
 * @example
 * ```ts
 * const target = { indicators: [{ dimension: 'output-quantity', name: '新建饮水池', comparator: '>=', value: '12', unit: '个' }] } as const
 * const actuals = [{ project: projectId('WN-07'), indicator: '新建饮水池', value: '15', date: isoDate('2011-12-20'), source: { document: { zh: '验收报告', en: 'Acceptance report' }, completeness: 'complete' } } as const]
 * const evaluation = unwrap(evaluatePerformanceTarget(projectId('WN-07'), target, actuals))
 * renderPerformanceEvaluation(evaluation, { locale: 'zh' }).split('\n').slice(2)
 * //=> ['产出指标 | 数量指标 | 新建饮水池 | ≥ 12个 | 15个（2011-12-20，验收报告） | 125.00% | 50.00 | 50.00', '总分：50.00 / 50.00（未设效益指标、满意度指标）']
 * renderPerformanceEvaluation(evaluation, { locale: 'en' }).split('\n')[0]
 * //=> 'Performance self-evaluation: WN-07'
 * ```
 */
export function renderPerformanceEvaluation(evaluation: PerformanceEvaluation, options: RenderPerformanceOptions): string {
  const zh = options.locale === 'zh';
  const pick = (text: Wording): string => (zh ? text.zh : text.en);
  const title = (options.name === undefined ? undefined : textOf(options.name, options.locale)) ?? evaluation.subProject ?? evaluation.project;
  const lines = [zh ? `项目绩效自评表：${title}` : `Performance self-evaluation: ${title}`, pick(HEADINGS)];
  for (const level of evaluation.levels) {
    for (const indicator of level.indicators) lines.push(indicatorRow(indicator, options.locale));
  }
  const budget = evaluation.budgetExecution;
  if (budget !== undefined) {
    const rate = budget.rate === undefined ? '—' : `${budget.rate}%`;
    lines.push(
      zh
        ? `预算执行率 | — | 支出 / 预算 | 100% | ${budget.spent.toJSON()} / ${budget.budget.toJSON()} 元 | ${rate} | ${budget.points} | ${budget.score ?? '—'}`
        : `Budget execution | — | spent / budget | 100% | ${budget.spent.toJSON()} / ${budget.budget.toJSON()} yuan | ${rate} | ${budget.points} | ${budget.score ?? '—'}`,
    );
  }
  const notes: string[] = [];
  if (evaluation.absentLevels.length > 0) {
    const names = evaluation.absentLevels.map((level) => pick(performanceLevelLabels[level]));
    notes.push(zh ? `未设${names.join('、')}` : `no ${names.join(', ').toLowerCase()} indicators`);
  }
  if (!evaluation.complete) {
    // What is not scored: missing actuals, and a zero budget, whose execution cannot be rated.
    const count = evaluation.counts.missing;
    const unrated = budget !== undefined && budget.rate === undefined;
    const missing = [
      ...(count === 0 ? [] : [zh ? `缺实际完成值${count}项` : `${count} actual value${count === 1 ? '' : 's'} missing`]),
      ...(unrated ? [zh ? '预算为零，执行率无从计算' : 'no budget to rate its execution against'] : []),
    ];
    notes.push(
      zh
        ? `${missing.join('，')}，计${evaluation.missingPoints}分，得分尚非最终`
        : `${missing.join(' and ')}, worth ${evaluation.missingPoints} points: the score is not final`,
    );
  }
  const note = notes.length === 0 ? '' : zh ? `（${notes.join('；')}）` : ` (${notes.join('; ')})`;
  lines.push(zh ? `总分：${evaluation.score} / ${evaluation.maxScore}${note}` : `Total: ${evaluation.score} / ${evaluation.maxScore}${note}`);
  return lines.join('\n');
}

function indicatorRow(indicator: IndicatorEvaluation, locale: 'zh' | 'en'): string {
  const zh = locale === 'zh';
  const unit = (value: string): string => (indicator.unit === '' ? value : zh || indicator.unit === '%' ? `${value}${indicator.unit}` : `${value} ${indicator.unit}`);
  const planned = indicator.comparator === 'range' ? unit(`${indicator.planned}–${indicator.max ?? ''}`) : `${SIGNS[indicator.comparator]}${unit(indicator.planned)}`;
  const actual = indicator.actual;
  const source = actual === undefined ? '' : (textOf(actual.source.document, locale) ?? '');
  // An actual whose source has no name in this language is dated only, without an empty name after a comma.
  const when = actual === undefined || source === '' ? (actual?.date ?? '') : zh ? `${actual.date}，${source}` : `${actual.date}, ${source}`;
  const measured = actual === undefined ? (zh ? '缺实际完成值' : 'missing') : zh ? `${unit(actual.value)}（${when}）` : `${unit(actual.value)} (${when})`;
  const level = zh ? performanceLevelLabels[indicator.level].zh : performanceLevelLabels[indicator.level].en;
  const dimension = zh ? performanceDimensionLabels[indicator.dimension].zh : performanceDimensionLabels[indicator.dimension].en;
  const rate = indicator.rate === undefined ? '—' : `${indicator.rate}%`;
  return `${level} | ${dimension} | ${indicator.name} | ${planned} | ${measured} | ${rate} | ${indicator.points} | ${indicator.score ?? '—'}`;
}

function textOf(text: LocalizedText, locale: 'zh' | 'en'): string | undefined {
  const first = locale === 'zh' ? text.zh : text.en;
  const other = locale === 'zh' ? text.en : text.zh;
  return first !== undefined && first.trim() !== '' ? first : other !== undefined && other.trim() !== '' ? other : undefined;
}
