import { yearOf, type IsoDate } from '../dates/iso-date.js';
import { createIssue, type Issue } from '../errors/issue.js';
import { fail, succeed, type Result } from '../errors/result.js';
import type { Organisation } from '../model/organisation.js';
import type { RegionCode } from '../regions/region-code.js';
import { announcementPeriod, firstDayAfterAnnouncement } from '../lifecycle/announcement-period.js';
import type { AnnouncementPolicy } from '../lifecycle/announcement-policy.js';
import { checkAuthority } from '../lifecycle/check-authority.js';
import { checkActor } from '../lifecycle/lifecycle-gates.js';
import { applyAlterations, checkAlterations } from '../lifecycle/project-alterations.js';
import { chinaDateOf, isBeforeInstant, parseTimestamp } from '../lifecycle/timestamp.js';
import { poolCommandDefinitions, type PoolCommand, type PoolCommandType, type PoolEvent, type PoolStatus } from './pool-commands.js';
import { missingPoolFields, poolFields, type PoolEntry, type PoolField } from './pool-entry.js';
import type { PoolStanding } from './pool-standing.js';

/** What a pool decision needs besides the entry's standing and the command. */
export interface PoolContext {
  /** The registered organisations: an actor must be one of them, of the kind it claims, of the entry's county. */
  readonly organisations: readonly Organisation[];
  /** The donor region (for the donor side's bodies; the pool's movers are all the recipient's). */
  readonly donor: RegionCode;
  /** How long each level's announcement runs; 10 calendar days when left out. */
  readonly announcementPolicy?: AnnouncementPolicy;
  /** The fields an entry needs to enter the pool and the plan; all of {@link poolFields} when left out. */
  readonly requiredFields?: readonly PoolField[];
}

/** The fields without which no entry enters the plan, whatever the pool's own list: rule 9 of the programme. */
const planFields: readonly PoolField[] = ['performanceTarget', 'povertyLinkage'];

/**
 * Decides a pool command: the event it records, or every reason it is refused. Pure, like the project
 * lifecycle's decisions: a refused command leaves no trace. Checked: the move is legal in the entry's status
 * and for the actor's kind ({@link poolCommandDefinitions}); the actor is registered, of that kind, and of the
 * entry's county; a reason where one is needed; a valid time not before the last event; each level acts only
 * after the level below's announcement has run its days; the county pools only an entry with every required
 * field; a fourth-quarter adjustment happens from October to December, on the entry as it stands, and keeps
 * the required fields; the county government selects into this year's plan or next year's, and only an entry
 * with a performance target and a poverty-linkage mechanism.
 *
 * @param standing - the entry's standing, or `undefined` before its proposal
 * @param command - the command
 * @param context - the organisations, the donor, the announcement policy and the required fields
 * @returns the event, or the issues. Codes: `command-unknown`, `pool-entry-not-proposed`,
 *   `pool-entry-already-proposed`, `pool-move-not-allowed`, `actor-not-allowed`, the authority codes
 *   (`actor-unregistered`, `actor-kind-mismatch`, `actor-wrong-jurisdiction`), `reason-required`,
 *   `timestamp-invalid`, `event-before-previous-event`, `announcement-period-not-over`, the codes of
 *   {@link announcementPeriod}, `pool-entry-mismatch`, `pool-entry-incomplete`,
 *   `pool-adjustment-outside-fourth-quarter`, `change-alters-nothing`, `change-before-mismatch`,
 *   `pool-plan-year-invalid`
 *
 * @example
 * ```ts
 * import { poolOrganisations2012, seedPoolEntry2012 } from 'pairing-aid/examples/2011'
 * const context = { organisations: poolOrganisations2012, donor: regionCode('440300') }
 * const village = actor(organisationId('village-dafang-lilin'), 'village-committee')
 * const decided = decidePool(undefined, { type: 'propose-to-pool', by: village, at: timestamp('2012-03-01T09:00:00+08:00'), entry: seedPoolEntry2012 }, context)
 * decided.ok && decided.value.type
 * //=> 'proposed-to-pool'
 * ```
 */
export function decidePool(standing: PoolStanding | undefined, command: PoolCommand, context: PoolContext): Result<PoolEvent> {
  const type: unknown = typeof command === 'object' && command !== null ? command.type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(poolCommandDefinitions, type)) return fail([createIssue('command-unknown', ['type'], { type: String(type) })]);
  const commandType = type as PoolCommandType;
  const definition = poolCommandDefinitions[commandType];
  if (standing === undefined && commandType !== 'propose-to-pool') return fail([createIssue('pool-entry-not-proposed', ['type'], { command: commandType })]);
  if (standing !== undefined && commandType === 'propose-to-pool') return fail([createIssue('pool-entry-already-proposed', ['type'], { entry: standing.entry })]);
  if (standing !== undefined && !definition.from.includes(standing.status)) {
    return fail([createIssue('pool-move-not-allowed', ['type'], { command: commandType, status: standing.status })]);
  }
  const status: PoolStatus | 'none' = standing?.status ?? 'none';
  const entry = entryOf(standing, command);
  const issues: Issue[] = [];
  const allowed = allowedKinds(commandType, standing);
  const actorIssues = checkActor(command.by, allowed, commandType, status);
  issues.push(...actorIssues);
  if (actorIssues.length === 0 && entry !== undefined) issues.push(...checkAuthority(command.by, { project: entry.project, organisations: context.organisations, donor: context.donor }));
  if (definition.reasonRequired && (typeof command.reason !== 'string' || command.reason.trim() === '')) {
    issues.push(createIssue('reason-required', ['reason'], { command: commandType }));
  }
  const at = parseTimestamp(command.at);
  let day: IsoDate | undefined;
  if (!at.ok) issues.push(createIssue('timestamp-invalid', ['at'], { input: String(command.at) }));
  else {
    day = chinaDateOf(at.value);
    if (standing !== undefined && isBeforeInstant(at.value, standing.lastEventAt)) {
      issues.push(createIssue('event-before-previous-event', ['at'], { at: at.value, previous: standing.lastEventAt }));
    }
  }
  if (entry === undefined) return fail([...issues, createIssue('invalid-type', ['entry'], { expected: 'object', received: typeof (command as { entry?: unknown }).entry })]);
  const gated = checkGates(standing, command, entry, day, context);
  issues.push(...gated.issues);
  if (issues.length > 0) return fail(issues);
  const core = {
    entry: standing?.entry ?? entry.project.id,
    by: { organisation: command.by.organisation, kind: command.by.kind },
    at: command.at,
    ...(command.reason === undefined ? {} : { reason: command.reason }),
  };
  return succeed({ type: definition.event, ...core, ...gated.payload } as PoolEvent);
}

// The proposer's kind returns nothing; each reviewing level returns what the level below sent it, and a proposer
// withdraws only its own proposal before it is pooled.
function allowedKinds(command: PoolCommandType, standing: PoolStanding | undefined): readonly string[] {
  const allowed = poolCommandDefinitions[command].by;
  if (command === 'return-to-proposer') return standing?.status === 'reviewed-by-township' ? ['county-department'] : ['township-government'];
  if (command === 'withdraw-from-pool' && standing?.status === 'pooled') return ['county-department'];
  return allowed;
}

function entryOf(standing: PoolStanding | undefined, command: PoolCommand): PoolEntry | undefined {
  if (command.type === 'propose-to-pool' || command.type === 'revise-proposal') {
    const given: unknown = command.entry;
    const isEntry = typeof given === 'object' && given !== null && typeof (given as PoolEntry).project === 'object' && (given as PoolEntry).project !== null;
    return isEntry ? (given as PoolEntry) : undefined;
  }
  return standing?.current;
}

const lastOf = (standing: PoolStanding | undefined, level: 'village' | 'township' | 'county') => standing?.announcements.filter((record) => record.level === level).at(-1)?.period;

function checkGates(
  standing: PoolStanding | undefined,
  command: PoolCommand,
  entry: PoolEntry,
  day: IsoDate | undefined,
  context: PoolContext,
): { readonly issues: Issue[]; readonly payload: Readonly<Record<string, unknown>> } {
  const issues: Issue[] = [];
  const definition = poolCommandDefinitions[command.type];
  const required = context.requiredFields ?? poolFields;
  // Each level waits for the announcement of the level below to end (the people may object until then).
  const waitsFor = command.type === 'review-as-township' ? 'village' : command.type === 'review-as-county' ? 'township' : command.type === 'select-for-plan' ? 'county' : undefined;
  const period = waitsFor === undefined ? undefined : lastOf(standing, waitsFor);
  if (day !== undefined && period !== undefined && day <= period.lastDay) {
    issues.push(createIssue('announcement-period-not-over', ['at'], { lastDay: period.lastDay, earliestDay: firstDayAfterAnnouncement(period), day }));
  }
  if (command.type === 'review-as-township' && standing?.status === 'proposed-to-pool' && (entry.project.location.village ?? '').trim() !== '') {
    issues.push(createIssue('pool-move-not-allowed', ['type'], { command: command.type, status: standing.status }));
  }
  if (command.type === 'revise-proposal' && standing !== undefined && entry.project.id !== standing.entry) {
    issues.push(createIssue('pool-entry-mismatch', ['entry', 'project', 'id'], { expected: standing.entry, found: String(entry.project.id) }));
  }
  let payload: Readonly<Record<string, unknown>> = {};
  if (command.type === 'propose-to-pool' || command.type === 'revise-proposal') payload = { proposal: entry };
  if (command.type === 'review-as-county') issues.push(...incomplete(entry, required, []));
  if (command.type === 'adjust-in-fourth-quarter') {
    if (day !== undefined && Number(day.slice(5, 7)) < 10) issues.push(createIssue('pool-adjustment-outside-fourth-quarter', ['at'], { day }));
    const altered = checkAlterations(command.alterations, entry.project);
    issues.push(...altered);
    if (altered.length === 0) issues.push(...incomplete({ ...entry, project: applyAlterations(entry.project, command.alterations) }, required, ['alterations']));
    payload = { alterations: command.alterations };
  }
  if (command.type === 'select-for-plan') {
    const planYear: unknown = command.planYear;
    const year = day === undefined ? undefined : yearOf(day);
    if (!Number.isInteger(planYear) || (year !== undefined && ((planYear as number) < year || (planYear as number) > year + 1))) {
      issues.push(createIssue('pool-plan-year-invalid', ['planYear'], { planYear: String(planYear), earliest: String(year ?? ''), latest: String(year === undefined ? '' : year + 1) }));
    }
    issues.push(...incomplete(entry, planFields, []));
    payload = { planYear };
  }
  if (definition.announces !== undefined && day !== undefined) {
    const running = announcementPeriod(day, context.announcementPolicy);
    if (running.ok) payload = { period: running.value };
    else issues.push(...running.issues);
  }
  return { issues, payload };
}

function incomplete(entry: PoolEntry, required: readonly PoolField[], path: readonly (string | number)[]): Issue[] {
  const missing = missingPoolFields(entry, required);
  return missing.length === 0 ? [] : [createIssue('pool-entry-incomplete', [...path], { entry: entry.project.id, fields: missing.join(', ') })];
}
