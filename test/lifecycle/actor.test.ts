import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorOf, applyLifecycleCommand, isOrganisationOfKind, lifecycleCommand, organisationKinds, startLifecycle } from '../../src/index.js';
import { at, contextFor, organisations, roadProject } from './fixtures.js';

describe('the actor of a registered organisation', () => {
  it('is of a kind exactly when the record is registered as that kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(...organisations), fc.constantFrom(...organisationKinds), (organisation, kind) => {
        expect(isOrganisationOfKind(organisation, kind)).toBe(organisation.kind === kind);
      }),
    );
  });

  it('carries the record’s id and the kind it is registered with', () => {
    for (const organisation of organisations) expect(actorOf(organisation)).toEqual({ organisation: organisation.id, kind: organisation.kind });
  });

  it('makes the moves of its kind: Dafang’s government, found among the registered organisations, proposes the road', () => {
    const stored = organisations.find((organisation) => organisation.id === 'dafang-gov');
    if (stored === undefined || !isOrganisationOfKind(stored, 'county-government')) throw new Error('no Dafang government');
    const applied = applyLifecycleCommand(startLifecycle(roadProject.id), lifecycleCommand('propose', { by: actorOf(stored), at: at('2011-03-01') }), contextFor());
    expect(applied.ok && applied.value.lifecycle.proposer).toEqual({ organisation: 'dafang-gov', kind: 'county-government' });
  });
});
