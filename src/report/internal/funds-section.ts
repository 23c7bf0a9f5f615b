import { createIssue } from '../../errors/issue.js';
import { makeAmount } from '../../money/amount.js';
import type { RegionCode } from '../../regions/region-code.js';
import type { FundCategoryRow, FundsSection } from '../annual-report.js';
import type { ReportContext } from './report-context.js';
import { sourceKey } from './source-key.js';
import type { ReportSelection } from './select-input.js';

const add = (totals: Map<string, bigint>, key: string, fen: bigint): void => {
  totals.set(key, (totals.get(key) ?? 0n) + fen);
};

/** Funds by category (donated beside what the data itemises) and by recipient. */
export function buildFundsSection(selection: ReportSelection, context: ReportContext): FundsSection {
  const { programme } = selection;
  const donated = new Map<string, bigint>();
  const projects = new Map<string, bigint>();
  const aid = new Map<string, bigint>();
  const byRecipient = new Map<RegionCode, { fen: bigint; codes: RegionCode[] }>();
  let total = 0n;
  let notSplit = 0n;
  for (const share of selection.fundShares) {
    add(donated, share.category, share.amount.fen);
    total += share.amount.fen;
    if (share.recipient === undefined) {
      notSplit += share.amount.fen;
      continue;
    }
    const region = context.current(share.recipient);
    const row = byRecipient.get(region) ?? { fen: 0n, codes: [] };
    row.fen += share.amount.fen;
    row.codes.push(share.recipient);
    byRecipient.set(region, row);
  }
  for (const project of selection.itemised.projects) add(projects, project.category, project.budget.fen);
  for (const { value: record } of selection.aid) {
    for (const share of record.funds) if (share.recipient === undefined || context.inRecipients(share.recipient)) add(aid, share.category, share.amount.fen);
  }

  const known = programme.fundCategories.map((category) => category.code as string);
  const used = new Set([...donated.keys(), ...projects.keys(), ...aid.keys()]);
  const order = [...known.filter((code) => used.has(code)), ...[...used].filter((code) => !known.includes(code)).sort()];
  const byCategory = order.map((category): FundCategoryRow => {
    const given = donated.get(category) ?? 0n;
    const itemised = projects.get(category) ?? 0n;
    const other = aid.get(category) ?? 0n;
    if (itemised + other > given) {
      context.issues.push(
        createIssue('allocated-funds-exceed-donated', ['record', 'programme', 'funds'], {
          category,
          year: context.year,
          allocated: makeAmount(itemised + other).toJSON(),
          donated: makeAmount(given).toJSON(),
        }),
      );
    }
    const label = programme.fundCategories.find((known) => known.code === category)?.label ?? { en: category };
    return {
      category,
      label,
      donated: makeAmount(given),
      itemisedProjects: makeAmount(itemised),
      nonProjectAid: makeAmount(other),
      notItemised: makeAmount(given - itemised - other),
    };
  });

  // A source reporting several funds is listed, and cited, once.
  const reported = programme.funds.flatMap((fund) => (fund.reportedIn === undefined ? [] : [fund.reportedIn]));
  const sources = [...new Map(reported.map((source) => [sourceKey(source), source])).values()];
  sources.forEach(context.cite);
  return {
    funds: programme.funds.map((fund) => fund.id),
    total: makeAmount(total),
    byCategory,
    byRecipient: [...byRecipient.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, row]) => ({ region: context.region(code, row.codes), amount: makeAmount(row.fen) })),
    notSplitByRecipient: makeAmount(notSplit),
    sources,
    incomplete: sources.some((source) => source.completeness === 'incomplete'),
  };
}
