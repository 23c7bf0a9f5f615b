import { describe, expect, it } from 'vitest';
import { seedRecord2011 } from '../../examples/data/shenzhen-guizhou-2011-lifecycles.js';
import { amount, defaultPerformanceScoring, evaluateProjectPerformance, isoDate, ledgerEntryId, projectId, subProjectId, unwrap, type LedgerEntry, type PerformanceActual } from '../../src/index.js';

const source = { document: { zh: '七星关区2011年项目验收报告' }, completeness: 'complete' } as const;
const project = projectId('BJ-2011-01');
const actuals: readonly PerformanceActual[] = [
  { project, indicator: '完成子项目数', value: '3', date: isoDate('2011-12-20'), source },
  { project, indicator: '年内完工率', value: '100', date: isoDate('2011-12-20'), source },
];

describe('evaluateProjectPerformance', () => {
  it("scores the budget's execution from the ledger's expenditure up to the day, against the project's budget", () => {
    const atYearEnd = unwrap(evaluateProjectPerformance(seedRecord2011, project, actuals, { asOf: isoDate('2011-12-31') }));
    const projectBudget = seedRecord2011.programme.projects.find((candidate) => candidate.id === project)!.budget;
    const spent = seedRecord2011.programme.ledger
      .filter((entry) => entry.project === project && entry.kind === 'expenditure' && entry.date <= '2011-12-31')
      .reduce((sum, entry) => sum + entry.amount.fen, 0n);
    expect(atYearEnd.budgetExecution?.budget).toEqual(projectBudget);
    expect(atYearEnd.budgetExecution?.spent.fen).toBe(spent);
    expect(atYearEnd.budgetExecution?.rate).toBe('80.50');
    expect(atYearEnd.score).toBe('58.05');
  });

  it('counts another ledger kind as spent when asked', () => {
    const disbursed = unwrap(evaluateProjectPerformance(seedRecord2011, project, actuals, { asOf: isoDate('2011-12-31'), spent: 'disbursement' }));
    expect(Number(disbursed.budgetExecution?.rate)).toBeGreaterThanOrEqual(80.5);
  });

  it('refuses a project the programme does not have, and a sub-project without a target of its own', () => {
    const unknown = evaluateProjectPerformance(seedRecord2011, projectId('BJ-2011-99'), actuals);
    expect(unknown.ok || unknown.issues.map((issue) => issue.code)).toEqual(['performance-project-unknown']);
    const sub = seedRecord2011.programme.projects[0]!.subProjects[0]!;
    const withoutTarget = evaluateProjectPerformance(seedRecord2011, project, actuals, { subProject: subProjectId(sub.id) });
    expect(withoutTarget.ok || withoutTarget.issues.map((issue) => issue.code)).toEqual(['performance-target-missing']);
  });
});

describe('evaluateProjectPerformance, on a project of its own', () => {
  const base = seedRecord2011.programme.projects[0]!;
  const [subA, subB] = base.subProjects;
  const target = base.performanceTarget!;
  const road = {
    ...base,
    id: projectId('XX-2011-01'),
    budget: amount('1000'),
    subProjects: [{ ...subA!, id: subProjectId('XX-2011-01-a'), budget: amount('400'), performanceTarget: target }, { ...subB!, id: subProjectId('XX-2011-01-b'), budget: amount('600') }],
  };
  const spend = (id: string, kind: LedgerEntry['kind'], yuan: string, date: string, sub?: string, project = road.id): LedgerEntry => ({
    id: ledgerEntryId(id),
    kind,
    project,
    ...(sub === undefined ? {} : { subProject: subProjectId(sub) }),
    category: 'counterpart-support',
    amount: amount(yuan),
    date: isoDate(date),
  });
  const ledger = [
    spend('e1', 'expenditure', '100', '2011-03-01', 'XX-2011-01-a'),
    spend('e2', 'expenditure', '60', '2011-09-01', 'XX-2011-01-a'),
    spend('e3', 'expenditure', '300', '2011-05-01', 'XX-2011-01-b'),
    spend('d1', 'disbursement', '400', '2011-02-01', 'XX-2011-01-a'),
    spend('e9', 'expenditure', '999', '2011-03-01', undefined, base.id),
  ];
  const record = { programme: { ...seedRecord2011.programme, projects: [road, base], ledger }, eventLogs: {} };
  const own: readonly PerformanceActual[] = actuals.map((actual) => ({ ...actual, project: road.id }));
  const execution = (options: Parameters<typeof evaluateProjectPerformance>[3] = {}) => {
    const evaluated = unwrap(evaluateProjectPerformance(record, road.id, own, options)).budgetExecution!;
    return [evaluated.budget.toJSON(), evaluated.spent.toJSON(), evaluated.rate];
  };

  it('counts the project’s own expenditure of every day when no day is given', () => {
    expect(execution()).toEqual(['1000.00', '460.00', '46.00']);
  });

  it('counts the spending up to and including the day given', () => {
    expect(execution({ asOf: isoDate('2011-05-01') })).toEqual(['1000.00', '400.00', '40.00']);
    expect(execution({ asOf: isoDate('2011-04-30') })).toEqual(['1000.00', '100.00', '10.00']);
  });

  it('evaluates a sub-project by its own target, against its own budget and spending', () => {
    expect(execution({ subProject: subProjectId('XX-2011-01-a') })).toEqual(['400.00', '160.00', '40.00']);
    expect(execution({ subProject: subProjectId('XX-2011-01-a'), spent: 'disbursement' })).toEqual(['400.00', '400.00', '100.00']);
  });

  it('counts only the donor’s money, not what another source spent on the project', () => {
    const matched = { ...record, programme: { ...record.programme, ledger: [...ledger, { ...spend('m1', 'expenditure', '500', '2011-04-01', 'XX-2011-01-b'), source: 'local-integrated' as const }] } };
    const evaluated = unwrap(evaluateProjectPerformance(matched, road.id, own)).budgetExecution!;
    expect([evaluated.spent.toJSON(), evaluated.rate]).toEqual(['460.00', '46.00']);
  });

  it('scores a sub-project on the actual values given for it, not on those of its project', () => {
    const sub = subProjectId('XX-2011-01-a');
    const forSub = own.map((actual) => ({ ...actual, subProject: sub }));
    const scored = (given: readonly PerformanceActual[]) => unwrap(evaluateProjectPerformance(record, road.id, given, { subProject: sub }));
    expect(Number(scored(forSub).score)).toBeGreaterThan(Number(scored(own).score));
    expect(scored([...own, ...forSub])).toEqual(scored(forSub));
  });

  it('scores by the scoring asked for, to its decimals', () => {
    const byDefault = unwrap(evaluateProjectPerformance(record, road.id, own));
    const oneDecimal = unwrap(evaluateProjectPerformance(record, road.id, own, { scoring: { ...defaultPerformanceScoring, decimals: 1 } }));
    expect(byDefault.score).toMatch(/^\d+\.\d{2}$/);
    expect(oneDecimal.score).toMatch(/^\d+\.\d$/);
  });

  it('counts the ledger kind asked for', () => {
    expect(execution({ spent: 'disbursement' })).toEqual(['1000.00', '400.00', '40.00']);
  });

  it('names a sub-project the project does not have, and one without a target, under the options', () => {
    const unknown = evaluateProjectPerformance(record, road.id, own, { subProject: subProjectId('XX-2011-01-z') });
    expect(unknown.ok || unknown.issues).toEqual([expect.objectContaining({ code: 'performance-project-unknown', path: ['options', 'subProject'], params: { project: 'XX-2011-01-z' } })]);
    const untargeted = evaluateProjectPerformance(record, road.id, own, { subProject: subProjectId('XX-2011-01-b') });
    expect(untargeted.ok || untargeted.issues).toEqual([expect.objectContaining({ code: 'performance-target-missing', path: ['options', 'subProject'], params: { project: 'XX-2011-01-b' } })]);
  });

  it('names a project that is not in the programme, or has no indicators, under the project', () => {
    const unknown = evaluateProjectPerformance(record, projectId('XX-2011-09'), own);
    expect(unknown.ok || unknown.issues).toEqual([expect.objectContaining({ code: 'performance-project-unknown', path: ['project'], params: { project: 'XX-2011-09' } })]);
    const bare = { ...record, programme: { ...record.programme, projects: [{ ...road, performanceTarget: { indicators: [] } }] } };
    const untargeted = evaluateProjectPerformance(bare, road.id, own);
    expect(untargeted.ok || untargeted.issues).toEqual([expect.objectContaining({ code: 'performance-target-missing', path: ['project'], params: { project: 'XX-2011-01' } })]);
  });
});
