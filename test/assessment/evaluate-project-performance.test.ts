import { describe, expect, it } from 'vitest';
import { seedRecord2011 } from '../../examples/data/index.js';
import { evaluateProjectPerformance, isoDate, projectId, subProjectId, unwrap, type PerformanceActual } from '../../src/index.js';

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
