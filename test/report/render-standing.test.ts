import { describe, expect, it } from 'vitest';
import {
  activityId,
  actor,
  amount,
  isoDate,
  ledgerEntryId,
  organisationId,
  personCount,
  projectId,
  recordLifecycleCommand,
  renderAnnualReport,
  timestamp,
  unwrap,
  type CadreSecondment,
  type LedgerEntry,
  type ProgrammeRecord,
} from '../../src/index.js';
import { reportOf, seedInput, seedProgramme, type InputChange } from './fixtures.js';
import type { AnnualReportOptions } from '../../src/index.js';

// The lines a report writes for the projects that are not simply approved in the year (cancelled, rejected, not
// yet approved, carried over from an earlier year), for seconded cadres, and for a rule that prefers sources.
const lines = (change: InputChange, options: Partial<AnnualReportOptions> = {}) => ({
  en: renderAnnualReport(reportOf(change, options), { locale: 'en' }).split('\n'),
  zh: renderAnnualReport(reportOf(change, options), { locale: 'zh' }).split('\n'),
});

const supervisor = actor(organisationId('sz-support-office'), 'support-office');
const cancel = (record: ProgrammeRecord, id: string, at: string): ProgrammeRecord =>
  unwrap(recordLifecycleCommand(record, projectId(id), { type: 'cancel', by: supervisor, at: timestamp(at), reason: 'Withdrawn by the county.' })).record;

// A project whose log stops after its first two events, and whose money is not in the ledger.
const notApproved = (record: ProgrammeRecord, ids: readonly string[]): ProgrammeRecord => ({
  programme: { ...record.programme, ledger: record.programme.ledger.filter((entry) => !ids.includes(entry.project)) },
  eventLogs: Object.fromEntries(Object.entries(record.eventLogs).map(([id, log]) => [id, ids.includes(id) ? log.slice(0, 2) : log])),
});

const spending = (id: string, project: string, yuan: string, date: string): LedgerEntry => ({
  id: ledgerEntryId(id), kind: 'expenditure', project: projectId(project), category: 'counterpart-support', amount: amount(yuan), date: isoDate(date),
});

describe('renderAnnualReport, for projects that are not simply approved in the year', () => {
  it('writes the cancelled projects apart, with their money of the year, in both languages', () => {
    const one = lines({ record: cancel(seedInput.record, 'QN-2011-13', '2011-12-28T10:00:00+08:00') });
    expect(one.en).toContain(
      'Cancelled or rejected: 1 project, budgets 0.95 million yuan, counted as neither approved nor planned; their money in 2011: committed 0.95 million yuan, disbursed 0.95 million yuan, spent 0.76 million yuan',
    );
    expect(one.zh).toContain('已撤销或不予批准：项目1个，预算95.00万元，不计入批准数和计划数；其2011年资金：承诺95.00万元，拨付95.00万元，支出76.48万元');
    const two = lines({ record: cancel(cancel(seedInput.record, 'QN-2011-13', '2011-12-28T10:00:00+08:00'), 'QN-2011-12', '2011-12-28T11:00:00+08:00') });
    expect(two.en).toContain(
      'Cancelled or rejected: 2 projects, budgets 1.90 million yuan, counted as neither approved nor planned; their money in 2011: committed 1.90 million yuan, disbursed 1.90 million yuan, spent 1.53 million yuan',
    );
    expect(two.zh).toContain('已撤销或不予批准：项目2个，预算190.00万元，不计入批准数和计划数；其2011年资金：承诺190.00万元，拨付190.00万元，支出152.95万元');
  });

  it('writes the projects not yet approved at the year end, outside the figures', () => {
    const one = lines({ record: notApproved(seedInput.record, ['QN-2011-13']) });
    expect(one.en).toContain('Not yet approved at the end of 2011: 1 project, budgets 0.95 million yuan (not counted above)');
    expect(one.zh).toContain('2011年末尚未批准：项目1个，预算95.00万元（未计入上列数字）');
    const two = lines({ record: notApproved(seedInput.record, ['QN-2011-12', 'QN-2011-13']) });
    expect(two.en).toContain('Not yet approved at the end of 2011: 2 projects, budgets 1.90 million yuan (not counted above)');
    expect(two.zh).toContain('2011年末尚未批准：项目2个，预算190.00万元（未计入上列数字）');
  });

  it('writes nothing of the kind when every project is approved', () => {
    const seed = lines({});
    expect(seed.en.filter((line) => /^(Cancelled or rejected|Not yet approved|Carried over)/.test(line))).toEqual([]);
    expect(seed.zh.filter((line) => /^(已撤销|.*尚未批准|结转)/.test(line))).toEqual([]);
  });

  it('writes the next year’s spending of earlier projects as carried over, and names each such project’s plan year', () => {
    const one = lines({ programme: { ...seedProgramme, ledger: [...seedProgramme.ledger, spending('qn-13-2012', 'QN-2011-13', '150000', '2012-02-10')] } }, { year: 2012 });
    expect(one.en).toContain("Carried over into 2012 by 1 earlier year's project: disbursed 0.00 million yuan, spent 0.15 million yuan (not in the figures above)");
    expect(one.zh).toContain('结转：以前年度项目1个在2012年拨付0.00万元，支出15.00万元（未计入上列数字）');
    expect(one.en.find((line) => line.includes('QN-2011-13'))).toMatch(/^ {2}QN-2011-13 Sandu Shui Autonomous County 2011 entire-village advancement project \(plan year 2011\) /);
    expect(one.zh.find((line) => line.includes('整村推进项目'))).toMatch(/^ {2}1\. 三都水族自治县2011年整村推进项目（2011年项目） /);
    const ledger = [...seedProgramme.ledger, spending('qn-13-2012', 'QN-2011-13', '150000', '2012-02-10'), spending('qn-12-2012', 'QN-2011-12', '50000', '2012-03-10')];
    const two = lines({ programme: { ...seedProgramme, ledger } }, { year: 2012 });
    expect(two.en).toContain("Carried over into 2012 by 2 earlier years' projects: disbursed 0.00 million yuan, spent 0.20 million yuan (not in the figures above)");
    expect(two.zh).toContain('结转：以前年度项目2个在2012年拨付0.00万元，支出20.00万元（未计入上列数字）');
  });
});

describe('renderAnnualReport, for seconded cadres', () => {
  const visit = seedInput.nonProjectAid.find((record) => record.kind === 'exchange-visit')!;
  const secondment = (months?: number): CadreSecondment => ({
    kind: 'cadre-secondment',
    id: activityId('sz-2011-secondment'),
    name: { zh: '深圳市选派挂职干部', en: 'Cadres seconded by Shenzhen' },
    year: 2011,
    donor: visit.donor,
    recipients: visit.recipients,
    funds: [],
    source: visit.source,
    date: { date: isoDate('2011-08-18'), precision: 'day' },
    direction: 'donor-to-recipient',
    level: 'district',
    cadres: [{ value: personCount(3), qualifier: 'exact', source: visit.source }],
    ...(months === undefined ? {} : { months }),
  });
  const section = (text: readonly string[], heading: string) => text.slice(text.indexOf(heading), text.indexOf(heading) + 3);

  it('writes each secondment with its level, direction and length, and the cadres sent', () => {
    const written = lines({ nonProjectAid: [...seedInput.nonProjectAid, secondment(24)] });
    expect(section(written.en, 'Seconded cadres:')).toEqual([
      'Seconded cadres:',
      '  2011-08-18  Cadres seconded by Shenzhen* [7] (district, to the recipient, 24 months)',
      '    Seconded cadres: 3 persons* [7]',
    ]);
    expect(section(written.zh, '干部挂职：')).toEqual(['干部挂职：', '  2011年8月18日  深圳市选派挂职干部* [7]（区级，赴帮扶地区，24个月）', '    干部挂职：3人* [7]']);
  });

  it('leaves the length out when it is not known, and says when there were none', () => {
    const written = lines({ nonProjectAid: [...seedInput.nonProjectAid, secondment()] });
    expect(written.en).toContain('  2011-08-18  Cadres seconded by Shenzhen* [7] (district, to the recipient)');
    expect(written.zh).toContain('  2011年8月18日  深圳市选派挂职干部* [7]（区级，赴帮扶地区）');
    const none = lines({});
    expect(none.en).toContain('Seconded cadres: none reported');
    expect(none.zh).toContain('干部挂职：未报告');
  });
});

describe('renderAnnualReport, for a rule that prefers sources', () => {
  const overview = seedInput.nonProjectAid[0]!.source.document;

  it('names the preferred sources in order: a plain string as written, a text in the report’s language', () => {
    const written = lines({}, { figureRule: { rule: 'prefer-source', sources: [{ document: 'county report', section: 'p. 3' }, { document: overview }] } });
    const rule = (text: readonly string[], start: string) => text.find((line) => line.startsWith(start));
    expect(rule(written.en, 'Aid projects declared:')).toBe(
      'Aid projects declared: 124 projects* [5] (rule: preferred source: county report, p. 3; Shenzhen – Guizhou Pairing-off Poverty Alleviation (2011), International Poverty Reduction Center in China)',
    );
    // A plain string in Latin letters is English: the Chinese report says it has no Chinese text.
    expect(rule(written.zh, '帮扶项目（报告数）：')).toBe('帮扶项目（报告数）：124个* [5]（规则：优先来源：〔无中文文本〕，〔无中文文本〕；深圳市对口帮扶贵州（2011年），中国国际扶贫中心）');
    const chinese = lines({}, { figureRule: { rule: 'prefer-source', sources: [{ document: '县报告', section: '第三页' }, { document: overview }] } });
    expect(rule(chinese.zh, '帮扶项目（报告数）：')).toBe('帮扶项目（报告数）：124个* [5]（规则：优先来源：县报告，第三页；深圳市对口帮扶贵州（2011年），中国国际扶贫中心）');
  });
});
