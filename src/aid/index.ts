/**
 * Aid that is not a project: cadre secondment and training, labour cooperation, industrial cooperation, exchange visits and student subsidies, with qualified figures.
 *
 * Import it as `pairing-aid/aid`, or everything from `pairing-aid`.
 *
 * @module aid
 */
export type { AidActivityCore } from './aid-activity.js';
export type { CadreSecondment } from './cadre-secondment.js';
export type { CadreTraining } from './cadre-training.js';
export { checkNonProjectAid, type CheckNonProjectAidOptions } from './check-non-project-aid.js';
export { chooseReportedFigure, type ChosenFigure } from './choose-reported-figure.js';
export { exchangeDirections, exchangeLevels, type ExchangeDirection, type ExchangeLevel, type ExchangeVisit } from './exchange-visit.js';
export { figureQualifiers, type FigureQualifier } from './figure-qualifier.js';
export {
  industrialZoneStatuses,
  type AgreementParty,
  type FrameworkAgreement,
  type IndustrialCooperation,
  type IndustrialZone,
  type IndustrialZoneStatus,
} from './industrial-cooperation.js';
export { figureBases, type FigureBasis, type LabourCooperation, type LabourPlacementSplit } from './labour-cooperation.js';
export { nonProjectAidKinds, type NonProjectAid, type NonProjectAidKind } from './non-project-aid.js';
export { datePrecisions, type DatePrecision, type PartialDate } from './partial-date.js';
export { nonProjectAid, parseNonProjectAid, parseNonProjectAidRecords } from './parse-non-project-aid.js';
export type { FigureValue, ReportedFigure } from './reported-figure.js';
export {
  cadreSecondmentSchema,
  cadreTrainingSchema,
  exchangeVisitSchema,
  industrialCooperationSchema,
  labourCooperationSchema,
  nonProjectAidSchema,
  studentSubsidySchema,
} from './schemas/aid-schemas.js';
export { partialDateSchema } from './schemas/figure-schemas.js';
export type { StudentSubsidy } from './student-subsidy.js';
