/**
 * The six areas of the annual assessment of east–west cooperation (东西部扶贫协作考核), for donor and recipient
 * alike.
 *
 * | area | 中文 |
 * |---|---|
 * | `organisation-leadership` | 组织领导 |
 * | `talent-exchange` | 人才支援 |
 * | `funding` | 资金支持 |
 * | `industrial-cooperation` | 产业合作 |
 * | `labour-cooperation` | 劳务协作 |
 * | `county-pairing` | 携手奔小康 |
 */
export const assessmentAreas = [
  'organisation-leadership',
  'talent-exchange',
  'funding',
  'industrial-cooperation',
  'labour-cooperation',
  'county-pairing',
] as const;

/** One of {@link assessmentAreas}. */
export type AssessmentArea = (typeof assessmentAreas)[number];

/** The names of the areas in Chinese and English. */
export const assessmentAreaLabels: Readonly<Record<AssessmentArea, { readonly zh: string; readonly en: string }>> = {
  'organisation-leadership': { zh: '组织领导', en: 'Organisation and leadership' },
  'talent-exchange': { zh: '人才支援', en: 'Talent exchange' },
  'funding': { zh: '资金支持', en: 'Funding' },
  'industrial-cooperation': { zh: '产业合作', en: 'Industrial cooperation' },
  'labour-cooperation': { zh: '劳务协作', en: 'Labour cooperation' },
  'county-pairing': { zh: '携手奔小康', en: 'County-level pairing' },
};

/** The grades of an assessment, best first: 好, 较好, 一般, 差. */
export const assessmentGrades = ['good', 'fairly-good', 'fair', 'poor'] as const;

/** One of {@link assessmentGrades}. */
export type AssessmentGrade = (typeof assessmentGrades)[number];

/** The names of the grades in Chinese and English. */
export const assessmentGradeLabels: Readonly<Record<AssessmentGrade, { readonly zh: string; readonly en: string }>> = {
  'good': { zh: '好', en: 'good' },
  'fairly-good': { zh: '较好', en: 'fairly good' },
  'fair': { zh: '一般', en: 'fair' },
  'poor': { zh: '差', en: 'poor' },
};
