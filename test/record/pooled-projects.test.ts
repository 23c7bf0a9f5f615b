import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actor,
  canonicalJson,
  checkProgramme,
  createProgrammeRecord,
  isoDate,
  organisationId,
  parseProgrammeRecord,
  projectFromPool,
  projectLifecycle,
  recordLifecycleCommand,
  unwrap,
  type LifecycleCommand,
  type ProgrammeRecord,
} from '../../src/index.js';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import { countyGovernment, countyOffice, happyPath, on, poolOrganisations2012, walk } from '../pool/fixtures.js';

// The approval chain of a project the county selected from its pool for 2013.
const chain: readonly LifecycleCommand[] = [
  { type: 'propose', by: countyGovernment, at: on('2012-12-01') },
  { type: 'pass-expert-review', by: actor(organisationId('sz-expert-team'), 'expert-review-team'), at: on('2012-12-10') },
  { type: 'approve-as-county-department', by: countyOffice, at: on('2012-12-15') },
  { type: 'approve-as-county-government', by: countyGovernment, at: on('2012-12-20') },
  { type: 'approve-as-prefecture-government', by: actor(organisationId('bijie-government'), 'prefecture-government'), at: on('2012-12-28') },
];

const pooled = unwrap(projectFromPool(walk(happyPath).standing!));
// The 2011 bodies keep their codes of 2011 (the programme's reference date), the township and village theirs of 2012.
const start = () => unwrap(createProgrammeRecord({ ...seedProgramme2011, referenceDate: isoDate('2011-01-01'), organisations: poolOrganisations2012, projects: [pooled], ledger: [] }));

describe('a project selected from the county pool', () => {
  it('keeps its pool entry’s day and number, and the record holding it passes every check', () => {
    expect(pooled.pool?.pooledOn).toBe('2012-03-26');
    expect(pooled.year).toBe(2013);
    const approved = chain.reduce<ProgrammeRecord>((record, command) => unwrap(recordLifecycleCommand(record, pooled.id, command)).record, start());
    expect(projectLifecycle(approved, pooled.id)?.status).toBe('approved');
    expect(checkProgramme(approved).map((found) => found.code)).toEqual([]);
  });

  it('replays from its stored record to the same state after any part of its approval chain', () => {
    fc.assert(
      fc.property(fc.nat({ max: chain.length }), (steps) => {
        const record = chain.slice(0, steps).reduce<ProgrammeRecord>((at, command) => unwrap(recordLifecycleCommand(at, pooled.id, command)).record, start());
        const stored = parseProgrammeRecord(JSON.parse(JSON.stringify(record)));
        expect(stored.ok).toBe(true);
        if (!stored.ok) return;
        expect(canonicalJson(projectLifecycle(stored.value, pooled.id))).toBe(canonicalJson(projectLifecycle(record, pooled.id)));
        expect(canonicalJson(stored.value.programme.projects)).toBe(canonicalJson(record.programme.projects));
      }),
      { numRuns: 12 },
    );
  });
});
