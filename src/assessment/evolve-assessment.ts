import { createIssue, prefixIssues } from '../errors/issue.js';
import { fail, succeed, type Result } from '../errors/result.js';
import { isSameJson } from '../lifecycle/canonical-json.js';
import { chinaDateOf } from '../lifecycle/timestamp.js';
import {
  assessmentCommandDefinitions,
  assessmentCommandTypes,
  type AssessmentCommand,
  type AssessmentCommandType,
  type AssessmentEvent,
  type AssessmentStanding,
  type AssessmentStatus,
  type AssessmentStepRecord,
} from './assessment-steps.js';
import { decideAssessment, type AssessmentContext } from './decide-assessment.js';

// The command whose event an event type names, if any.
const commandOf = (eventType: string): AssessmentCommandType | undefined => assessmentCommandTypes.find((type) => assessmentCommandDefinitions[type].event === eventType);

/**
 * Applies one recorded event to an assessment's standing. Events are facts: they are not decided again here
 * (see {@link decideAssessment}, {@link replayAssessment}); an event that cannot follow the standing at all (a
 * second self-evaluation, a report before the cross-check, an event of another year or side) is refused.
 *
 * @param standing - the standing so far, or `undefined` before the self-evaluation
 * @param event - the event
 * @returns the next standing, or the issue `assessment-event-out-of-order` (path `['type']`) or `assessment-mismatch`
 *
 * @example
 * ```ts
 * const office = actor(organisationId('sz-support-office'), 'support-office')
 * const event = { type: 'self-evaluated', year: 2011, assessed: regionCode('440300'), by: office, at: timestamp('2011-12-28T10:00:00+08:00'), finding: { score: '52.50', grade: 'poor' }, due: isoDate('2011-12-31'), late: false } as const
 * const evolved = evolveAssessment(undefined, event)
 * evolved.ok && [evolved.value.status, evolved.value.selfEvaluation?.score]
 * //=> ['self-evaluated', '52.50']
 * ```
 */
export function evolveAssessment(standing: AssessmentStanding | undefined, event: AssessmentEvent): Result<AssessmentStanding> {
  const command = commandOf(event.type);
  const definition = command === undefined ? undefined : assessmentCommandDefinitions[command];
  const status: AssessmentStatus | 'not-started' = standing?.status ?? 'not-started';
  if (definition === undefined || (standing === undefined ? definition.from.length > 0 : !definition.from.includes(standing.status))) {
    return fail([createIssue('assessment-event-out-of-order', ['type'], { event: String(event.type), status })]);
  }
  if (standing !== undefined && (standing.year !== event.year || standing.assessed !== event.assessed)) {
    return fail([createIssue('assessment-mismatch', [], { expected: `${standing.assessed} ${standing.year}`, found: `${String(event.assessed)} ${String(event.year)}` })]);
  }
  const step: AssessmentStepRecord = {
    event: event.type,
    by: event.by,
    at: event.at,
    on: chinaDateOf(event.at),
    ...(event.reason === undefined ? {} : { reason: event.reason }),
    ...('finding' in event ? { finding: event.finding, due: event.due, late: event.late } : {}),
  };
  const before: Omit<AssessmentStanding, 'status' | 'lastEventAt' | 'version'> = standing ?? { year: event.year, assessed: event.assessed, steps: [], late: [] };
  const found = 'finding' in event ? { [definition.step === 'self-evaluation' ? 'selfEvaluation' : definition.step === 'cross-check' ? 'crossCheck' : 'report']: event.finding } : {};
  return succeed({
    ...before,
    ...found,
    status: definition.to,
    steps: [...before.steps, step],
    late: step.late === true ? [...before.late, step] : before.late,
    lastEventAt: event.at,
    version: (standing?.version ?? 0) + 1,
  });
}

/**
 * Rebuilds an assessment's standing from its events, oldest first, deciding each again under the context: a
 * stored event the decision would not give now (a wrong role, a lateness flag altered, a step out of order) is
 * refused, so a log cannot make an impossible history.
 *
 * @param events - the assessment's events
 * @param context - whose year, the organisations and the designated bodies (see {@link AssessmentContext})
 * @returns the standing (`undefined` for no events), or the issues of the first event refused (its index first
 *   in the path): those of {@link decideAssessment}, or `event-log-event-mismatch`
 */
export function replayAssessment(events: readonly AssessmentEvent[], context: AssessmentContext): Result<AssessmentStanding | undefined> {
  let standing: AssessmentStanding | undefined;
  for (const [index, event] of events.entries()) {
    if (event.year !== context.year || event.assessed !== context.assessed) {
      return fail([createIssue('assessment-mismatch', [index], { expected: `${context.assessed} ${context.year}`, found: `${String(event.assessed)} ${String(event.year)}` })]);
    }
    const command = commandFromAssessmentEvent(event);
    if (command === undefined) return fail([createIssue('assessment-event-out-of-order', [index, 'type'], { event: String(event.type), status: standing?.status ?? 'not-started' })]);
    const decided = decideAssessment(standing, command, context);
    if (!decided.ok) return fail(prefixIssues(decided.issues, [index]));
    if (!isSameJson(decided.value, event)) return fail([createIssue('event-log-event-mismatch', [index], { index, type: event.type })]);
    const evolved = evolveAssessment(standing, decided.value);
    if (!evolved.ok) return fail(prefixIssues(evolved.issues, [index]));
    standing = evolved.value;
  }
  return succeed(standing);
}

/**
 * Folds events without deciding them again: whether they can follow one another at all.
 * @internal
 */
export function foldAssessmentEvents(events: readonly AssessmentEvent[]): Result<AssessmentStanding | undefined> {
  let standing: AssessmentStanding | undefined;
  for (const [index, event] of events.entries()) {
    const evolved = evolveAssessment(standing, event);
    if (!evolved.ok) return fail(prefixIssues(evolved.issues, [index]));
    standing = evolved.value;
  }
  return succeed(standing);
}

// The command an event records: the event without whose year it is and what the decision worked out.
function commandFromAssessmentEvent(event: AssessmentEvent): AssessmentCommand | undefined {
  const type = commandOf(event.type);
  if (type === undefined) return undefined;
  const { type: _type, year: _year, assessed: _assessed, ...fields } = event as AssessmentEvent & { readonly due?: unknown; readonly late?: unknown };
  const { due: _due, late: _late, ...command } = fields as typeof fields & { readonly due?: unknown; readonly late?: unknown };
  return { type, ...command } as AssessmentCommand;
}

/**
 * Decides an assessment command and applies its event: the standing after it and the event to store.
 *
 * @param standing - the assessment's standing, or `undefined` before its self-evaluation
 * @param command - the command
 * @param context - see {@link AssessmentContext}
 * @returns the next standing and the event, or the issues of {@link decideAssessment}
 *
 * @example
 * ```ts
 * import { seedAssessmentContext2011 } from 'pairing-aid/examples/2011'
 * const office = actor(organisationId('sz-support-office'), 'support-office')
 * const applied = applyAssessmentCommand(undefined, { type: 'self-evaluate', by: office, at: timestamp('2011-12-28T10:00:00+08:00'), finding: { score: '52.50', grade: 'poor' } }, seedAssessmentContext2011)
 * applied.ok && [applied.value.standing.status, applied.value.event.type]
 * //=> ['self-evaluated', 'self-evaluated']
 * ```
 */
export function applyAssessmentCommand(
  standing: AssessmentStanding | undefined,
  command: AssessmentCommand,
  context: AssessmentContext,
): Result<{ readonly standing: AssessmentStanding; readonly event: AssessmentEvent }> {
  const decided = decideAssessment(standing, command, context);
  if (!decided.ok) return decided;
  const evolved = evolveAssessment(standing, decided.value);
  return evolved.ok ? succeed({ standing: evolved.value, event: decided.value }) : evolved;
}
