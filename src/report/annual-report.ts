import type { ChosenFigure } from '../aid/choose-reported-figure.js';
import type { ExchangeDirection, ExchangeLevel } from '../aid/exchange-visit.js';
import type { FrameworkAgreement, IndustrialZone } from '../aid/industrial-cooperation.js';
import type { LabourPlacementSplit } from '../aid/labour-cooperation.js';
import type { NonProjectAidKind } from '../aid/non-project-aid.js';
import type { PartialDate } from '../aid/partial-date.js';
import type { BeneficiaryTally } from '../beneficiaries/beneficiary-count.js';
import type { BeneficiaryBounds, DeclaredPersonBounds } from '../beneficiaries/bound-beneficiaries.js';
import type { ChosenDeclaredCount, DeclaredCountRule } from '../beneficiaries/choose-declared-counts.js';
import type { PersonCount, PersonTimeCount } from '../beneficiaries/counts.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { Issue } from '../errors/issue.js';
import type { LifecycleStatus } from '../lifecycle/lifecycle-states.js';
import type { Amount } from '../money/amount.js';
import type { FundCategoryCode } from '../model/fund-category.js';
import type { ActivityId, FundId, LedgerEntryId, PlanId, ProjectId, SubProjectId } from '../model/ids.js';
import type { PlanKind } from '../model/plan.js';
import type { PlanActual, PlanComparison } from '../model/plans/compare-plan.js';
import type { ProjectTypeCode } from '../model/project-type.js';
import type { AssetClass } from '../model/project-asset.js';
import type { LedgerTotals } from '../model/rollup/roll-up.js';
import type { SourceReference } from '../model/source.js';
import type { LocalizedText } from '../model/text.js';
import type { RegionCode } from '../regions/region-code.js';
import type { RegionName } from '../regions/region.js';
import type { DeclaredPart } from './declared-part.js';
import type { DeclaredProjectCount, ProjectScope } from './declared-project-count.js';

/** A division as the report shows it: the code in force on the report's date, its name, and the codes the data used for it. */
export interface ReportRegion {
  readonly code: RegionCode;
  /** From the registry on the report's date; absent when the registry does not list the code. */
  readonly name?: RegionName;
  /** The codes in the data that stand for it (2011's 522400 for 520500), when they differ from `code`. */
  readonly codesInData: readonly RegionCode[];
}

/**
 * The records of a report written under one code that no longer stood for its area on the report's date
 * (大方县's 522422 after the 2011 renumbering), with the division they were counted under: an auditor sees why a
 * record in 522422 appears under 520521, and which records a data owner may want to recode.
 */
export interface OlderCodeRecords {
  /** The code as written. */
  readonly code: RegionCode;
  /** Its name when the records were written, from the registry. */
  readonly name?: RegionName;
  /** The division the records were counted under: the code in force on the report's date for that area (for a split area, the division holding all its parts). */
  readonly countedUnder: ReportRegion;
  /** The report's projects located there. */
  readonly projects: readonly ProjectId[];
  /** Their sub-projects located there. */
  readonly subProjects: readonly SubProjectId[];
  /** The ledger entries of the year placed there (by their sub-project, else their project). */
  readonly ledgerEntries: readonly LedgerEntryId[];
  /** Positions in the input's `declaredBeneficiaries` of the year's declared counts of that region. */
  readonly declaredBeneficiaries: readonly number[];
  /** Positions in the input's `identifiedBeneficiaries` of the records counted there; never the persons. */
  readonly identifiedBeneficiaries: readonly number[];
}

/** One fund category: what was donated, and what the data itemises of it. */
export interface FundCategoryRow {
  readonly category: FundCategoryCode;
  readonly label: LocalizedText;
  /** The funds' breakdown for the category. */
  readonly donated: Amount;
  /** The approved budgets of the itemised projects of the category. */
  readonly itemisedProjects: Amount;
  /** The funds of the non-project aid records of the category. */
  readonly nonProjectAid: Amount;
  /** `donated − itemisedProjects − nonProjectAid`: what the data does not itemise (negative when it over-allocates). */
  readonly notItemised: Amount;
}

/** Funds by category and by recipient, with where they are reported. */
export interface FundsSection {
  readonly funds: readonly FundId[];
  readonly total: Amount;
  readonly byCategory: readonly FundCategoryRow[];
  /** The shares whose recipient the sources name, by recipient. */
  readonly byRecipient: readonly { readonly region: ReportRegion; readonly amount: Amount }[];
  /** The part of the total whose recipient the sources do not name. */
  readonly notSplitByRecipient: Amount;
  readonly sources: readonly SourceReference[];
  /** A source says "according to incomplete statistics": the amounts are lower bounds. */
  readonly incomplete: boolean;
}

/** Itemised projects and sub-projects with their approved budgets. */
export interface ItemisedProjects {
  readonly projects: number;
  readonly subProjects: number;
  readonly budget: Amount;
}

/** Some projects with their ledger entries dated in the year. */
export interface ProjectGroup extends ItemisedProjects {
  /** The entries dated in the report's year, by kind. */
  readonly ledger: LedgerTotals;
}

/** The projects of one prefecture: the year's approved projects with their money, and money carried over. */
export interface PrefectureRow extends ItemisedProjects {
  readonly region: ReportRegion;
  /** The year's approved projects' entries dated in the year (new money). */
  readonly ledger: LedgerTotals;
  /** Earlier years' projects' entries dated in the year (结转). */
  readonly carriedOver: LedgerTotals;
}

/**
 * How a project counts in a report, by its state at the end of the year: `approved` once the prefecture
 * government approved it (whatever came after, suspension included), `withdrawn` when cancelled or rejected,
 * `pending` before its final approval.
 */
export type ProjectStanding = 'approved' | 'pending' | 'withdrawn';

/** The beneficiaries of one project in the year, as the data gives them. */
export interface ReportProjectBeneficiaries {
  /** Distinct persons among the identified records attached to it (or its sub-projects) in the year. */
  readonly identified?: PersonCount;
  /** The largest declared count of persons attached to it for the year (a lower bound). */
  readonly declared?: PersonCount;
}

/** One project of the report: what it is, where, its state at the end of the year, and its money. */
export interface ReportProjectRow {
  readonly project: ProjectId;
  readonly name: LocalizedText;
  /** The project's division, in the code in force on the report's date. */
  readonly region: ReportRegion;
  readonly township?: string;
  readonly village?: string;
  /** Its plan year: earlier than the report's for a project whose money is carried over. */
  readonly year: number;
  readonly status: LifecycleStatus;
  readonly statusLabel: LocalizedText;
  readonly standing: ProjectStanding;
  /** An earlier year's project with money dated in this one (结转). */
  readonly carriedOver: boolean;
  /** The approved budget, with the changes in effect at the end of the year. */
  readonly budget: Amount;
  /** Its entries dated in the year: committed, disbursed, spent. */
  readonly inYear: LedgerTotals;
  /** Its entries dated up to the end of the year. */
  readonly toDate: LedgerTotals;
  readonly beneficiaries: ReportProjectBeneficiaries;
}

/** The projects of one type (sub-projects counted by their own type). */
export interface ProjectTypeRow extends ItemisedProjects {
  readonly type: ProjectTypeCode;
  readonly label: LocalizedText;
  readonly infrastructure: boolean;
}

/** A declared project figure: the report chosen, all reports, and what the data itemises for the same scope and region. */
export interface DeclaredProjectFigure {
  readonly scope: ProjectScope;
  readonly region?: ReportRegion;
  readonly chosen: DeclaredProjectCount;
  readonly rule: DeclaredCountRule;
  readonly reports: readonly DeclaredProjectCount[];
  readonly itemised: ItemisedProjects;
}

/**
 * Projects: itemised (the year's approved projects, all and infrastructure), money carried over from earlier
 * years' projects, projects not yet approved and those cancelled or rejected (apart: counted neither as
 * approved nor as planned), declared counts, by prefecture, by type, and one row per project.
 */
export interface ProjectsSection {
  /** The year's projects approved by its end, with their entries dated in the year (new money). */
  readonly itemised: ProjectGroup;
  readonly infrastructure: ItemisedProjects;
  /** Earlier years' approved projects with entries dated in the year (结转). */
  readonly carriedOver: ProjectGroup;
  /** Projects not yet approved at the end of the year. */
  readonly pending: ProjectGroup;
  /** Projects cancelled or rejected by the end of the year, with whatever money they moved in it. */
  readonly withdrawn: ProjectGroup;
  readonly declared: readonly DeclaredProjectFigure[];
  readonly byPrefecture: readonly PrefectureRow[];
  readonly byType: readonly ProjectTypeRow[];
  /** Every project the report lists, in the programme's order. */
  readonly rows: readonly ReportProjectRow[];
}

/** Beneficiaries: declared counts (chosen, with their reports), identified counts, and the bounds of the whole. */
export interface BeneficiariesSection {
  readonly declared: readonly ChosenDeclaredCount[];
  /** Which declared figures are parts of which; parts are left out of the bounds' sum. */
  readonly parts: readonly DeclaredPart[];
  /** Counts of identified records of the year, exact; absent when there are none. */
  readonly identified?: BeneficiaryTally;
  /** Persons: the identified count and the declared figures that are not parts of another. */
  readonly bounds: BeneficiaryBounds;
  /** The declared person-times, summed exactly (person-times add; persons do not). */
  readonly declaredPersonTimes: PersonTimeCount;
}

/** What every non-project aid row of the report shows. */
export interface AidRow {
  readonly id: ActivityId;
  readonly kind: NonProjectAidKind;
  readonly name: LocalizedText;
  readonly donor: ReportRegion;
  readonly recipients: readonly ReportRegion[];
  readonly date?: PartialDate;
  /** The record's funds, summed exactly. */
  readonly funds: Amount;
  readonly fundsByCategory: readonly { readonly category: FundCategoryCode; readonly amount: Amount }[];
  readonly source: SourceReference;
}

/** A cadre training record with its chosen figures. */
export interface TrainingRow extends AidRow {
  readonly provider?: LocalizedText;
  readonly courses?: ChosenFigure<number>;
  readonly trainees?: ChosenFigure<PersonCount>;
  readonly personTimes?: ChosenFigure<PersonTimeCount>;
  readonly expertsOrganised?: ChosenFigure<PersonCount>;
}

/** Cadre training: the records, and the trainees (persons, bounded) and person-times (summed) of all of them. */
export interface TrainingSection {
  readonly activities: readonly TrainingRow[];
  readonly trainees: DeclaredPersonBounds;
  readonly personTimes: PersonTimeCount;
  readonly funds: Amount;
}

/** A student subsidy record with its chosen figures. */
export interface StudentRow extends AidRow {
  readonly students?: ChosenFigure<PersonCount>;
  readonly amount?: ChosenFigure<Amount>;
}

/** Student subsidies: the records and their totals. */
export interface StudentsSection {
  readonly activities: readonly StudentRow[];
  readonly students: DeclaredPersonBounds;
  /** The chosen amounts, summed. */
  readonly amount: Amount;
}

/** A labour cooperation record with its chosen figures and its buckets. */
export interface LabourRow extends AidRow {
  readonly placed?: ChosenFigure<PersonCount>;
  readonly placement?: LabourPlacementSplit;
  /** Whether the buckets are whole, sum to their total, and the total is the chosen `placed` figure. */
  readonly placementHolds?: boolean;
  readonly workingInDonorCity?: ChosenFigure<PersonCount>;
}

/** Labour cooperation: the records and the labourers placed (persons, bounded). */
export interface LabourSection {
  readonly activities: readonly LabourRow[];
  readonly placed: DeclaredPersonBounds;
}

/** An industrial cooperation record with its chosen figures. */
export interface IndustryRow extends AidRow {
  readonly agreements: readonly FrameworkAgreement[];
  readonly industrialZones: readonly IndustrialZone[];
  readonly enterprises?: ChosenFigure<number>;
  readonly investment?: ChosenFigure<Amount>;
  readonly farmingFunds?: ChosenFigure<Amount>;
}

/** Industrial cooperation: the records and the sums of their chosen figures. */
export interface IndustrySection {
  readonly activities: readonly IndustryRow[];
  readonly agreements: number;
  readonly industrialZones: number;
  readonly investment: Amount;
  readonly farmingFunds: Amount;
}

/** An exchange visit record. */
export interface VisitRow extends AidRow {
  readonly direction: ExchangeDirection;
  readonly level: ExchangeLevel;
  readonly delegation: LocalizedText;
  readonly purpose?: LocalizedText;
  readonly visits?: ChosenFigure<number>;
}

/** A cadre secondment record. */
export interface SecondmentRow extends AidRow {
  readonly direction: ExchangeDirection;
  readonly level: ExchangeLevel;
  readonly cadres?: ChosenFigure<PersonCount>;
  readonly months?: number;
}

/** High-level exchange visits and seconded cadres. */
export interface ExchangesSection {
  readonly visits: readonly VisitRow[];
  readonly secondments: readonly SecondmentRow[];
}

/**
 * A plan in force in the year, compared with the actual figures of the year and of every year of the plan up
 * to this one, side by side; only approved projects count, never cancelled or rejected ones.
 */
export interface PlanRow {
  readonly plan: PlanId;
  readonly kind: PlanKind;
  readonly name: LocalizedText;
  readonly fromYear: number;
  readonly toYear: number;
  /** Against the entries dated in the report's year and the year's projects. */
  readonly inYear: PlanComparison;
  /**
   * Against the entries dated from the plan's first year to the end of the report's year and the projects of
   * those years; targets the report counts only for its own year are left without an actual in a later year.
   */
  readonly cumulative: PlanComparison;
}

/** Plans versus actual figures; completion rates are never capped. */
export interface PlansSection {
  readonly plans: readonly PlanRow[];
  /** The actual figures the report supplied for targets the programme cannot count itself. */
  readonly actuals: readonly PlanActual[];
}

/** An asset a project of the report registered in the year. */
export interface AssetRow {
  readonly project: ProjectId;
  readonly class: AssetClass;
  readonly name: LocalizedText;
  readonly value: Amount;
  readonly handedOverOn: IsoDate;
  /** The day the registration was recorded. */
  readonly registeredOn: IsoDate;
}

/** The assets the report's projects registered in the year (资产登记移交), by class and one by one. */
export interface AssetsSection {
  /** Every class, in the order of `assetClasses`, with how many assets and their value (zero when none). */
  readonly byClass: readonly { readonly class: AssetClass; readonly count: number; readonly value: Amount }[];
  readonly assets: readonly AssetRow[];
}

/**
 * A donor's annual report on a year and a set of recipients, as plain typed data: an app puts it into its
 * own UI or PDF, {@link renderAnnualReport} writes it as text in English or Chinese, and
 * {@link annualReportToJSON} as JSON (amounts as decimal strings). Every rule violation found in the input
 * is in `issues`; building a report never throws on bad data.
 */
export interface AnnualReport {
  readonly year: number;
  readonly donor: ReportRegion;
  readonly recipients: readonly ReportRegion[];
  /** The date whose division codes the report shows. */
  readonly regionsAsOf: IsoDate;
  /** The records written under a code no longer in force on `regionsAsOf`, by that code, ascending; empty when none. */
  readonly olderCodes: readonly OlderCodeRecords[];
  /** The rule used where sources disagree, unless a figure has its own. */
  readonly figureRule: DeclaredCountRule;
  readonly funds: FundsSection;
  readonly projects: ProjectsSection;
  /** The assets created: registered in the year by the projects listed. */
  readonly assets: AssetsSection;
  readonly beneficiaries: BeneficiariesSection;
  readonly training: TrainingSection;
  readonly students: StudentsSection;
  readonly labour: LabourSection;
  readonly industry: IndustrySection;
  readonly exchanges: ExchangesSection;
  readonly plans: PlansSection;
  /** Every source the report cites, in the order first cited. */
  readonly sources: readonly SourceReference[];
  /** Every rule violation found, with its path into the {@link AnnualReportInput}. */
  readonly issues: readonly Issue[];
}
