import { describe, expect, it } from 'vitest';
import {
  actor,
  applyLifecycleCommand,
  buildAnnouncement,
  decideLifecycle,
  evolveLifecycle,
  organisationId,
  projectId,
  regionCode,
  startLifecycle,
  type AnnouncementPolicy,
  type Issue,
  type Lifecycle,
  type LifecycleCommandType,
  type LifecycleEvent,
  type Project,
  type Timestamp,
} from '../../src/index.js';
import { actorOf, at, commandFor, contextFor, organisations, roadProject } from './fixtures.js';

// What a refused move names: each gate's issue with the path to the field at fault and the params its message reads.

type Move = readonly [type: LifecycleCommandType, date: string, policy?: AnnouncementPolicy];

function drive(moves: readonly Move[], from: Lifecycle = startLifecycle(roadProject.id)): Lifecycle {
  return moves.reduce((lifecycle, [type, date, policy]) => {
    const applied = applyLifecycleCommand(lifecycle, commandFor(lifecycle, type, at(date)), contextFor(roadProject, policy));
    if (!applied.ok) throw new Error(`${type}: ${applied.issues.map((found) => found.code).join(', ')}`);
    return applied.value.lifecycle;
  }, from);
}

// The issues of a move, with the command's fields replaced or added by `extra`.
function refusals(lifecycle: Lifecycle, type: LifecycleCommandType, when: Timestamp, extra: Record<string, unknown> = {}, project: Project = roadProject): readonly Issue[] {
  const decided = decideLifecycle(lifecycle, { ...commandFor(lifecycle, type, when), ...extra } as never, contextFor(project));
  return decided.ok ? [] : decided.issues;
}

const brief = (issues: readonly Issue[]) => issues.map(({ code, path, params }) => ({ code, path, params }));

const approvals: readonly Move[] = [
  ['propose', '2011-03-01'],
  ['pass-expert-review', '2011-03-10'],
  ['approve-as-county-department', '2011-03-15'],
  ['approve-as-county-government', '2011-03-20'],
  ['approve-as-prefecture-government', '2011-03-28'],
];
const announced: readonly Move[] = [...approvals, ['announce', '2011-04-01']];
const signed: readonly Move[] = [...announced, ['sign-agreement-as-donor', '2011-04-06'], ['sign-agreement-as-recipient', '2011-04-08']];

describe('a command read from JSON', () => {
  const drafted = startLifecycle(roadProject.id);

  it('is refused when its actor is not an object, naming what came instead', () => {
    const received = (by: unknown) => brief(refusals(drafted, 'propose', at('2011-03-01'), { by }));
    expect(received(null)).toEqual([{ code: 'invalid-type', path: ['by'], params: { expected: 'object', received: 'null' } }]);
    expect(received(['dafang-gov', 'county-government'])).toEqual([{ code: 'invalid-type', path: ['by'], params: { expected: 'object', received: 'array' } }]);
    expect(received('dafang-gov')).toEqual([{ code: 'invalid-type', path: ['by'], params: { expected: 'object', received: 'string' } }]);
  });

  it('is refused when its announcement or agreement is not an object', () => {
    const approved = drive(approvals);
    expect(brief(refusals(approved, 'announce', at('2011-04-01'), { announcement: null }))).toEqual([
      { code: 'invalid-type', path: ['announcement'], params: { expected: 'object', received: 'null' } },
    ]);
    const ready = drive(announced);
    expect(brief(refusals(ready, 'sign-agreement-as-donor', at('2011-04-06'), { agreement: [] }))).toEqual([
      { code: 'invalid-type', path: ['agreement'], params: { expected: 'object', received: 'array' } },
    ]);
  });

  it('names an organisation id that is no id, and stops there', () => {
    expect(brief(refusals(drafted, 'propose', at('2011-03-01'), { by: { organisation: ' dafang-gov', kind: 'county-government' } }))).toEqual([
      { code: 'id-invalid', path: ['by', 'organisation'], params: { kind: 'organisation', input: ' dafang-gov' } },
    ]);
  });

  it('names a kind the move does not allow, with the kinds it does', () => {
    expect(brief(refusals(drafted, 'propose', at('2011-03-01'), { by: actorOf('enterprise') }))).toEqual([
      {
        code: 'actor-not-allowed',
        path: ['by', 'kind'],
        params: { kind: 'enterprise', command: 'propose', status: 'drafted', allowed: 'implementing-unit, county-department, county-government, support-office' },
      },
    ]);
  });

  it('takes a reason only as text, and asks for one where the move needs it', () => {
    expect(brief(refusals(drafted, 'propose', at('2011-03-01'), { reason: 42 }))).toEqual([
      { code: 'invalid-type', path: ['reason'], params: { expected: 'string', received: 'number' } },
    ]);
    const proposed = drive([['propose', '2011-03-01']]);
    expect(brief(refusals(proposed, 'reject', at('2011-03-10'), { reason: ' ' }))).toEqual([{ code: 'reason-required', path: ['reason'], params: { command: 'reject' } }]);
    expect(brief(refusals(proposed, 'reject', at('2011-03-10'), { reason: true }))).toEqual([
      { code: 'invalid-type', path: ['reason'], params: { expected: 'string', received: 'boolean' } },
    ]);
  });
});

describe('the approval gate', () => {
  it('points at the project’s performance target and its poverty-linkage statement', () => {
    const proposed = drive([['propose', '2011-03-01']]);
    const { performanceTarget: _target, povertyLinkage: _linkage, ...bare } = roadProject;
    expect(brief(refusals(proposed, 'pass-expert-review', at('2011-03-10'), {}, bare))).toEqual([
      { code: 'approval-needs-performance-target', path: ['context', 'project', 'performanceTarget'], params: {} },
      { code: 'approval-needs-poverty-linkage', path: ['context', 'project', 'povertyLinkage'], params: {} },
    ]);
  });
});

describe('the announcement gate', () => {
  it('names the kind of announcement expected and the one given', () => {
    const approved = drive(approvals);
    const completion = buildAnnouncement(roadProject, 'completion', { organisations });
    expect(brief(refusals(approved, 'announce', at('2011-04-01'), { announcement: completion }))).toEqual([
      { code: 'announcement-kind-mismatch', path: ['announcement', 'kind'], params: { expected: 'pre-implementation', found: 'completion' } },
    ]);
  });

  it('names the project expected and the one the announcement is of', () => {
    const approved = drive(approvals);
    const other = buildAnnouncement({ ...roadProject, id: projectId('QN-2011-01') }, 'pre-implementation', { organisations });
    expect(brief(refusals(approved, 'announce', at('2011-04-01'), { announcement: other }))).toEqual([
      { code: 'lifecycle-project-mismatch', path: ['announcement', 'project'], params: { expected: 'BJ-2011-R07', found: 'QN-2011-01' } },
    ]);
  });

  it('refuses an announcement at a time that is no time for that alone, counting no period from it', () => {
    const approved = drive(approvals);
    expect(refusals(approved, 'announce', 'yesterday' as Timestamp).map((found) => found.code)).toEqual(['timestamp-invalid']);
  });
});

describe('the liability agreement gate', () => {
  it('points at the reference and the projects of the agreement, naming them', () => {
    const ready = drive(announced);
    expect(brief(refusals(ready, 'sign-agreement-as-donor', at('2011-04-06'), { agreement: { reference: '', projects: [roadProject.id] } }))).toEqual([
      { code: 'agreement-reference-required', path: ['agreement', 'reference'], params: {} },
    ]);
    expect(brief(refusals(ready, 'sign-agreement-as-donor', at('2011-04-06'), { agreement: { reference: '责任书 2011-09', projects: [projectId('QN-2011-01')] } }))).toEqual([
      { code: 'agreement-does-not-cover-project', path: ['agreement', 'projects'], params: { reference: '责任书 2011-09', project: 'BJ-2011-R07' } },
    ]);
  });

  it('names the agreement the other side signed and the one given', () => {
    const donorSigned = drive([['sign-agreement-as-donor', '2011-04-06']], drive(announced));
    expect(brief(refusals(donorSigned, 'sign-agreement-as-recipient', at('2011-04-08'), { agreement: { reference: '另一份责任书', projects: [roadProject.id] } }))).toEqual([
      { code: 'agreement-mismatch', path: ['agreement', 'reference'], params: { signed: '深大对口帮扶资金项目管理责任书 2011-07', found: '另一份责任书' } },
    ]);
  });
});

describe('the announcement period gate', () => {
  it('counts no period from a time that is no time', () => {
    const ready = drive(signed);
    expect(refusals(ready, 'start-implementation', 'the 11th' as Timestamp).map((found) => found.code)).toEqual(['timestamp-invalid']);
  });

  // A log replayed from storage is not held to the periods its events ran under: here a change went into
  // effect while its announcement still ran. Implementation waits for the last of them to be over.
  function withChangeInEffectEarly(preImplementation: AnnouncementPolicy, change: AnnouncementPolicy): Lifecycle {
    const announcedOnce = drive([...approvals, ['announce', '2011-04-01', preImplementation], ['propose-change', '2011-04-02'], ['approve-change', '2011-04-03'], ['announce-change', '2011-04-04', change]]);
    const early = { type: 'change-took-effect', project: roadProject.id, by: actorOf('support-office'), at: at('2011-04-05') } as LifecycleEvent;
    return drive([['sign-agreement-as-donor', '2011-04-06'], ['sign-agreement-as-recipient', '2011-04-07']], evolveLifecycle(announcedOnce, early));
  }
  const days = (announcementDays: number): AnnouncementPolicy => ({ announcementDays, dayKind: 'calendar' });

  it('holds implementation until the last of the running announcements is over, whichever was published first', () => {
    const changeLast = withChangeInEffectEarly(days(10), days(30));
    expect(brief(refusals(changeLast, 'start-implementation', at('2011-04-09')))).toEqual([
      { code: 'announcement-period-not-over', path: ['at'], params: { lastDay: '2011-05-04', earliestDay: '2011-05-05', day: '2011-04-09' } },
    ]);
    const changeFirst = withChangeInEffectEarly(days(30), days(10));
    expect(brief(refusals(changeFirst, 'start-implementation', at('2011-04-09')))).toEqual([
      { code: 'announcement-period-not-over', path: ['at'], params: { lastDay: '2011-05-01', earliestDay: '2011-05-02', day: '2011-04-09' } },
    ]);
    expect(refusals(changeFirst, 'start-implementation', at('2011-05-02'))).toEqual([]);
  });
});

describe('the original approving authority', () => {
  it('alone decides on a change: the refusal names it and the body that tried, even one of the same prefecture', () => {
    const changing = drive([...signed, ['propose-change', '2011-04-09']]);
    // 毕节市's government, registered under the city's code of late 2011, has jurisdiction, but did not approve the project.
    const bijieCity = { id: organisationId('bijie-city-gov'), name: { zh: '毕节市人民政府' }, kind: 'prefecture-government', region: regionCode('520500') } as const;
    const decided = decideLifecycle(changing, { ...commandFor(changing, 'approve-change', at('2011-04-10')), by: actor(bijieCity.id, bijieCity.kind) } as never, {
      ...contextFor(),
      organisations: [...organisations, bijieCity],
    });
    expect(decided.ok || brief(decided.issues)).toEqual([
      { code: 'change-approver-not-original', path: ['by', 'organisation'], params: { original: 'bijie-gov', found: 'bijie-city-gov' } },
    ]);
  });
});
