import type { PlanActual } from '../../model/plans/compare-plan.js';
import { comparePlan } from '../../model/plans/compare-plan.js';
import { yearOf } from '../../dates/iso-date.js';
import { createIssue, type Issue } from '../../errors/issue.js';
import type { LedgerKind } from '../../model/ledger.js';
import type { BeneficiariesSection, LabourSection, PlansSection, ProjectsSection, StudentsSection, TrainingSection, IndustrySection } from '../annual-report.js';
import type { ReportSelection } from './select-input.js';

/**
 * The measures the report supplies to plan targets (all recipients together), beside the `projects` and
 * `sub-projects` that {@link comparePlan} counts from the itemised projects.
 */
export interface PlanActualSources {
  readonly projects: ProjectsSection;
  readonly beneficiaries: BeneficiariesSection;
  readonly training: TrainingSection;
  readonly students: StudentsSection;
  readonly labour: LabourSection;
  readonly industry: IndustrySection;
}

/** The actual figures of the report's measures, as exact decimal strings. */
export function planActuals(sections: PlanActualSources): PlanActual[] {
  const declaredAll = sections.projects.declared.find((figure) => figure.scope === 'all' && figure.region === undefined);
  const actuals: PlanActual[] = [
    { measure: 'beneficiaries', value: String(sections.beneficiaries.bounds.lower) },
    { measure: 'cadres-trained', value: String(sections.training.trainees.lower) },
    { measure: 'students-subsidised', value: String(sections.students.students.lower) },
    { measure: 'labourers-placed', value: String(sections.labour.placed.lower) },
    { measure: 'farming-funds', value: sections.industry.farmingFunds.toJSON(), unit: 'yuan' },
  ];
  return declaredAll === undefined ? actuals : [{ measure: 'aid-projects', value: String(declaredAll.chosen.projects) }, ...actuals];
}

/**
 * Every plan in force in the year, compared with the year's figures and with those of the plan's years up to
 * this one: the approved projects only (never cancelled or rejected ones), and the ledger entries by their own
 * dates. The report's own measures (beneficiaries, trainees…) are of its year, so a cumulative comparison gets
 * them only when the plan starts in that year.
 */
export function buildPlansSection(
  selection: ReportSelection,
  year: number,
  actuals: readonly PlanActual[],
  kind: LedgerKind,
  issues: Issue[],
): PlansSection {
  const ofYear = { ...selection.toDate, ledger: selection.toDate.ledger.filter((entry) => yearOf(entry.date) === year) };
  const plans = selection.programme.plans.flatMap((plan, index) => {
    if (plan.fromYear > year || year > plan.toYear) return [];
    const inYear = comparePlan({ ...plan, fromYear: year, toYear: year }, ofYear, { kind, actuals });
    // A target of money written in a unit that is not one of money (`人`, `个`) is not compared: said once.
    inYear.targets.forEach((compared, target) => {
      if (compared.unitMismatch === true) {
        issues.push(
          createIssue('plan-target-unit-not-money', ['record', 'programme', 'plans', index, 'targets', target, 'unit'], {
            plan: plan.id,
            measure: compared.target.measure,
            unit: compared.target.unit,
          }),
        );
      }
    });
    const cumulative = comparePlan({ ...plan, toYear: year }, selection.toDate, { kind, actuals: plan.fromYear === year ? actuals : [] });
    return [{ plan: plan.id, kind: plan.kind, name: plan.name, fromYear: plan.fromYear, toYear: plan.toYear, inYear, cumulative }];
  });
  return { plans, actuals };
}
