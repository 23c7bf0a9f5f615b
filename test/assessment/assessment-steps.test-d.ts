import { describe, expectTypeOf, it } from 'vitest';
import { actor, organisationId, timestamp, type AssessmentCommand, type AssessmentEvent } from '../../src/index.js';

const office = actor(organisationId('sz-support-office'), 'support-office');
const at = timestamp('2011-12-28T10:00:00+08:00');

describe('assessment commands', () => {
  it('take a finding on a step and a reason on a return', () => {
    expectTypeOf({ type: 'self-evaluate', by: office, at, finding: { score: '52.50', grade: 'poor' } } as const).toExtend<AssessmentCommand>();
    expectTypeOf({ type: 'return-self-evaluation', by: office, at, reason: '缺依据' } as const).toExtend<AssessmentCommand>();
  });

  it('do not compile without them, or with a grade that is not one', () => {
    // @ts-expect-error a self-evaluation states its finding
    const noFinding: AssessmentCommand = { type: 'self-evaluate', by: office, at };
    // @ts-expect-error a return says why
    const noReason: AssessmentCommand = { type: 'return-cross-check', by: office, at };
    // @ts-expect-error the grades are good, fairly-good, fair and poor
    const badGrade: AssessmentCommand = { type: 'report', by: office, at, finding: { score: '90', grade: 'excellent' } };
    expectTypeOf([noFinding, noReason, badGrade]).toBeArray();
  });

  it('record the lateness of a step, and none on a return', () => {
    type Step = Extract<AssessmentEvent, { readonly finding: unknown }>;
    type Return = Exclude<AssessmentEvent, Step>;
    expectTypeOf<Step['late']>().toEqualTypeOf<boolean>();
    expectTypeOf<'late' extends keyof Return ? true : false>().toEqualTypeOf<false>();
    expectTypeOf<Return['type']>().toEqualTypeOf<'self-evaluation-returned' | 'cross-check-returned'>();
  });
});
