import type { NonProjectAid } from '../../aid/non-project-aid.js';
import type { DeclaredCount } from '../../beneficiaries/declared-count.js';
import type { BeneficiaryAttachment } from '../../beneficiaries/attachment.js';
import type { FundShare } from '../../model/fund.js';
import type { ProjectId } from '../../model/ids.js';
import type { LedgerEntry } from '../../model/ledger.js';
import type { Programme } from '../../model/programme.js';
import type { ProjectStanding } from '../annual-report.js';
import type { DeclaredProjectCount } from '../declared-project-count.js';
import type { ReportContext } from './report-context.js';
import { addEntry, emptySums, type LedgerSums } from './ledger-sums.js';
import type { ReportData } from './report-data.js';

/** A record of the input with its index there, so issues can name it. */
export interface Indexed<T> {
  readonly value: T;
  readonly index: number;
}

/** The projects of one kind of a report with their ledger entries dated in the year, as a programme. */
export type ProgrammePart = Programme;

/** The part of the input a report covers: its year, its donor (and the donor's districts), its recipients. */
export interface ReportSelection {
  /** The programme with the report's funds, the projects it lists and their ledger entries dated in the year. */
  readonly programme: Programme;
  /** The year's projects approved by its end (the plan year's, and a later year's with money dated in the year): what the report itemises. */
  readonly itemised: ProgrammePart;
  /** Earlier years' projects, approved, with money dated in the year: carried over (结转). */
  readonly carriedOver: ProgrammePart;
  /** The projects listed that were not yet approved at the year's end. */
  readonly pending: ProgrammePart;
  /** Projects cancelled or rejected by the end of the year: counted as neither approved nor planned. */
  readonly withdrawn: ProgrammePart;
  /**
   * The approved projects of every year up to this one, and of later years with money dated by its end, with their
   * entries up to the end of the year: what plans count (a plan's project targets count only its years' projects).
   */
  readonly toDate: ProgrammePart;
  readonly standingOf: (project: ProjectId) => ProjectStanding;
  /** The funds' shares for the recipients (shares naming no recipient count for all of the fund's recipients). */
  readonly fundShares: readonly FundShare[];
  readonly aid: readonly Indexed<NonProjectAid>[];
  readonly declaredProjects: readonly Indexed<DeclaredProjectCount>[];
  /** The declared counts of the year, less those of cancelled or rejected projects. */
  readonly declaredBeneficiaries: readonly Indexed<DeclaredCount>[];
  /** The projects cancelled or rejected by the end of the year, whose identified records are not counted. */
  readonly withdrawnProjects: readonly ProjectId[];
  /** Each listed project's entries dated in the year, summed by kind. */
  readonly inYearByProject: ReadonlyMap<string, LedgerSums>;
  /** Each listed project's entries dated up to the end of the year, summed by kind. */
  readonly toDateByProject: ReadonlyMap<string, LedgerSums>;
}

const indexed = <T>(values: readonly T[], keep: (value: T) => boolean): Indexed<T>[] =>
  values.flatMap((value, index) => (keep(value) ? [{ value, index }] : []));

/** Selects the records of the report's year, donor and recipients, and sorts its projects by their standing at the year's end. */
export function selectInput(input: ReportData, context: ReportContext): ReportSelection {
  const { programme, standings } = input;
  const { year, inDonor, inRecipients } = context;
  const yearStart = `${String(year).padStart(4, '0')}-01-01`;
  const inScope = programme.projects.filter((project) => inDonor(project.donor ?? programme.donor) && inRecipients(project.location.region));
  // Projects with money dated in the year (listed even when planned for a later year), and with money dated by its
  // end (counted by the plans even when planned for a later year: money paid ahead counts where it was paid). The
  // record is cut at the year's end before it is selected from, so every entry is dated by then.
  const withMoney = new Set<string>();
  const paidToDate = new Set<string>();
  for (const entry of programme.ledger) {
    paidToDate.add(entry.project);
    if (entry.date >= yearStart) withMoney.add(entry.project);
  }
  const listed = inScope.filter((project) => project.year === year || withMoney.has(project.id));
  const standingOf = (id: ProjectId): ProjectStanding => {
    const standing = standings.get(id);
    return standing?.withdrawn === true ? 'withdrawn' : standing?.approved === true ? 'approved' : 'pending';
  };
  // The parts' projects, then their ledgers in one pass over the ledger, each in the ledger's order: every listed
  // project is in one of the four parts of the year, and the approved ones of this year or earlier count to date.
  const approved = listed.filter((project) => standingOf(project.id) === 'approved');
  const parts = {
    listed,
    itemised: approved.filter((project) => project.year >= year),
    carriedOver: approved.filter((project) => project.year < year),
    pending: listed.filter((project) => standingOf(project.id) === 'pending'),
    withdrawn: listed.filter((project) => standingOf(project.id) === 'withdrawn'),
    toDate: inScope.filter((project) => (project.year <= year || paidToDate.has(project.id)) && standingOf(project.id) === 'approved'),
  };
  const ledgers = { listed: [], itemised: [], carriedOver: [], pending: [], withdrawn: [], toDate: [] } as Record<keyof typeof parts, LedgerEntry[]>;
  const inYearOf = new Map<string, LedgerEntry[][]>();
  const toDateIds = new Set<string>(parts.toDate.map((project) => project.id));
  for (const name of ['listed', 'itemised', 'carriedOver', 'pending', 'withdrawn'] as const) {
    for (const project of parts[name]) {
      const targets = inYearOf.get(project.id) ?? [];
      if (!targets.includes(ledgers[name])) targets.push(ledgers[name]);
      inYearOf.set(project.id, targets);
    }
  }
  // The listed projects' sums in the year and up to its end, by project, in the same pass.
  const inYearByProject = new Map<string, LedgerSums>();
  const toDateByProject = new Map<string, LedgerSums>();
  const sumInto = (byProject: Map<string, LedgerSums>, entry: LedgerEntry) => {
    let sums = byProject.get(entry.project);
    if (sums === undefined) byProject.set(entry.project, (sums = emptySums()));
    addEntry(sums, entry);
  };
  for (const entry of programme.ledger) {
    if (entry.date > context.yearEnd) continue;
    const targets = inYearOf.get(entry.project);
    if (targets !== undefined) {
      sumInto(toDateByProject, entry);
      if (entry.date >= yearStart) {
        for (const target of targets) target.push(entry);
        sumInto(inYearByProject, entry);
      }
    }
    if (toDateIds.has(entry.project)) ledgers.toDate.push(entry);
  }
  const part = (name: keyof typeof parts): ProgrammePart => ({ ...programme, projects: parts[name], ledger: ledgers[name] });

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
  const inRegion = (region: DeclaredProjectCount['region']) => region === undefined || inRecipients(region);
  const withdrawnProjects = programme.projects.filter((project) => standingOf(project.id) === 'withdrawn').map((project) => project.id);
  const withdrawnIds = new Set<string>(withdrawnProjects);
  const counted = (attachment: BeneficiaryAttachment | undefined) => attachment === undefined || attachment.kind === 'activity' || !withdrawnIds.has(attachment.project);
  return {
    programme: { ...part('listed'), funds },
    itemised: part('itemised'),
    carriedOver: part('carriedOver'),
    pending: part('pending'),
    withdrawn: part('withdrawn'),
    toDate: part('toDate'),
    standingOf,
    fundShares,
    aid: indexed(input.nonProjectAid, aidYear),
    declaredProjects: indexed(input.declaredProjects, (count) => count.year === year && inRegion(count.region)),
    declaredBeneficiaries: indexed(input.declaredBeneficiaries, (count) => (count.year ?? year) === year && inRegion(count.region) && counted(count.attachedTo)),
    withdrawnProjects,
    inYearByProject,
    toDateByProject,
  };
}
