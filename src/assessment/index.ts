/**
 * The assessment (考核) of a pairing's year: six areas, indicators computed from the programme record and its
 * non-project aid or entered with their sources, scores and a grade, by a configuration.
 *
 * Import it as `pairing-aid/assessment`, or everything from `pairing-aid`.
 *
 * @module assessment
 */
export {
  assessmentAreaLabels,
  assessmentAreas,
  assessmentGradeLabels,
  assessmentGrades,
  type AssessmentArea,
  type AssessmentGrade,
} from './assessment-areas.js';
export { assessmentMeasures, assessmentMeasureUnits, type AssessmentMeasure } from './assessment-measures.js';
export {
  illustrativeAssessmentConfiguration,
  type AssessmentAreaConfiguration,
  type AssessmentConfiguration,
  type AssessmentIndicator,
  type GradeThreshold,
} from './assessment-configuration.js';
export type { AssessmentSource, MeasuredFigure } from './compute-assessment-measures.js';
export {
  assessPairingYear,
  type AreaAssessment,
  type AssessedIndicator,
  type AssessPairingYearOptions,
  type EnteredFigure,
  type PairingAssessment,
  type PairingYearInput,
} from './assess-pairing-year.js';
export { renderPairingAssessment, type RenderAssessmentOptions } from './render-pairing-assessment.js';
export { evaluateProjectPerformance, type EvaluateProjectPerformanceOptions } from './evaluate-project-performance.js';
export { assessmentCalendar, type AssessmentCalendar } from './assessment-calendar.js';
