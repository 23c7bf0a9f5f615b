import { describe, expect, it } from 'vitest';
import { recordAssessment2011, seedAssessmentContext2011 } from '../../examples/data/shenzhen-guizhou-2011-assessment-steps.js';
import {
  actor,
  applyAssessmentCommand,
  decideAssessment,
  evolveAssessment,
  issueTermsZh,
  organisationId,
  regionCode,
  replayAssessment,
  timestamp,
  translateIssue,
  type AssessmentCommand,
  type AssessmentContext,
  type AssessmentEvent,
  type AssessmentStanding,
  type Issue,
} from '../../src/index.js';

const context = seedAssessmentContext2011;
const office = actor(organisationId('sz-support-office'), 'support-office');
const guizhou = actor(organisationId('gz-poverty-office'), 'provincial-government');
const guangdong = actor(organisationId('gd-leading-group'), 'leading-group');
const bijie = actor(organisationId('bijie-government'), 'prefecture-government');
const at = (day: string, hour = 10) => timestamp(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);
const finding = { score: '54.50', grade: 'poor' } as const;

const selfEvaluated = (): AssessmentStanding => {
  const applied = applyAssessmentCommand(undefined, { type: 'self-evaluate', by: office, at: at('2011-12-28'), finding }, context);
  if (!applied.ok) throw new Error('the 2011 self-evaluation is refused');
  return applied.value.standing;
};
const issuesOf = (standing: AssessmentStanding | undefined, command: AssessmentCommand, on: AssessmentContext = context): readonly Issue[] => {
  const decided = decideAssessment(standing, command, on);
  return decided.ok ? [] : decided.issues;
};
/** Each refusal as its code, its English message and its Chinese one. */
const said = (issues: readonly Issue[]) => issues.map((issue) => [issue.code, issue.message, translateIssue(issue, 'zh', issueTermsZh).message]);

describe('a refused assessment step says what was wrong, in English and in Chinese', () => {
  it('names the status and the move it does not allow', () => {
    expect(said(issuesOf(selfEvaluated(), { type: 'report', by: guangdong, at: at('2012-02-20'), finding }))).toEqual([
      ['assessment-move-not-allowed', 'An assessment that is self-evaluated cannot report.', '状态为“已自评，待交叉考核”的考核不能“上报考核结果”。'],
    ]);
    expect(issuesOf(undefined, { type: 'cross-check', by: guizhou, at: at('2012-01-20'), finding })[0]?.params).toEqual({ command: 'cross-check' });
  });

  it('names the organisation and the role it does not hold', () => {
    expect(said(issuesOf(undefined, { type: 'self-evaluate', by: bijie, at: at('2011-12-28'), finding }))).toEqual([
      ['assessment-actor-not-assigned', 'bijie-government is not the assessed-office of this assessment and cannot self-evaluate.', 'bijie-government不是本次考核的被考核方的工作机构，不能“自评”。'],
    ]);
    expect(said(issuesOf(selfEvaluated(), { type: 'cross-check', by: guangdong, at: at('2012-01-20'), finding }))).toEqual([
      ['assessment-actor-not-assigned', 'gd-leading-group is not the cross-checker of this assessment and cannot cross-check.', 'gd-leading-group不是本次考核的交叉考核机构，不能“交叉考核”。'],
    ]);
    const withoutAssessors = { ...context, assessors: [] };
    const crossChecked = applyAssessmentCommand(selfEvaluated(), { type: 'cross-check', by: guizhou, at: at('2012-01-20'), finding }, context);
    expect(crossChecked.ok && translateIssue(issuesOf(crossChecked.value.standing, { type: 'report', by: guangdong, at: at('2012-02-20'), finding }, withoutAssessors)[0]!, 'zh', issueTermsZh).message).toBe(
      'gd-leading-group不是本次考核的考核机关，不能“上报考核结果”。',
    );
  });

  it('names the side whose own office tried to cross-check it', () => {
    const own = { ...context, crossCheckers: [organisationId('sz-support-office')] };
    expect(said(issuesOf(selfEvaluated(), { type: 'cross-check', by: office, at: at('2012-01-20'), finding }, own))).toEqual([
      ['assessment-cross-check-by-assessed', 'sz-support-office is an office of 440300, the side assessed: it cannot cross-check its own assessment.', 'sz-support-office是被考核方440300的工作机构，不能交叉考核自身。'],
    ]);
  });

  it('names an organisation the programme does not know, and the kind one is registered as', () => {
    expect(said(issuesOf(undefined, { type: 'self-evaluate', by: actor(organisationId('sz-nobody'), 'support-office'), at: at('2011-12-28'), finding }))).toEqual([
      ['actor-unregistered', '"sz-nobody" is not an organisation of the programme: register it before it acts.', '“sz-nobody”不是本帮扶计划登记的单位，须先登记方可办理。'],
    ]);
    expect(said(issuesOf(undefined, { type: 'self-evaluate', by: actor(organisationId('sz-support-office'), 'leading-group'), at: at('2011-12-28'), finding }))).toEqual([
      ['actor-kind-mismatch', '"sz-support-office" is registered as a support-office, not as a leading-group.', '“sz-support-office”登记的单位类别为“对口帮扶办”，而非“对口帮扶工作领导小组”。'],
    ]);
  });

  it('refuses an actor of no kind there is before looking it up, naming the assessment not yet started', () => {
    const issues = issuesOf(undefined, { type: 'self-evaluate', by: { organisation: 'sz-support-office', kind: 'nobody' }, at: at('2011-12-28'), finding } as never);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['actor-not-allowed', ['by', 'kind']]]);
    expect(issues[0]?.params).toMatchObject({ kind: 'nobody', command: 'self-evaluate', status: 'not-started' });
    expect(translateIssue(issues[0]!, 'zh', issueTermsZh).message).toContain('状态为“尚未自评”');
  });

  it('names the command that needs a reason, and what was given instead of text', () => {
    expect(said(issuesOf(selfEvaluated(), { type: 'return-self-evaluation', by: guizhou, at: at('2012-01-10'), reason: ' ' }))).toEqual([
      ['reason-required', 'A reason is required to return-self-evaluation.', '执行“退回自评”须说明理由。'],
    ]);
    expect(issuesOf(undefined, { type: 'self-evaluate', by: office, at: at('2011-12-28'), finding, reason: 5 } as never).map((issue) => [issue.code, issue.params])).toEqual([
      ['invalid-type', { expected: 'string', received: 'number' }],
    ]);
    expect(said(issuesOf(undefined, { type: 'self-evaluate', by: office, at: at('2011-12-28'), finding, reason: 5 } as never))[0]?.[2]).toBe('类型不符：应为字符串，实为数字。');
  });

  it('names the time that cannot be read, the previous step it comes before, and the year it comes before', () => {
    expect(issuesOf(undefined, { type: 'self-evaluate', by: office, at: 'yesterday', finding } as never)[0]?.params).toEqual({ input: 'yesterday' });
    expect(issuesOf(selfEvaluated(), { type: 'cross-check', by: guizhou, at: at('2011-12-27'), finding })[0]?.params).toEqual({ at: '2011-12-27T10:00:00+08:00', previous: '2011-12-28T10:00:00+08:00' });
    expect(said(issuesOf(undefined, { type: 'self-evaluate', by: office, at: at('2010-12-30'), finding }))).toEqual([
      ['assessment-step-before-year', 'A step of the 2011 assessment cannot be taken on 2010-12-30, before the year assessed.', '2011年度的考核不能在2010-12-30进行，该日早于被考核年度。'],
    ]);
  });

  it('names the finding that is not one: no finding, a score not written as an exact decimal, a grade there is not', () => {
    const finds = (given: unknown) => issuesOf(undefined, { type: 'self-evaluate', by: office, at: at('2011-12-28'), finding: given } as never).map((issue) => [issue.path, issue.params]);
    expect(finds(null)).toEqual([[['finding'], { input: 'object' }]]);
    expect(finds(undefined)).toEqual([[['finding'], { input: 'undefined' }]]);
    expect(finds({ score: 57, grade: 3 })).toEqual([
      [['finding', 'score'], { input: '57' }],
      [['finding', 'grade'], { input: '3' }],
    ]);
    expect(finds({ score: '57,5', grade: 'excellent' })).toEqual([
      [['finding', 'score'], { input: '57,5' }],
      [['finding', 'grade'], { input: 'excellent' }],
    ]);
    expect(translateIssue(issuesOf(undefined, { type: 'self-evaluate', by: office, at: at('2011-12-28'), finding: { score: '57,5', grade: 'poor' } })[0]!, 'zh', issueTermsZh).message).toBe(
      '考核结论须有精确十进制分数（如“52.50”）和等次（好、较好、一般、差）之一：“57,5”。',
    );
  });

  it('takes a whole score, and a score with decimals', () => {
    const scored = (score: string) => issuesOf(undefined, { type: 'self-evaluate', by: office, at: at('2011-12-28'), finding: { score, grade: 'poor' } }).map((issue) => issue.path);
    expect(scored('57')).toEqual([]);
    expect(scored('57.25')).toEqual([]);
    expect(scored('57.')).toEqual([['finding', 'score']]);
  });

  it('names the type of a command it does not know, and the region no pairing of the year has', () => {
    expect(issuesOf(undefined, { type: 'approve', by: office, at: at('2011-12-28') } as never)[0]?.params).toEqual({ type: 'approve' });
    expect(issuesOf(undefined, undefined as never).map((issue) => [issue.code, issue.params])).toEqual([['command-unknown', { type: 'undefined' }]]);
    expect(said(issuesOf(undefined, { type: 'self-evaluate', by: office, at: at('2011-12-28'), finding }, { ...context, assessed: regionCode('520100') }))).toEqual([
      ['assessment-not-paired', '520100 is neither the donor nor a recipient paired with it in 2011: its assessment cannot be recorded here.', '520100既非援助方，也非2011年与其结对的受援地，不能在此记录其考核。'],
    ]);
  });
});

describe('who may move an assessment on, and with what', () => {
  const walk = (commands: readonly AssessmentCommand[]): AssessmentStanding => {
    let standing: AssessmentStanding | undefined;
    for (const command of commands) {
      const applied = applyAssessmentCommand(standing, command, context);
      if (!applied.ok) throw new Error(`${command.type}: ${applied.issues.map((issue) => issue.code).join(', ')}`);
      standing = applied.value.standing;
    }
    return standing!;
  };
  const selfEvaluation = { type: 'self-evaluate', by: office, at: at('2011-12-28'), finding } as const;
  const returned = walk([selfEvaluation, { type: 'return-self-evaluation', by: guizhou, at: at('2012-01-05'), reason: '补充材料' }]);
  const crossChecked = walk([selfEvaluation, { type: 'cross-check', by: guizhou, at: at('2012-01-20'), finding }]);
  const crossCheckReturned = walk([selfEvaluation, { type: 'cross-check', by: guizhou, at: at('2012-01-20'), finding }, { type: 'return-cross-check', by: guangdong, at: at('2012-02-01'), reason: '复核' }]);
  const codes = (standing: AssessmentStanding, command: AssessmentCommand) => issuesOf(standing, command).map((issue) => issue.code);

  it('needs a reason to correct a self-evaluation, to return a cross-check and to correct one', () => {
    expect(codes(returned, { type: 'correct-self-evaluation', by: office, at: at('2012-01-08'), finding } as never)).toEqual(['reason-required']);
    expect(codes(crossChecked, { type: 'return-cross-check', by: guangdong, at: at('2012-02-01') } as never)).toEqual(['reason-required']);
    expect(codes(crossCheckReturned, { type: 'correct-cross-check', by: guizhou, at: at('2012-02-05'), finding } as never)).toEqual(['reason-required']);
    expect(codes(crossCheckReturned, { type: 'correct-cross-check', by: guizhou, at: at('2012-02-05'), finding, reason: '已复核' })).toEqual([]);
  });

  it('lets only the assessing body return a cross-check, not the body that made it', () => {
    expect(codes(crossChecked, { type: 'return-cross-check', by: guangdong, at: at('2012-02-01'), reason: '复核' })).toEqual([]);
    expect(codes(crossChecked, { type: 'return-cross-check', by: guizhou, at: at('2012-02-01'), reason: '复核' })).toEqual(['assessment-actor-not-assigned']);
    expect(issuesOf(crossChecked, { type: 'return-cross-check', by: guizhou, at: at('2012-02-01'), reason: '复核' })[0]?.params).toMatchObject({ role: 'assessor' });
  });
});

describe('the Chinese words of an assessment’s refusals', () => {
  const zh = (issues: readonly Issue[]) => issues.map((issue) => translateIssue(issue, 'zh', issueTermsZh).message);
  const reported = recordAssessment2011().standing;
  const events = recordAssessment2011().log.map((stored) => stored.event);

  it('name every command', () => {
    const commands = (['return-self-evaluation', 'correct-self-evaluation', 'cross-check', 'return-cross-check', 'correct-cross-check', 'report'] as const).map(
      (type) => zh(issuesOf(undefined, { type, by: office, at: at('2011-12-28'), finding, reason: '理由' } as AssessmentCommand))[0],
    );
    expect(commands).toEqual([
      '考核尚未自评，不能“退回自评”，请先自评。',
      '考核尚未自评，不能“修改自评”，请先自评。',
      '考核尚未自评，不能“交叉考核”，请先自评。',
      '考核尚未自评，不能“退回交叉考核结果”，请先自评。',
      '考核尚未自评，不能“复核交叉考核结果”，请先自评。',
      '考核尚未自评，不能“上报考核结果”，请先自评。',
    ]);
    expect(zh(issuesOf(reported, { type: 'self-evaluate', by: office, at: at('2012-03-01'), finding }))).toEqual(['状态为“考核结果已上报”的考核不能“自评”。']);
  });

  it('name every event', () => {
    const returned = { ...events[1]!, type: 'cross-check-returned' } as AssessmentEvent;
    const corrected = { ...events[3]!, type: 'cross-check-corrected' } as AssessmentEvent;
    const outOfOrder = [...events.slice(1), returned, corrected].map((event) => {
      const evolved = evolveAssessment(undefined, event);
      return evolved.ok ? '' : zh(evolved.issues)[0];
    });
    expect(outOfOrder).toEqual([
      '考核事件“自评已退回”不能接在状态“尚未自评”之后。',
      '考核事件“自评已修改”不能接在状态“尚未自评”之后。',
      '考核事件“已交叉考核”不能接在状态“尚未自评”之后。',
      '考核事件“已上报”不能接在状态“尚未自评”之后。',
      '考核事件“交叉考核结果已退回”不能接在状态“尚未自评”之后。',
      '考核事件“交叉考核结果已复核”不能接在状态“尚未自评”之后。',
    ]);
    const again = evolveAssessment(reported, events[0]!);
    expect(again.ok ? [] : zh(again.issues)).toEqual(['考核事件“已自评”不能接在状态“考核结果已上报”之后。']);
  });
});

describe('the assessed side’s own office', () => {
  // A county or a province in the pairing: its own government, or for a county its departments, evaluates it.
  const guizhouProvince = regionCode('520000');
  const dafang = regionCode('522422');
  const wider = { ...context, recipients: [...context.recipients, guizhouProvince, dafang] };

  it('is, for a recipient county, its government or one of its departments; for a province, its government', () => {
    const selfEvaluation = (by: ReturnType<typeof actor>, assessed: typeof dafang) =>
      issuesOf(undefined, { type: 'self-evaluate', by, at: at('2011-12-28'), finding }, { ...wider, assessed }).map((issue) => issue.code);
    expect(selfEvaluation(actor(organisationId('gov-522422'), 'county-government'), dafang)).toEqual([]);
    expect(selfEvaluation(actor(organisationId('poverty-office-522422'), 'county-department'), dafang)).toEqual([]);
    expect(selfEvaluation(guizhou, guizhouProvince)).toEqual([]);
    expect(selfEvaluation(actor(organisationId('gov-522423'), 'county-government'), dafang)).toEqual(['assessment-actor-not-assigned']);
  });
});

describe('an assessment event', () => {
  it('keeps a reason only where the command gave one', () => {
    const decided = decideAssessment(undefined, { type: 'self-evaluate', by: office, at: at('2011-12-28'), finding }, context);
    expect(decided.ok && Object.keys(decided.value)).not.toContain('reason');
    const steps = recordAssessment2011().standing.steps;
    expect(steps.map((step) => 'reason' in step)).toEqual([false, true, true, false, false]);
  });

  it('counts the standing’s version from one, a step at a time', () => {
    expect(selfEvaluated().version).toBe(1);
    expect(recordAssessment2011().standing.version).toBe(5);
  });

  it('files each finding under its own step: self-evaluation, cross-check and report', () => {
    const steps: AssessmentCommand[] = [
      { type: 'self-evaluate', by: office, at: at('2011-12-28'), finding: { score: '50.00', grade: 'poor' } },
      { type: 'cross-check', by: guizhou, at: at('2012-01-20'), finding: { score: '60.00', grade: 'fair' } },
      { type: 'report', by: guangdong, at: at('2012-02-20'), finding: { score: '70.00', grade: 'fairly-good' } },
    ];
    let standing: AssessmentStanding | undefined;
    for (const command of steps) {
      const applied = applyAssessmentCommand(standing, command, context);
      if (!applied.ok) throw new Error(command.type);
      standing = applied.value.standing;
    }
    expect([standing?.selfEvaluation?.score, standing?.crossCheck?.score, standing?.report?.score]).toEqual(['50.00', '60.00', '70.00']);
  });

  it('is refused, not thrown, when applying a command that is refused', () => {
    const applied = applyAssessmentCommand(undefined, { type: 'report', by: guangdong, at: at('2012-02-20'), finding }, context);
    expect(applied.ok || applied.issues.map((issue) => issue.code)).toEqual(['assessment-not-started']);
  });
});

describe('folding assessment events', () => {
  const events = (): AssessmentEvent[] => recordAssessment2011().log.map((stored) => stored.event);

  it('refuses a first event that is not a self-evaluation, naming it and the assessment not started', () => {
    const refused = evolveAssessment(undefined, events()[3]!);
    expect(refused.ok || refused.issues.map((issue) => [issue.code, issue.params])).toEqual([['assessment-event-out-of-order', { event: 'cross-checked', status: 'not-started' }]]);
    const unknown = evolveAssessment(undefined, { ...events()[0]!, type: 'approved' } as never);
    expect(unknown.ok || unknown.issues.map((issue) => issue.code)).toEqual(['assessment-event-out-of-order']);
  });

  it('refuses an event of another year, naming both', () => {
    const [first, second] = events();
    const standing = evolveAssessment(undefined, first!);
    const refused = standing.ok ? evolveAssessment(standing.value, { ...second!, year: 2012 }) : standing;
    expect(refused.ok || refused.issues.map((issue) => [issue.code, issue.params])).toEqual([['assessment-mismatch', { expected: '440300 2011', found: '440300 2012' }]]);
  });
});

describe('replaying assessment events', () => {
  const events = (): AssessmentEvent[] => recordAssessment2011().log.map((stored) => stored.event);

  it('refuses the events of another region, naming the first', () => {
    const replayed = replayAssessment(events(), { ...context, assessed: regionCode('522400') });
    expect(replayed.ok || replayed.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([['assessment-mismatch', [0], { expected: '522400 2011', found: '440300 2011' }]]);
  });

  it('refuses an event of no type an assessment has, naming where it stands', () => {
    const stored = events();
    const replayed = replayAssessment([stored[0]!, { ...stored[1]!, type: 'approved' } as never], context);
    expect(replayed.ok || replayed.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ['assessment-event-out-of-order', [1, 'type'], { event: 'approved', status: 'self-evaluated' }],
    ]);
  });

  it('names the event the decision would not give now, by its index and type', () => {
    const stored = events();
    const forged = replayAssessment([stored[0]!, stored[1]!, stored[2]!, { ...stored[3]!, late: false } as AssessmentEvent], context);
    expect(forged.ok || forged.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([['event-log-event-mismatch', [3], { index: 3, type: 'cross-checked' }]]);
  });
});
