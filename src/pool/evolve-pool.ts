import { createIssue } from '../errors/issue.js';
import { fail, succeed, type Result } from '../errors/result.js';
import { applyAlterations } from '../lifecycle/project-alterations.js';
import { chinaDateOf } from '../lifecycle/timestamp.js';
import { poolCommandDefinitions, poolCommandTypes, type PoolCommand, type PoolEvent, type PoolStatus } from './pool-commands.js';
import { decidePool, type PoolContext } from './decide-pool.js';
import type { PoolStanding } from './pool-standing.js';

const statusAfter: Readonly<Record<string, PoolStatus>> = /* @__PURE__ */ Object.fromEntries(
  poolCommandTypes.map((type) => [poolCommandDefinitions[type].event, poolCommandDefinitions[type].to]),
);
const levelOf: Readonly<Record<string, 'village' | 'township' | 'county'>> = { 'announced-in-village': 'village', 'reviewed-by-township': 'township', 'pooled': 'county' };

/**
 * Applies one recorded event to an entry's standing. Events are facts: they are not decided again here (see
 * {@link decidePool}); an event that cannot follow the standing at all (a second proposal, a move before the
 * proposal, an event of another entry) is refused.
 *
 * @param standing - the standing so far, or `undefined` before the proposal
 * @param event - the event
 * @returns the next standing, or the issue `pool-event-out-of-order` (path `['type']`) or `pool-entry-mismatch`
 *
 * @example
 * ```ts
 * import { poolOrganisations2012, seedPoolEntry2012 } from 'pairing-aid/examples/2011'
 * const village = actor(organisationId('village-dafang-lilin'), 'village-committee')
 * const event = { type: 'proposed-to-pool', entry: seedPoolEntry2012.project.id, by: village, at: timestamp('2012-03-01T09:00:00+08:00'), proposal: seedPoolEntry2012 } as const
 * const evolved = evolvePool(undefined, event)
 * evolved.ok && evolved.value.status
 * //=> 'proposed-to-pool'
 * ```
 */
export function evolvePool(standing: PoolStanding | undefined, event: PoolEvent): Result<PoolStanding> {
  const to = Object.hasOwn(statusAfter, event.type) ? statusAfter[event.type] : undefined;
  const starts = event.type === 'proposed-to-pool';
  if (to === undefined || starts !== (standing === undefined)) return fail([createIssue('pool-event-out-of-order', ['type'], { event: String(event.type), status: standing?.status ?? 'none' })]);
  if (standing !== undefined && event.entry !== standing.entry) return fail([createIssue('pool-entry-mismatch', ['entry'], { expected: standing.entry, found: String(event.entry) })]);
  const version = (standing?.version ?? 0) + 1;
  switch (event.type) {
    case 'proposed-to-pool':
    case 'proposal-revised':
      return succeed({ entry: event.entry, status: to, current: event.proposal, proposer: event.by.organisation, announcements: [], lastEventAt: event.at, version });
  }
  const before = standing as PoolStanding;
  const next = { ...before, status: to, lastEventAt: event.at, version };
  switch (event.type) {
    case 'announced-in-village':
    case 'reviewed-by-township':
    case 'pooled': {
      const announced = { ...next, announcements: [...before.announcements, { level: levelOf[event.type] as 'village', period: event.period }] };
      return succeed(event.type === 'pooled' ? { ...announced, pooledOn: chinaDateOf(event.at) } : announced);
    }
    case 'adjusted-in-fourth-quarter':
      return succeed({ ...next, current: { ...before.current, project: applyAlterations(before.current.project, event.alterations) } });
    case 'selected-for-plan':
      return succeed({ ...next, planYear: event.planYear });
    default:
      return succeed(next);
  }
}

/**
 * Rebuilds an entry's standing from its events, oldest first.
 *
 * @param events - the entry's events
 * @returns the standing, or the issue of the first event that cannot follow (its index first in the path)
 */
export function replayPool(events: readonly PoolEvent[]): Result<PoolStanding | undefined> {
  let standing: PoolStanding | undefined;
  for (const [index, event] of events.entries()) {
    const evolved = evolvePool(standing, event);
    if (!evolved.ok) return fail(evolved.issues.map((found) => ({ ...found, path: [index, ...found.path] })));
    standing = evolved.value;
  }
  return succeed(standing);
}

/**
 * Decides a pool command and applies its event: the standing after it and the event to store.
 *
 * @param standing - the entry's standing, or `undefined` before its proposal
 * @param command - the command
 * @param context - see {@link PoolContext}
 * @returns the next standing and the event, or the issues of {@link decidePool}
 */
export function applyPoolCommand(standing: PoolStanding | undefined, command: PoolCommand, context: PoolContext): Result<{ readonly standing: PoolStanding; readonly event: PoolEvent }> {
  const decided = decidePool(standing, command, context);
  if (!decided.ok) return decided;
  const evolved = evolvePool(standing, decided.value);
  return evolved.ok ? succeed({ standing: evolved.value, event: decided.value }) : evolved;
}
