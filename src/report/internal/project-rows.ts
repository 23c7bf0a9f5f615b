import { countBeneficiaryColumns } from '../../beneficiaries/count-beneficiary-columns.js';
import { personCount, type PersonCount } from '../../beneficiaries/counts.js';
import { lifecycleStates } from '../../lifecycle/lifecycle-states.js';
import { makeAmount } from '../../money/amount.js';
import type { LedgerEntry, LedgerKind } from '../../model/ledger.js';
import type { LedgerTotals } from '../../model/rollup/roll-up.js';
import type { ReportProjectRow, ReportProjectBeneficiaries } from '../annual-report.js';
import type { ReportContext } from './report-context.js';
import type { ReportData } from './report-data.js';
import type { ReportSelection } from './select-input.js';

type Sums = Record<LedgerKind, bigint>;

const totalsOf = (sums: Sums | undefined): LedgerTotals => ({
  budget: makeAmount(sums?.budget ?? 0n),
  commitment: makeAmount(sums?.commitment ?? 0n),
  disbursement: makeAmount(sums?.disbursement ?? 0n),
  expenditure: makeAmount(sums?.expenditure ?? 0n),
});

function sumByProject(entries: readonly LedgerEntry[]): Map<string, Sums> {
  const sums = new Map<string, Sums>();
  for (const entry of entries) {
    let sum = sums.get(entry.project);
    if (sum === undefined) sums.set(entry.project, (sum = { budget: 0n, commitment: 0n, disbursement: 0n, expenditure: 0n }));
    sum[entry.kind] += entry.amount.fen;
  }
  return sums;
}

/** One row per project the report lists: name, place, state at the end of the year, budget, money, beneficiaries. */
export function buildProjectRows(input: ReportData, selection: ReportSelection, context: ReportContext): ReportProjectRow[] {
  const { projects } = selection.programme;
  const inYear = sumByProject(selection.programme.ledger);
  const ids = new Set<string>(projects.map((project) => project.id));
  const toDate = sumByProject(input.programme.ledger.filter((entry) => ids.has(entry.project) && entry.date <= context.yearEnd));
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
      inYear: totalsOf(inYear.get(project.id)),
      toDate: totalsOf(toDate.get(project.id)),
      beneficiaries,
    };
  });
}
