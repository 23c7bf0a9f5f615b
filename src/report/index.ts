/**
 * The donor's annual report (in English and Chinese, as text or JSON) built from a programme, its non-project aid and declared figures.
 *
 * Import it as `pairing-aid/report`, or everything from `pairing-aid`.
 *
 * @module report
 */
export type { AnnualReportInput } from './annual-report-input.js';
export type { AnnualReportOptions } from './annual-report-options.js';
export type {
  AidRow,
  AnnualReport,
  AssetRow,
  AssetsSection,
  BeneficiariesSection,
  DeclaredProjectFigure,
  ExchangesSection,
  FundCategoryRow,
  FundsSection,
  IndustryRow,
  IndustrySection,
  ItemisedProjects,
  LabourRow,
  LabourSection,
  OlderCodeRecords,
  PlanRow,
  PlansSection,
  PrefectureRow,
  ProjectsSection,
  ProjectTypeRow,
  ReportRegion,
  SecondmentRow,
  StudentRow,
  StudentsSection,
  TrainingRow,
  TrainingSection,
  VisitRow,
  ProjectGroup,
  ProjectStanding,
  ReportProjectBeneficiaries,
  ReportProjectRow,
} from './annual-report.js';
export { buildAnnualReport } from './build-annual-report.js';
export type { DeclaredPart } from './declared-part.js';
export {
  declaredProjectCount,
  declaredProjectCountSchema,
  parseDeclaredProjectCount,
  projectScopes,
  type DeclaredProjectCount,
  type ProjectScope,
} from './declared-project-count.js';
export { renderAnnualReport, type RenderAnnualReportOptions } from './render/render-annual-report.js';
export { reportLocales, type ReportLocale } from './render/report-locale.js';
export { annualReportToJSON, type AnnualReportJson } from './annual-report-json.js';
export { issueTermsZh } from './issue-terms-zh.js';
