import { describe, expect, it } from 'vitest';
import {
  actor,
  amount,
  appendToEventLog,
  chinaDateOf,
  isoDate,
  organisationId,
  regionCode,
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
    let signed = recordUntil(drafted(), dafangProject, 'announce');
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
    const donorSigned = recordUntil(drafted(), dafangProject, 'sign-agreement-as-donor');
    const steps = unwrap(nextLifecycleSteps(donorSigned, dafangProject, timestamp('2011-03-26T10:00:00+08:00')));
    expect(steps.find((step) => step.command === 'sign-agreement-as-recipient')?.by).toEqual(['bijie-government', 'gov-522422']);
  });

  it('lists a step no registered body may make with no body and the blocker saying so', () => {
    const withoutTeam = unwrap(createProgrammeRecord({ ...seedProgramme2011, organisations: seedProgramme2011.organisations.filter((organisation) => organisation.kind !== 'expert-review-team') }));
    const proposed = recordUntil(withoutTeam, dafangProject, 'propose');
    const review = unwrap(nextLifecycleSteps(proposed, dafangProject, timestamp('2011-02-22T10:00:00+08:00'))).find((step) => step.command === 'pass-expert-review');
    expect(review?.by).toEqual([]);
    expect(review?.blockers.map((blocker) => [blocker.issue.code, blocker.issue.params])).toEqual([['no-body-may-act', { command: 'pass-expert-review', kinds: 'expert-review-team' }]]);
  });

  it('names every kind of body a step needs when none of them is registered, and the blocker concerns the project as a whole', () => {
    const proposers = ['implementing-unit', 'county-department', 'county-government', 'support-office'];
    const withoutProposers = unwrap(createProgrammeRecord({ ...seedProgramme2011, organisations: seedProgramme2011.organisations.filter((organisation) => !proposers.includes(organisation.kind)) }));
    const [propose, ...others] = unwrap(nextLifecycleSteps(withoutProposers, dafangProject, timestamp('2011-02-21T09:00:00+08:00')));
    expect(others).toEqual([]);
    expect(propose?.by).toEqual([]);
    const [blocker] = propose?.blockers ?? [];
    expect(blocker?.issue).toMatchObject({ code: 'no-body-may-act', path: [], params: { command: 'propose', kinds: 'implementing-unit, county-department, county-government, support-office' } });
    expect(blocker?.issue.message).toContain("with jurisdiction over the project's place, of one of these kinds: implementing-unit, county-department, county-government, support-office).");
  });

  it('names no day for a blocker that does not clear by itself', () => {
    const announced = recordUntil(drafted(), dafangProject, 'announce-completion');
    const options = { assetRegistration: { requiredFrom: isoDate('2011-01-01') } };
    const close = unwrap(nextLifecycleSteps(announced, dafangProject, timestamp('2011-11-20T10:00:00+08:00'), options)).find((step) => step.command === 'close');
    expect(close?.blockers.map((blocker) => blocker.issue.code)).toEqual(['closure-needs-asset-registration']);
    expect(Object.keys(close?.blockers[0] ?? {})).toEqual(['issue']);
    expect(unwrap(nextLifecycleSteps(announced, dafangProject, timestamp('2011-11-20T10:00:00+08:00'))).find((step) => step.command === 'close')?.blockers).toEqual([]);
  });

  it('leaves the decision on a change to the body that gave the final approval, though another of its kind has jurisdiction', () => {
    const commissioner = { id: organisationId('bijie-commissioner'), name: { zh: '毕节地区专员办', en: 'Bijie commissioner' }, kind: 'prefecture-government' as const, region: regionCode('522400') };
    const withTwo = unwrap(createProgrammeRecord({ ...seedProgramme2011, organisations: [...seedProgramme2011.organisations, commissioner] }));
    const building = recordUntil(withTwo, dafangProject, 'start-implementation');
    const project = building.programme.projects.find((candidate) => candidate.id === dafangProject)!;
    const proposeChange = { type: 'propose-change', by: actor(organisationId('gov-522422'), 'county-government'), at: timestamp('2011-05-10T10:00:00+08:00'), reason: '增加投资', description: '投资增至60万元', alterations: { budget: { before: project.budget, after: amount('60万元') } } } as LifecycleCommand;
    const proposed = unwrap(recordLifecycleCommand(building, dafangProject, proposeChange)).record;
    const steps = unwrap(nextLifecycleSteps(proposed, dafangProject, timestamp('2011-05-11T10:00:00+08:00')));
    expect(steps.filter((step) => step.command.endsWith('-change')).map((step) => [step.command, step.by])).toEqual([
      ['approve-change', ['bijie-government']],
      ['reject-change', ['bijie-government']],
    ]);
    // Either prefecture government may suspend it.
    expect(steps.find((step) => step.command === 'suspend')?.by).toContain('bijie-commissioner');
  });
});
