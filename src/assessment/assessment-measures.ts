/**
 * What the library computes from a programme record and its non-project aid for an assessment, with the unit
 * each is given in.
 *
 * | measure | unit | computed from |
 * |---|---|---|
 * | `funds-given` | 元 | the year's funds (their shares for the assessed recipients) |
 * | `funds-against-agreed` | % | `funds-given` ÷ the agreed amounts (协议数) of the plans covering the year |
 * | `budget-disbursed-in-year` | % | disbursements dated in the year ÷ budgets of the year's projects |
 * | `projects` | 个 | the year's projects in the assessed recipients |
 * | `cadres-trained` | 人 | trainees of the year's cadre training |
 * | `cadres-seconded` | 人 | cadres of the year's secondments |
 * | `exchange-visits` | 次 | visits of the year's exchange visits |
 * | `enterprises` | 家 | enterprises of the year's industrial cooperation |
 * | `investment` | 元 | investment of the year's industrial cooperation |
 * | `industrial-zones` | 个 | industrial zones of the year's industrial cooperation |
 * | `labourers-placed` | 人 | labourers placed by the year's labour cooperation |
 * | `paired-counties` | 个 | county-level recipients of the pairings in force in the year |
 */
export const assessmentMeasures = [
  'funds-given',
  'funds-against-agreed',
  'budget-disbursed-in-year',
  'projects',
  'cadres-trained',
  'cadres-seconded',
  'exchange-visits',
  'enterprises',
  'investment',
  'industrial-zones',
  'labourers-placed',
  'paired-counties',
] as const;

/** One of {@link assessmentMeasures}. */
export type AssessmentMeasure = (typeof assessmentMeasures)[number];

/** The unit each measure is given in. */
export const assessmentMeasureUnits: Readonly<Record<AssessmentMeasure, string>> = {
  'funds-given': '元',
  'funds-against-agreed': '%',
  'budget-disbursed-in-year': '%',
  'projects': '个',
  'cadres-trained': '人',
  'cadres-seconded': '人',
  'exchange-visits': '次',
  'enterprises': '家',
  'investment': '元',
  'industrial-zones': '个',
  'labourers-placed': '人',
  'paired-counties': '个',
};
