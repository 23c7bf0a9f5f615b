import type { IsoDate } from '../dates/iso-date.js';
import { createIssue, type Issue } from '../errors/issue.js';
import { fail, succeed, type Result } from '../errors/result.js';
import { checkActor } from '../lifecycle/lifecycle-gates.js';
import { coversJurisdiction, jurisdictionOfKind } from '../lifecycle/check-authority.js';
import { chinaDateOf, isBeforeInstant, parseTimestamp } from '../lifecycle/timestamp.js';
import type { OrganisationId } from '../model/ids.js';
import { organisationKinds, type Organisation, type OrganisationKind } from '../model/organisation.js';
import { regionLevel, type RegionCode } from '../regions/region-code.js';
import { assessmentGrades } from './assessment-areas.js';
import { assessmentCalendar } from './assessment-calendar.js';
import {
  assessmentCommandDefinitions,
  type AssessmentCommand,
  type AssessmentCommandType,
  type AssessmentEvent,
  type AssessmentRole,
  type AssessmentStanding,
  type AssessmentStepKind,
} from './assessment-steps.js';

/** Whose year is assessed, and who may move its assessment. */
export interface AssessmentContext {
  readonly year: number;
  /** The donor or the recipient assessed. */
  readonly assessed: RegionCode;
  /** The programme's donor region. */
  readonly donor: RegionCode;
  /** The recipients paired with the donor in the year. */
  readonly recipients: readonly RegionCode[];
  /** The programme's registered organisations: every actor is one of them, of the kind it claims. */
  readonly organisations: readonly Organisation[];
  /** The organisations designated to cross-check the assessment (交叉考核). */
  readonly crossCheckers: readonly OrganisationId[];
  /** The organisations that assess and report it (考核机关). */
  readonly assessors: readonly OrganisationId[];
}

/**
 * The kinds of organisation that are a side's own office for its self-evaluation: the donor's counterpart
 * support office or leading group; the recipient's own government (or, for a county, its departments).
 */
export const assessedOfficeKinds: { readonly donor: readonly OrganisationKind[]; readonly recipient: readonly OrganisationKind[] } = {
  donor: ['support-office', 'leading-group'],
  recipient: ['provincial-government', 'prefecture-government', 'county-government', 'county-department'],
};

const DECIMAL = /^\d+(?:\.\d+)?$/;

/**
 * Decides an assessment command: the event it records, or every reason it is refused. Pure: a refused command
 * leaves no trace. Checked: the move is legal in the assessment's status ({@link assessmentCommandDefinitions});
 * the actor is a registered organisation of the kind it claims, in the right role — the assessed side's own
 * office (of the assessed region's own level and area, see {@link assessedOfficeKinds}) for the self-evaluation, a designated
 * cross-checking body that is not the assessed side's office for the cross-check, a designated assessing body
 * for the report and for returning a cross-check; a reason where one is needed; a valid time, not before the
 * last event nor before the assessed year; a finding with an exact score and a known grade. A step after its
 * due day is recorded with `late: true`, not refused.
 *
 * @param standing - the assessment's standing, or `undefined` before its self-evaluation
 * @param command - the command
 * @param context - whose year, the organisations and the designated bodies
 * @returns the event, or the issues. Codes: `command-unknown`, `assessment-not-paired`, `assessment-mismatch`,
 *   `assessment-not-started`, `assessment-move-not-allowed`, `actor-unregistered`, `actor-kind-mismatch`,
 *   `assessment-actor-not-assigned`, `assessment-cross-check-by-assessed`, `reason-required`, `timestamp-invalid`,
 *   `event-before-previous-event`, `assessment-step-before-year`, `assessment-finding-invalid`
 *
 * @example
 * ```ts
 * import { seedAssessmentContext2011 } from 'pairing-aid/examples/2011'
 * const office = actor(organisationId('sz-support-office'), 'support-office')
 * const decided = decideAssessment(undefined, { type: 'self-evaluate', by: office, at: timestamp('2012-01-05T10:00:00+08:00'), finding: { score: '52.50', grade: 'poor' } }, seedAssessmentContext2011)
 * decided.ok && 'late' in decided.value && [decided.value.type, decided.value.due, decided.value.late]
 * //=> ['self-evaluated', '2011-12-31', true]
 * ```
 */
export function decideAssessment(standing: AssessmentStanding | undefined, command: AssessmentCommand, context: AssessmentContext): Result<AssessmentEvent> {
  const type: unknown = typeof command === 'object' && command !== null ? command.type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(assessmentCommandDefinitions, type)) return fail([createIssue('command-unknown', ['type'], { type: String(type) })]);
  const commandType = type as AssessmentCommandType;
  const definition = assessmentCommandDefinitions[commandType];
  const side = context.assessed === context.donor ? 'donor' : context.recipients.includes(context.assessed) ? 'recipient' : undefined;
  if (side === undefined) return fail([createIssue('assessment-not-paired', [], { assessed: context.assessed, year: context.year })]);
  if (standing !== undefined && (standing.year !== context.year || standing.assessed !== context.assessed)) {
    return fail([createIssue('assessment-mismatch', [], { expected: `${context.assessed} ${context.year}`, found: `${standing.assessed} ${standing.year}` })]);
  }
  if (standing === undefined && definition.from.length > 0) return fail([createIssue('assessment-not-started', ['type'], { command: commandType })]);
  if (standing !== undefined && !definition.from.includes(standing.status)) {
    return fail([createIssue('assessment-move-not-allowed', ['type'], { command: commandType, status: standing.status })]);
  }
  const issues: Issue[] = [...checkRole(command, definition.by, side, context, standing?.status ?? 'not-started')];
  if (definition.reasonRequired && (typeof command.reason !== 'string' || command.reason.trim() === '')) issues.push(createIssue('reason-required', ['reason'], { command: commandType }));
  else if (command.reason !== undefined && typeof command.reason !== 'string') issues.push(createIssue('invalid-type', ['reason'], { expected: 'string', received: typeof command.reason }));
  const at = parseTimestamp(command.at);
  let day: IsoDate | undefined;
  if (!at.ok) issues.push(createIssue('timestamp-invalid', ['at'], { input: String(command.at) }));
  else {
    day = chinaDateOf(at.value);
    if (standing !== undefined && isBeforeInstant(at.value, standing.lastEventAt)) issues.push(createIssue('event-before-previous-event', ['at'], { at: at.value, previous: standing.lastEventAt }));
    if (Number(day.slice(0, 4)) < context.year) issues.push(createIssue('assessment-step-before-year', ['at'], { day, year: context.year }));
  }
  if (definition.step !== undefined) issues.push(...checkFinding((command as { readonly finding?: unknown }).finding));
  if (issues.length > 0) return fail(issues);
  const core = {
    year: context.year,
    assessed: context.assessed,
    by: { organisation: command.by.organisation, kind: command.by.kind },
    at: command.at,
    ...(command.reason === undefined ? {} : { reason: command.reason }),
  };
  if (definition.step === undefined) return succeed({ type: definition.event, ...core } as AssessmentEvent);
  const { score, grade } = (command as { readonly finding: { readonly score: string; readonly grade: string } }).finding;
  const due = dueDay(context.year, definition.step);
  return succeed({ type: definition.event, ...core, finding: { score, grade }, due, late: (day as IsoDate) > due } as AssessmentEvent);
}

function dueDay(year: number, step: AssessmentStepKind): IsoDate {
  const calendar = assessmentCalendar(year);
  return step === 'self-evaluation' ? calendar.selfEvaluationDue : step === 'cross-check' ? calendar.crossCheckDue : calendar.reportDue;
}

/** Is an organisation the assessed side's own office? */
function isAssessedOffice(organisation: Organisation, side: 'donor' | 'recipient', context: AssessmentContext): boolean {
  if (!assessedOfficeKinds[side].includes(organisation.kind)) return false;
  const jurisdiction = jurisdictionOfKind[organisation.kind];
  // A recipient's office is of its own level: Guizhou's government is not Bijie's office, though Bijie lies in it.
  if (side === 'recipient' && jurisdiction !== regionLevel(context.assessed)) return false;
  return coversJurisdiction(jurisdiction, organisation.region, context.assessed, context.donor);
}

function checkRole(command: AssessmentCommand, role: AssessmentRole, side: 'donor' | 'recipient', context: AssessmentContext, status: string): Issue[] {
  const shape = checkActor(command.by, organisationKinds, command.type, status);
  if (shape.length > 0) return shape;
  const organisation = context.organisations.find((candidate) => candidate.id === command.by.organisation);
  if (organisation === undefined) return [createIssue('actor-unregistered', ['by', 'organisation'], { organisation: String(command.by.organisation) })];
  if (organisation.kind !== command.by.kind) {
    return [createIssue('actor-kind-mismatch', ['by', 'kind'], { organisation: organisation.id, registered: organisation.kind, declared: String(command.by.kind) })];
  }
  const assigned = role === 'assessed-office' ? isAssessedOffice(organisation, side, context) : (role === 'cross-checker' ? context.crossCheckers : context.assessors).includes(organisation.id);
  if (!assigned) return [createIssue('assessment-actor-not-assigned', ['by', 'organisation'], { organisation: organisation.id, command: command.type, role })];
  if (role === 'cross-checker' && isAssessedOffice(organisation, side, context)) {
    return [createIssue('assessment-cross-check-by-assessed', ['by', 'organisation'], { organisation: organisation.id, assessed: context.assessed })];
  }
  return [];
}

function checkFinding(finding: unknown): Issue[] {
  if (typeof finding !== 'object' || finding === null) return [createIssue('assessment-finding-invalid', ['finding'], { input: typeof finding })];
  const { score, grade } = finding as { readonly score?: unknown; readonly grade?: unknown };
  const issues: Issue[] = [];
  if (typeof score !== 'string' || !DECIMAL.test(score)) issues.push(createIssue('assessment-finding-invalid', ['finding', 'score'], { input: String(score) }));
  if (typeof grade !== 'string' || !(assessmentGrades as readonly string[]).includes(grade)) issues.push(createIssue('assessment-finding-invalid', ['finding', 'grade'], { input: String(grade) }));
  return issues;
}
