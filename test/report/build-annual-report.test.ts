import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  amount,
  amountFromFen,
  buildAnnualReport,
  checkProgramme,
  formatPath,
  isoDate,
  personCount,
  personTimeCount,
  planId,
  prefixIssues,
  regionCode,
  subProjectId,
  sumAmounts,
  actor,
  annualReportToJSON,
  ledgerEntryId,
  organisationId,
  projectId,
  recordLifecycleCommand,
  timestamp,
  unwrap,
  type DeclaredCount,
  type LedgerEntry,
  type NonProjectAid,
  type ProgrammeRecord,
  type Plan,
  type Programme,
  type AnnualReport,
} from '../../src/index.js';
import { consistentProgramme, anyProgramme } from '../model/arbitraries.js';
import { identified2011, reportOf, seedInput, seedOptions } from './fixtures.js';
import { anyFates, recordWithFates, withdrawnBy } from './record-arbitraries.js';

const codesAndPaths = (issues: readonly { code: string; path: readonly (string | number)[] }[]) => issues.map((issue) => [issue.code, formatPath(issue.path)]);
const { programme } = seedInput.record;
const withAid = (change: (record: NonProjectAid) => NonProjectAid) => seedInput.nonProjectAid.map(change);

describe('buildAnnualReport', () => {
  // Built in each test rather than once for the file, so that each test is known to run the code behind it.
  let report: AnnualReport;
  beforeEach(() => {
    report = reportOf();
  });

  it('returns the funds by category, beside what the data itemises', () => {
    expect(report.funds.byCategory.map((row) => [row.category, row.donated.toJSON(), row.itemisedProjects.toJSON(), row.nonProjectAid.toJSON(), row.notItemised.toJSON()])).toEqual([
      ['counterpart-support', '42810000.00', '24000000.00', '0.00', '18810000.00'],
      ['disaster-relief', '2800000.00', '0.00', '0.00', '2800000.00'],
      ['cadre-training', '1300000.00', '0.00', '1300000.00', '0.00'],
    ]);
    expect([report.funds.byRecipient, report.funds.notSplitByRecipient.toJSON(), report.funds.incomplete]).toEqual([[], '46910000.00', true]);
  });

  it('returns the projects by prefecture under the codes in force at the end of the year', () => {
    expect(report.recipients.map((region) => [region.code, region.name?.zh, region.codesInData])).toEqual([
      ['520500', '毕节市', ['522400']],
      ['522700', '黔南布依族苗族自治州', []],
    ]);
    expect(report.projects.byPrefecture.map((row) => [row.region.code, row.region.codesInData, row.projects, row.subProjects, row.budget.toJSON(), row.ledger.disbursement.toJSON()])).toEqual([
      ['520500', ['522400'], 25, 53, '12000000.00', '11980000.00'],
      ['522700', [], 13, 18, '12000000.00', '12000000.00'],
    ]);
  });

  it('puts records written with old and new codes under one prefecture', () => {
    const [first, ...rest] = programme.projects;
    const moved = { ...first!, location: { region: regionCode('520502') }, subProjects: first!.subProjects.map((sub) => ({ ...sub, location: { region: regionCode('520502') } })) };
    const moved2011 = reportOf({ programme: { ...programme, projects: [moved, ...rest] } });
    expect(moved2011.projects.byPrefecture.map((row) => [row.region.code, row.projects, row.subProjects, row.budget.toJSON()])).toEqual([
      ['520500', 25, 53, '12000000.00'],
      ['522700', 13, 18, '12000000.00'],
    ]);
  });

  it('shows the 2011 codes when asked for a date before the change', () => {
    const june = reportOf({}, { regionsAsOf: isoDate('2011-06-30') });
    expect(june.projects.byPrefecture.map((row) => [row.region.code, row.region.name?.zh])).toEqual([
      ['522400', '毕节地区'],
      ['522700', '黔南布依族苗族自治州'],
    ]);
  });

  it('returns the declared figures beside the itemised ones', () => {
    expect(report.projects.declared.map((figure) => [figure.scope, figure.region?.code ?? null, figure.chosen.projects, figure.reports.length, figure.itemised.projects])).toEqual([
      ['all', null, 124, 3, 38],
      ['infrastructure', null, 38, 1, 38],
      ['infrastructure', '520500', 25, 1, 25],
      ['infrastructure', '522700', 13, 1, 13],
    ]);
  });

  it('bounds the persons reached, leaving parts out of the sum', () => {
    expect(report.beneficiaries.bounds).toMatchObject({ identified: 0, lower: 130000, upper: 130000, incomplete: true });
    const withoutParts = reportOf({ declaredParts: [] });
    expect([withoutParts.beneficiaries.bounds.lower, withoutParts.beneficiaries.bounds.upper]).toEqual([130000, 190400]);
  });

  it('counts identified beneficiaries of the year and recipients once each, old and new codes alike', () => {
    const counted = reportOf({ identifiedBeneficiaries: identified2011 });
    expect(counted.beneficiaries.identified).toEqual({ year: 2011, personTimes: 4, persons: 3, registeredPoorPersons: 2, households: 1, registeredPoorHouseholds: 1 });
    expect([counted.beneficiaries.bounds.lower, counted.beneficiaries.bounds.upper]).toEqual([130000, 130003]);
  });

  it('sums declared person-times exactly, apart from persons', () => {
    const visits: DeclaredCount = { figure: 'clinic-visits', unit: 'person-times', count: personTimeCount(2500), year: 2011, source: { document: { en: 'Health bureau' }, completeness: 'complete' } };
    const counted = reportOf({ declaredBeneficiaries: [...seedInput.declaredBeneficiaries, visits, { ...visits, figure: 'school-meals', count: personTimeCount(500) }] });
    expect(counted.beneficiaries.declaredPersonTimes).toBe(3000);
    expect(counted.beneficiaries.bounds.upper).toBe(130000);
  });

  it('chooses by the rule of each figure, and by the report’s rule otherwise', () => {
    const smallest = reportOf({}, { figureRules: { 'cadre-training.trainees': { rule: 'smallest' } } });
    expect(smallest.training.activities[0]?.trainees?.value).toBe(550);
    expect(smallest.training.activities[0]?.trainees?.reports).toHaveLength(2);
    expect(report.training.activities[0]?.trainees?.value).toBe(1100);
  });

  it('compares plans in force with the actual figures, above 100 % uncapped', () => {
    const plan: Plan = {
      id: planId('sz-2011-annual'),
      kind: 'annual',
      name: { en: '2011 annual plan (illustrative)' },
      fromYear: 2011,
      toYear: 2011,
      agreed: [{ recipient: regionCode('522400'), amount: amount('10 million') }],
      targets: [
        { measure: 'projects', value: '20', unit: 'projects', recipient: regionCode('522400') },
        { measure: 'aid-projects', value: '100', unit: 'projects' },
        { measure: 'cadres-trained', value: '1000', unit: 'persons' },
        { measure: 'labourers-placed', value: '20000', unit: 'persons' },
      ],
    };
    const planned = reportOf({ programme: { ...programme, plans: [plan, { ...plan, id: planId('2012'), fromYear: 2012, toYear: 2012 }] } }, { planActualKind: 'budget' });
    expect(planned.plans.plans).toHaveLength(1);
    const comparison = planned.plans.plans[0]!.inYear;
    // An annual plan's years so far are its one year.
    expect(planned.plans.plans[0]!.cumulative).toEqual(comparison);
    expect(comparison.amounts.map((compared) => [compared.actual.toJSON(), compared.percent])).toEqual([['12000000.00', '120.00']]);
    expect(comparison.targets.map((compared) => [compared.target.measure, compared.actual, compared.percent])).toEqual([
      ['projects', '25', '125.00'],
      ['aid-projects', '124', '124.00'],
      ['cadres-trained', '1100', '110.00'],
      ['labourers-placed', '16000', '80.00'],
    ]);
  });

  it('keeps to the year, the donor and the recipients', () => {
    const qiannan = reportOf({}, { recipients: [regionCode('522700')] });
    expect(qiannan.projects.byPrefecture.map((row) => row.region.code)).toEqual(['522700']);
    expect(qiannan.projects.declared.map((figure) => figure.region?.code ?? null)).toEqual([null, null, '522700']);
    expect(qiannan.industry.activities.map((row) => row.id)).toHaveLength(3);
    const other = reportOf({}, { year: 2012 });
    expect([other.funds.total.toJSON(), other.projects.itemised.projects, other.training.activities.length, other.projects.declared.length]).toEqual(['0.00', 0, 0, 0]);
    const elsewhere = reportOf({}, { donor: regionCode('310000') });
    expect([elsewhere.funds.total.toJSON(), elsewhere.projects.itemised.projects, elsewhere.training.activities.length]).toEqual(['0.00', 0, 0]);
  });

  describe('statuses', () => {
    const supervisor = actor(organisationId('sz-support-office'), 'support-office');
    const cancel = (record: ProgrammeRecord, id: string, at: string) =>
      unwrap(recordLifecycleCommand(record, projectId(id), { type: 'cancel', by: supervisor, at: timestamp(at), reason: 'Withdrawn by the county.' })).record;
    const cancelled2011 = cancel(seedInput.record, 'QN-2011-13', '2011-12-28T10:00:00+08:00');

    it('returns a row per project with its place, its state at the end of the year, its budget and its money', () => {
      expect(report.projects.rows).toHaveLength(38);
      const [first] = report.projects.rows;
      expect([first?.project, first?.region.code, first?.status, first?.statusLabel.zh, first?.standing, first?.budget.toJSON(), first?.inYear.disbursement.toJSON()]).toEqual([
        'BJ-2011-01', '520502', 'closed', '已关闭', 'approved', '500000.00', '500000.00',
      ]);
      expect(report.projects.rows.map((row) => row.status).filter((status) => status !== 'closed')).toEqual([...Array(12).fill('completion-announced'), 'in-implementation']);
    });

    it('counts a cancelled project neither as approved nor as planned, and shows its money apart', () => {
      const withdrawn = reportOf({ record: cancelled2011 });
      const budget = seedInput.record.programme.projects.at(-1)!.budget;
      expect([withdrawn.projects.itemised.projects, withdrawn.projects.itemised.budget.fen]).toEqual([37, 24_000_000_00n - budget.fen]);
      expect([withdrawn.projects.withdrawn.projects, withdrawn.projects.withdrawn.budget.toJSON(), withdrawn.projects.withdrawn.ledger.disbursement.toJSON()]).toEqual([1, '950000.00', '950000.00']);
      expect(withdrawn.funds.byCategory[0]?.itemisedProjects.fen).toBe(24_000_000_00n - budget.fen);
      expect(withdrawn.projects.byPrefecture.map((row) => row.projects)).toEqual([25, 12]);
      expect(withdrawn.projects.rows.at(-1)).toMatchObject({ status: 'cancelled', standing: 'withdrawn' });
      // The sources still declare 38 infrastructure projects: the report says they differ from the 37 approved.
      expect(new Set(withdrawn.issues.map((issue) => issue.code))).toEqual(new Set(['declared-projects-differ-from-itemised']));
    });

    it('keeps the state at the end of the year: a cancellation in the next year does not change it', () => {
      const later = cancel(seedInput.record, 'QN-2011-13', '2012-01-05T10:00:00+08:00');
      expect(JSON.stringify(annualReportToJSON(reportOf({ record: later })))).toBe(JSON.stringify(annualReportToJSON(report)));
      expect(reportOf({ record: later }, { year: 2012 }).projects.rows.map((row) => row.status)).toEqual([]);
    });

    it('counts a rejected project neither as approved nor as planned', () => {
      const { 'QN-2011-13': log, ...others } = seedInput.record.eventLogs;
      const reviewed = { programme: { ...programme, ledger: programme.ledger.filter((entry) => entry.project !== 'QN-2011-13') }, eventLogs: { ...others, 'QN-2011-13': log!.slice(0, 2) } };
      const rejected = unwrap(recordLifecycleCommand(reviewed, projectId('QN-2011-13'), { type: 'reject', by: log![2]!.event.by, at: log![2]!.event.at, reason: 'Not in the county pool.' } as never)).record;
      const built = reportOf({ record: rejected });
      expect([built.projects.itemised.projects, built.projects.withdrawn.projects, built.projects.rows.at(-1)?.status]).toEqual([37, 1, 'rejected']);
      expect(new Set(built.issues.map((issue) => issue.code))).toEqual(new Set(['declared-projects-differ-from-itemised']));
    });
  });

  describe('figures by date', () => {
    const entry = (id: string, kind: LedgerEntry['kind'], project: string, amountText: string, date: string): LedgerEntry => ({
      id: ledgerEntryId(id), kind, project: projectId(project), category: 'counterpart-support', amount: amount(amountText), date: isoDate(date),
    });
    const spentIn2012 = { ...programme, ledger: [...programme.ledger, entry('QN-2011-13-2012', 'expenditure', 'QN-2011-13', '150000', '2012-02-10')] };

    it('takes ledger entries by their own date: spending in February 2012 is in the 2012 report, carried over', () => {
      expect(JSON.stringify(annualReportToJSON(reportOf({ programme: spentIn2012 })))).toBe(JSON.stringify(annualReportToJSON(report)));
      const next = reportOf({ programme: spentIn2012 }, { year: 2012 });
      expect([next.projects.itemised.projects, next.projects.carriedOver.projects, next.projects.carriedOver.ledger.expenditure.toJSON()]).toEqual([0, 1, '150000.00']);
      expect(next.projects.byPrefecture.map((row) => [row.region.code, row.projects, row.ledger.expenditure.toJSON(), row.carriedOver.expenditure.toJSON()])).toEqual([['522700', 0, '0.00', '150000.00']]);
      expect(next.projects.rows.map((row) => [row.project, row.carriedOver, row.inYear.expenditure.toJSON(), row.toDate.expenditure.toJSON()])).toEqual([['QN-2011-13', true, '150000.00', '914750.00']]);
    });

    it('compares a multi-year plan with the year and with its years so far, side by side', () => {
      const plan: Plan = { id: planId('12th'), kind: 'multi-year', name: { en: '12th Five-Year Plan (illustrative)' }, fromYear: 2011, toYear: 2015, agreed: [{ amount: amount('20 million') }], targets: [{ measure: 'projects', value: '30', unit: 'projects' }] };
      const next = reportOf({ programme: { ...spentIn2012, plans: [plan] } }, { year: 2012, planActualKind: 'expenditure' });
      const [row] = next.plans.plans;
      expect([row?.inYear.amounts[0]?.actual.toJSON(), row?.inYear.amounts[0]?.percent, row?.inYear.targets[0]?.actual]).toEqual(['150000.00', '0.75', '0']);
      const spent2011 = sumAmounts(programme.ledger.filter((found) => found.kind === 'expenditure').map((found) => found.amount));
      expect([row?.cumulative.amounts[0]?.actual.fen, row?.cumulative.targets[0]?.actual, row?.cumulative.targets[0]?.percent]).toEqual([spent2011.fen + 150_000_00n, '38', '126.67']);
    });
  });

  describe('rule violations', () => {
    it('returns none for the 2011 data', () => {
      expect(report.issues).toEqual([]);
    });

    it('reports funds used beyond those donated in a category', () => {
      const training = withAid((record) => (record.kind === 'cadre-training' ? { ...record, funds: [{ category: 'cadre-training', amount: amount('1.4 million') }] } : record));
      expect(codesAndPaths(reportOf({ nonProjectAid: training }).issues)).toEqual([['allocated-funds-exceed-donated', 'record.programme.funds']]);
    });

    it('reports declared figures that disagree with the itemised projects', () => {
      const declaredProjects = seedInput.declaredProjects.map((count, i) => (i === 0 ? { ...count, projects: 30 } : i === 4 ? { ...count, subProjects: 52 } : count));
      const issues = reportOf({ declaredProjects }, { figureRule: { rule: 'smallest' } }).issues;
      expect(codesAndPaths(issues)).toEqual([
        ['declared-projects-below-itemised', 'declaredProjects[0].projects'],
        ['declared-projects-differ-from-itemised', 'declaredProjects[4].subProjects'],
      ]);
      expect(issues[1]?.params).toMatchObject({ scope: 'infrastructure', region: '522400', declared: 52, itemised: 53 });
    });

    it('chooses the same declared project count whatever the order of reports alike in count and source', () => {
      // A second report of the first figure, from the same source with the same count, naming more sub-projects.
      const first = seedInput.declaredProjects[0]!;
      const again = { ...first, subProjects: (first.subProjects ?? 0) + 7 };
      const chosen = (declaredProjects: readonly (typeof first)[]) =>
        reportOf({ declaredProjects }).projects.declared.find((figure) => figure.scope === first.scope && figure.region?.code === first.region)?.chosen;
      const forwards = chosen([first, again]);
      expect(forwards).toBeDefined();
      expect(chosen([again, first])).toEqual(forwards);
    });

    it('reports a part larger than its whole, and a part of a figure nobody reported', () => {
      const declaredBeneficiaries = seedInput.declaredBeneficiaries.map((count) => (count.unit === 'persons' && count.figure === 'infrastructure-residents-benefited' ? { ...count, count: personCount(140000) } : count));
      const declaredParts = [...seedInput.declaredParts, { part: 'infrastructure-residents-benefited', whole: 'villagers', source: seedInput.declaredParts[0]!.source }];
      expect(codesAndPaths(reportOf({ declaredBeneficiaries, declaredParts }).issues)).toEqual([
        ['declared-part-exceeds-whole', 'declaredParts[0]'],
        ['declared-part-unknown', 'declaredParts[1].whole'],
      ]);
    });

    it('reports labour buckets that differ from the labourers placed, and names them as not holding', () => {
      const nonProjectAid = withAid((record) => (record.kind === 'labour-cooperation' ? { ...record, placed: [{ ...record.placed[0]!, value: personCount(15000) }] } : record));
      const changed = reportOf({ nonProjectAid });
      expect(codesAndPaths(changed.issues)).toEqual([['labour-placement-differs-from-reported', 'nonProjectAid[2].placement.buckets.total']]);
      expect(changed.labour.activities[0]?.placementHolds).toBe(false);
    });

    it('falls back to the largest report when a rule cannot choose, and says why', () => {
      const changed = reportOf({}, { figureRule: { rule: 'latest' } });
      expect(changed.training.activities[0]?.trainees?.value).toBe(1100);
      expect(changed.beneficiaries.declared.map((count) => count.count)).toEqual([130000, 60400]);
      const paths = changed.issues.map((issue) => formatPath(issue.path));
      expect(new Set(changed.issues.map((issue) => issue.code))).toEqual(new Set(['declared-count-undated']));
      expect(paths).toEqual(expect.arrayContaining(['declaredProjects[0].reportedOn', 'declaredBeneficiaries[1].reportedOn', 'nonProjectAid[0].trainees[1].reportedOn']));
    });

    describe('an entry the roll-up cannot place', () => {
      const first = programme.ledger.find((entry) => entry.project === 'BJ-2011-01' && entry.date.startsWith('2011'))!;
      const withEntry = (change: Partial<LedgerEntry>) => {
        const added: LedgerEntry = { ...first, id: ledgerEntryId('BJ-2011-01-added'), kind: 'commitment', ...change };
        return { report: reportOf({ programme: { ...programme, ledger: [...programme.ledger, added] } }), added, at: programme.ledger.length };
      };
      const rowOf = (report: AnnualReport) => report.projects.rows.find((row) => row.project === 'BJ-2011-01')!;
      const bijieOf = (report: AnnualReport) => report.projects.byPrefecture.find((row) => row.region.code === '520500')!;

      it('counts money naming a sub-project its project does not have for the project, in its prefecture, and reports the entry', () => {
        const { report: changed, at } = withEntry({ subProject: subProjectId('BJ-2011-01-none'), amount: amount('1000') });
        expect(codesAndPaths(changed.issues)).toContainEqual(['ledger-sub-project-unknown', `record.programme.ledger[${at}].subProject`]);
        expect(rowOf(changed).inYear.commitment.fen - rowOf(report).inYear.commitment.fen).toBe(100_000n);
        expect(bijieOf(changed).ledger.commitment.fen - bijieOf(report).ledger.commitment.fen).toBe(100_000n);
        expect(changed.projects.itemised.ledger.commitment.fen - report.projects.itemised.ledger.commitment.fen).toBe(100_000n);
      });

      it('sums money beyond 2^53 fen exactly', () => {
        const fen = 2n ** 53n + 1n;
        const { report: changed } = withEntry({ amount: amountFromFen(fen) });
        expect(rowOf(changed).inYear.commitment.fen - rowOf(report).inYear.commitment.fen).toBe(fen);
        expect(rowOf(changed).toDate.commitment.fen - rowOf(report).toDate.commitment.fen).toBe(fen);
        expect(bijieOf(changed).ledger.commitment.fen - bijieOf(report).ledger.commitment.fen).toBe(fen);
        expect(changed.projects.itemised.ledger.commitment.fen - report.projects.itemised.ledger.commitment.fen).toBe(fen);
      });
    });

    it('reports the rules of the programme and of the non-project aid under their own paths', () => {
      const [fund] = programme.funds;
      const broken = { ...programme, funds: [{ ...fund!, total: amount('47 million') }] };
      const nonProjectAid = [...seedInput.nonProjectAid, seedInput.nonProjectAid[0]!];
      expect(codesAndPaths(reportOf({ programme: broken, nonProjectAid }).issues)).toEqual([
        ['fund-breakdown-mismatch', 'record.programme.funds[0].breakdown'],
        ['id-duplicate', `nonProjectAid[${seedInput.nonProjectAid.length}].id`],
        // The duplicate's 1.3 million of cadre training funds count too, twice what was donated.
        ['allocated-funds-exceed-donated', 'record.programme.funds'],
      ]);
    });
  });

  describe('properties', () => {
    it('never counts a cancelled or rejected project as approved or planned, nor its beneficiaries', () => {
      fc.assert(
        fc.property(anyFates, (fates) => {
          const record = recordWithFates(fates);
          const withdrawn = withdrawnBy(fates);
          const declaredBeneficiaries = [...withdrawn].map((id): DeclaredCount => ({ figure: `reached-${id}`, unit: 'persons', count: personCount(1000), year: 2011, attachedTo: { kind: 'project', project: projectId(id) }, source: { document: { en: 'county report' }, completeness: 'complete' } }));
          const plan: Plan = { id: planId('p'), kind: 'annual', name: { en: 'plan' }, fromYear: 2011, toYear: 2011, agreed: [], targets: [{ measure: 'projects', value: '38', unit: 'projects' }] };
          const built = reportOf({ record: { ...record, programme: { ...record.programme, plans: [plan] } }, declaredBeneficiaries: [...seedInput.declaredBeneficiaries, ...declaredBeneficiaries] });
          const approved = built.projects.rows.filter((row) => row.standing === 'approved');
          expect(approved.some((row) => withdrawn.has(row.project))).toBe(false);
          expect(built.projects.rows.filter((row) => row.standing === 'withdrawn').map((row) => row.project).sort()).toEqual([...withdrawn].sort());
          expect(built.projects.itemised.projects).toBe(approved.length);
          expect(built.projects.itemised.budget.fen).toBe(approved.reduce((sum, row) => sum + row.budget.fen, 0n));
          expect(built.plans.plans[0]?.inYear.targets[0]?.actual).toBe(String(approved.length));
          expect(built.beneficiaries.declared.some((count) => count.figure.startsWith('reached-'))).toBe(false);
        }),
        { numRuns: 15 },
      );
    });

    it('never changes a year\'s report when entries and events dated after it are added', () => {
      const ids = programme.projects.map((project) => project.id);
      const later = fc.record({
        project: fc.constantFrom(...ids),
        kind: fc.constantFrom<LedgerEntry['kind']>('budget', 'commitment', 'disbursement', 'expenditure'),
        fen: fc.bigInt({ min: -10_000_00n, max: 1_000_000_00n }),
        date: fc.date({ min: new Date('2012-01-01T00:00:00+08:00'), max: new Date('2014-12-31T00:00:00+08:00'), noInvalidDate: true }),
      });
      const before = JSON.stringify(annualReportToJSON(report));
      fc.assert(
        fc.property(fc.array(later, { maxLength: 6 }), fc.option(fc.constantFrom(...ids.filter((id) => id.startsWith('QN'))), { nil: undefined }), (entries, cancelled) => {
          const ledger = [...programme.ledger, ...entries.map((added, i): LedgerEntry => ({ id: ledgerEntryId(`later-${i}`), kind: added.kind, project: projectId(added.project), category: 'counterpart-support', amount: amountFromFen(added.fen), date: isoDate(new Date(added.date.getTime() + 8 * 3600_000).toISOString().slice(0, 10)) }))];
          let record: ProgrammeRecord = { ...seedInput.record, programme: { ...programme, ledger } };
          if (cancelled !== undefined) {
            record = unwrap(recordLifecycleCommand(record, projectId(cancelled), { type: 'cancel', by: actor(organisationId('sz-support-office'), 'support-office'), at: timestamp('2012-06-01T10:00:00+08:00'), reason: 'Withdrawn.' })).record;
          }
          expect(JSON.stringify(annualReportToJSON(reportOf({ record })))).toBe(before);
        }),
        { numRuns: 20 },
      );
    });

    it('never throws on bad data, and reports every rule the programme breaks', () => {
      fc.assert(
        fc.property(anyProgramme, (any: Programme) => {
          // The report judges the record as it stood at the end of its year.
          const asOfYearEnd = { programme: { ...any, ledger: any.ledger.filter((entry) => entry.date <= '2011-12-31') }, eventLogs: {} };
          const built = buildAnnualReport({ ...seedInput, record: { programme: any, eventLogs: {} } }, { ...seedOptions, recipients: [regionCode('520000'), regionCode('440300')] });
          const expected = prefixIssues(checkProgramme(asOfYearEnd), ['record']);
          expect(built.issues.slice(0, expected.length)).toEqual(expected);
        }),
        { numRuns: 50 },
      );
    });

    it('splits the itemised projects exactly into prefectures and types, and the funds into categories', () => {
      fc.assert(
        fc.property(consistentProgramme, fc.subarray([...programme.projects]), (any, projects) => {
          const mixed = { ...programme, projects: [...projects, ...any.projects], ledger: [...programme.ledger.filter((entry) => projects.some((project) => project.id === entry.project)), ...any.ledger] };
          const eventLogs = Object.fromEntries(projects.map((project) => [project.id, seedInput.record.eventLogs[project.id] ?? []]));
          const built = buildAnnualReport({ ...seedInput, record: { programme: mixed, eventLogs } }, { ...seedOptions, recipients: [regionCode('520000'), regionCode('440300')] });
          const { itemised, byPrefecture, byType } = built.projects;
          const total = (rows: readonly { projects: number; subProjects: number; budget: { fen: bigint } }[]) => [
            rows.reduce((sum, row) => sum + row.projects, 0),
            rows.reduce((sum, row) => sum + row.subProjects, 0),
            rows.reduce((sum, row) => sum + row.budget.fen, 0n),
          ];
          expect(total(byPrefecture)).toEqual([itemised.projects, itemised.subProjects, itemised.budget.fen]);
          expect(total(byType)).toEqual([itemised.projects, itemised.subProjects, itemised.budget.fen]);
          const { byCategory } = built.funds;
          expect(sumAmounts(byCategory.map((row) => row.donated)).fen).toBe(built.funds.total.fen);
          for (const row of byCategory) expect(row.notItemised.fen).toBe(row.donated.fen - row.itemisedProjects.fen - row.nonProjectAid.fen);
        }),
        { numRuns: 50 },
      );
    });
  });
});
