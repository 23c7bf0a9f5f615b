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
  defaultGradeShares,
  illustrativeAssessmentConfiguration,
  isQualitativeIndicator,
  type QualitativeIndicator,
  type QuantitativeIndicator,
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
export {
  assessmentCommandDefinitions,
  assessmentCommandTypes,
  assessmentStatuses,
  type AssessmentCommand,
  type AssessmentCommandDefinition,
  type AssessmentCommandPayloads,
  type AssessmentCommandType,
  type AssessmentEvent,
  type AssessmentEventCore,
  type AssessmentEventType,
  type AssessmentFinding,
  type AssessmentRole,
  type AssessmentStanding,
  type AssessmentStatus,
  type AssessmentStepKind,
  type AssessmentStepRecord,
} from './assessment-steps.js';
export { assessedOfficeKinds, decideAssessment, type AssessmentContext } from './decide-assessment.js';
export { applyAssessmentCommand, evolveAssessment, replayAssessment } from './evolve-assessment.js';
export {
  appendToAssessmentLog,
  parseAssessmentCommand,
  parseAssessmentLog,
  replayAssessmentLog,
  type AssessmentEventLog,
  type StoredAssessmentEvent,
} from './assessment-log.js';
export { assessmentCommandLabelsZh, assessmentStatusLabelsZh, assessmentTermsZh } from './assessment-labels.js';
export {
  buildAssessmentReport,
  type AssessmentProgress,
  type AssessmentProgressStep,
  type AssessmentReport,
  type AssessmentView,
  type BuildAssessmentReportOptions,
  type MissingFigure,
} from './assessment-report.js';
export { renderAssessmentReport, type RenderAssessmentReportOptions } from './render-assessment-report.js';
export { assessmentReportToJSON, type AssessmentReportJson } from './assessment-report-json.js';
