import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actorOf,
  isOrganisationOfKind,
  lifecycleCommand,
  lifecycleCommandTypes,
  parseLifecycleCommand,
  PairingAidError,
  recordLifecycleCommand,
  timestamp,
  toLifecycleCommand,
  type LifecycleCommand,
} from '../../src/index.js';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import { commandFor, reachEveryState } from '../lifecycle/fixtures.js';
import { commandOf, dafangProject, drafted, recordUntil } from './fixtures.js';

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('parseLifecycleCommand', () => {
  it('reads back every command of the lifecycle, as an app stored or sent it', () => {
    const seen = new Set<string>();
    for (const { lifecycle, day } of reachEveryState().values()) {
      for (const type of lifecycleCommandTypes) {
        const command = commandFor(lifecycle, type, timestamp(`2011-12-${String(1 + (day % 28)).padStart(2, '0')}T10:00:00+08:00`));
        const parsed = parseLifecycleCommand(asJson(command));
        expect(parsed.ok ? asJson(parsed.value) : parsed.issues).toEqual(asJson(command));
        seen.add(type);
      }
    }
    expect([...seen].sort()).toEqual([...lifecycleCommandTypes].sort());
  });

  it('refuses what is not a command, naming each problem and where it is', () => {
    const refused = parseLifecycleCommand({ type: 'reject', by: { organisation: 'bijie-government', kind: 'mayor' }, at: '2011-03-08T10:00+08:00', reason: ' ', extra: 1 });
    expect(refused.ok || refused.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['invalid-value', 'by.kind'],
      ['reason-required', 'reason'],
      ['unrecognized-key', ''],
    ]);
    expect(parseLifecycleCommand({ type: 'teleport' }).ok || 'refused').toBe('refused');
  });

  it('never throws, whatever it is given; its twin throws only the library’s own error', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (input) => {
        const parsed = parseLifecycleCommand(input);
        expect(typeof parsed.ok).toBe('boolean');
        if (!parsed.ok) expect(() => toLifecycleCommand(input)).toThrow(PairingAidError);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a command that the record then decides against the programme', () => {
    const reviewed = recordUntil(drafted(), dafangProject, 'pass-expert-review');
    const fromForm = toLifecycleCommand(asJson(commandOf(dafangProject, 'approve-as-county-department')));
    expect(recordLifecycleCommand(reviewed, dafangProject, fromForm).ok).toBe(true);
  });
});

describe('a command built from a stored organisation record', () => {
  it('type-checks once the record is narrowed to its kind', () => {
    const stored = seedProgramme2011.organisations.find((organisation) => organisation.id === 'gov-522422');
    if (stored === undefined || !isOrganisationOfKind(stored, 'county-government')) throw new Error('no Dafang government');
    const command: LifecycleCommand = lifecycleCommand('approve-as-county-government', { by: actorOf(stored), at: timestamp('2011-03-08T10:00:00+08:00') });
    expect(command.by).toEqual({ organisation: 'gov-522422', kind: 'county-government' });
  });
});
