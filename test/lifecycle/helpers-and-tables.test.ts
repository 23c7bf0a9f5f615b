import { describe, expect, it } from 'vitest';
import {
  actorOf as actorOfOrganisation,
  formatLifecycleTable,
  isOrganisationOfKind,
  lifecycleCommand,
  lifecycleStates,
  lifecycleTransitions,
  replayEventLog,
  timestamp,
} from '../../src/index.js';
import { stateDefinition } from '../../src/lifecycle/lifecycle-states.js';
import { organisations, roadProject } from './fixtures.js';

describe('an organisation acting in a lifecycle', () => {
  it('is of the kind it is registered with, and no other', () => {
    const county = organisations.find((organisation) => organisation.kind === 'county-government');
    if (county === undefined) throw new Error('no county government');
    expect(isOrganisationOfKind(county, 'county-government')).toBe(true);
    expect(isOrganisationOfKind(county, 'prefecture-government')).toBe(false);
    expect(actorOfOrganisation(county)).toEqual({ organisation: county.id, kind: 'county-government' });
  });

  it('makes a command of a type with its fields', () => {
    const by = { organisation: organisations[4]!.id, kind: 'prefecture-government' as const };
    const at = timestamp('2011-04-08T10:00:00+08:00');
    expect(lifecycleCommand('approve-as-prefecture-government', { by, at })).toEqual({ type: 'approve-as-prefecture-government', by, at });
  });
});

describe('the lifecycle tables for the docs', () => {
  it('list every state with its Chinese and English names and its IATI and OC4IDS codes', () => {
    const lines = formatLifecycleTable('states').split('\n');
    expect(lines.slice(0, 2)).toEqual(['| status | 中文 | meaning | IATI | OC4IDS |', '|---|---|---|---|---|']);
    expect(lines).toHaveLength(lifecycleStates.length + 2);
    const implementing = lifecycleStates.find((state) => state.status === 'in-implementation');
    expect(lines).toContain(`| \`in-implementation\` | ${implementing?.zh} | ${implementing?.en} | 2 | implementation |`);
    expect(lines.find((line) => line.startsWith('| `suspended`'))).toMatch(/\| 6 \| \(state before\) \|$/);
  });

  it('list every move with the states it leaves, its command, its event, where it goes and who makes it', () => {
    const lines = formatLifecycleTable('moves').split('\n');
    expect(lines.slice(0, 2)).toEqual(['| from | command | event | to | by |', '|---|---|---|---|---|']);
    expect(lines).toHaveLength(lifecycleTransitions.length + 2);
    expect(lines).toContain('| `proposed` | `pass-expert-review` | `expert-review-passed` | `reviewed` | expert-review-team |');
    expect(lines.some((line) => line.includes('| (the state it was suspended in) |'))).toBe(true);
  });
});

describe('a stored log replayed', () => {
  it('is refused as it is read when it is not a log, before any event is replayed', () => {
    expect(replayEventLog(roadProject.id, 'log')).toMatchObject({ ok: false, issues: [{ code: 'invalid-type', path: [] }] });
  });
});

describe('a state', () => {
  it('is looked up by its status, and an unknown status is refused', () => {
    expect(stateDefinition('closed').status).toBe('closed');
    expect(() => stateDefinition('finished' as never)).toThrow(new RangeError('Unknown lifecycle status finished.'));
  });
});
