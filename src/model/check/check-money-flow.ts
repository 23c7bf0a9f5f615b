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

interface Placed {
  readonly entry: LedgerEntry;
  readonly index: number;
}

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
  const entriesByProject = new Map<string, Placed[]>();
  const sourceOf = new Map<string, FundingSourceKind | undefined>();
  programme.ledger.forEach((entry, i) => {
    if (!index.projects.has(entry.project)) return;
    const source = isDonorEntry(entry) ? undefined : entry.source;
    const key = `${source ?? ''} ${entry.project}`;
    sourceOf.set(key, source);
    const list = entriesByProject.get(key);
    if (list === undefined) entriesByProject.set(key, [{ entry, index: i }]);
    else list.push({ entry, index: i });
  });
  const issues: Issue[] = [];
  for (const [key, placed] of entriesByProject) {
    const project = index.projects.get(placed[0]?.entry.project ?? '')?.project;
    if (project === undefined) continue;
    const source = sourceOf.get(key);
    // Money of a source the project does not list is ledger-source-unlisted already: it has no lines to flow against.
    if (source !== undefined && !fundingSourcesOf(project).some((line) => line.source === source)) continue;
    issues.push(...checkProjectFlow(project, placed, index, managementFee, source));
  }
  return issues;
}

function checkProjectFlow(
  project: Project,
  placed: Placed[],
  index: ProgrammeIndex,
  donorFee: ManagementFeePolicy | false,
  source: FundingSourceKind | undefined,
): Issue[] {
  const issues: Issue[] = [];
  // Another source's money is approved by its funding lines; the fee cap is a rule of the donor's funds.
  const approved =
    source === undefined ? project.budget.fen : fundingSourcesOf(project).reduce((sum, line) => (line.source === source ? sum + line.amount.fen : sum), 0n);
  const managementFee = source === undefined ? donorFee : false;
  const ofSource = source === undefined ? '' : `, source "${source}"`;
  const projectScope = `project "${project.id}"${ofSource}`;
  const ids: IssueParams = { project: project.id, category: '', ...(source === undefined ? {} : { source }) };
  placed.sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.index - b.index));
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
    const date = placed[start]?.entry.date;
    while (end < placed.length && placed[end]?.entry.date === date) end++;
    const group = placed.slice(start, end);
    start = end;
    const touchedCategories = new Set<string>();
    const touchedSubs = new Set<string>();
    let feesTouched = false;
    for (const { entry } of group) {
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
    checkLimits(issues, whole, () => group, () => projectScope, () => ids, date ?? '');
    for (const category of touchedCategories) {
      const flow = categories.get(category);
      if (flow === undefined) continue;
      checkLimits(
        issues,
        flow,
        () => group.filter((found) => found.entry.category === category),
        () => `${projectScope}, category "${category}"`,
        () => ({ ...ids, category }),
        date ?? '',
      );
    }
    const budgetNow = whole.fen[BUDGET] ?? 0n;
    if (budgetNow > approved !== budgetBroken) {
      budgetBroken = !budgetBroken;
      const at = lastOf(group, ['budget']);
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
      const at = lastOf(group.filter((found) => found.entry.subProject === subId), ['budget']);
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
        group.filter((found) => found.entry.kind === 'expenditure' && purposeOf(found.entry, index) === 'management-fee'),
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
  return issues;
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
    const at = lastOf(group(), [ledgerKinds[upper], ledgerKinds[lower]]);
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
function lastOf(group: readonly Placed[], kinds: readonly LedgerKind[]): number | undefined {
  for (const kind of kinds) {
    for (let i = group.length - 1; i >= 0; i--) {
      const found = group[i];
      if (found?.entry.kind === kind) return found.index;
    }
  }
  return undefined;
}

/** An entry's purpose; a reversal without one takes the purpose of the entry it reverses. */
function purposeOf(entry: LedgerEntry, index: ProgrammeIndex): string | undefined {
  if (entry.purpose !== undefined) return entry.purpose;
  return entry.reverses === undefined ? undefined : index.entryOf(entry.reverses)?.purpose;
}
