import { createIssue, type Issue, type IssuePath } from '../../errors/issue.js';
import { fenToDecimalString } from '../../money/amount.js';
import { isWithinRegion, type RegionCode } from '../../regions/region-code.js';
import type { FundingSource } from '../funding-source.js';
import { donorShareOf, fundingSourcesOf, totalInvestmentOf } from '../funding-sources-of.js';
import type { Programme } from '../programme.js';
import type { ActivityCore } from '../project.js';
import type { ProgrammeIndex } from './programme-index.js';

/**
 * The funding (筹资方式) of every project and sub-project: amounts positive, no source line twice, funders known,
 * east–west lines of the programme's donor region that sum to the budget (the donor's share), a declared total
 * investment equal to the sum of all lines, and sub-projects whose total investment stays within their project's.
 */
export function checkFunding(programme: Programme, index: ProgrammeIndex): Issue[] {
  const issues: Issue[] = [];
  programme.projects.forEach((project, p) => {
    const at: IssuePath = ['projects', p];
    issues.push(...checkActivityFunding(project, at, programme.donor, index));
    project.subProjects.forEach((sub, s) => issues.push(...checkActivityFunding(sub, [...at, 'subProjects', s], programme.donor, index)));
    // Co-financed sub-projects stay within their project's total investment, as their budgets within its budget.
    const coFinanced = [project, ...project.subProjects].some((activity) => activity.funding !== undefined || activity.totalInvestment !== undefined);
    if (coFinanced && project.subProjects.length > 0) {
      const sum = project.subProjects.reduce((total, sub) => total + totalInvestmentOf(sub).fen, 0n);
      const total = totalInvestmentOf(project);
      if (sum > total.fen) issues.push(createIssue('sub-project-investment-exceeded', [...at, 'subProjects'], { sum: fenToDecimalString(sum), totalInvestment: total.toJSON() }));
    }
  });
  return issues;
}

function checkActivityFunding(activity: ActivityCore, at: IssuePath, programmeDonor: RegionCode, index: ProgrammeIndex): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  activity.funding?.forEach((line, j) => {
    const lineAt = [...at, 'funding', j];
    if (line.amount.fen <= 0n) issues.push(createIssue('funding-amount-not-positive', [...lineAt, 'amount'], { source: line.source, amount: line.amount.toJSON() }));
    const key = sourceLineKey(line);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, j);
    else issues.push(createIssue('funding-source-duplicate', lineAt, { source: line.source, first }));
    if ('funder' in line && line.funder !== undefined && !index.organisations.has(line.funder)) {
      issues.push(createIssue('organisation-unknown', [...lineAt, 'funder'], { organisation: line.funder }));
    }
    if (line.source === 'east-west-cooperation' && line.donor !== undefined && !isWithinRegion(line.donor, programmeDonor)) {
      issues.push(createIssue('funding-donor-outside-programme', [...lineAt, 'donor'], { donor: line.donor, programmeDonor }));
    }
  });
  if (activity.funding !== undefined) {
    const share = donorShareOf(activity);
    if (share.fen !== activity.budget.fen) {
      issues.push(createIssue('funding-donor-share-mismatch', [...at, 'funding'], { sum: share.toJSON(), budget: activity.budget.toJSON() }));
    }
  }
  if (activity.totalInvestment !== undefined) {
    const sum = fundingSourcesOf(activity).reduce((total, line) => total + line.amount.fen, 0n);
    if (sum !== activity.totalInvestment.fen) {
      issues.push(createIssue('funding-total-mismatch', [...at, 'totalInvestment'], { totalInvestment: activity.totalInvestment.toJSON(), sum: fenToDecimalString(sum) }));
    }
  }
  return issues;
}

// Two lines are one source when they agree on the source and on who gives it (donor, funder, form or name).
function sourceLineKey(line: FundingSource): string {
  switch (line.source) {
    case 'east-west-cooperation':
      return `${line.source}|${line.donor ?? ''}`;
    case 'other-departments':
    case 'enterprise-social':
      return `${line.source}|${line.funder ?? ''}|${line.name?.zh ?? ''}|${line.name?.en ?? ''}`;
    case 'beneficiary-contribution':
      return `${line.source}|${line.form}`;
    case 'other':
      return `${line.source}|${line.name.zh ?? ''}|${line.name.en ?? ''}`;
    case 'local-integrated':
      return line.source;
  }
}
