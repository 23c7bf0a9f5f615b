import { countBeneficiaryColumns } from '../../beneficiaries/count-beneficiary-columns.js';
import { personCount, type PersonCount } from '../../beneficiaries/counts.js';
import { lifecycleStates } from '../../lifecycle/lifecycle-states.js';
import type { ReportProjectRow, ReportProjectBeneficiaries } from '../annual-report.js';
import { totalsOf } from './ledger-sums.js';
import type { ReportContext } from './report-context.js';
import type { ReportData } from './report-data.js';
import type { ReportSelection } from './select-input.js';

/** One row per project the report lists: name, place, state at the end of the year, budget, money, beneficiaries. */
export function buildProjectRows(input: ReportData, selection: ReportSelection, context: ReportContext): ReportProjectRow[] {
  const { projects } = selection.programme;
  const identified = new Map<string, PersonCount>();
  const counted = countBeneficiaryColumns(input.identified, {
    groupBy: 'project',
    selection: { years: [context.year], projects: projects.map((project) => project.id), exceptProjects: selection.withdrawnProjects },
  });
  for (const group of counted.groups) if (group.group !== null) identified.set(group.group, group.persons);
  const declared = new Map<string, PersonCount>();
  for (const { value: count } of selection.declaredBeneficiaries) {
    const attached = count.attachedTo;
    if (count.unit !== 'persons' || attached === undefined || attached.kind === 'activity') continue;
    const key = `project:${attached.project}`;
    declared.set(key, personCount(Math.max(declared.get(key) ?? 0, count.count)));
  }
  return projects.map((project): ReportProjectRow => {
    const status = input.standings.get(project.id)?.status ?? 'drafted';
    const state = lifecycleStates.find((candidate) => candidate.status === status);
    const key = `project:${project.id}`;
    const beneficiaries: ReportProjectBeneficiaries = {
      ...(identified.has(key) ? { identified: identified.get(key) as PersonCount } : {}),
      ...(declared.has(key) ? { declared: declared.get(key) as PersonCount } : {}),
    };
    const { region, township, village } = project.location;
    return {
      project: project.id,
      name: project.name,
      region: context.region(context.current(region), [region]),
      ...(township === undefined ? {} : { township }),
      ...(village === undefined ? {} : { village }),
      year: project.year,
      status,
      statusLabel: state === undefined ? { en: status } : { zh: state.zh, en: state.en },
      standing: selection.standingOf(project.id),
      carriedOver: project.year < context.year,
      budget: project.budget,
      inYear: totalsOf(selection.inYearByProject.get(project.id)),
      toDate: totalsOf(selection.toDateByProject.get(project.id)),
      beneficiaries,
    };
  });
}
