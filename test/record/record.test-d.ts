import { describe, expectTypeOf, it } from 'vitest';
import {
  actor,
  actorOf,
  isOrganisationOfKind,
  lifecycleCommand,
  organisationId,
  parseLifecycleCommand,
  recordLifecycleCommand,
  timestamp,
  type Actor,
  type Organisation,
  type ProgrammeRecord,
  type ProjectId,
} from '../../src/index.js';

declare const record: ProgrammeRecord;
declare const project: ProjectId;
declare const stored: Organisation;
const at = timestamp('2011-03-08T10:00:00+08:00');

describe('commands on a programme record', () => {
  it('takes a command read from JSON without a cast', () => {
    const parsed = parseLifecycleCommand({});
    if (parsed.ok) recordLifecycleCommand(record, project, parsed.value);
  });

  it('takes a command built from a stored organisation only once its kind is known', () => {
    // @ts-expect-error a stored organisation of any kind cannot make the county government's approval
    lifecycleCommand('approve-as-county-government', { by: actorOf(stored), at });
    if (isOrganisationOfKind(stored, 'county-government')) {
      expectTypeOf(actorOf(stored)).toEqualTypeOf<Actor<'county-government'>>();
      recordLifecycleCommand(record, project, lifecycleCommand('approve-as-county-government', { by: actorOf(stored), at }));
    }
  });

  it('does not take a command whose actor kind may not make it', () => {
    // @ts-expect-error a county department does not give the prefecture government's approval
    recordLifecycleCommand(record, project, { type: 'approve-as-prefecture-government', by: actor(organisationId('x'), 'county-department'), at });
  });
});
