import type { LocalizedText } from '../model/text.js';
import type { AssessmentArea, AssessmentGrade } from './assessment-areas.js';
import type { AssessmentMeasure } from './assessment-measures.js';

/** What every indicator of an assessment has. */
interface IndicatorBase {
  /** Unique within the configuration; entered figures name it. */
  readonly id: string;
  readonly name: LocalizedText;
  /** The indicator's points, an exact decimal string; an area's indicators add up to its weight. */
  readonly points: string;
}

/** An indicator whose figure is a number, compared with a planned value. */
export interface QuantitativeIndicator extends IndicatorBase {
  /**
   * A measure the library computes from the record ({@link assessmentMeasures}), or `entered` for a figure only
   * the app can know (meetings held, townships paired), given with its source in {@link PairingYearInput.entered}.
   */
  readonly measure: AssessmentMeasure | 'entered';
  /** At least (`>=`) or at most (`<=`) the planned value. */
  readonly comparator: '>=' | '<=';
  /** The planned value as an exact decimal string, in the measure's unit (yuan for amounts). */
  readonly value: string;
  /** The unit of an entered figure; a computed measure has its own ({@link assessmentMeasureUnits}). */
  readonly unit?: string;
}

/**
 * An indicator whose figure is a judgement entered with its source: `yes-no` (full marks for `yes`, none for
 * `no`), or a `grade` (好 / 较好 / 一般 / 差) scoring the share of its points that `gradeShares` gives it.
 */
export interface QualitativeIndicator extends IndicatorBase {
  readonly measure: 'entered';
  readonly judgement: 'yes-no' | 'grade';
  /** For a `grade`: the share of the points, in percent, each grade scores; {@link defaultGradeShares} when left out. */
  readonly gradeShares?: Readonly<Record<AssessmentGrade, string>>;
}

/** One indicator of an assessment: a figure compared with a planned value, or a judgement. */
export type AssessmentIndicator = QuantitativeIndicator | QualitativeIndicator;

/**
 * The share of its points a graded indicator scores by grade, when its configuration names none: 好 100 %,
 * 较好 80 %, 一般 60 %, 差 0 % (illustrative, like every scale here).
 *
 * @example
 * ```ts
 * defaultGradeShares['fairly-good']
 * //=> '80'
 * ```
 */
export const defaultGradeShares: Readonly<Record<AssessmentGrade, string>> = { 'good': '100', 'fairly-good': '80', 'fair': '60', 'poor': '0' };

/**
 * Whether an indicator is a judgement rather than a figure.
 *
 * @param indicator - an indicator of a configuration
 * @returns `true` for a {@link QualitativeIndicator}
 *
 * @example
 * ```ts
 * isQualitativeIndicator({ id: 'on-agenda', name: { zh: '列入议事日程' }, measure: 'entered', judgement: 'yes-no', points: '2' })
 * //=> true
 * ```
 */
export function isQualitativeIndicator(indicator: AssessmentIndicator): indicator is QualitativeIndicator {
  return 'judgement' in indicator && indicator.judgement !== undefined;
}

/** One area of an assessment with its weight and indicators. */
export interface AssessmentAreaConfiguration {
  readonly area: AssessmentArea;
  /** The area's points, an exact decimal string; the areas add up to the total. */
  readonly weight: string;
  readonly indicators: readonly AssessmentIndicator[];
}

/** The lowest share of the points at stake, in percent, that earns a grade. */
export interface GradeThreshold {
  readonly grade: AssessmentGrade;
  /** An exact decimal string from 0 to 100. */
  readonly from: string;
}

/**
 * How a pairing's year is assessed. No national weights, indicators or grade scale were published: every part
 * is configuration, and a configuration says whether it is illustrative.
 */
export interface AssessmentConfiguration {
  readonly name: LocalizedText;
  /** `true` for a configuration made up to show the method, not one an authority adopted. */
  readonly illustrative: boolean;
  /** The points all areas add up to, e.g. `"100"`. */
  readonly total: string;
  readonly areas: readonly AssessmentAreaConfiguration[];
  /** What an indicator that is not met scores: its points times how close it came, or zero. */
  readonly whenNotMet: 'proportional' | 'zero';
  /** The grade scale, best first, each from a lower share than the one before; the last from `"0"`. */
  readonly grades: readonly GradeThreshold[];
  /**
   * Which of several reports of one non-project figure counts (the sources of 2011 give 1,100 and 550 cadres
   * trained): `smallest` credits only what every source supports; `largest` the most any source claims.
   */
  readonly figureRule: 'smallest' | 'largest';
}

/**
 * An illustrative configuration, made up to show the method and labelled as such: six areas weighted 10, 15,
 * 30, 15, 15 and 15 points of 100, one to three indicators each (one of them a yes/no judgement: whether the
 * cooperation is on the party committee's and government's agenda) with planned values sized for a prefecture-level
 * pairing of about 2011, proportional scores, and the grade scale 好 from 90 %, 较好 from 80 %, 一般 from 60 %, 差
 * below. No authority published weights, indicators or a scale; an app uses its own.
 *
 * @example
 * ```ts
 * illustrativeAssessmentConfiguration.areas.map((area) => [area.area, area.weight])
 * //=> [['organisation-leadership', '10'], ['talent-exchange', '15'], ['funding', '30'], ['industrial-cooperation', '15'], ['labour-cooperation', '15'], ['county-pairing', '15']]
 * ```
 */
export const illustrativeAssessmentConfiguration: AssessmentConfiguration = {
  name: { zh: '示例考核方案', en: 'Illustrative assessment configuration' },
  illustrative: true,
  total: '100',
  whenNotMet: 'proportional',
  figureRule: 'smallest',
  grades: [
    { grade: 'good', from: '90' },
    { grade: 'fairly-good', from: '80' },
    { grade: 'fair', from: '60' },
    { grade: 'poor', from: '0' },
  ],
  areas: [
    {
      area: 'organisation-leadership',
      weight: '10',
      indicators: [
        { id: 'leadership-meetings', name: { zh: '党政主要负责同志研究部署东西部扶贫协作的会议', en: 'Meetings of the leading officials on the cooperation' }, measure: 'entered', comparator: '>=', value: '2', unit: '次', points: '3' },
        { id: 'on-party-agenda', name: { zh: '对口帮扶列入党委政府重要议事日程', en: "The cooperation is on the party committee's and government's agenda" }, measure: 'entered', judgement: 'yes-no', points: '2' },
        { id: 'exchange-visits', name: { zh: '互访考察', en: 'Exchange visits' }, measure: 'exchange-visits', comparator: '>=', value: '2', points: '5' },
      ],
    },
    {
      area: 'talent-exchange',
      weight: '15',
      indicators: [
        { id: 'cadres-trained', name: { zh: '培训干部和专业技术人员', en: 'Cadres and professionals trained' }, measure: 'cadres-trained', comparator: '>=', value: '500', points: '10' },
        { id: 'cadres-seconded', name: { zh: '选派挂职干部', en: 'Cadres seconded' }, measure: 'cadres-seconded', comparator: '>=', value: '5', points: '5' },
      ],
    },
    {
      area: 'funding',
      weight: '30',
      indicators: [
        { id: 'funds-given', name: { zh: '财政援助资金', en: 'Funds given' }, measure: 'funds-given', comparator: '>=', value: '40000000', points: '10' },
        { id: 'funds-against-agreed', name: { zh: '资金到位率（对协议数）', en: 'Funds given against the agreed amount' }, measure: 'funds-against-agreed', comparator: '>=', value: '100', points: '10' },
        { id: 'budget-disbursed-in-year', name: { zh: '当年项目资金拨付率', en: "Share of the year's project budgets disbursed in the year" }, measure: 'budget-disbursed-in-year', comparator: '>=', value: '90', points: '10' },
      ],
    },
    {
      area: 'industrial-cooperation',
      weight: '15',
      indicators: [
        { id: 'enterprises', name: { zh: '引导企业投资', en: 'Enterprises investing' }, measure: 'enterprises', comparator: '>=', value: '10', points: '5' },
        { id: 'investment', name: { zh: '企业实际投资额', en: 'Investment by enterprises' }, measure: 'investment', comparator: '>=', value: '10000000', points: '5' },
        { id: 'industrial-zones', name: { zh: '共建产业园区', en: 'Industrial zones built together' }, measure: 'industrial-zones', comparator: '>=', value: '1', points: '5' },
      ],
    },
    {
      area: 'labour-cooperation',
      weight: '15',
      indicators: [
        { id: 'labourers-placed', name: { zh: '组织劳务输出', en: 'Labourers placed' }, measure: 'labourers-placed', comparator: '>=', value: '10000', points: '15' },
      ],
    },
    {
      area: 'county-pairing',
      weight: '15',
      indicators: [
        { id: 'paired-counties', name: { zh: '结对县（区）', en: 'Counties paired' }, measure: 'paired-counties', comparator: '>=', value: '5', points: '10' },
        { id: 'paired-townships', name: { zh: '结对乡镇（街道）', en: 'Townships paired' }, measure: 'entered', comparator: '>=', value: '10', unit: '个', points: '5' },
      ],
    },
  ],
};
