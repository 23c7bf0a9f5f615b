import { quote, type MessageTable } from './table.js';

/** Messages for the programme model: organisations, pairings, funds, plans, projects and the ledger. */
export const modelMessages = {
  'id-invalid': (p) => `Not a valid ${p.kind} id (1–128 printable characters, no space at either end): ${quote(p.input)}.`,
  'text-empty': () => 'Give the text in Chinese, English or both.',
  'decimal-invalid': (p) => `Not an exact decimal such as "1200" or "95.5": ${quote(p.input)}.`,
  'id-duplicate': (p) => `The ${p.kind} id ${quote(p.id)} is already used at ${p.first}.`,
  'fund-breakdown-mismatch': (p) => `The fund's categories sum to ${p.sum}, not to its total ${p.total}.`,
  'fund-category-unknown': (p) => `The programme defines no fund category ${quote(p.category)}.`,
  'project-type-unknown': (p) => `The programme defines no project type ${quote(p.type)}.`,
  'fund-recipient-unlisted': (p) => `The share's recipient ${p.recipient} is not among the fund's recipients.`,
  'sub-project-budget-exceeded': (p) => `The sub-projects' budgets sum to ${p.sum}, more than the project's budget ${p.budget}.`,
  'sub-project-outside-region': (p) => `The sub-project lies in ${p.region}, outside its project's region ${p.projectRegion}.`,
  'ledger-project-unknown': (p) => `The entry is for an unknown project ${quote(p.project)}.`,
  'ledger-sub-project-unknown': (p) => `${quote(p.subProject)} is not a sub-project of project ${quote(p.project)}.`,
  'organisation-unknown': (p) => `No organisation has the id ${quote(p.organisation)}.`,
  'reversal-target-unknown': (p) => `The entry reverses ${quote(p.entry)}, which is not in the ledger.`,
  'reversal-target-mismatch': (p) =>
    `The entry reverses ${quote(p.entry)}, whose ${p.field} differs (${quote(p.expected)}, here ${quote(p.actual)}).`,
  'reversal-not-negative': (p) => `A reversal must be a negative amount, received ${p.amount}.`,
  'reversal-exceeds-entry': (p) => `The reversals of ${quote(p.entry)} take back ${p.reversed}, more than its ${p.amount}.`,
  'reversal-before-entry': (p) => `The reversal is dated ${p.date}, before the entry it reverses (${p.reversedDate}).`,
  'negative-entry-without-reversal': (p) => `A negative amount (${p.amount}) must name the entry it reverses.`,
  'ledger-field-misplaced': (p) => `A ${p.kind} entry cannot carry ${quote(p.field)}.`,
  'budget-entries-exceed-approved': (p) => `Budget entries reach ${p.entered}, more than the approved budget ${p.approved}.`,
  'committed-exceeds-budget': (p) => `On ${p.date} the ${p.scope} had ${p.committed} committed, more than its budget ${p.budget}.`,
  'disbursed-exceeds-committed': (p) =>
    `On ${p.date} the ${p.scope} had ${p.disbursed} disbursed, more than the ${p.committed} committed.`,
  'expenditure-exceeds-disbursed': (p) =>
    `On ${p.date} the ${p.scope} had ${p.spent} spent, more than the ${p.disbursed} disbursed.`,
  'recipient-not-paired': (p) => `No pairing of donor ${p.donor} with a region containing ${p.recipient} is in force in ${p.year}.`,
  'pairing-period-invalid': (p) => `The pairing ends (${p.to}) before it starts (${p.from}).`,
  'programme-period-invalid': (p) => `The programme ends (${p.toYear}) before it starts (${p.fromYear}).`,
  'project-period-invalid': (p) => `The project ends (${p.endYear}) before its year (${p.year}).`,
  'project-outside-programme-period': (p) =>
    `The project runs ${p.from === p.to ? `in ${p.from}` : `from ${p.from} to ${p.to}`}, outside the programme's years ${p.fromYear}–${p.toYear}.`,
  'plan-period-invalid': (p) => `The plan ends (${p.toYear}) before it starts (${p.fromYear}).`,
  'management-fee-exceeded': (p) =>
    `Management fees reach ${p.spent}, more than the cap of ${p.percent} % of the budget (${p.cap}).`,
  'negative-list-expenditure': (p) => `Spending on ${quote(p.purpose)} is on the negative list.`,
  'hierarchy-cycle': (p) => `The parents of ${quote(p.id)} lead back to it: ${p.cycle}.`,
  'sub-project-orphan': (p) => `The parent ${quote(p.parent)} of sub-project ${quote(p.id)} does not exist.`,
  'sub-project-parent-not-project': (p) =>
    `The parent ${quote(p.parent)} of ${quote(p.id)} is itself a sub-project; sub-projects hang under projects only.`,
  'ledger-row-invalid': (p) => `Ledger row ${p.index} has an invalid ${p.field}: ${p.value}.`,
  'performance-project-unknown': (p) => `The programme has no project or sub-project ${quote(p.project)}.`,
  'performance-target-missing': (p) => `${quote(p.project)} has no performance target to evaluate.`,
  'performance-weight-invalid': (p) => `Not a weight, total or setting a scoring accepts (a non-negative exact decimal such as "50" or "12.5"): ${quote(p.input)}.`,
  'performance-weights-mismatch': (p) => `The weights add up to ${p.sum}, not to the total ${p.total}.`,
  'performance-indicator-repeated': (p) => `The target names the indicator ${quote(p.indicator)} more than once; actual values could not tell them apart.`,
  'performance-range-reversed': (p) => `The range of ${quote(p.indicator)} ends (${p.max}) below where it starts (${p.value}).`,
  'performance-actual-indicator-unknown': (p) => `The target of ${quote(p.project)} has no indicator ${quote(p.indicator)}.`,
  'performance-actuals-conflict': (p) => `Two actuals of ${quote(p.indicator)} dated ${p.date} disagree (${p.first} and ${p.second}); correct one or date them apart.`,
} as const satisfies MessageTable;
