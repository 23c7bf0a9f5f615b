// Programme records with lifecycles for properties: the 2011 seed, each project's log kept whole, cut short
// (not yet approved), or ended by a rejection or a cancellation, every event decided through the public API.
import fc from 'fast-check';
import {
  actor,
  createProgrammeRecord,
  organisationId,
  projectId,
  recordLifecycleCommand,
  timestamp,
  unwrap,
  type LifecycleCommand,
  type LifecycleEventLog,
  type ProgrammeRecord,
} from '../../src/index.js';
import { seedRecord2011 } from '../../examples/data/shenzhen-guizhou-2011-lifecycles.js';

/** What becomes of one project: its log as seeded, cut after some events, or ended by a rejection or cancellation. */
export type ProjectFate =
  | { readonly kind: 'as-seeded' }
  | { readonly kind: 'cut'; readonly events: number }
  | { readonly kind: 'rejected'; readonly events: number }
  | { readonly kind: 'cancelled'; readonly events: number };

const projects = seedRecord2011.programme.projects;
const logOf = (id: string): LifecycleEventLog => seedRecord2011.eventLogs[id] ?? [];

// Before the final approval a project can be cut or rejected (after 1 to 4 events); it can be cancelled at any
// step but its last, once proposed.
const fateOf = (id: string): fc.Arbitrary<ProjectFate> => {
  const length = logOf(id).length;
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant({ kind: 'as-seeded' as const }) },
    fc.integer({ min: 0, max: 4 }).map((events) => ({ kind: 'cut' as const, events })),
    fc.integer({ min: 1, max: 4 }).map((events) => ({ kind: 'rejected' as const, events })),
    fc.integer({ min: 1, max: Math.max(1, length - 1) }).map((events) => ({ kind: 'cancelled' as const, events })),
  );
};

/** A fate for each of the seed's 38 projects. */
export const anyFates: fc.Arbitrary<readonly ProjectFate[]> = fc.tuple(...projects.map((project) => fateOf(project.id)));

/**
 * The seed record with each project's fate applied. With `keepGates`, the ledger keeps every gate: a project
 * cut short or rejected has no entries, a cancelled one only those dated before its cancellation once its
 * liability agreement was signed; otherwise the ledger is as seeded and such projects break gates.
 */
export function recordWithFates(fates: readonly ProjectFate[], options: { readonly keepGates?: boolean } = {}): ProgrammeRecord {
  const logs: Record<string, LifecycleEventLog> = {};
  projects.forEach((project, index) => {
    const fate = fates[index] ?? { kind: 'as-seeded' };
    const log = logOf(project.id);
    logs[project.id] = fate.kind === 'as-seeded' ? log : log.slice(0, fate.events);
  });
  let programme = seedRecord2011.programme;
  if (options.keepGates === true) {
    const keep = new Map<string, string>(); // project → the first day its entries are dropped from
    projects.forEach((project, index) => {
      const fate = fates[index];
      if (fate === undefined || fate.kind === 'as-seeded') return;
      // Events 0–7 run from the proposal to the second signature of the liability agreement.
      const signed = fate.kind === 'cancelled' && fate.events >= 8;
      keep.set(project.id, signed ? (logOf(project.id)[fate.events]?.event.at.slice(0, 10) ?? '2011-12-30') : '0000-01-01');
    });
    programme = { ...programme, ledger: programme.ledger.filter((entry) => entry.date < (keep.get(entry.project) ?? '9999-12-31')) };
  }
  let record = unwrap(createProgrammeRecord(programme, logs));
  projects.forEach((project, index) => {
    const fate = fates[index];
    if (fate === undefined || (fate.kind !== 'rejected' && fate.kind !== 'cancelled')) return;
    const next = logOf(project.id)[fate.events]?.event;
    const at = next?.at ?? timestamp('2011-12-30T10:00:00+08:00');
    // The body that would have taken the next step refuses it; the donor's support office cancels.
    const command: LifecycleCommand =
      fate.kind === 'rejected' && next !== undefined
        ? ({ type: 'reject', by: next.by, at, reason: 'Does not meet the pool criteria.' } as LifecycleCommand)
        : { type: 'cancel', by: actor(organisationId('sz-support-office'), 'support-office'), at, reason: 'Withdrawn by the county.' };
    record = unwrap(recordLifecycleCommand(record, projectId(project.id), command)).record;
  });
  return record;
}

/** The ids of the projects a record's fates ended in a rejection or a cancellation. */
export function withdrawnBy(fates: readonly ProjectFate[]): Set<string> {
  return new Set(projects.flatMap((project, index) => (fates[index]?.kind === 'rejected' || fates[index]?.kind === 'cancelled' ? [project.id] : [])));
}
