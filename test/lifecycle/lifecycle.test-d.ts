import { describe, expectTypeOf, it } from 'vitest';
import {
  regionCode,
  actor,
  decideLifecycle,
  lifecycleCommand,
  organisationId,
  projectId,
  startLifecycle,
  timestamp,
  type ActingKind,
  type AnnouncementPeriod,
  type LegalCommandType,
  type Lifecycle,
  type LifecycleCommandBy,
  type LifecycleEvent,
  type LifecycleIn,
  type Organisation,
  type Project,
} from '../../src/index.js';

declare const project: Project;
declare const organisations: readonly Organisation[];
const context = { project, organisations, donor: regionCode('440300') };
declare const anyLifecycle: Lifecycle;
declare const countyApproved: LifecycleIn<'county-approved'>;
const at = timestamp('2011-03-28T10:00:00+08:00');
const prefecture = actor(organisationId('bijie-gov'), 'prefecture-government');
const department = actor(organisationId('dafang-poverty-office'), 'county-department');
const experts = actor(organisationId('sz-expert-team'), 'expert-review-team');

describe('lifecycleCommand', () => {
  it('takes an actor of a kind that may make the command', () => {
    expectTypeOf(lifecycleCommand('approve-as-prefecture-government', { by: prefecture, at }).type).toEqualTypeOf<'approve-as-prefecture-government'>();
    // @ts-expect-error a county department cannot give the prefecture government's approval
    lifecycleCommand('approve-as-prefecture-government', { by: department, at });
    // @ts-expect-error an expert review team does not sign the liability agreement for the donor side
    lifecycleCommand('sign-agreement-as-donor', { by: experts, at, agreement: { reference: 'x', projects: [] } });
  });

  it('requires a reason where the move needs one, and the payload the move carries', () => {
    lifecycleCommand('reject', { by: prefecture, at, reason: 'no poverty linkage' });
    // @ts-expect-error a rejection needs a reason
    lifecycleCommand('reject', { by: prefecture, at });
    // @ts-expect-error a passed acceptance is graded pass or excellent
    lifecycleCommand('pass-acceptance', { by: actor(organisationId('dafang-gov'), 'county-government'), at, grade: 'fail' });
  });

  it('does not take another kind of id for an organisation', () => {
    // @ts-expect-error a project id is not an organisation id
    actor(projectId('BJ-2011-R07'), 'county-government');
  });
});

describe('decideLifecycle', () => {
  it('takes on a lifecycle known to be in a state only the moves legal there', () => {
    decideLifecycle(countyApproved, lifecycleCommand('approve-as-prefecture-government', { by: prefecture, at }), context);
    // @ts-expect-error implementation cannot start on a project awaiting the prefecture's approval
    decideLifecycle(countyApproved, lifecycleCommand('start-implementation', { by: actor(organisationId('dafang-transport'), 'implementing-unit'), at }), context);
    // @ts-expect-error only propose applies to a drafted project
    decideLifecycle(startLifecycle(projectId('BJ-2011-R07')), lifecycleCommand('close', { by: prefecture, at }), context);
  });

  it('narrows on status, and checks the kind per state', () => {
    if (anyLifecycle.status === 'proposed') {
      expectTypeOf(anyLifecycle).toEqualTypeOf<LifecycleIn<'proposed'>>();
      decideLifecycle(anyLifecycle, { type: 'return-for-revision', by: experts, at, reason: 'budget unclear' }, context);
      // @ts-expect-error on a proposed project only the expert review team returns it
      decideLifecycle(anyLifecycle, { type: 'return-for-revision', by: department, at, reason: 'budget unclear' }, context);
    }
  });

  it('takes any move on a lifecycle whose state is not known', () => {
    decideLifecycle(anyLifecycle, lifecycleCommand('start-implementation', { by: actor(organisationId('dafang-transport'), 'implementing-unit'), at }), context);
  });
});

describe('the types derived from the table', () => {
  it('know who may make what, where', () => {
    expectTypeOf<LifecycleCommandBy<'expert-review-team'>['type']>().toEqualTypeOf<'pass-expert-review' | 'return-for-revision' | 'reject'>();
    expectTypeOf<ActingKind<'return-for-revision', 'reviewed'>>().toEqualTypeOf<'county-department'>();
    expectTypeOf<ActingKind<'approve-change'>>().toEqualTypeOf<'prefecture-government'>();
    expectTypeOf<LegalCommandType<'drafted'>>().toEqualTypeOf<'propose'>();
    expectTypeOf<LegalCommandType<'suspended'>>().toEqualTypeOf<'resume' | 'cancel'>();
  });

  it('narrow an event on its type', () => {
    const event = {} as LifecycleEvent;
    if (event.type === 'announced-before-implementation') expectTypeOf(event.period).toEqualTypeOf<AnnouncementPeriod>();
    if (event.type === 'acceptance-passed') expectTypeOf(event.grade).toEqualTypeOf<'pass' | 'excellent'>();
    if (event.type === 'cancelled') expectTypeOf(event.reason).toEqualTypeOf<string>();
  });
});
