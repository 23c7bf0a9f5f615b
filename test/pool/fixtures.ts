import {
  actor,
  amount,
  appendToPoolLog,
  applyPoolCommand,
  organisationId,
  regionCode,
  timestamp,
  type PoolCommand,
  type PoolContext,
  type PoolEvent,
  type PoolEventLog,
  type PoolStanding,
} from '../../src/index.js';
import { poolOrganisations2012, seedPoolEntry2012 } from '../../examples/data/dafang-pool-2012.js';

export { poolOrganisations2012, seedPoolEntry2012 };

export const context: PoolContext = { organisations: poolOrganisations2012, donor: regionCode('440300') };
export const village = actor(organisationId('village-dafang-lilin'), 'village-committee');
export const township = actor(organisationId('township-dafang-example'), 'township-government');
export const countyOffice = actor(organisationId('poverty-office-522422'), 'county-department');
export const countyGovernment = actor(organisationId('gov-522422'), 'county-government');

/** 09:00 in China on a day. */
export const on = (day: string, hour = 9) => timestamp(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);

/** The entry's way from proposal to the 2013 plan, each step after the announcement below it ran its 10 days. */
export const happyPath: readonly PoolCommand[] = [
  { type: 'propose-to-pool', by: village, at: on('2012-03-01'), entry: seedPoolEntry2012 },
  { type: 'announce-in-village', by: village, at: on('2012-03-02') },
  { type: 'review-as-township', by: township, at: on('2012-03-13') },
  { type: 'review-as-county', by: countyOffice, at: on('2012-03-26') },
  {
    type: 'adjust-in-fourth-quarter',
    by: countyOffice,
    at: on('2012-10-15'),
    reason: '材料价格上涨，调增投资',
    alterations: { budget: { before: seedPoolEntry2012.project.budget, after: amount('850000') } },
  },
  { type: 'select-for-plan', by: countyGovernment, at: on('2012-11-20'), planYear: 2013 },
];

/** Runs commands from a standing, failing loudly on a refusal. */
export function walk(commands: readonly PoolCommand[], from?: PoolStanding): { readonly standing: PoolStanding | undefined; readonly events: readonly PoolEvent[]; readonly log: PoolEventLog } {
  let standing = from;
  const events: PoolEvent[] = [];
  for (const command of commands) {
    const applied = applyPoolCommand(standing, command, context);
    if (!applied.ok) throw new Error(`${command.type}: ${applied.issues.map((found) => found.code).join(', ')}`);
    standing = applied.value.standing;
    events.push(applied.value.event);
  }
  return { standing, events, log: appendToPoolLog([], events) };
}
