import type { NonProjectAid } from '../../aid/non-project-aid.js';
import type { DeclaredCount } from '../../beneficiaries/declared-count.js';
import type { FundShare } from '../../model/fund.js';
import type { Programme } from '../../model/programme.js';
import type { ReportData } from './report-data.js';
import type { DeclaredProjectCount } from '../declared-project-count.js';
import type { ReportContext } from './report-context.js';

/** A record of the input with its index there, so issues can name it. */
export interface Indexed<T> {
  readonly value: T;
  readonly index: number;
}

/** The part of the input a report covers: its year, its donor (and the donor's districts), its recipients. */
export interface ReportSelection {
  /** The programme with only the projects, their ledger entries and the funds of the report. */
  readonly programme: Programme;
  /** The funds' shares for the recipients (shares naming no recipient count for all of the fund's recipients). */
  readonly fundShares: readonly FundShare[];
  readonly aid: readonly Indexed<NonProjectAid>[];
  readonly declaredProjects: readonly Indexed<DeclaredProjectCount>[];
  readonly declaredBeneficiaries: readonly Indexed<DeclaredCount>[];
}

const indexed = <T>(values: readonly T[], keep: (value: T) => boolean): Indexed<T>[] =>
  values.flatMap((value, index) => (keep(value) ? [{ value, index }] : []));

/** Selects the records of the report's year, donor and recipients. */
export function selectInput(input: ReportData, context: ReportContext): ReportSelection {
  const { programme } = input;
  const { year, inDonor, inRecipients } = context;
  const projects = programme.projects.filter(
    (project) => project.year === year && inDonor(project.donor ?? programme.donor) && inRecipients(project.location.region),
  );
  const projectIds = new Set<string>(projects.map((project) => project.id));
  const organisations = new Map(programme.organisations.map((organisation) => [organisation.id as string, organisation]));
  const funds = programme.funds.filter((fund) => {
    const donor = organisations.get(fund.donor);
    return (
      fund.year === year &&
      (donor?.region === undefined || inDonor(donor.region)) &&
      (fund.recipients.length === 0 || fund.recipients.some(inRecipients))
    );
  });
  const fundShares = funds.flatMap((fund) => fund.breakdown.filter((share) => share.recipient === undefined || inRecipients(share.recipient)));
  const aidYear = (record: NonProjectAid) => record.year === year && inDonor(record.donor) && record.recipients.some(inRecipients);
  const inScope = (region: DeclaredProjectCount['region']) => region === undefined || inRecipients(region);
  return {
    programme: { ...programme, projects, funds, ledger: programme.ledger.filter((entry) => projectIds.has(entry.project)) },
    fundShares,
    aid: indexed(input.nonProjectAid, aidYear),
    declaredProjects: indexed(input.declaredProjects, (count) => count.year === year && inScope(count.region)),
    declaredBeneficiaries: indexed(input.declaredBeneficiaries, (count) => (count.year ?? year) === year && inScope(count.region)),
  };
}
