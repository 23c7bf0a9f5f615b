import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  actor,
  amount,
  appendToEventLog,
  applyLifecycleCommand,
  buildAnnouncement,
  checkLedgerAgainstLifecycle,
  formatLifecycleTable,
  headOfEventLog,
  iatiActivityStatusOfLifecycle,
  isoDate,
  ledgerEntryId,
  oc4idsProjectStatusOfLifecycle,
  organisationId,
  projectId,
  regionCode,
  replayEventLog,
  startLifecycle,
  timestamp,
  unwrap,
  type LedgerEntry,
  type Lifecycle,
  type LifecycleCommand,
  type LifecycleEventLog,
  type Organisation,
  type Project,
} from '../../src/index.js';

// The worked example of docs/lifecycle.md: a rural road in Bijie from proposal to closure.
const road: Project = {
  id: projectId('BJ-2011-R07'),
  name: { zh: '大方县羊场镇通村公路硬化工程' },
  type: 'rural-road',
  location: { region: regionCode('522422'), township: '羊场镇', village: '示范村' },
  budget: amount('80万元'),
  implementingUnit: organisationId('dafang-transport'),
  performanceTarget: { indicators: [{ dimension: 'output-quantity', name: '硬化通村公路', comparator: '>=', value: '4.2', unit: 'km' }] },
  povertyLinkage: { zh: '受益农户 380 户，其中建档立卡贫困户 126 户；施工优先雇用贫困劳动力' },
  year: 2011,
  category: 'counterpart-support',
  participations: [],
  subProjects: [],
};

const transport = actor(organisationId('dafang-transport'), 'implementing-unit');
const experts = actor(organisationId('sz-expert-team'), 'expert-review-team');
const povertyOffice = actor(organisationId('dafang-poverty-office'), 'county-department');
const dafang = actor(organisationId('dafang-gov'), 'county-government');
const bijie = actor(organisationId('bijie-gov'), 'prefecture-government');
const shenzhen = actor(organisationId('sz-support-office'), 'support-office');
const agreement = { reference: '深圳市对口帮扶资金项目管理责任书（大方县）2011', projects: [road.id] };
// The programme's organisations, each with the region it answers for.
const organisations: readonly Organisation[] = [
  { id: organisationId('dafang-transport'), name: { zh: '大方县交通运输局' }, kind: 'implementing-unit', region: regionCode('522422') },
  { id: organisationId('sz-expert-team'), name: { zh: '深圳市对口帮扶项目评审组' }, kind: 'expert-review-team' },
  { id: organisationId('dafang-poverty-office'), name: { zh: '大方县扶贫开发办公室' }, kind: 'county-department', region: regionCode('522422') },
  { id: organisationId('dafang-gov'), name: { zh: '大方县人民政府' }, kind: 'county-government', region: regionCode('522422') },
  { id: organisationId('bijie-gov'), name: { zh: '毕节地区行政公署' }, kind: 'prefecture-government', region: regionCode('522400') },
  { id: organisationId('sz-support-office'), name: { zh: '深圳市对口帮扶办公室' }, kind: 'support-office', region: regionCode('440300') },
];
const context = { project: road, organisations, donor: regionCode('440300') };

let lifecycle: Lifecycle = startLifecycle(road.id);
let log: LifecycleEventLog = [];
function record(command: LifecycleCommand): void {
  const applied = unwrap(applyLifecycleCommand(lifecycle, command, context));
  lifecycle = applied.lifecycle;
  log = appendToEventLog(log, applied.events);
}

function refusal(command: LifecycleCommand): string | undefined {
  const applied = applyLifecycleCommand(lifecycle, command, context);
  return applied.ok ? undefined : applied.issues[0]?.code;
}

const guide = readFileSync(new URL('../../docs/lifecycle.md', import.meta.url), 'utf8');

describe('the worked example: a Bijie rural road from proposal to closure', () => {
  it('runs from proposal to closure, refusing the moves that come too early', () => {
    record({ type: 'propose', by: transport, at: timestamp('2011-03-01T09:30:00+08:00') });
    record({ type: 'pass-expert-review', by: experts, at: timestamp('2011-03-10T15:00:00+08:00') });
    expect(refusal({ type: 'approve-as-prefecture-government', by: bijie, at: timestamp('2011-03-11T10:00:00+08:00') })).toBe('approval-out-of-order');
    record({ type: 'approve-as-county-department', by: povertyOffice, at: timestamp('2011-03-15T10:00:00+08:00') });
    record({ type: 'approve-as-county-government', by: dafang, at: timestamp('2011-03-20T10:00:00+08:00') });
    record({ type: 'approve-as-prefecture-government', by: bijie, at: timestamp('2011-03-28T10:00:00+08:00') });
    record({ type: 'announce', by: dafang, at: timestamp('2011-04-01T08:00:00+08:00'), announcement: buildAnnouncement(road, 'pre-implementation') });
    expect(lifecycle.announcements[0]?.period).toMatchObject({ firstDay: '2011-04-02', lastDay: '2011-04-11' });
    record({ type: 'sign-agreement-as-donor', by: shenzhen, at: timestamp('2011-04-06T10:00:00+08:00'), agreement });
    record({ type: 'sign-agreement-as-recipient', by: dafang, at: timestamp('2011-04-08T10:00:00+08:00'), agreement });
    expect(refusal({ type: 'start-implementation', by: transport, at: timestamp('2011-04-11T09:00:00+08:00') })).toBe('announcement-period-not-over');
    record({ type: 'start-implementation', by: transport, at: timestamp('2011-04-12T09:00:00+08:00') });
    record({ type: 'complete', by: transport, at: timestamp('2011-09-30T17:00:00+08:00') });
    record({ type: 'fail-acceptance', by: dafang, at: timestamp('2011-10-20T10:00:00+08:00'), reason: '0.3 km 路面厚度不足设计要求' });
    record({ type: 'complete-rectification', by: transport, at: timestamp('2011-11-15T17:00:00+08:00') });
    record({ type: 'pass-acceptance', by: dafang, at: timestamp('2011-11-25T10:00:00+08:00'), grade: 'pass' });
    record({ type: 'announce-completion', by: dafang, at: timestamp('2011-11-28T08:00:00+08:00'), announcement: buildAnnouncement(road, 'completion') });
    expect(refusal({ type: 'close', by: bijie, at: timestamp('2011-12-08T10:00:00+08:00') })).toBe('announcement-period-not-over');
    record({ type: 'close', by: bijie, at: timestamp('2011-12-12T10:00:00+08:00') });

    expect(lifecycle.status).toBe('closed');
    expect(log).toHaveLength(15);
    expect(iatiActivityStatusOfLifecycle(lifecycle)).toBe(4);
    expect(oc4idsProjectStatusOfLifecycle(lifecycle)).toBe('completion');
  });

  it('checks the ledger against the lifecycle', () => {
    const entry = (id: string, date: string, yuan: string, finalPayment = false): LedgerEntry => ({
      id: ledgerEntryId(id),
      kind: 'disbursement',
      project: road.id,
      category: 'counterpart-support',
      amount: amount(yuan),
      date: isoDate(date),
      ...(finalPayment ? { finalPayment } : {}),
    });
    const ledger = [entry('BJ-R07-1', '2011-04-05', '30万元'), entry('BJ-R07-2', '2011-07-01', '40万元'), entry('BJ-R07-3', '2011-11-20', '10万元', true)];
    expect(checkLedgerAgainstLifecycle(ledger, lifecycle).map((found) => [found.code, found.path])).toEqual([
      ['disbursement-before-liability-agreement', [0, 'date']],
      ['final-payment-before-acceptance', [2, 'date']],
    ]);
  });

  it('replays the stored log to the same lifecycle', () => {
    const stored = JSON.stringify(log);
    const replayed = replayEventLog(road.id, JSON.parse(stored), { expectedHead: headOfEventLog(log) });
    expect(replayed).toEqual({ ok: true, value: lifecycle });
  });
});

describe('docs/lifecycle.md', () => {
  it('shows the tables the library runs on', () => {
    expect(guide).toContain(formatLifecycleTable('moves'));
    expect(guide).toContain(formatLifecycleTable('states'));
  });

  it('shows the moves of this test, line for line', () => {
    const source = readFileSync(new URL(import.meta.url), 'utf8');
    const shown = guide.split('\n').filter((line) => /^(record|refusal)\(/.test(line.trim()));
    expect(shown.length).toBe(18);
    for (const line of shown) expect(source, line).toContain(line.replace(/\s*\/\/=>.*$/, '').replace(/;$/, '').trim());
  });
});
