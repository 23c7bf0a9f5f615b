import { checkNonProjectAid } from '../aid/check-non-project-aid.js';
import type { NonProjectAid } from '../aid/non-project-aid.js';
import type { IsoDate } from '../dates/iso-date.js';
import { createIssue, prefixIssues, type Issue } from '../errors/issue.js';
import type { Result } from '../errors/result.js';
import { LibDecimal, type LibDecimalValue } from '../internal/decimal.js';
import { compareWithPlanned } from '../model/performance/evaluate-performance.js';
import type { SourceReference } from '../model/source.js';
import type { LocalizedText } from '../model/text.js';
import type { RegionCode } from '../regions/region-code.js';
import type { RegionRegistry } from '../regions/region-registry.js';
import { checkProgramme } from '../record/check-programme.js';
import { effectiveProgramme } from '../record/effective-programme.js';
import type { ProgrammeRecord } from '../record/programme-record.js';
import { recordAsOf } from '../record/record-as-of.js';
import { assessmentAreas, assessmentGrades, type AssessmentArea, type AssessmentGrade } from './assessment-areas.js';
import { defaultGradeShares, isQualitativeIndicator, type AssessmentConfiguration, type AssessmentIndicator, type QualitativeIndicator } from './assessment-configuration.js';
import { assessmentMeasures, assessmentMeasureUnits } from './assessment-measures.js';
import { computeMeasure, type AssessmentSource, type MeasuredFigure } from './compute-assessment-measures.js';

/** A figure only the app can know, entered for an `entered` indicator with its source. */
export interface EnteredFigure {
  /** The indicator's id in the configuration. */
  readonly indicator: string;
  /**
   * An exact decimal string in the indicator's unit; for a judgement, `yes` or `no` (a `yes-no` indicator) or a
   * grade (`good`, `fairly-good`, `fair`, `poor`).
   */
  readonly value: string;
  readonly source: SourceReference;
}

/** What a pairing's year is assessed on. */
export interface PairingYearInput {
  /** The programme with its event logs; read as it stood at the end of the year. */
  readonly record: ProgrammeRecord;
  /** Cadre training, secondments, visits, industrial and labour cooperation of the year. */
  readonly nonProjectAid: readonly NonProjectAid[];
  /** Figures of `entered` indicators: what the record cannot give, each with its source. */
  readonly entered: readonly EnteredFigure[];
}

/** Whose year is assessed. */
export interface AssessPairingYearOptions {
  readonly year: number;
  readonly donor: RegionCode;
  /** The recipients assessed together: one for a per-recipient assessment, all of them for the pairing. */
  readonly recipients: readonly RegionCode[];
  readonly registry?: RegionRegistry;
}

/** One indicator of an assessed year: the figure, where it comes from, and its score. */
export interface AssessedIndicator {
  readonly id: string;
  readonly name: LocalizedText;
  readonly measure: AssessmentIndicator['measure'];
  /** For a figure: how it is compared with the planned value; absent for a judgement. */
  readonly comparator?: '>=' | '<=';
  readonly planned?: string;
  /** For a judgement: what kind it is (`yes-no` or `grade`); absent for a figure. */
  readonly judgement?: 'yes-no' | 'grade';
  readonly unit: string;
  /** The figure (or the judgement: `yes`, `no`, a grade); absent when it is missing. */
  readonly value?: string;
  /**
   * Why a figure is missing: `no-data` (nothing in the record to compute it from, or not entered), `not-split`
   * (the records are for these and other recipients together).
   */
  readonly missing?: 'no-data' | 'not-split' | 'not-entered';
  /** The records and documents the figure comes from. */
  readonly sources: readonly AssessmentSource[];
  readonly status: 'met' | 'not-met' | 'missing';
  /** Achievement in percent, uncapped; absent when missing or planned is zero. */
  readonly rate?: string;
  readonly points: string;
  /** Absent when missing. */
  readonly score?: string;
}

/** One area of an assessed year. */
export interface AreaAssessment {
  readonly area: AssessmentArea;
  readonly points: string;
  readonly score: string;
  readonly missingPoints: string;
  readonly indicators: readonly AssessedIndicator[];
}

/** A pairing's year assessed: per area and overall, with the grade and what is missing. */
export interface PairingAssessment {
  readonly year: number;
  readonly donor: RegionCode;
  readonly recipients: readonly RegionCode[];
  readonly configuration: { readonly name: LocalizedText; readonly illustrative: boolean };
  readonly areas: readonly AreaAssessment[];
  readonly score: string;
  readonly maxScore: string;
  /** Points of indicators whose figure is missing. */
  readonly missingPoints: string;
  /** Score as a share of the points at stake, in percent, cut to two decimals. */
  readonly percent: string;
  readonly grade: AssessmentGrade;
  /** `true` while a figure is missing: the grade may still rise. */
  readonly provisional: boolean;
  /** Problems in the record or the non-project aid (as the annual report lists them); the figures stand. */
  readonly issues: readonly Issue[];
}

const ZERO = new LibDecimal(0);
const DECIMAL = /^\d+(?:\.\d+)?$/;
const ROUND_DOWN = 1;

/**
 * Assesses a pairing's year (考核) by a configuration: each indicator's figure computed from the programme record
 * and its non-project aid — funds, ledger, plans, pairings, training, secondments, cooperation — with the records
 * and documents it comes from, or entered by the app with its source where the record cannot give it. A figure
 * that cannot be had is missing: it scores nothing and is never met, and the grade is provisional. Scores are
 * exact decimals, cut to two places, each within its points.
 *
 * @param input - the record, the non-project aid and the entered figures
 * @param configuration - areas, indicators, points, scoring rule and grade scale
 * @param options - the year, the donor and the recipients assessed
 * @returns the assessment, or issues of the configuration and the entered figures: `assessment-weights-mismatch`,
 *   `assessment-value-invalid`, `assessment-indicator-repeated`, `assessment-grades-invalid`,
 *   `assessment-entered-unknown`, `assessment-entered-computed`, `assessment-entered-repeated`,
 *   `assessment-judgement-invalid`
 *
 * @example
 * ```ts
 * import { seedNonProjectAid2011, seedRecord2011 } from 'pairing-aid/examples/2011'
 * const assessed = unwrap(assessPairingYear(
 *   { record: seedRecord2011, nonProjectAid: seedNonProjectAid2011, entered: [] },
 *   illustrativeAssessmentConfiguration,
 *   { year: 2011, donor: regionCode('440300'), recipients: [regionCode('522400'), regionCode('522700')] },
 * ));
 * assessed.areas.find((area) => area.area === 'funding')?.indicators.map((i) => [i.id, i.value, i.status]);
 * //=> [['funds-given', '46910000.00', 'met'], ['funds-against-agreed', undefined, 'missing'], ['budget-disbursed-in-year', '99.91', 'met']]
 * [assessed.score, assessed.maxScore, assessed.grade, assessed.provisional];
 * //=> ['52.50', '100.00', 'poor', true]
 * ```
 */
export function assessPairingYear(input: PairingYearInput, configuration: AssessmentConfiguration, options: AssessPairingYearOptions): Result<PairingAssessment> {
  const issues = [...checkConfiguration(configuration), ...checkEntered(input.entered, configuration)];
  if (issues.length > 0) return { ok: false, issues };
  const yearEnd = `${String(options.year).padStart(4, '0')}-12-31` as IsoDate;
  const record = recordAsOf(input.record, yearEnd);
  const programme = effectiveProgramme(record);
  const context = {
    programme,
    nonProjectAid: input.nonProjectAid,
    year: options.year,
    donor: options.donor,
    recipients: options.recipients,
    figureRule: configuration.figureRule,
    ...(options.registry === undefined ? {} : { registry: options.registry }),
  };
  const entered = new Map(input.entered.map((figure) => [figure.indicator, figure]));
  const areas = configuration.areas.map((area) => {
    const indicators = area.indicators.map((indicator) =>
      assessIndicator(indicator, indicator.measure === 'entered' ? enteredFigure(entered.get(indicator.id)) : computeMeasure(indicator.measure, context), configuration),
    );
    const score = indicators.reduce((sum, indicator) => sum.plus(indicator.score ?? '0'), ZERO);
    const missing = indicators.reduce((sum, indicator) => (indicator.status === 'missing' ? sum.plus(indicator.points) : sum), ZERO);
    return { area: area.area, points: fixed(new LibDecimal(area.weight)), score: fixed(score), missingPoints: fixed(missing), indicators };
  });
  const score = areas.reduce((sum, area) => sum.plus(area.score), ZERO);
  const maxScore = new LibDecimal(configuration.total);
  const missing = areas.reduce((sum, area) => sum.plus(area.missingPoints), ZERO);
  const percent = maxScore.isZero() ? ZERO : score.times(100).dividedBy(maxScore).toDecimalPlaces(2, ROUND_DOWN);
  const grade = configuration.grades.find((threshold) => percent.greaterThanOrEqualTo(threshold.from))?.grade ?? 'poor';
  return {
    ok: true,
    value: {
      year: options.year,
      donor: options.donor,
      recipients: options.recipients,
      configuration: { name: configuration.name, illustrative: configuration.illustrative },
      areas,
      score: fixed(score),
      maxScore: fixed(maxScore),
      missingPoints: fixed(missing),
      percent: fixed(percent),
      grade,
      provisional: !missing.isZero() || areas.some((area) => area.indicators.some((indicator) => indicator.status === 'missing')),
      issues: [...prefixIssues(checkProgramme(record), ['record']), ...prefixIssues(checkNonProjectAid(input.nonProjectAid, { programme }), ['nonProjectAid'])],
    },
  };
}

const fixed = (value: LibDecimalValue): string => value.toFixed(2, ROUND_DOWN);

function enteredFigure(figure: EnteredFigure | undefined): MeasuredFigure | { readonly unavailable: 'not-entered'; readonly sources: readonly AssessmentSource[] } {
  if (figure === undefined) return { unavailable: 'not-entered', sources: [] };
  return { value: figure.value, sources: [{ kind: 'entered', ids: [], references: [figure.source] }] };
}

function assessIndicator(
  indicator: AssessmentIndicator,
  figure: MeasuredFigure | { readonly unavailable: 'not-entered'; readonly sources: readonly AssessmentSource[] },
  configuration: AssessmentConfiguration,
): AssessedIndicator {
  const points = new LibDecimal(indicator.points);
  if (isQualitativeIndicator(indicator)) return assessJudgement(indicator, figure);
  const base = {
    id: indicator.id,
    name: indicator.name,
    measure: indicator.measure,
    comparator: indicator.comparator,
    planned: indicator.value,
    unit: indicator.measure === 'entered' ? (indicator.unit ?? '') : assessmentMeasureUnits[indicator.measure],
    sources: figure.sources,
    points: fixed(points),
  };
  if (!('value' in figure)) return { ...base, missing: figure.unavailable, status: 'missing' };
  const { met, ratio, closeness } = compareWithPlanned(indicator, new LibDecimal(figure.value));
  const score = met ? points : configuration.whenNotMet === 'zero' ? ZERO : points.times(closeness).toDecimalPlaces(2, ROUND_DOWN);
  return { ...base, value: figure.value, status: met ? 'met' : 'not-met', ...(ratio === undefined ? {} : { rate: fixed(ratio.times(100)) }), points: fixed(points), score: fixed(score) };
}

// A judgement scores its points times the share its answer earns: all for yes, none for no, the grade's share.
function assessJudgement(indicator: QualitativeIndicator, figure: MeasuredFigure | { readonly unavailable: 'not-entered'; readonly sources: readonly AssessmentSource[] }): AssessedIndicator {
  const points = new LibDecimal(indicator.points);
  const base = { id: indicator.id, name: indicator.name, measure: indicator.measure, judgement: indicator.judgement, unit: '', sources: figure.sources, points: fixed(points) };
  if (!('value' in figure)) return { ...base, missing: figure.unavailable, status: 'missing' };
  const share = indicator.judgement === 'yes-no' ? (figure.value === 'yes' ? new LibDecimal(100) : ZERO) : new LibDecimal((indicator.gradeShares ?? defaultGradeShares)[figure.value as AssessmentGrade]);
  const met = share.greaterThanOrEqualTo(100);
  return { ...base, value: figure.value, status: met ? 'met' : 'not-met', score: fixed(met ? points : points.times(share).dividedBy(100).toDecimalPlaces(2, ROUND_DOWN)) };
}

const JUDGEMENTS: Readonly<Record<QualitativeIndicator['judgement'], readonly string[]>> = { 'yes-no': ['yes', 'no'], 'grade': assessmentGrades };

function checkConfiguration(configuration: AssessmentConfiguration): Issue[] {
  const issues: Issue[] = [];
  const read = (input: unknown, path: readonly (string | number)[]): LibDecimalValue | undefined => {
    if (typeof input === 'string' && DECIMAL.test(input)) return new LibDecimal(input);
    issues.push(createIssue('assessment-value-invalid', path, { input: String(input) }));
    return undefined;
  };
  const total = read(configuration.total, ['configuration', 'total']);
  const ids = new Set<string>();
  let sum = ZERO;
  configuration.areas.forEach((area, a) => {
    const path = ['configuration', 'areas', a];
    if (!assessmentAreas.includes(area.area)) issues.push(createIssue('assessment-value-invalid', [...path, 'area'], { input: String(area.area) }));
    const weight = read(area.weight, [...path, 'weight']);
    let points = ZERO;
    area.indicators.forEach((indicator, i) => {
      const at = [...path, 'indicators', i];
      if (ids.has(indicator.id)) issues.push(createIssue('assessment-indicator-repeated', [...at, 'id'], { indicator: indicator.id }));
      ids.add(indicator.id);
      if (isQualitativeIndicator(indicator)) {
        if ((indicator.measure as string) !== 'entered') issues.push(createIssue('assessment-value-invalid', [...at, 'measure'], { input: String(indicator.measure) }));
        if (!Object.hasOwn(JUDGEMENTS, indicator.judgement)) issues.push(createIssue('assessment-value-invalid', [...at, 'judgement'], { input: String(indicator.judgement) }));
        if (indicator.gradeShares !== undefined) {
          for (const grade of assessmentGrades) {
            const share = read(indicator.gradeShares[grade], [...at, 'gradeShares', grade]);
            if (share?.greaterThan(100)) issues.push(createIssue('assessment-value-invalid', [...at, 'gradeShares', grade], { input: indicator.gradeShares[grade] }));
          }
        }
      } else {
        if (indicator.measure !== 'entered' && !assessmentMeasures.includes(indicator.measure)) issues.push(createIssue('assessment-value-invalid', [...at, 'measure'], { input: String(indicator.measure) }));
        if (indicator.comparator !== '>=' && indicator.comparator !== '<=') issues.push(createIssue('assessment-value-invalid', [...at, 'comparator'], { input: String(indicator.comparator) }));
        read(indicator.value, [...at, 'value']);
      }
      points = points.plus(read(indicator.points, [...at, 'points']) ?? ZERO);
    });
    if (weight !== undefined && !points.equals(weight)) issues.push(createIssue('assessment-weights-mismatch', [...path, 'indicators'], { area: area.area, sum: points.toFixed(), total: weight.toFixed() }));
    sum = sum.plus(weight ?? ZERO);
  });
  if (total !== undefined && !sum.equals(total)) issues.push(createIssue('assessment-weights-mismatch', ['configuration', 'areas'], { sum: sum.toFixed(), total: total.toFixed() }));
  if (!gradesInOrder(configuration)) issues.push(createIssue('assessment-grades-invalid', ['configuration', 'grades']));
  return issues;
}

function gradesInOrder(configuration: AssessmentConfiguration): boolean {
  const grades = configuration.grades;
  if (grades.length === 0 || grades.some((threshold) => !DECIMAL.test(threshold.from) || !assessmentGrades.includes(threshold.grade))) return false;
  if (!new LibDecimal(grades[grades.length - 1]!.from).isZero() || new LibDecimal(grades[0]!.from).greaterThan(100)) return false;
  return grades.every((threshold, i) => i === 0 || new LibDecimal(threshold.from).lessThan(grades[i - 1]!.from));
}

function checkEntered(entered: readonly EnteredFigure[], configuration: AssessmentConfiguration): Issue[] {
  const indicators = new Map(configuration.areas.flatMap((area) => area.indicators.map((indicator) => [indicator.id, indicator] as const)));
  const seen = new Set<string>();
  return entered.flatMap((figure, i): Issue[] => {
    const path = ['input', 'entered', i];
    const indicator = indicators.get(figure.indicator);
    if (indicator === undefined) return [createIssue('assessment-entered-unknown', [...path, 'indicator'], { indicator: figure.indicator })];
    if (indicator.measure !== 'entered') return [createIssue('assessment-entered-computed', [...path, 'indicator'], { indicator: figure.indicator, measure: indicator.measure })];
    if (seen.has(figure.indicator)) return [createIssue('assessment-entered-repeated', [...path, 'indicator'], { indicator: figure.indicator })];
    seen.add(figure.indicator);
    if (isQualitativeIndicator(indicator)) {
      const allowed = JUDGEMENTS[indicator.judgement] ?? [];
      return allowed.includes(figure.value) ? [] : [createIssue('assessment-judgement-invalid', [...path, 'value'], { indicator: figure.indicator, input: String(figure.value), allowed: allowed.join(', ') })];
    }
    return typeof figure.value === 'string' && DECIMAL.test(figure.value) ? [] : [createIssue('assessment-value-invalid', [...path, 'value'], { input: String(figure.value) })];
  });
}
