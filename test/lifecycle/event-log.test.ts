import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { createHash } from 'node:crypto';
import {
  appendToEventLog,
  applyLifecycleCommand,
  canonicalJson,
  evolveLifecycle,
  genesisHash,
  hashStoredEvent,
  headOfEventLog,
  parseEventLog,
  replayEventLog,
  startLifecycle,
  verifyEventLog,
  type EventLogTampering,
  type Lifecycle,
  type LifecycleEvent,
} from '../../src/index.js';
import { contextFor, commandFor, dayAt, roadProject, rowsFrom, STEP_DAYS } from './fixtures.js';

// A walk through the lifecycle that takes the first legal move of each state, long enough to close the project.
function walkToClosure(): { readonly lifecycle: Lifecycle; readonly events: readonly LifecycleEvent[] } {
  const path = [
    'propose', 'pass-expert-review', 'approve-as-county-department', 'approve-as-county-government', 'approve-as-prefecture-government',
    'announce', 'sign-agreement-as-donor', 'sign-agreement-as-recipient', 'start-implementation', 'complete', 'fail-acceptance',
    'complete-rectification', 'pass-acceptance', 'announce-completion', 'close',
  ] as const;
  let lifecycle: Lifecycle = startLifecycle(roadProject.id);
  const events: LifecycleEvent[] = [];
  path.forEach((type, step) => {
    const applied = applyLifecycleCommand(lifecycle, commandFor(lifecycle, type, dayAt((step + 1) * STEP_DAYS)), contextFor());
    if (!applied.ok) throw new Error(`${type}: ${applied.issues.map((found) => found.code).join(', ')}`);
    lifecycle = applied.value.lifecycle;
    events.push(...applied.value.events);
  });
  return { lifecycle, events };
}

const { lifecycle: closed, events } = walkToClosure();
const log = appendToEventLog([], events);
const stored: unknown[] = JSON.parse(JSON.stringify(log));

describe('appendToEventLog', () => {
  it('numbers the events and chains each to the hash of the one before', () => {
    expect(log.map((entry) => entry.sequence)).toEqual(events.map((_, index) => index));
    expect(log[0]?.previousHash).toBe(genesisHash);
    log.slice(1).forEach((entry, index) => expect(entry.previousHash).toBe(log[index]?.hash));
  });

  it('leaves the log it was given as it was', () => {
    const first = appendToEventLog([], events.slice(0, 3));
    const copy = structuredClone(first);
    const longer = appendToEventLog(first, events.slice(3));
    expect(first).toEqual(copy);
    expect(longer).toEqual(log);
  });

  it('hashes the canonical JSON with SHA-256, as any app can recompute', () => {
    const entry = log[4];
    if (!entry) throw new Error('no entry');
    const text = canonicalJson({ sequence: entry.sequence, previousHash: entry.previousHash, event: entry.event });
    expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(entry.hash);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes amounts as their decimal strings', () => {
    expect(canonicalJson({ b: { d: 1, c: [{ f: true, e: null }] }, a: roadProject.budget })).toBe('{"a":"800000.00","b":{"c":[{"e":null,"f":true}],"d":1}}');
  });

  it('gives the same text whatever order the keys were written in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(object));
        expect(JSON.parse(canonicalJson(object))).toEqual(JSON.parse(JSON.stringify(object)));
      }),
    );
  });

  it('escapes keys as JSON does, however many different keys it has written before', () => {
    const many = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`key "${i}"\n\u2028`, i]));
    const sorted = Object.fromEntries(Object.entries(many).sort(([a], [b]) => (a < b ? -1 : 1)));
    expect(canonicalJson(many)).toBe(JSON.stringify(sorted));
    expect(canonicalJson(many)).toBe(JSON.stringify(sorted));
    expect(canonicalJson({ '"': 1, '\\': 2, é: 3 })).toBe('{"\\"":1,"\\\\":2,"é":3}');
  });
});

describe('verifyEventLog', () => {
  it('accepts an untouched log, as stored and read back as JSON', () => {
    expect(verifyEventLog(log)).toEqual({ ok: true, value: { length: log.length, head: headOfEventLog(log) } });
    expect(verifyEventLog(stored, { expectedHead: headOfEventLog(log) }).ok).toBe(true);
    expect(verifyEventLog([], { expectedHead: genesisHash }).ok).toBe(true);
  });

  it('pinpoints an altered reason', () => {
    const altered = structuredClone(stored) as { event: { reason?: string } }[];
    const entry = altered[10];
    if (!entry) throw new Error('no entry');
    entry.event.reason = 'all fine';
    expect(verifyEventLog(altered)).toMatchObject({ ok: false, issues: [{ code: 'event-log-altered', path: [10], params: { index: 10, tampering: 'altered' } }] });
  });

  it('pinpoints a removed, an inserted and a reordered event', () => {
    const without = stored.filter((_, index) => index !== 6);
    expect(verifyEventLog(without)).toMatchObject({ ok: false, issues: [{ code: 'event-log-removed', path: [6] }] });
    const doubled = [...stored.slice(0, 7), stored[3], ...stored.slice(7)];
    expect(verifyEventLog(doubled)).toMatchObject({ ok: false, issues: [{ code: 'event-log-inserted', path: [7] }] });
    const swapped = [...stored.slice(0, 6), stored[7], stored[6], ...stored.slice(8)];
    expect(verifyEventLog(swapped)).toMatchObject({ ok: false, issues: [{ code: 'event-log-reordered', path: [6] }] });
  });

  describe('edge cases', () => {
    it('needs the head kept elsewhere to see events cut off the end or added to it', () => {
      const head = headOfEventLog(log);
      expect(verifyEventLog(stored.slice(0, -1)).ok).toBe(true);
      expect(verifyEventLog(stored.slice(0, -1), { expectedHead: head })).toMatchObject({ ok: false, issues: [{ code: 'event-log-removed', path: [log.length - 1] }] });
      expect(verifyEventLog([], { expectedHead: head })).toMatchObject({ ok: false, issues: [{ code: 'event-log-removed', path: [0] }] });
      const extended = appendToEventLog(log, [events[0] as LifecycleEvent]);
      expect(verifyEventLog(extended).ok).toBe(true);
      expect(verifyEventLog(extended, { expectedHead: head })).toMatchObject({ ok: false, issues: [{ code: 'event-log-inserted', path: [log.length] }] });
    });

    it('refuses what is not a list', () => {
      expect(verifyEventLog({ events: [] })).toMatchObject({ ok: false, issues: [{ code: 'invalid-type' }] });
    });
  });

  describe('properties', () => {
    type Edit =
      | { readonly kind: 'alter'; readonly index: number; readonly field: number }
      | { readonly kind: 'remove'; readonly index: number }
      | { readonly kind: 'insert'; readonly index: number; readonly what: 'copy' | 'forged' | 'garbage'; readonly source: number }
      | { readonly kind: 'swap'; readonly index: number; readonly other: number };

    const size = stored.length;
    const edit: fc.Arbitrary<Edit> = fc.oneof(
      fc.record({ kind: fc.constant('alter' as const), index: fc.nat(size - 1), field: fc.nat() }),
      fc.record({ kind: fc.constant('remove' as const), index: fc.nat(size - 1) }),
      fc.record({ kind: fc.constant('insert' as const), index: fc.nat(size), what: fc.constantFrom('copy' as const, 'forged' as const, 'garbage' as const), source: fc.nat(size - 1) }),
      fc.record({ kind: fc.constant('swap' as const), index: fc.nat(size - 1), other: fc.nat(size - 1) }).filter((swap) => swap.index !== swap.other),
    );

    // Every leaf of an entry, as a path, so an alteration can reach any field.
    function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
      if (typeof value !== 'object' || value === null) return [path];
      return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, Array.isArray(value) ? Number(key) : key]));
    }

    function alterAt(entry: unknown, path: readonly (string | number)[]): unknown {
      const copy = structuredClone(entry) as Record<string | number, unknown>;
      let parent = copy;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      const last = path.at(-1) as string | number;
      const value = parent[last];
      parent[last] = typeof value === 'string' ? `${value}·` : typeof value === 'number' ? value + 1 : typeof value === 'boolean' ? !value : 'changed';
      return copy;
    }

    function applyEdit(entries: readonly unknown[], change: Edit): { readonly edited: unknown[]; readonly expected: EventLogTampering } {
      const edited = [...entries];
      switch (change.kind) {
        case 'alter': {
          const paths = leaves(entries[change.index]);
          edited[change.index] = alterAt(entries[change.index], paths[change.field % paths.length] ?? []);
          return { edited, expected: 'altered' };
        }
        case 'remove':
          edited.splice(change.index, 1);
          return { edited, expected: 'removed' };
        case 'insert': {
          let intruder: unknown = structuredClone(entries[change.source]);
          if (change.what === 'garbage') intruder = change.source % 2 === 0 ? { sequence: change.index, previousHash: 'x', hash: 'y', event: {} } : 42;
          if (change.what === 'forged') {
            // A forger who chains a made-up event onto its new predecessor.
            const event = { ...(entries[change.source] as { event: object }).event, reason: 'forged' };
            const previousHash = change.index === 0 ? genesisHash : (entries[change.index - 1] as { hash: string }).hash;
            const sequence = change.index;
            intruder = { sequence, previousHash, hash: hashStoredEvent({ sequence, previousHash, event }), event };
          }
          edited.splice(change.index, 0, intruder);
          return { edited, expected: 'inserted' };
        }
        case 'swap':
          edited[change.index] = entries[change.other];
          edited[change.other] = entries[change.index];
          return { edited, expected: 'reordered' };
      }
    }

    // Where a tampered log first differs from the honest one.
    function firstDifference(edited: readonly unknown[], original: readonly unknown[]): number {
      let index = 0;
      while (index < edited.length && index < original.length && isDeepStrictEqual(edited[index], original[index])) index++;
      return index;
    }

    it('detects every single edit of a stored log and locates where it starts', () => {
      fc.assert(
        fc.property(edit, (change) => {
          const { edited, expected } = applyEdit(stored, change);
          const verified = verifyEventLog(edited, { expectedHead: headOfEventLog(log) });
          expect(verified.ok).toBe(false);
          if (verified.ok) return;
          expect(verified.issues).toHaveLength(1);
          expect(verified.issues[0]?.code).toBe(`event-log-${expected}`);
          expect(verified.issues[0]?.path).toEqual([firstDifference(edited, stored)]);
        }),
        { numRuns: 500 },
      );
    });

    it('a verified log read back replays to the current state', () => {
      fc.assert(
        fc.property(fc.nat(size), (length) => {
          const prefix = log.slice(0, length);
          const json: unknown = JSON.parse(JSON.stringify(prefix));
          const replayed = replayEventLog(roadProject.id, json, { expectedHead: headOfEventLog(prefix) });
          const folded = events.slice(0, length).reduce(evolveLifecycle, startLifecycle(roadProject.id) as Lifecycle);
          expect(replayed.ok).toBe(true);
          if (replayed.ok) expect(replayed.value).toEqual(folded);
        }),
      );
    });
  });
});

describe('parseEventLog', () => {
  it('reads a stored log back with amounts as amounts', () => {
    const parsed = parseEventLog(stored);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const announced = parsed.value.find((entry) => entry.event.type === 'announced-before-implementation')?.event;
    expect(announced?.type === 'announced-before-implementation' && announced.announcement.rows[0]?.amount?.fen).toBe(80000000n);
    expect(parsed.value).toEqual(log);
  });

  it('reports the tampering before any shape problem', () => {
    const altered = structuredClone(stored) as { event: { at: string } }[];
    (altered[2] as { event: { at: string } }).event.at = 'yesterday';
    expect(parseEventLog(altered)).toMatchObject({ ok: false, issues: [{ code: 'event-log-altered', path: [2] }] });
  });

  it('reports shape problems with their paths when the chain itself was rebuilt around them', () => {
    const bad = structuredClone(stored) as { event: Record<string, unknown> }[];
    (bad[1] as { event: Record<string, unknown> }).event.at = '2011-03-12T10:00:00';
    const rechained = appendToEventLog([], bad.map((entry) => entry.event) as unknown as LifecycleEvent[]);
    expect(parseEventLog(JSON.parse(JSON.stringify(rechained)))).toMatchObject({ ok: false, issues: [{ code: 'timestamp-invalid', path: [1, 'event', 'at'] }] });
  });

  it('refuses an amount written other than as the library writes it, even under a hash taken over that form', () => {
    const index = events.findIndex((event) => event.type === 'announced-before-implementation');
    for (const written of ['800000', '800000.0', '0800000.00']) {
      const raw = structuredClone(stored) as { event: { announcement: { rows: { amount: string }[] } } }[];
      (raw[index] as (typeof raw)[number]).event.announcement.rows[0]!.amount = written;
      // Rechained over the raw JSON, so the chain itself holds.
      const rechained = appendToEventLog([], raw.map((entry) => entry.event) as unknown as LifecycleEvent[]);
      expect(verifyEventLog(rechained).ok).toBe(true);
      expect(parseEventLog(JSON.parse(JSON.stringify(rechained)))).toMatchObject({
        ok: false,
        issues: [{ code: 'amount-stored-form', path: [index, 'event', 'announcement', 'rows', 0, 'amount'], params: { input: written } }],
      });
    }
  });

  it('reads every log it accepts back from its own JSON: the hashes hold over what it returns', () => {
    const parsed = parseEventLog(stored);
    expect(parsed.ok && verifyEventLog(JSON.parse(JSON.stringify(parsed.value))).ok).toBe(true);
  });

  it('reports a blank reason on an event that needs one, under the library’s code', () => {
    const failed = events.find((event) => event.type === 'acceptance-failed');
    expect(failed).toBeDefined();
    const blank = events.map((event) => (event === failed ? { ...event, reason: '  ' } : event));
    const parsed = parseEventLog(JSON.parse(JSON.stringify(appendToEventLog([], blank))));
    expect(parsed).toMatchObject({ ok: false, issues: [{ code: 'reason-required', path: [events.indexOf(failed as never), 'event', 'reason'] }] });
  });
});

describe('replayEventLog', () => {
  it('gives the lifecycle the commands gave', () => {
    const replayed = replayEventLog(roadProject.id, stored, { expectedHead: headOfEventLog(log) });
    expect(replayed.ok && replayed.value.status).toBe('closed');
    expect(replayed.ok && replayed.value).toEqual(closed);
  });

  it('refuses a rechained log whose events cannot follow each other', () => {
    const skipped = appendToEventLog([], [events[0], events[2]] as LifecycleEvent[]);
    expect(replayEventLog(roadProject.id, JSON.parse(JSON.stringify(skipped)))).toMatchObject({ ok: false, issues: [{ code: 'event-not-applicable', path: [1, 'event', 'type'] }] });
  });

  it('lists the first legal moves a walk can take', () => {
    expect(rowsFrom('drafted').map((row) => row.command)).toEqual(['propose']);
  });
});

