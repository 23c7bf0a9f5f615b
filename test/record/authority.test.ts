import { describe, expect, it } from 'vitest';
import {
  actor,
  appendToEventLog,
  checkProgramme,
  formatPath,
  organisationId,
  projectLifecycle,
  recordLifecycleCommand,
  regionCode,
  timestamp,
  type LifecycleCommand,
  type ProgrammeRecord,
} from '../../src/index.js';
import { commandOf, dafangProject, drafted, qiannanProject, recordUntil } from './fixtures.js';

const codesOf = (result: { ok: boolean; issues?: readonly { code: string }[] }) => (result.ok ? [] : (result.issues ?? []).map((issue) => issue.code));

describe('who may approve a project', () => {
  const reviewed = () => recordUntil(drafted(), dafangProject, 'pass-expert-review');

  it('is the relevant department of the project’s own county', () => {
    const own = recordLifecycleCommand(reviewed(), dafangProject, commandOf(dafangProject, 'approve-as-county-department'));
    expect(own.ok).toBe(true);
    const neighbour: LifecycleCommand = { type: 'approve-as-county-department', by: actor(organisationId('poverty-office-522423'), 'county-department'), at: timestamp('2011-03-04T10:00:00+08:00') };
    const refused = recordLifecycleCommand(reviewed(), dafangProject, neighbour);
    expect(codesOf(refused)).toEqual(['actor-wrong-jurisdiction']);
    expect(refused.ok || refused.issues[0]?.params).toMatchObject({ organisation: 'poverty-office-522423', expected: '520521', project: dafangProject });
  });

  it('is the government of the project’s prefecture for the final approval, not another prefecture’s', () => {
    const countyApproved = recordUntil(drafted(), dafangProject, 'approve-as-county-government');
    const qiannan: LifecycleCommand = { type: 'approve-as-prefecture-government', by: actor(organisationId('qiannan-government'), 'prefecture-government'), at: timestamp('2011-03-11T10:00:00+08:00') };
    expect(codesOf(recordLifecycleCommand(countyApproved, dafangProject, qiannan))).toEqual(['actor-wrong-jurisdiction']);
    expect(recordLifecycleCommand(countyApproved, dafangProject, commandOf(dafangProject, 'approve-as-prefecture-government')).ok).toBe(true);
  });

  it('is a registered organisation of the programme, of the kind it claims', () => {
    const stranger: LifecycleCommand = { type: 'approve-as-county-department', by: actor(organisationId('nobody'), 'county-department'), at: timestamp('2011-03-04T10:00:00+08:00') };
    expect(codesOf(recordLifecycleCommand(reviewed(), dafangProject, stranger))).toEqual(['actor-unregistered']);
    // Dafang's government is registered as a county government: it cannot act as the county's department.
    const masquerade: LifecycleCommand = { type: 'approve-as-county-department', by: actor(organisationId('gov-522422'), 'county-department'), at: timestamp('2011-03-04T10:00:00+08:00') };
    expect(codesOf(recordLifecycleCommand(reviewed(), dafangProject, masquerade))).toEqual(['actor-kind-mismatch']);
  });

  it('is the programme’s own review team for the expert review', () => {
    const proposed = recordUntil(drafted(), qiannanProject, 'propose');
    const outsider: LifecycleCommand = { type: 'pass-expert-review', by: actor(organisationId('another-team'), 'expert-review-team'), at: timestamp('2011-03-01T15:00:00+08:00') };
    expect(codesOf(recordLifecycleCommand(proposed, qiannanProject, outsider))).toEqual(['actor-unregistered']);
    expect(recordLifecycleCommand(proposed, qiannanProject, commandOf(qiannanProject, 'pass-expert-review')).ok).toBe(true);
  });

  it('follows the area through its new code: a body registered under 2011’s 522422 acts for a project recorded under 520521', () => {
    const start = drafted();
    const renumbered: ProgrammeRecord = {
      ...start,
      programme: {
        ...start.programme,
        projects: start.programme.projects.map((project) => (project.id === dafangProject ? { ...project, location: { region: regionCode('520521') }, subProjects: project.subProjects.map((sub) => ({ ...sub, location: { region: regionCode('520521') } })) } : project)),
      },
    };
    const approved = recordUntil(renumbered, dafangProject, 'approve-as-prefecture-government');
    expect(projectLifecycle(approved, dafangProject)?.status).toBe('approved');
  });

  it('does not let a rewritten log carry an approval by the wrong body', () => {
    const approved = recordUntil(drafted(), dafangProject, 'approve-as-prefecture-government');
    const events = (approved.eventLogs[dafangProject] ?? []).map((stored) =>
      stored.event.type === 'approved-by-prefecture-government' ? { ...stored.event, by: actor(organisationId('qiannan-government'), 'prefecture-government') } : stored.event,
    );
    // The forger rewrites every hash after the edit, so the chain itself is consistent.
    const forged = { ...approved, eventLogs: { ...approved.eventLogs, [dafangProject]: appendToEventLog([], events) } };
    const found = checkProgramme(forged).map((issue) => [issue.code, formatPath(issue.path)]);
    expect(found).toContainEqual(['actor-wrong-jurisdiction', `eventLogs.${dafangProject}[4].event.by.organisation`]);
    expect(projectLifecycle(forged, dafangProject)?.status).toBe('county-approved');
  });

  it('accepts each approval from exactly the registered bodies of its kind whose region is the project’s county or prefecture', () => {
    const { organisations, projects } = drafted().programme;
    const levels = [
      { until: 'pass-expert-review', type: 'approve-as-county-department', kind: 'county-department', level: 'county' },
      { until: 'approve-as-county-department', type: 'approve-as-county-government', kind: 'county-government', level: 'county' },
      { until: 'approve-as-county-government', type: 'approve-as-prefecture-government', kind: 'prefecture-government', level: 'prefecture' },
    ] as const;
    for (const project of projects.filter((_, index) => index % 4 === 0)) {
      for (const { until, type, kind, level } of levels) {
        const before = recordUntil(drafted(), project.id, until);
        const at = commandOf(project.id, type).at;
        const accepted = organisations
          .filter((organisation) => recordLifecycleCommand(before, project.id, { type, by: { organisation: organisation.id, kind: organisation.kind }, at } as LifecycleCommand).ok)
          .map((organisation) => organisation.id);
        const county = project.location.region;
        const expected = organisations
          .filter((organisation) => organisation.kind === kind && organisation.region === (level === 'county' ? county : `${county.slice(0, 4)}00`))
          .map((organisation) => organisation.id);
        expect(accepted, `${project.id} ${type}`).toEqual(expected);
        expect(accepted).toHaveLength(1);
      }
    }
  });
});
