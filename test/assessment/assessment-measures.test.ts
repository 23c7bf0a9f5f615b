import { describe, expect, it } from 'vitest';
import { seedNonProjectAid2011 } from '../../examples/data/shenzhen-guizhou-2011.js';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import {
  activityId,
  amount,
  assessPairingYear,
  fundId,
  illustrativeAssessmentConfiguration,
  isoDate,
  ledgerEntryId,
  pairingId,
  personCount,
  planId,
  projectId,
  regionCode,
  unwrap,
  type AssessedIndicator,
  type AssessmentConfiguration,
  type AssessmentMeasure,
  type Fund,
  type LedgerEntry,
  type NonProjectAid,
  type Pairing,
  type Plan,
  type Programme,
  type Project,
  type RegionCode,
  type SourceReference,
} from '../../src/index.js';

const SHENZHEN = regionCode('440300');
const LUOHU = regionCode('440303');
const BIJIE = regionCode('522400');
const QIANNAN = regionCode('522700');
// Counties of the two prefectures as they were coded in 2011.
const DAFANG = regionCode('522422');
const WEINING = regionCode('522427');
const DUYUN = regionCode('522701');

/** A configuration that asks for one measure, planned at 1, worth 1 point. */
const asking = (measure: AssessmentMeasure): AssessmentConfiguration => ({
  ...illustrativeAssessmentConfiguration,
  total: '1',
  areas: [{ area: 'funding', weight: '1', indicators: [{ id: measure, name: { en: measure }, measure, comparator: '>=', value: '1', points: '1' }] }],
});

interface Year {
  readonly programme?: Partial<Programme>;
  readonly nonProjectAid?: readonly NonProjectAid[];
  readonly recipients?: readonly RegionCode[];
  readonly year?: number;
}

/** The figure of one measure for a year of the 2011 programme with some of its records replaced. */
const measured = (measure: AssessmentMeasure, { programme = {}, nonProjectAid = [], recipients = [BIJIE, QIANNAN], year = 2011 }: Year = {}): AssessedIndicator => {
  const record = { programme: { ...seedProgramme2011, ...programme }, eventLogs: {} };
  const assessed = unwrap(assessPairingYear({ record, nonProjectAid, entered: [] }, asking(measure), { year, donor: SHENZHEN, recipients }));
  return assessed.areas[0]!.indicators[0]!;
};

const fund = (id: string, breakdown: Fund['breakdown'], recipients: readonly RegionCode[] = [BIJIE, QIANNAN], year = 2011): Fund => ({
  ...seedProgramme2011.funds[0]!,
  id: fundId(id),
  year,
  total: amount(String(breakdown.reduce((sum, share) => sum + Number(share.amount.toJSON()), 0))),
  breakdown,
  recipients,
});
const share = (yuan: string, recipient?: RegionCode): Fund['breakdown'][number] => ({ category: 'counterpart-support', amount: amount(yuan), ...(recipient === undefined ? {} : { recipient }) });
const plan = (id: string, agreed: Plan['agreed'], kind: Plan['kind'] = 'annual', fromYear = 2011, toYear = fromYear): Plan => ({ id: planId(id), kind, name: { zh: id }, fromYear, toYear, agreed, targets: [] });
const project = (id: string, year: number, region: RegionCode, budget: string): Project => ({ ...seedProgramme2011.projects[0]!, id: projectId(id), year, location: { region }, budget: amount(budget) });
const entry = (id: string, projectOf: string, kind: LedgerEntry['kind'], yuan: string, date: string): LedgerEntry => ({
  id: ledgerEntryId(id),
  kind,
  project: projectId(projectOf),
  category: 'counterpart-support',
  amount: amount(yuan),
  date: isoDate(date),
});
const pairing = (id: string, donor: RegionCode, recipient: RegionCode, from: string, to?: string): Pairing => ({
  id: pairingId(id),
  donor,
  recipient,
  from: isoDate(from),
  ...(to === undefined ? {} : { to: isoDate(to) }),
});

const source = { document: { zh: '深圳市对口帮扶工作总结', en: 'Shenzhen pairing report' }, completeness: 'complete' } as const;
const otherSource = { document: { zh: '毕节地区工作总结', en: 'Bijie report' }, completeness: 'complete' } as const;
const labour = seedNonProjectAid2011.find((aid) => aid.kind === 'labour-cooperation')!;
const industry = seedNonProjectAid2011.find((aid) => aid.kind === 'industrial-cooperation')!;
const visit = seedNonProjectAid2011.find((aid) => aid.kind === 'exchange-visit')!;
const placing = (id: string, placed: readonly number[], recipients: readonly RegionCode[], year = 2011, from: SourceReference = source): NonProjectAid =>
  ({ ...labour, id: activityId(id), year, recipients, placed: placed.map((value) => ({ value: personCount(value), qualifier: 'exact', source: from })) }) as NonProjectAid;
const investing = (id: string, yuan: readonly string[], recipients: readonly RegionCode[], zones: readonly RegionCode[] = []): NonProjectAid =>
  ({
    ...industry,
    id: activityId(id),
    recipients,
    investment: yuan.map((value) => ({ value: amount(value), qualifier: 'exact', source })),
    enterprises: [{ value: yuan.length, qualifier: 'exact', source }],
    industrialZones: zones.map((region) => ({ name: { zh: '产业园' }, region, partners: [], status: 'agreed' })),
  }) as NonProjectAid;

describe('the measures of an assessment', () => {
  describe('funds-given', () => {
    it('counts a share given to a recipient for that recipient alone, and a county’s share for its prefecture', () => {
      const funds = [fund('f', [share('100', BIJIE), share('300', QIANNAN), share('20', DAFANG)])];
      expect(measured('funds-given', { programme: { funds }, recipients: [BIJIE] })).toMatchObject({ value: '120.00', sources: [{ kind: 'funds', ids: ['f'] }] });
      expect(measured('funds-given', { programme: { funds }, recipients: [QIANNAN] }).value).toBe('300.00');
      expect(measured('funds-given', { programme: { funds } }).value).toBe('420.00');
    });

    it('counts a share without a recipient only when every recipient of the fund is assessed', () => {
      const funds = [fund('f', [share('100', BIJIE), share('50')])];
      expect(measured('funds-given', { programme: { funds } }).value).toBe('150.00');
      expect(measured('funds-given', { programme: { funds }, recipients: [BIJIE] })).toMatchObject({ status: 'missing', missing: 'not-split', sources: [{ kind: 'funds', ids: ['f'] }] });
      expect(measured('funds-given', { programme: { funds: [fund('g', [share('50')], [BIJIE])] }, recipients: [BIJIE] }).value).toBe('50.00');
    });

    it('leaves out the funds of other years and of other recipients, and gives zero when there are none', () => {
      const funds = [fund('earlier', [share('100')], [BIJIE], 2010), fund('elsewhere', [share('200')], [QIANNAN]), fund('this', [share('7.5')], [BIJIE])];
      expect(measured('funds-given', { programme: { funds }, recipients: [BIJIE] })).toMatchObject({ value: '7.50', sources: [{ kind: 'funds', ids: ['this'] }] });
      expect(measured('funds-given', { programme: { funds: [] } })).toMatchObject({ value: '0.00', status: 'not-met', sources: [{ kind: 'funds', ids: [] }] });
    });
  });

  describe('funds-against-agreed', () => {
    const funds = [fund('f', [share('100', BIJIE), share('300', QIANNAN)])];

    it('divides the funds given by the amounts agreed in the annual plans covering the year, in percent cut to two decimals', () => {
      const plans = [plan('p', [{ amount: amount('150'), recipient: BIJIE }, { amount: amount('900'), recipient: QIANNAN }])];
      expect(measured('funds-against-agreed', { programme: { funds, plans }, recipients: [BIJIE] })).toMatchObject({
        value: '66.66',
        sources: [{ kind: 'funds', ids: ['f'] }, { kind: 'plans', ids: ['p'] }],
      });
      expect(measured('funds-against-agreed', { programme: { funds, plans } }).value).toBe('38.09');
    });

    it('counts an agreed amount for no recipient in particular, and only plans that are annual and cover the year', () => {
      const plans = [
        plan('whole', [{ amount: amount('200') }]),
        plan('spanning', [{ amount: amount('200') }], 'annual', 2010, 2011),
        plan('later', [{ amount: amount('1000') }], 'annual', 2012),
        plan('earlier', [{ amount: amount('1000') }], 'annual', 2010),
        plan('five-year', [{ amount: amount('1000') }], 'multi-year', 2011, 2015),
      ];
      expect(measured('funds-against-agreed', { programme: { funds, plans } })).toMatchObject({ value: '100.00', sources: [{ kind: 'funds' }, { kind: 'plans', ids: ['whole', 'spanning'] }] });
    });

    it('is missing when nothing was agreed, and when the funds given cannot be split', () => {
      expect(measured('funds-against-agreed', { programme: { funds, plans: [] } })).toMatchObject({ status: 'missing', missing: 'no-data', sources: [{ kind: 'funds' }, { kind: 'plans', ids: [] }] });
      const shared = [fund('shared', [share('100')])];
      const plans = [plan('p', [{ amount: amount('100'), recipient: BIJIE }])];
      expect(measured('funds-against-agreed', { programme: { funds: shared, plans }, recipients: [BIJIE] })).toMatchObject({ missing: 'not-split', sources: [{ kind: 'funds' }, { kind: 'plans', ids: ['p'] }] });
    });
  });

  describe('budget-disbursed-in-year', () => {
    const projects = [project('a', 2011, DAFANG, '1000'), project('b', 2011, DUYUN, '3000'), project('old', 2010, DAFANG, '5000')];

    it('divides the disbursements dated in the year by the budgets of the year’s projects of the recipients', () => {
      const ledger = [
        entry('a1', 'a', 'disbursement', '250', '2011-01-01'),
        entry('a2', 'a', 'disbursement', '83.33', '2011-12-31'),
        entry('a3', 'a', 'expenditure', '500', '2011-06-01'),
        entry('a0', 'a', 'disbursement', '100', '2010-12-31'),
        entry('old1', 'old', 'disbursement', '900', '2011-05-01'),
        entry('b1', 'b', 'disbursement', '3000', '2011-05-01'),
      ];
      expect(measured('budget-disbursed-in-year', { programme: { projects, ledger }, recipients: [BIJIE] })).toMatchObject({
        value: '33.33',
        sources: [{ kind: 'projects', ids: ['a'] }, { kind: 'ledger', ids: ['a1', 'a2'] }],
      });
      expect(measured('budget-disbursed-in-year', { programme: { projects, ledger } }).value).toBe('83.33');
    });

    it('leaves out a disbursement dated after the year, though its project is of the year', () => {
      const ledger = [entry('a1', 'a', 'disbursement', '500', '2011-12-31'), entry('a2', 'a', 'disbursement', '500', '2012-01-01')];
      expect(measured('budget-disbursed-in-year', { programme: { projects, ledger }, recipients: [BIJIE] })).toMatchObject({ value: '50.00', sources: [{ kind: 'projects' }, { kind: 'ledger', ids: ['a1'] }] });
    });

    it('is missing when the year has no project budget to divide by', () => {
      expect(measured('budget-disbursed-in-year', { programme: { projects: [project('z', 2011, DAFANG, '0')], ledger: [] }, recipients: [BIJIE] })).toMatchObject({ status: 'missing', missing: 'no-data' });
      expect(measured('budget-disbursed-in-year', { programme: { projects, ledger: [] }, year: 2012 })).toMatchObject({ missing: 'no-data', sources: [{ kind: 'projects', ids: [] }, { kind: 'ledger', ids: [] }] });
    });
  });

  describe('projects', () => {
    it('counts the year’s projects in the recipients assessed', () => {
      const projects = [project('a', 2011, DAFANG, '1'), project('b', 2011, WEINING, '1'), project('c', 2011, DUYUN, '1'), project('old', 2010, DAFANG, '1')];
      expect(measured('projects', { programme: { projects, ledger: [] }, recipients: [BIJIE] })).toMatchObject({ value: '2', sources: [{ kind: 'projects', ids: ['a', 'b'] }] });
    });
  });

  describe('paired-counties', () => {
    it('counts each county of the recipients paired with the donor or one of its districts in the year, once, citing only their pairings', () => {
      const pairings = [
        pairing('prefecture', SHENZHEN, BIJIE, '1996-01-01'),
        pairing('dafang', SHENZHEN, DAFANG, '2011-12-31'),
        pairing('dafang-again', LUOHU, DAFANG, '2005-01-01', '2011-01-01'),
        pairing('weining-over', SHENZHEN, WEINING, '2005-01-01', '2010-12-31'),
        pairing('weining-later', SHENZHEN, WEINING, '2012-01-01'),
        pairing('duyun', SHENZHEN, DUYUN, '2011-06-01'),
        pairing('other-donor', regionCode('330100'), WEINING, '2011-01-01'),
      ];
      expect(measured('paired-counties', { programme: { pairings }, recipients: [BIJIE] })).toMatchObject({
        value: '1',
        sources: [{ kind: 'pairings', ids: ['prefecture', 'dafang', 'dafang-again'] }],
      });
      expect(measured('paired-counties', { programme: { pairings } })).toMatchObject({
        value: '2',
        sources: [{ kind: 'pairings', ids: ['prefecture', 'dafang', 'dafang-again', 'duyun'] }],
      });
    });
  });

  describe('figures of the non-project aid', () => {
    it('adds up the year’s activities for the recipients, naming them and the documents of the reports counted', () => {
      const nonProjectAid = [placing('a', [100], [BIJIE]), placing('b', [250], [DAFANG], 2011, otherSource), placing('other-year', [9], [BIJIE], 2010), placing('elsewhere', [7], [QIANNAN])];
      expect(measured('labourers-placed', { nonProjectAid, recipients: [BIJIE] })).toMatchObject({
        value: '350',
        sources: [{ kind: 'non-project-aid', ids: ['a', 'b'], references: [source, otherSource] }],
      });
    });

    it('chooses among the reports of one figure by the configuration’s rule', () => {
      const nonProjectAid = [placing('a', [100, 40], [BIJIE])];
      expect(measured('labourers-placed', { nonProjectAid, recipients: [BIJIE] }).value).toBe('40');
    });

    it('is missing when an activity is for the assessed and other recipients together', () => {
      const nonProjectAid = [placing('a', [100], [BIJIE]), placing('both', [100], [BIJIE, QIANNAN])];
      expect(measured('labourers-placed', { nonProjectAid, recipients: [BIJIE] })).toMatchObject({ missing: 'not-split', sources: [{ kind: 'non-project-aid', ids: ['a', 'both'] }] });
    });

    it('is missing when no activity reports the figure, naming the activities looked at', () => {
      const silent = { ...visit, id: activityId('silent'), visits: [] } as NonProjectAid;
      expect(measured('exchange-visits', { nonProjectAid: [silent, placing('a', [100], [BIJIE, QIANNAN])] })).toMatchObject({
        status: 'missing',
        missing: 'no-data',
        sources: [{ kind: 'non-project-aid', ids: ['silent'] }],
      });
      expect(measured('exchange-visits', { nonProjectAid: [silent] }).sources[0]).not.toHaveProperty('references');
    });

    it('writes amounts in yuan with two decimals, and counts as whole numbers', () => {
      const nonProjectAid = [investing('i', ['1234.5'], [BIJIE]), investing('j', ['0.25'], [BIJIE])];
      expect(measured('investment', { nonProjectAid, recipients: [BIJIE] }).value).toBe('1234.75');
      expect(measured('enterprises', { nonProjectAid, recipients: [BIJIE] }).value).toBe('2');
    });

    it('counts the cadres seconded to the recipients in the year', () => {
      const seconding = (id: string, cadres: number, recipients: readonly RegionCode[]): NonProjectAid =>
        ({ ...visit, kind: 'cadre-secondment', id: activityId(id), recipients, cadres: [{ value: personCount(cadres), qualifier: 'exact', source }] }) as NonProjectAid;
      const nonProjectAid = [seconding('a', 12, [BIJIE]), seconding('b', 3, [DAFANG]), seconding('elsewhere', 5, [QIANNAN]), placing('p', [100], [BIJIE])];
      expect(measured('cadres-seconded', { nonProjectAid, recipients: [BIJIE] })).toMatchObject({ value: '15', sources: [{ kind: 'non-project-aid', ids: ['a', 'b'] }] });
    });

    it('counts only the industrial zones of the year’s activities, of an activity for the assessed and others too', () => {
      const earlier = { ...investing('earlier', [], [BIJIE], [DAFANG]), year: 2010 } as NonProjectAid;
      const joint = investing('joint', [], [BIJIE, QIANNAN], [DAFANG]);
      expect(measured('industrial-zones', { nonProjectAid: [earlier, joint], recipients: [BIJIE] })).toMatchObject({ value: '1', sources: [{ kind: 'non-project-aid', ids: ['joint'] }] });
    });

    it('counts the industrial zones, and is missing when a zone lies outside the recipients', () => {
      const nonProjectAid = [investing('i', [], [BIJIE], [DAFANG, BIJIE]), investing('j', [], [QIANNAN], [DUYUN])];
      expect(measured('industrial-zones', { nonProjectAid, recipients: [BIJIE] })).toMatchObject({ value: '2', sources: [{ kind: 'non-project-aid', ids: ['i'] }] });
      const straying = [investing('k', [], [BIJIE], [DUYUN])];
      expect(measured('industrial-zones', { nonProjectAid: straying, recipients: [BIJIE] })).toMatchObject({ missing: 'not-split', sources: [{ kind: 'non-project-aid', ids: ['k'] }] });
      expect(measured('industrial-zones', { nonProjectAid: [placing('a', [1], [BIJIE])], recipients: [BIJIE] })).toMatchObject({ value: '0', sources: [{ kind: 'non-project-aid', ids: [] }] });
    });
  });
});
