import { describe, expect, it } from 'vitest';
import {
  actor,
  applyLifecycleCommand,
  buildAnnouncement,
  decideLifecycle,
  isoDate,
  organisationId,
  projectId,
  startLifecycle,
  type AnnouncementPolicy,
  type Issue,
  type Lifecycle,
  type LifecycleCommandType,
  type OrganisationKind,
  type Project,
  type Result,
  type Timestamp,
} from '../../src/index.js';
import { contextFor, at, commandFor, organisations, roadProject } from './fixtures.js';

interface Step {
  readonly type: LifecycleCommandType;
  readonly when: Timestamp;
  readonly kind?: OrganisationKind;
  readonly extra?: Record<string, unknown>;
}

function attempt(lifecycle: Lifecycle, step: Step, project: Project = roadProject, announcementPolicy?: AnnouncementPolicy): Result<Lifecycle> {
  const command = { ...commandFor(lifecycle, step.type, step.when, step.kind), ...step.extra };
  const applied = applyLifecycleCommand(lifecycle, command as never, contextFor(project, announcementPolicy));
  return applied.ok ? { ok: true, value: applied.value.lifecycle } : applied;
}

function drive(steps: readonly Step[], project: Project = roadProject, policy?: AnnouncementPolicy, from: Lifecycle = startLifecycle(project.id)): Lifecycle {
  return steps.reduce((lifecycle, step) => {
    const next = attempt(lifecycle, step, project, policy);
    if (!next.ok) throw new Error(`${step.type}: ${next.issues.map((found) => found.code).join(', ')}`);
    return next.value;
  }, from);
}

const codes = (result: Result<unknown>): readonly string[] => (result.ok ? [] : result.issues.map((found: Issue) => found.code));

const approvals: readonly Step[] = [
  { type: 'propose', when: at('2011-03-01') },
  { type: 'pass-expert-review', when: at('2011-03-10') },
  { type: 'approve-as-county-department', when: at('2011-03-15') },
  { type: 'approve-as-county-government', when: at('2011-03-20') },
  { type: 'approve-as-prefecture-government', when: at('2011-03-28') },
];
const announced: readonly Step[] = [...approvals, { type: 'announce', when: at('2011-04-01') }];
const signed: readonly Step[] = [...announced, { type: 'sign-agreement-as-donor', when: at('2011-04-06') }, { type: 'sign-agreement-as-recipient', when: at('2011-04-08') }];

describe('the approval gate', () => {
  const approvalMoves = approvals.slice(1);

  it.each(approvalMoves.map((step, index) => [step.type, index]))('%s needs a performance target and a poverty-linkage statement', (_type, index) => {
    const before = drive(approvals.slice(0, (index as number) + 1));
    const step = approvalMoves[index as number] as Step;
    expect(codes(attempt(before, step, { ...roadProject, performanceTarget: { indicators: [] } }))).toEqual(['approval-needs-performance-target']);
    const { performanceTarget: _target, povertyLinkage: _linkage, ...bare } = roadProject;
    expect(codes(attempt(before, step, bare))).toEqual(['approval-needs-performance-target', 'approval-needs-poverty-linkage']);
    expect(codes(attempt(before, step, { ...roadProject, povertyLinkage: { zh: '', en: '  ' } }))).toEqual(['approval-needs-poverty-linkage']);
  });

  it('holds for a change too, which the original approving authority alone decides', () => {
    const changing = drive([...signed, { type: 'propose-change', when: at('2011-04-09') }]);
    expect(codes(attempt(changing, { type: 'approve-change', when: at('2011-04-10') }, { ...roadProject, performanceTarget: { indicators: [] } }))).toEqual([
      'approval-needs-performance-target',
    ]);
    const otherPrefecture = { type: 'approve-change' as const, when: at('2011-04-10'), extra: { by: actor(organisationId('qiannan-gov'), 'prefecture-government') } };
    // Qiannan's government is neither Bijie's (the project's prefecture) nor the body that approved the project.
    expect(codes(attempt(changing, otherPrefecture))).toEqual(['actor-wrong-jurisdiction', 'change-approver-not-original']);
    expect(codes(attempt(changing, { ...otherPrefecture, type: 'reject-change' }))).toEqual(['actor-wrong-jurisdiction', 'change-approver-not-original']);
    expect(codes(attempt(drive(signed), { type: 'propose-change', when: at('2011-04-09'), extra: { description: ' ' } }))).toEqual(['change-description-required']);
  });
});

describe('the announcement gate', () => {
  const approved = drive(approvals);

  it('refuses an announcement lacking a required content, naming each', () => {
    const { implementingUnit: _unit, performanceTarget: _target, ...withoutUnit } = roadProject;
    const announcement = buildAnnouncement(withoutUnit, 'pre-implementation');
    const result = attempt(approved, { type: 'announce', when: at('2011-04-01'), extra: { announcement } });
    expect(result.ok || result.issues.map((found) => [found.code, found.path])).toEqual([
      ['announcement-missing-implementing-unit', ['announcement', 'rows', 0, 'implementingUnit']],
      ['announcement-missing-performance-target', ['announcement', 'rows', 0, 'performanceTarget']],
    ]);
  });

  it('refuses an announcement showing personal data unmasked, or of another kind or project', () => {
    const announcement = buildAnnouncement(roadProject, 'pre-implementation', { organisations });
    const leaky = { ...announcement, rows: [{ ...announcement.rows[0], beneficiaries: '联系人电话 13812345678' }] };
    expect(codes(attempt(approved, { type: 'announce', when: at('2011-04-01'), extra: { announcement: leaky } }))).toEqual(['announcement-personal-data']);
    const completion = { ...announcement, kind: 'completion' };
    expect(codes(attempt(approved, { type: 'announce', when: at('2011-04-01'), extra: { announcement: completion } }))).toEqual(['announcement-kind-mismatch']);
    const other = { ...announcement, project: projectId('QN-2011-01') };
    expect(codes(attempt(approved, { type: 'announce', when: at('2011-04-01'), extra: { announcement: other } }))).toEqual([
      'lifecycle-project-mismatch',
      'lifecycle-project-mismatch',
    ]);
  });

  it('refuses an invalid announcement policy', () => {
    const result = attempt(approved, { type: 'announce', when: at('2011-04-01') }, roadProject, { announcementDays: 0, dayKind: 'calendar' });
    expect(result.ok || result.issues[0]).toMatchObject({ code: 'announcement-policy-invalid', path: ['context', 'announcementPolicy', 'announcementDays'] });
  });
});

describe('the announcement period gate', () => {
  const ready = drive(signed);

  it('refuses implementation until the 10 days after publication have passed', () => {
    const early = attempt(ready, { type: 'start-implementation', when: at('2011-04-11', '23:59:59+08:00') });
    expect(early.ok || early.issues[0]).toMatchObject({
      code: 'announcement-period-not-over',
      path: ['at'],
      params: { lastDay: '2011-04-11', earliestDay: '2011-04-12', day: '2011-04-11' },
    });
    expect(attempt(ready, { type: 'start-implementation', when: at('2011-04-12', '00:00:00+08:00') }).ok).toBe(true);
  });

  it('takes the day in China of a time given in another zone', () => {
    // 20:00 in New York on 11 April is 09:00 on 12 April in Beijing; 10:00 is 23:00 on the 11th.
    expect(attempt(ready, { type: 'start-implementation', when: at('2011-04-11', '20:00:00-04:00') }).ok).toBe(true);
    expect(codes(attempt(ready, { type: 'start-implementation', when: at('2011-04-11', '10:00:00-04:00') }))).toEqual(['announcement-period-not-over']);
    expect(attempt(ready, { type: 'start-implementation', when: at('2011-04-11', '16:00:00Z') }).ok).toBe(true);
  });

  it('counts working days with the app’s holiday calendar when the programme says so', () => {
    const policy: AnnouncementPolicy = {
      announcementDays: 3,
      dayKind: 'working',
      calendar: { holidays: ['2011-10-03', '2011-10-04', '2011-10-05', '2011-10-06', '2011-10-07'].map(isoDate), workingWeekends: ['2011-10-08', '2011-10-09'].map(isoDate) },
    };
    const autumn = drive(
      [
        ...approvals,
        { type: 'announce', when: at('2011-09-29') },
        { type: 'sign-agreement-as-donor', when: at('2011-09-30') },
        { type: 'sign-agreement-as-recipient', when: at('2011-09-30') },
      ],
      roadProject,
      policy,
    );
    expect(autumn.announcements[0]?.period).toMatchObject({ lastDay: '2011-10-09', dayKind: 'working', announcementDays: 3 });
    expect(codes(attempt(autumn, { type: 'start-implementation', when: at('2011-10-09') }))).toEqual(['announcement-period-not-over']);
    expect(attempt(autumn, { type: 'start-implementation', when: at('2011-10-10') }).ok).toBe(true);
  });

  it('holds back a change until its own announcement has run, and implementation after it', () => {
    const changed = drive([
      ...announced,
      { type: 'propose-change', when: at('2011-04-03') },
      { type: 'approve-change', when: at('2011-04-05') },
      { type: 'announce-change', when: at('2011-04-06') },
    ]);
    expect(codes(attempt(changed, { type: 'put-change-into-effect', when: at('2011-04-16') }))).toEqual(['announcement-period-not-over']);
    const inEffect = drive([{ type: 'put-change-into-effect', when: at('2011-04-17') }], roadProject, undefined, changed);
    expect(inEffect.status).toBe('announced');
    expect(inEffect.changes[0]).toMatchObject({ outcome: 'in-effect', approved: { by: { organisation: 'bijie-gov' } } });
  });

  it('closes a project only once its completion announcement has run', () => {
    const accepted = drive([
      ...signed,
      { type: 'start-implementation', when: at('2011-04-12') },
      { type: 'complete', when: at('2011-09-30') },
      { type: 'pass-acceptance', when: at('2011-10-20'), extra: { grade: 'excellent' } },
      { type: 'announce-completion', when: at('2011-10-25') },
    ]);
    expect(codes(attempt(accepted, { type: 'close', when: at('2011-11-04') }))).toEqual(['announcement-period-not-over']);
    expect(attempt(accepted, { type: 'close', when: at('2011-11-05') }).ok).toBe(true);
  });
});

describe('the liability agreement gate', () => {
  const ready = drive(announced);

  it('needs an agreement with a reference that covers the project, the same on both sides', () => {
    const elsewhere = { reference: '责任书 2011-09', projects: [projectId('QN-2011-01')] };
    expect(codes(attempt(ready, { type: 'sign-agreement-as-donor', when: at('2011-04-06'), extra: { agreement: elsewhere } }))).toEqual(['agreement-does-not-cover-project']);
    const blank = { reference: ' ', projects: [roadProject.id] };
    expect(codes(attempt(ready, { type: 'sign-agreement-as-donor', when: at('2011-04-06'), extra: { agreement: blank } }))).toEqual(['agreement-reference-required']);
    const donorSigned = drive([{ type: 'sign-agreement-as-donor', when: at('2011-04-06') }], roadProject, undefined, ready);
    const different = { reference: '另一份责任书', projects: [roadProject.id] };
    expect(codes(attempt(donorSigned, { type: 'sign-agreement-as-recipient', when: at('2011-04-08'), extra: { agreement: different } }))).toEqual(['agreement-mismatch']);
  });

  it('records each side and the day both had signed, whichever signs first', () => {
    const recipientFirst = drive(
      [{ type: 'sign-agreement-as-recipient', when: at('2011-04-06') }, { type: 'sign-agreement-as-donor', when: at('2011-04-08', '01:00:00+09:00'), kind: 'support-office' }],
      roadProject,
      undefined,
      ready,
    );
    expect(recipientFirst.status).toBe('agreement-signed');
    expect(recipientFirst.agreement).toMatchObject({
      donorSide: { by: { kind: 'support-office' }, on: '2011-04-08' },
      recipientSide: { by: { kind: 'county-government' }, on: '2011-04-06' },
      signedOn: '2011-04-08',
    });
  });
});

describe('acceptance', () => {
  const completed = drive([...signed, { type: 'start-implementation', when: at('2011-04-12') }, { type: 'complete', when: at('2011-09-30') }]);

  it('grades pass or excellent, or fails with findings that need rectification and a new inspection', () => {
    expect(codes(attempt(completed, { type: 'pass-acceptance', when: at('2011-10-20'), extra: { grade: 'good' } }))).toEqual(['acceptance-grade-invalid']);
    const rectified = drive(
      [
        { type: 'fail-acceptance', when: at('2011-10-20'), extra: { reason: '0.3 km 路面厚度不足' } },
        { type: 'complete-rectification', when: at('2011-11-15') },
        { type: 'pass-acceptance', when: at('2011-11-25'), extra: { grade: 'excellent' } },
      ],
      roadProject,
      undefined,
      completed,
    );
    expect(rectified.acceptances.map((acceptance) => [acceptance.grade, acceptance.on])).toEqual([
      ['fail', '2011-10-20'],
      ['excellent', '2011-11-25'],
    ]);
    expect(rectified.acceptances[0]?.findings).toBe('0.3 km 路面厚度不足');
  });

  it('keeps the decision pure: a refused command returns issues and no events', () => {
    const decided = decideLifecycle(completed, commandFor(completed, 'close', at('2011-10-01')) as never, contextFor());
    expect(decided).toMatchObject({ ok: false, issues: [{ code: 'closure-needs-completion-announcement' }] });
  });
});
