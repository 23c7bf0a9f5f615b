import { describe, expect, it } from 'vitest';
import { appendToEventLog, genesisHash, hashStoredEvent, headOfEventLog, verifyEventLog, type StoredLifecycleEvent as StoredEvent } from '../../src/index.js';
import { reachEveryState } from './fixtures.js';

// The stored log of a project walked to its closure, as read back from storage.
const events = reachEveryState().get('closed')?.events ?? [];
const log = appendToEventLog([], events);
const stored = JSON.parse(JSON.stringify(log)) as StoredEvent[];
const last = stored.length - 1;
const head = headOfEventLog(log);

/** An entry a forger made: any number, any predecessor, and a hash that matches what it holds. */
function forged(sequence: unknown, previousHash: string, reason = 'forged'): unknown {
  const event = { ...(stored[3] as StoredEvent).event, reason };
  return { sequence, previousHash, hash: hashStoredEvent({ sequence: sequence as number, previousHash, event }), event };
}
const hashOf = (index: number): string => (index < 0 ? genesisHash : (stored[index] as StoredEvent).hash);
const verdict = (entries: readonly unknown[], expectedHead?: string) => {
  const verified = verifyEventLog(entries, expectedHead === undefined ? {} : { expectedHead });
  return verified.ok ? 'intact' : `${String(verified.issues[0]?.params?.['tampering'])} at ${String(verified.issues[0]?.path[0])}`;
};
const withEntry = (index: number, entry: unknown): unknown[] => stored.map((original, at) => (at === index ? entry : original));
const inserted = (index: number, ...entries: unknown[]): unknown[] => [...stored.slice(0, index), ...entries, ...stored.slice(index)];

describe('a stored log read back', () => {
  it('is refused, naming what it is, when it is not a list', () => {
    expect(verifyEventLog('log')).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'invalid-type', path: [], params: { expected: 'array', received: 'string' } })] });
  });

  it('is altered where an entry is not an entry at all', () => {
    for (const garbage of [null, 42, 'entry', [], [stored[4]]]) expect(verdict(withEntry(4, garbage)), JSON.stringify(garbage)).toBe('altered at 4');
    expect(verdict(withEntry(last, null))).toBe('altered at ' + last);
  });

  it('is altered where an entry’s number is written as text or its hash as a number, though they match', () => {
    expect(verdict(withEntry(5, forged('5', hashOf(4))))).toBe('altered at 5');
    expect(verdict(withEntry(5, { ...(stored[5] as StoredEvent), hash: 5 }))).toBe('altered at 5');
  });

  it('is altered where an entry holds what JSON cannot, however it was hashed', () => {
    const entry = { ...(stored[5] as StoredEvent), event: { ...(stored[5] as StoredEvent).event, reason: 1n } };
    expect(verdict(withEntry(5, entry))).toBe('altered at 5');
  });

  it('is altered where an entry in its place is chained to another predecessor, its hash made to match', () => {
    expect(verdict(withEntry(6, forged(6, hashOf(2))))).toBe('altered at 6');
    expect(verdict(withEntry(last, forged(last, genesisHash)))).toBe(`altered at ${last}`);
  });

  it('does not take an entry chained to the right predecessor under another number', () => {
    expect(verdict(withEntry(last, forged(99, hashOf(last - 1))))).not.toBe('intact');
    expect(verdict(withEntry(6, forged(99, hashOf(5))))).not.toBe('intact');
  });

  it('has an entry inserted where one claims the number before the first', () => {
    expect(verdict([forged(-1, genesisHash), ...stored])).toBe('inserted at 0');
  });

  it('has an entry inserted where it repeats the one before it', () => {
    expect(verdict(inserted(7, stored[6]))).toBe('inserted at 7');
    expect(verdict([...stored, stored[last]])).toBe(`inserted at ${last + 1}`);
  });

  it('has an entry inserted where it claims to follow the next one but bears another number', () => {
    expect(verdict(inserted(7, forged(20, hashOf(7))))).toBe('inserted at 7');
    expect(verdict(inserted(7, forged(8, genesisHash)))).toBe('inserted at 7');
  });

  it('is reordered where two neighbours changed places, whatever follows them', () => {
    const swapped = [...stored.slice(0, 6), stored[7], stored[6], ...stored.slice(8)];
    expect(verdict(swapped)).toBe('reordered at 6');
    expect(verdict([...swapped, 42])).toBe('reordered at 6');
    expect(verdict([...swapped, null])).toBe('reordered at 6');
  });
});

describe('two entries that claim one place', () => {
  const rival = (index: number) => forged(index, hashOf(index - 1));

  it('in the middle of a log: the one the chain does not go on from was inserted, head or no head', () => {
    expect(verdict(inserted(6, rival(6)))).toBe('inserted at 6');
    expect(verdict(inserted(6, rival(6)), head)).toBe('inserted at 6');
    // The rival stands in the place of the genuine event, which is gone.
    expect(verdict(withEntry(7, rival(6)))).toBe('inserted at 7');
    expect(verdict([...withEntry(7, rival(6)).slice(0, 8), 42])).toBe('inserted at 7');
  });

  it('at the end of a log with no head kept apart: the place is in doubt, whichever came first', () => {
    expect(verdict(inserted(last, rival(last)))).toBe(`ambiguous at ${last}`);
    expect(verdict([...stored, rival(last)])).toBe(`ambiguous at ${last}`);
  });

  it('at the end of a log with its head kept apart: the one the head is not was inserted', () => {
    expect(verdict(inserted(last, rival(last)), head)).toBe(`inserted at ${last}`);
    expect(verdict([...stored, rival(last)], head)).toBe(`inserted at ${last + 1}`);
  });

  it('only when both follow the same predecessor under the number of the place', () => {
    expect(verdict([...stored, forged(last, genesisHash)])).toBe(`inserted at ${last + 1}`);
    expect(verdict([...stored, forged(last - 4, hashOf(last - 1))])).toBe(`inserted at ${last + 1}`);
  });
});
