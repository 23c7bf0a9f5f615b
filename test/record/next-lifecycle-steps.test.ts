import { describe, expect, it } from 'vitest';
import {
  appendToEventLog,
  chinaDateOf,
  createProgrammeRecord,
  nextLifecycleSteps,
  recordLifecycleCommand,
  timestamp,
  unwrap,
  type LifecycleCommand,
  type ProgrammeRecord,
  type Timestamp,
} from '../../src/index.js';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import { commandFor, donor, organisations, reachEveryState, roadProject, rowsFrom } from '../lifecycle/fixtures.js';
import { commandOf, dafangProject, drafted, recordUntil } from './fixtures.js';

// The road of the lifecycle tests in a programme of its own, with every kind of organisation registered.
const programme = { ...seedProgramme2011, donor, organisations, projects: [roadProject], ledger: [], funds: [], plans: [] };
const nextDay = (at: Timestamp, days: number): Timestamp => {
  const date = new Date(Date.parse(at) + days * 86_400_000);
  return timestamp(`${date.toISOString().slice(0, 10)}T10:00:00+08:00`);
};

describe('nextLifecycleSteps', () => {
  it('agrees with the decision in every state: every accepted command is listed with its body and no blocker, and a listed step is accepted from each body it names once its blockers are cleared', () => {
    let accepted = 0;
    let blocked = 0;
    for (const [status, { lifecycle, events }] of reachEveryState()) {
      const record: ProgrammeRecord = unwrap(createProgrammeRecord(programme, events.length === 0 ? {} : { [roadProject.id]: appendToEventLog([], events) }));
      const last = events.at(-1)?.at ?? timestamp('2011-03-01T10:00:00+08:00');
      for (const at of [nextDay(last, 1), nextDay(last, 11)]) {
        const steps = unwrap(nextLifecycleSteps(record, roadProject.id, at));
        expect(steps.map((step) => step.command), status).toEqual(rowsFrom(status).map((row) => row.command));
        const made = (type: LifecycleCommand['type'], organisation: string, when: Timestamp) => {
          const body = organisations.find((candidate) => candidate.id === organisation)!;
          const command = { ...commandFor(lifecycle, type, when), by: { organisation: body.id, kind: body.kind } } as LifecycleCommand;
          return recordLifecycleCommand(record, roadProject.id, command).ok;
        };
        for (const step of steps) {
          for (const organisation of organisations) {
            if (!made(step.command, organisation.id, at)) continue;
            accepted += 1;
            expect(step.by, `${status} × ${step.command} at ${at}`).toContain(organisation.id);
            expect(step.blockers, `${status} × ${step.command} at ${at}`).toEqual([]);
          }
          const until = step.blockers.map((blocker) => blocker.until);
          if (step.blockers.length > 0 && until.every((day) => day !== undefined)) {
            blocked += 1;
            const cleared = timestamp(`${until.sort().at(-1)}T10:00:00+08:00`);
            for (const organisation of step.by) expect(made(step.command, organisation, cleared), `${status} × ${step.command} on ${cleared}`).toBe(true);
          }
          if (step.blockers.length === 0) for (const organisation of step.by) expect(made(step.command, organisation, at), `${status} × ${step.command} by ${organisation}`).toBe(true);
        }
      }
    }
    expect(accepted).toBeGreaterThan(50);
    expect(blocked).toBeGreaterThan(0);
  });

  it('names the day an announcement period ends, from which the blocked step is accepted', () => {
    // Both sides sign while the pre-implementation announcement of 2011-03-14 still runs.
    let signed = recordUntil(drafted, dafangProject, 'announce');
    for (const [type, day] of [['sign-agreement-as-donor', '16'], ['sign-agreement-as-recipient', '18']] as const) {
      signed = unwrap(recordLifecycleCommand(signed, dafangProject, { ...commandOf(dafangProject, type), at: timestamp(`2011-03-${day}T10:00:00+08:00`) } as LifecycleCommand)).record;
    }
    const announced = signed;
    const early = timestamp('2011-03-20T10:00:00+08:00');
    const start = unwrap(nextLifecycleSteps(announced, dafangProject, early)).find((step) => step.command === 'start-implementation');
    expect(start?.by).toEqual(['gov-522422']);
    expect(start?.blockers.map((blocker) => [blocker.issue.code, blocker.until])).toEqual([['announcement-period-not-over', '2011-03-25']]);
    const onTheDay = timestamp(`${start?.blockers[0]?.until}T09:00:00+08:00`);
    expect(chinaDateOf(onTheDay)).toBe('2011-03-25');
    expect(unwrap(nextLifecycleSteps(announced, dafangProject, onTheDay)).find((step) => step.command === 'start-implementation')?.blockers).toEqual([]);
  });

  it('tells who may sign next: once the donor has signed, the recipient side of the project’s own prefecture', () => {
    const donorSigned = recordUntil(drafted, dafangProject, 'sign-agreement-as-donor');
    const steps = unwrap(nextLifecycleSteps(donorSigned, dafangProject, timestamp('2011-03-26T10:00:00+08:00')));
    expect(steps.find((step) => step.command === 'sign-agreement-as-recipient')?.by).toEqual(['bijie-government', 'gov-522422']);
  });
});
