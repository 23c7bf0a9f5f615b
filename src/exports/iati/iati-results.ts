import { textPreferring } from '../internal/texts.js';
import type { BeneficiaryGroupTally } from '../../beneficiaries/beneficiary-count.js';
import type { DeclaredCount } from '../../beneficiaries/declared-count.js';
import type { PerformanceActual } from '../../model/performance-actual.js';
import type { PerformanceDimension, PerformanceIndicator } from '../../model/performance-target.js';
import type { ExportActivity } from '../internal/activities.js';
import { xmlElement, type XmlElement } from '../internal/xml.js';
import { fixedNarratives, freeNarrative } from './iati-narratives.js';
import type { IatiExport } from './prepare-iati-export.js';

type Wording = { readonly zh: string; readonly en: string };

const DIMENSIONS: Readonly<Record<PerformanceDimension, Wording>> = {
  'output-quantity': { zh: '产出指标·数量', en: 'Output: quantity' },
  'output-quality': { zh: '产出指标·质量', en: 'Output: quality' },
  'output-timeliness': { zh: '产出指标·时效', en: 'Output: timeliness' },
  'output-cost': { zh: '产出指标·成本', en: 'Output: cost' },
  'benefit-economic': { zh: '效益指标·经济效益', en: 'Benefit: economic' },
  'benefit-social': { zh: '效益指标·社会效益', en: 'Benefit: social' },
  'benefit-ecological': { zh: '效益指标·生态效益', en: 'Benefit: ecological' },
  'benefit-sustainable': { zh: '效益指标·可持续影响', en: 'Benefit: sustainable' },
  'satisfaction': { zh: '满意度指标', en: 'Satisfaction' },
};

const IDENTIFIED_MEASURES = [
  ['persons', { zh: '受益人数（按人去重）', en: 'Beneficiaries (distinct persons)' }],
  ['registeredPoorPersons', { zh: '其中建档立卡贫困人口', en: 'of whom registered poor (persons)' }],
  ['households', { zh: '受益户数（按户去重）', en: 'Beneficiary households (distinct)' }],
  ['registeredPoorHouseholds', { zh: '其中建档立卡贫困户', en: 'of which registered poor households' }],
] as const satisfies readonly (readonly [keyof BeneficiaryGroupTally, Wording])[];

function period(year: number, ...measured: readonly XmlElement[]): XmlElement {
  const text = String(year).padStart(4, '0');
  return xmlElement('period', {}, [
    xmlElement('period-start', { 'iso-date': `${text}-01-01` }),
    xmlElement('period-end', { 'iso-date': `${text}-12-31` }),
    ...measured,
  ]);
}

/** The activity's results: its performance target as an output (1), its beneficiaries as an outcome (2). */
export function results(context: IatiExport, exported: ExportActivity): XmlElement[] {
  return [performanceResult(context, exported), beneficiaryResult(context, exported)].filter((result): result is XmlElement => result !== undefined);
}

function performanceResult(context: IatiExport, exported: ExportActivity): XmlElement | undefined {
  const indicators = exported.activity.performanceTarget?.indicators ?? [];
  if (indicators.length === 0) return undefined;
  const path = [...exported.path, 'performanceTarget', 'indicators'];
  return xmlElement('result', { type: 1 }, [
    xmlElement('title', {}, fixedNarratives({ zh: '绩效目标', en: 'Performance target' }, context.languages)),
    ...indicators.map((indicator, i) => performanceIndicator(context, exported, indicator, [...path, i])),
  ]);
}

function performanceIndicator(context: IatiExport, exported: ExportActivity, indicator: PerformanceIndicator, path: readonly (string | number)[]): XmlElement {
  const percentage = indicator.unit.trim() === '%';
  const ascending = indicator.comparator === '>=' ? 'true' : indicator.comparator === '<=' ? 'false' : undefined;
  const unit = indicator.unit.trim();
  const target = xmlElement('target', { value: indicator.value }, [
    indicator.comparator === 'range'
      ? xmlElement('comment', {}, [freeNarrative(`${indicator.value}–${indicator.max}${percentage ? ' %' : unit === '' ? '' : ` ${unit}`}`, [...path, 'unit'])])
      : !percentage && unit !== '' && xmlElement('comment', {}, [freeNarrative(unit, [...path, 'unit'])]),
  ]);
  const actuals = latestActualsByYear(context, exported, indicator);
  const year = exported.project.year;
  const actualIn = (inYear: number) => actuals.filter(({ actual }) => Number(actual.date.slice(0, 4)) === inYear).map(({ actual, index }) => actualElement(context, actual, index));
  const years = [...new Set(actuals.map(({ actual }) => Number(actual.date.slice(0, 4))))].filter((other) => other !== year).sort((a, b) => a - b);
  return xmlElement('indicator', { measure: percentage ? 2 : 1, ascending }, [
    xmlElement('title', {}, [freeNarrative(indicator.name, [...path, 'name'])]),
    xmlElement('description', {}, fixedNarratives(DIMENSIONS[indicator.dimension], context.languages)),
    ...[year, ...years].sort((a, b) => a - b).map((inYear) => (inYear === year ? period(year, target, ...actualIn(year)) : period(inYear, ...actualIn(inYear)))),
  ]);
}

// The actuals of an indicator of this activity (a project's, or a sub-project's own target's), the latest of each
// calendar year by the day measured; of two on one day, the one given later.
function latestActualsByYear(context: IatiExport, exported: ExportActivity, indicator: PerformanceIndicator): readonly { readonly actual: PerformanceActual; readonly index: number }[] {
  const latest = new Map<string, { readonly actual: PerformanceActual; readonly index: number }>();
  (context.options.performanceActuals ?? []).forEach((actual, index) => {
    const mine = exported.kind === 'project' ? actual.project === exported.id && actual.subProject === undefined : actual.subProject === exported.id && actual.project === exported.project.id;
    if (!mine || actual.indicator !== indicator.name) return;
    const year = actual.date.slice(0, 4);
    const known = latest.get(year);
    if (known === undefined || actual.date >= known.actual.date) latest.set(year, { actual, index });
  });
  return [...latest.values()];
}

function actualElement(context: IatiExport, actual: PerformanceActual, index: number): XmlElement {
  const incomplete = actual.source.completeness === 'incomplete';
  const comment = {
    zh: `实测日期：${actual.date}；来源：${textPreferring(actual.source.document, 'zh')}${incomplete ? '（据不完全统计）' : ''}`,
    en: `Measured on ${actual.date}; source: ${textPreferring(actual.source.document, 'en')}${incomplete ? ' (according to incomplete statistics)' : ''}`,
  };
  return xmlElement('actual', { value: actual.value }, [xmlElement('comment', {}, fixedNarrativesAt(comment, context, ['options', 'performanceActuals', index, 'source']))]);
}

function beneficiaryResult(context: IatiExport, exported: ExportActivity): XmlElement | undefined {
  const figures = context.beneficiariesOf(exported);
  const indicators = [
    ...figures.declared.flatMap(({ count, index }) => declaredIndicators(context, exported, count, index)),
    ...identifiedIndicators(context, figures.identified),
  ];
  if (indicators.length === 0) return undefined;
  return xmlElement('result', { type: 2 }, [xmlElement('title', {}, fixedNarratives({ zh: '受益人口', en: 'Beneficiaries' }, context.languages)), ...indicators]);
}

const declaredUnits = {
  'persons': { zh: '人数', en: 'persons', poorZh: '建档立卡贫困人口', poorEn: 'registered poor persons' },
  'households': { zh: '户数', en: 'households', poorZh: '建档立卡贫困户', poorEn: 'registered poor households' },
  'person-times': { zh: '人次', en: 'person-times', poorZh: '', poorEn: '' },
} as const;

// Persons and households are never summed across activities (the same person may be reached by several);
// person-times are. A registered-poor part is an indicator of its own beside the count.
function declaredIndicators(context: IatiExport, exported: ExportActivity, count: DeclaredCount, index: number): XmlElement[] {
  const whole = declaredIndicator(context, exported, count, index, count.count, { zh: declaredUnits[count.unit].zh, en: declaredUnits[count.unit].en });
  if (count.unit === 'person-times' || count.registeredPoor === undefined) return [whole];
  const units = declaredUnits[count.unit];
  return [whole, declaredIndicator(context, exported, count, index, count.registeredPoor, { zh: `${units.zh}，其中${units.poorZh}`, en: `${units.en}, of which ${units.poorEn}` })];
}

function declaredIndicator(context: IatiExport, exported: ExportActivity, count: DeclaredCount, index: number, value: number, unit: { readonly zh: string; readonly en: string }): XmlElement {
  const persons = count.unit !== 'person-times';
  const title = {
    zh: `申报受益${unit.zh}：${count.figure}`,
    en: `Declared beneficiaries (${unit.en}): ${count.figure}`,
  };
  const incomplete = count.source.completeness === 'incomplete';
  const comment = {
    zh: `来源：${textPreferring(count.source.document, 'zh')}${incomplete ? '（据不完全统计，为下限）' : ''}`,
    en: `Source: ${textPreferring(count.source.document, 'en')}${incomplete ? ' (according to incomplete statistics: a lower bound)' : ''}`,
  };
  const path = ['options', 'beneficiaries', 'declared', index];
  return xmlElement('indicator', { 'measure': 1, 'ascending': 'true', 'aggregation-status': persons ? 'false' : 'true' }, [
    xmlElement('title', {}, fixedNarrativesAt(title, context, [...path, 'figure'])),
    period(count.year ?? exported.project.year, xmlElement('actual', { value }, [xmlElement('comment', {}, fixedNarrativesAt(comment, context, [...path, 'source']))])),
  ]);
}

function identifiedIndicators(context: IatiExport, tallies: readonly BeneficiaryGroupTally[]): XmlElement[] {
  if (tallies.length === 0) return [];
  return IDENTIFIED_MEASURES.map(([measure, title]) =>
    xmlElement('indicator', { 'measure': 1, 'ascending': 'true', 'aggregation-status': 'false' }, [
      xmlElement('title', {}, fixedNarratives(title, context.languages)),
      ...tallies.map((tally) => period(tally.year, xmlElement('actual', { value: tally[measure] }))),
    ]),
  );
}

// Library wording that quotes input text: the input's path goes with it.
function fixedNarrativesAt(text: Wording, context: IatiExport, path: readonly (string | number)[]): XmlElement[] {
  return fixedNarratives(text, context.languages).map((narrative) => ({
    ...narrative,
    children: narrative.children.map((child) => ('name' in child ? child : { ...child, path })),
  }));
}
