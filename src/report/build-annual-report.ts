import { checkNonProjectAid } from '../aid/check-non-project-aid.js';
import { prefixIssues, type Issue } from '../errors/issue.js';
import { checkProgramme } from '../record/check-programme.js';
import { effectiveProgramme } from '../record/effective-programme.js';
import { isDonorEntry } from '../model/funding-sources-of.js';
import { projectStatusesOn } from '../record/project-statuses-on.js';
import { recordAsOf } from '../record/record-as-of.js';
import type { RegionCode } from '../regions/region-code.js';
import type { AnnualReportInput } from './annual-report-input.js';
import type { AnnualReportOptions } from './annual-report-options.js';
import type { AnnualReport } from './annual-report.js';
import { buildAidSections } from './internal/aid-sections.js';
import { buildAssetsSection } from './internal/assets-section.js';
import { buildBeneficiariesSection } from './internal/beneficiaries-section.js';
import { buildFundsSection } from './internal/funds-section.js';
import { buildPlansSection, planActuals } from './internal/plans-section.js';
import { identifiedColumnsOf } from './internal/identified-columns.js';
import { findOlderCodes } from './internal/older-codes.js';
import { buildProjectsSection } from './internal/projects-section.js';
import { createReportContext } from './internal/report-context.js';
import type { ReportData } from './internal/report-data.js';
import { selectInput } from './internal/select-input.js';

/**
 * Builds a donor's annual report on a year and a set of recipients: funds by category (donated beside what
 * the data itemises) and by recipient; itemised projects and sub-projects by prefecture and type, beside
 * the project counts the sources declare; beneficiaries (identified and declared, with bounds); cadre
 * training, student subsidies, labour, industry and exchanges; plans versus actual figures; and every rule
 * violation found. Where sources disagree it picks one report by a named rule and keeps the others.
 * Division codes are shown as in force on `regionsAsOf` (default 31 December of the year), so 2011's
 * 毕节地区 522400 and its counties roll up under 毕节市 520500.
 *
 * The report is of the record as it stood at the end of the year: ledger entries count by their own date
 * (an earlier year's project's money is carried over, 结转, and shown apart), and each project's status is
 * its state on 31 December, read from its log, so entries and events dated later never change a closed
 * year's report. Only projects approved by the prefecture government are counted as approved or planned;
 * cancelled and rejected ones are shown apart with their money, and every project has a row with its status.
 *
 * It never throws on bad data: the violations are in `issues`, with paths into the input, from
 * {@link checkProgramme} (under `record`), {@link checkNonProjectAid} (under `nonProjectAid`) and the
 * report's own checks: `allocated-funds-exceed-donated`, `declared-projects-below-itemised`,
 * `declared-projects-differ-from-itemised`, `declared-part-exceeds-whole`, `declared-part-unknown`,
 * `labour-placement-differs-from-reported`, `plan-target-unit-not-money`, and `declared-count-undated` /
 * `declared-count-no-preferred-source` when a rule cannot choose (the largest report is then taken).
 *
 * @param input - the programme record, non-project aid and declared figures; see {@link AnnualReportInput}
 * @param options - the donor, year and recipients, and the rules; see {@link AnnualReportOptions}
 * @returns the report as plain data
 * @throws {@link PairingAidError} only for what no data can cause: `count-invalid` when a sum of counts passes 2^53
 *
 * @example
 * ```ts
 * import { seedAnnualReportInput2011 } from 'pairing-aid/examples/2011'
 * const report = buildAnnualReport(seedAnnualReportInput2011, { donor: regionCode('440300'), year: 2011, recipients: [regionCode('522400'), regionCode('522700')] });
 * [report.funds.total.toJSON(), report.projects.itemised.projects, report.projects.byPrefecture.map((row) => row.region.code)]
 * //=> ['46910000.00', 38, ['520500', '522700']]
 * report.issues
 * //=> []
 * report.projects.rows.map((row) => row.status).filter((status) => status !== 'closed').length
 * //=> 13
 * ```
 */
export function buildAnnualReport(input: AnnualReportInput, options: AnnualReportOptions): AnnualReport {
  const context = createReportContext(options);
  const record = recordAsOf(input.record, context.yearEnd);
  const identifiedIssues: Issue[] = [];
  const effective = effectiveProgramme(record, options.check);
  const data: ReportData = {
    ...input,
    record,
    // The donor's report counts the donor's money: the entries of the other funding sources stay out of it.
    programme: { ...effective, ledger: effective.ledger.every(isDonorEntry) ? effective.ledger : effective.ledger.filter(isDonorEntry) },
    standings: projectStatusesOn(record, context.yearEnd, options.check),
    identified: identifiedColumnsOf(input.identifiedBeneficiaries, identifiedIssues),
  };
  const selection = selectInput(data, context);
  context.cite(data.programme.reportedIn);
  const funds = buildFundsSection(selection, context);
  const projects = buildProjectsSection(data, selection, context);
  const assets = buildAssetsSection(data, selection, context);
  const beneficiaries = buildBeneficiariesSection(data, selection, options.recipients, context);
  const aid = buildAidSections(selection, context);
  const actuals = planActuals({ projects, beneficiaries, ...aid });
  const plans = buildPlansSection(selection, options.year, actuals, options.planActualKind ?? 'disbursement', context.issues);
  const issues = [
    ...prefixIssues(checkProgramme(data.record, options.check), ['record']),
    ...prefixIssues(checkNonProjectAid(data.nonProjectAid, { programme: data.programme }), ['nonProjectAid']),
    ...identifiedIssues,
    ...context.issues,
  ];
  const recipientCodes = new Map<RegionCode, RegionCode[]>();
  for (const code of options.recipients) {
    const now = context.current(code);
    recipientCodes.set(now, [...(recipientCodes.get(now) ?? []), code]);
  }
  return {
    year: options.year,
    donor: context.region(context.current(options.donor), [options.donor]),
    recipients: [...recipientCodes.entries()].map(([code, codes]) => context.region(code, codes)),
    regionsAsOf: context.asOf,
    olderCodes: findOlderCodes(data, selection, context),
    figureRule: context.rule,
    funds,
    projects,
    assets,
    beneficiaries,
    ...aid,
    plans,
    sources: context.sources,
    issues,
  };
}
