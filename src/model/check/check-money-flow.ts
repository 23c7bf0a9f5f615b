import { createIssue, type Issue, type IssueParams } from '../../errors/issue.js';
import { fenToDecimalString } from '../../money/amount.js';
import { percentOf } from '../../money/multiply-amount.js';
import { ledgerKinds, type LedgerEntry, type LedgerKind } from '../ledger.js';
import type { Programme } from '../programme.js';
import { fundingSourcesOf, isDonorEntry } from '../funding-sources-of.js';
import type { FundingSourceKind } from '../funding-source.js';
import type { Project } from '../project.js';
import type { ManagementFeePolicy } from './policies.js';
import type { ProgrammeIndex } from './programme-index.js';

const BUDGET = 0;
const COMMITMENT = 1;
const DISBURSEMENT = 2;
const EXPENDITURE = 3;
const kindIndex: Readonly<Record<LedgerKind, number>> = { budget: BUDGET, commitment: COMMITMENT, disbursement: DISBURSEMENT, expenditure: EXPENDITURE };

/** An entry by its index in the ledger. */
type Placed = number;

/** Totals per ledger kind of one scope (a project, or a project's category), and which limits it breaks. */
interface Flow {
  readonly fen: bigint[];
  readonly broken: Set<string>;
}

const newFlow = (): Flow => ({ fen: [0n, 0n, 0n, 0n], broken: new Set() });

/**
 * Rules 3 and 13, over time: at no date may a project (or one of its categories) have more committed than
 * budgeted, more disbursed than committed, or more spent than disbursed; its budget entries stay within
 * its approved budget (and each sub-project's within its own); its management fees within the cap.
 * Entries of one date count together, so their order in the ledger does not matter. A limit is reported
 * once each time it is crossed, at the entry that crossed it. Each funding source's money flows on its own: the
 * donor's entries against the budget, another source's against the sum of its funding lines (the management fee
 * and the sub-projects' budgets concern the donor's money only).
 */
export function checkMoneyFlow(programme: Programme, index: ProgrammeIndex, managementFee: ManagementFeePolicy | false): Issue[] {
  // Each project's entries of each source, the groups in the order the ledger first names them.
  const groups: FlowGroup[] = [];
  const donorGroups = new Map<string, FlowGroup>();
  const otherGroups = new Map<string, Map<FundingSourceKind, FlowGroup>>();
  const { ledger } = programme;
  ledger.forEach((entry, i) => {
    if (!index.projects.has(entry.project)) return;
    const source = isDonorEntry(entry) ? undefined : entry.source;
    let group: FlowGroup | undefined;
    if (source === undefined) group = donorGroups.get(entry.project);
    else {
      let ofProject = otherGroups.get(entry.project);
      if (ofProject === undefined) otherGroups.set(entry.project, (ofProject = new Map()));
      group = ofProject.get(source);
    }
    if (group === undefined) {
      group = { project: entry.project, source, placed: [] };
      if (source === undefined) donorGroups.set(entry.project, group);
      else otherGroups.get(entry.project)?.set(source, group);
      groups.push(group);
    }
    group.placed.push(i);
  });
  const issues: Issue[] = [];
  for (const { project: id, source, placed } of groups) {
    const project = index.projects.get(id)?.project;
    if (project === undefined) continue;
    // Money of a source the project does not list is ledger-source-unlisted already: it has no lines to flow against.
    if (source !== undefined && !fundingSourcesOf(project).some((line) => line.source === source)) continue;
    checkProjectFlow(issues, ledger, project, placed, index, managementFee, source);
  }
  return issues;
}

interface FlowGroup {
  readonly project: string;
  readonly source: FundingSourceKind | undefined;
  readonly placed: Placed[];
}

function checkProjectFlow(
  issues: Issue[],
  ledger: readonly LedgerEntry[],
  project: Project,
  placed: Placed[],
  index: ProgrammeIndex,
  donorFee: ManagementFeePolicy | false,
  source: FundingSourceKind | undefined,
): void {
  const entryAt = (placed: Placed | undefined) => ledger[placed ?? -1] as LedgerEntry;
  // Another source's money is approved by its funding lines; the fee cap is a rule of the donor's funds.
  const approved =
    source === undefined ? project.budget.fen : fundingSourcesOf(project).reduce((sum, line) => (line.source === source ? sum + line.amount.fen : sum), 0n);
  const managementFee = source === undefined ? donorFee : false;
  const ofSource = source === undefined ? '' : `, source "${source}"`;
  const projectScope = `project "${project.id}"${ofSource}`;
  const ids: IssueParams = { project: project.id, category: '', ...(source === undefined ? {} : { source }) };
  placed.sort((a, b) => {
    const left = entryAt(a).date;
    const right = entryAt(b).date;
    return left < right ? -1 : left > right ? 1 : a - b;
  });
  const whole = newFlow();
  const categories = new Map<string, Flow>();
  const subBudgets = new Map<string, bigint>();
  const feeCap = managementFee === false ? undefined : percentOf(project.budget, managementFee.percent, managementFee.rounding).fen;
  let fees = 0n;
  let feesBroken = false;
  let budgetBroken = false;
  const subBudgetBroken = new Set<string>();

  for (let start = 0; start < placed.length; ) {
    let end = start;
    const date = entryAt(placed[start]).date;
    while (end < placed.length && entryAt(placed[end]).date === date) end++;
    const group = placed.slice(start, end);
    start = end;
    const touchedCategories = new Set<string>();
    const touchedSubs = new Set<string>();
    let feesTouched = false;
    for (const found of group) {
      const entry = entryAt(found);
      const k = kindIndex[entry.kind];
      whole.fen[k] = (whole.fen[k] ?? 0n) + entry.amount.fen;
      let flow = categories.get(entry.category);
      if (flow === undefined) categories.set(entry.category, (flow = newFlow()));
      flow.fen[k] = (flow.fen[k] ?? 0n) + entry.amount.fen;
      touchedCategories.add(entry.category);
      if (k === BUDGET && entry.subProject !== undefined && source === undefined) {
        subBudgets.set(entry.subProject, (subBudgets.get(entry.subProject) ?? 0n) + entry.amount.fen);
        touchedSubs.add(entry.subProject);
      }
      if (k === EXPENDITURE && purposeOf(entry, index) === 'management-fee') {
        fees += entry.amount.fen;
        feesTouched = true;
      }
    }
    checkLimits(issues, ledger, whole, () => group, () => projectScope, () => ids, date);
    for (const category of touchedCategories) {
      const flow = categories.get(category);
      if (flow === undefined) continue;
      checkLimits(
        issues,
        ledger,
        flow,
        () => group.filter((found) => entryAt(found).category === category),
        () => `${projectScope}, category "${category}"`,
        () => ({ ...ids, category }),
        date,
      );
    }
    const budgetNow = whole.fen[BUDGET] ?? 0n;
    if (budgetNow > approved !== budgetBroken) {
      budgetBroken = !budgetBroken;
      const at = lastOf(ledger, group, ['budget']);
      if (budgetBroken && at !== undefined) {
        issues.push(
          createIssue('budget-entries-exceed-approved', ['ledger', at], {
            approved: fenToDecimalString(approved),
            entered: fenToDecimalString(budgetNow),
          }),
        );
      }
    }
    for (const subId of touchedSubs) {
      const sub = index.subProjects.get(subId);
      if (sub === undefined || sub.project.id !== project.id) continue;
      const entered = subBudgets.get(subId) ?? 0n;
      const over = entered > sub.subProject.budget.fen;
      if (over === subBudgetBroken.has(subId)) continue;
      if (!over) {
        subBudgetBroken.delete(subId);
        continue;
      }
      subBudgetBroken.add(subId);
      const at = lastOf(ledger, group.filter((found) => entryAt(found).subProject === subId), ['budget']);
      if (at !== undefined) {
        issues.push(
          createIssue('budget-entries-exceed-approved', ['ledger', at], {
            approved: sub.subProject.budget.toJSON(),
            entered: fenToDecimalString(entered),
          }),
        );
      }
    }
    if (feeCap !== undefined && feesTouched && fees > feeCap !== feesBroken) {
      feesBroken = !feesBroken;
      const at = lastOf(
        ledger,
        group.filter((found) => entryAt(found).kind === 'expenditure' && purposeOf(entryAt(found), index) === 'management-fee'),
        ['expenditure'],
      );
      if (feesBroken && at !== undefined && managementFee !== false) {
        issues.push(
          createIssue('management-fee-exceeded', ['ledger', at], {
            spent: fenToDecimalString(fees),
            cap: fenToDecimalString(feeCap),
            percent: String(managementFee.percent),
          }),
        );
      }
    }
  }
}

// Each limit: [upper kind, lower kind, code, parameter names of the two totals].
const limits = [
  [COMMITMENT, BUDGET, 'committed-exceeds-budget', 'committed', 'budget'],
  [DISBURSEMENT, COMMITMENT, 'disbursed-exceeds-committed', 'disbursed', 'committed'],
  [EXPENDITURE, DISBURSEMENT, 'expenditure-exceeds-disbursed', 'spent', 'disbursed'],
] as const;

// The group, the scope and the ids are asked for only when a limit is crossed: most dates cross none.
function checkLimits(
  issues: Issue[],
  ledger: readonly LedgerEntry[],
  flow: Flow,
  group: () => readonly Placed[],
  scope: () => string,
  ids: () => IssueParams,
  date: string,
): void {
  for (const [upper, lower, code, upperName, lowerName] of limits) {
    const upperFen = flow.fen[upper] ?? 0n;
    const lowerFen = flow.fen[lower] ?? 0n;
    const over = upperFen > lowerFen;
    if (over === flow.broken.has(code)) continue;
    if (!over) {
      flow.broken.delete(code);
      continue;
    }
    flow.broken.add(code);
    const at = lastOf(ledger, group(), [ledgerKinds[upper], ledgerKinds[lower]]);
    if (at === undefined) continue;
    issues.push(
      createIssue(code, ['ledger', at], {
        ...ids(),
        scope: scope(),
        date,
        [upperName]: fenToDecimalString(upperFen),
        [lowerName]: fenToDecimalString(lowerFen),
      }),
    );
  }
}

/** The ledger index of the last entry in `group` of the first of `kinds` that has one. */
function lastOf(ledger: readonly LedgerEntry[], group: readonly Placed[], kinds: readonly LedgerKind[]): number | undefined {
  for (const kind of kinds) {
    for (let i = group.length - 1; i >= 0; i--) {
      const found = group[i];
      if (found !== undefined && ledger[found]?.kind === kind) return found;
    }
  }
  return undefined;
}

/** An entry's purpose; a reversal without one takes the purpose of the entry it reverses. */
function purposeOf(entry: LedgerEntry, index: ProgrammeIndex): string | undefined {
  if (entry.purpose !== undefined) return entry.purpose;
  return entry.reverses === undefined ? undefined : index.entryOf(entry.reverses)?.purpose;
}
