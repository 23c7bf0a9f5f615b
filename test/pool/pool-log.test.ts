import { describe, expect, it } from 'vitest';
import { appendToPoolLog, canonicalJson, parsePoolCommand, parsePoolLog, replayPoolLog, type PoolEvent } from '../../src/index.js';
import { happyPath, on, seedPoolEntry2012, township, village, walk } from './fixtures.js';

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const { events, log, standing } = walk(happyPath);
const issuesOf = (parsed: { ok: boolean; issues?: readonly { code: string; path: readonly (string | number)[] }[] }) => (parsed.ok ? [] : parsed.issues!.map((found) => [found.code, found.path]));

describe('appendToPoolLog', () => {
  it('numbers the events from the log’s end and chains each to the one before', () => {
    const first = appendToPoolLog([], events.slice(0, 2));
    const longer = appendToPoolLog(first, events.slice(2));
    expect(longer.map((stored) => stored.sequence)).toEqual([0, 1, 2, 3, 4, 5].map((index) => longer[0]!.sequence + index));
    expect(longer.slice(1).every((stored, index) => stored.previousHash === longer[index]!.hash)).toBe(true);
    expect(canonicalJson(longer)).toBe(canonicalJson(log));
    expect(first).toHaveLength(2);
  });
});

// The schemas are built on the first read, so the first test of each reader reads every kind of event and command.
describe('parsePoolLog', () => {
  it('reads a stored log back, amounts and all, and the events of a return, a revision and a withdrawal, which carry no period', () => {
    const parsed = parsePoolLog(asJson(log));
    expect(parsed.ok && canonicalJson(parsed.value)).toBe(canonicalJson(log));
    expect(parsed.ok && parsed.value[0]?.event.type === 'proposed-to-pool' && parsed.value[0].event.proposal.project.budget.toJSON()).toBe('800000.00');
    const returned = walk([{ type: 'return-to-proposer', by: township, at: on('2012-03-05'), reason: '资料不全' }], walk(happyPath.slice(0, 2)).standing);
    const revised = walk([{ type: 'revise-proposal', by: village, at: on('2012-03-06'), entry: seedPoolEntry2012 }], returned.standing);
    const withdrawn = walk([{ type: 'withdraw-from-pool', by: village, at: on('2012-03-07'), reason: '不再实施' }], revised.standing);
    const stored = appendToPoolLog([], [...events.slice(0, 2), ...returned.events, ...revised.events, ...withdrawn.events]);
    const replayed = replayPoolLog(asJson(stored));
    expect(replayed.ok && canonicalJson(replayed.value)).toBe(canonicalJson(withdrawn.standing));
  });

  it('reports what is no log before any shape', () => {
    expect(parsePoolLog('log').ok).toBe(false);
    expect(parsePoolLog({}).ok).toBe(false);
  });

  it('reports every shape problem of an event under its index, the chain being intact', () => {
    const proposed = events[0] as Extract<PoolEvent, { proposal: unknown }>;
    const broken = [
      { ...proposed, proposal: { ...proposed.proposal, construction: 'demolished' } },
      { ...events[1]!, period: undefined, note: 'x' },
    ] as unknown as PoolEvent[];
    expect(issuesOf(parsePoolLog(asJson(appendToPoolLog([], broken))))).toEqual([
      ['invalid-value', [0, 'event', 'proposal', 'construction']],
      ['invalid-type', [1, 'event', 'period']],
      ['unrecognized-key', [1, 'event']],
    ]);
  });

  it('refuses an amount of a stored event written other than as the library writes it', () => {
    const stored = asJson(log) as { event: { proposal?: { project: { budget: string } } } }[];
    const proposal = stored[0]!.event.proposal!;
    const rechained = appendToPoolLog([], [{ ...(events[0] as PoolEvent), proposal: { ...proposal, project: { ...proposal.project, budget: '800000' } } } as unknown as PoolEvent]);
    expect(issuesOf(parsePoolLog(asJson(rechained)))).toEqual([['amount-stored-form', [0, 'event', 'proposal', 'project', 'budget']]]);
  });

  it('refuses an input it cannot read, never throwing', () => {
    const hostile = new Proxy([], { get: () => { throw new Error('no'); } });
    expect(parsePoolLog(hostile).ok).toBe(false);
  });
});

describe('replayPoolLog', () => {
  it('replays a stored log to where the entry stands, and an empty log to nothing', () => {
    const replayed = replayPoolLog(asJson(log));
    expect(replayed.ok && canonicalJson(replayed.value)).toBe(canonicalJson(standing));
    expect(replayPoolLog([])).toEqual({ ok: true, value: undefined });
  });

  it('names an event that cannot follow under its index and `event`', () => {
    const outOfOrder = appendToPoolLog([], [events[0]!, events[2]!, events[0]!]);
    const replayed = replayPoolLog(asJson(outOfOrder));
    expect(issuesOf(replayed)).toEqual([['pool-event-out-of-order', [2, 'event', 'type']]]);
  });

  it('passes on the problems of reading the log', () => {
    expect(replayPoolLog('log').ok).toBe(false);
  });
});

describe('parsePoolCommand', () => {
  it('reads every command from JSON: an entry’s way to the plan, a revision, a return and a withdrawal', () => {
    for (const command of happyPath) {
      const parsed = parsePoolCommand(asJson(command));
      expect(parsed.ok && canonicalJson(parsed.value)).toBe(canonicalJson(command));
    }
    const by = { organisation: 'village-dafang-lilin', kind: 'village-committee' };
    const at = '2012-03-25T09:00:00+08:00';
    const revision = { type: 'revise-proposal', by, at, entry: (asJson(happyPath[0]) as { entry: unknown }).entry };
    expect(parsePoolCommand(revision).ok).toBe(true);
    expect(parsePoolCommand({ type: 'return-to-proposer', by, at, reason: '资料不全' }).ok).toBe(true);
    expect(parsePoolCommand({ type: 'withdraw-from-pool', by, at, reason: '不再实施' }).ok).toBe(true);
  });

  it('takes an amount in any JSON form of an amount, as an app sends it', () => {
    const proposal = asJson(happyPath[0]) as { entry: { project: { budget: string } } };
    proposal.entry.project.budget = '800000';
    const parsed = parsePoolCommand(proposal);
    expect(parsed.ok && parsed.value.type === 'propose-to-pool' && parsed.value.entry.project.budget.toJSON()).toBe('800000.00');
  });

  it('refuses an unknown command, an unknown field and a field of another command, each at its path', () => {
    const announce = asJson(happyPath[1]) as Record<string, unknown>;
    expect(issuesOf(parsePoolCommand({ ...announce, type: 'approve' }))).toEqual([['invalid-value', ['type']]]);
    expect(issuesOf(parsePoolCommand({ ...announce, planYear: 2013 }))).toEqual([['unrecognized-key', []]]);
    expect(issuesOf(parsePoolCommand({ ...(asJson(happyPath[5]) as object), planYear: 2013.5 }))).toEqual([['invalid-type', ['planYear']]]);
  });

  it('wants a reason, not blank, for the moves that need one, and takes one as text for the others', () => {
    const withdraw = { type: 'withdraw-from-pool', by: { organisation: 'poverty-office-522422', kind: 'county-department' }, at: '2012-04-10T09:00:00+08:00' };
    expect(issuesOf(parsePoolCommand(withdraw))).toEqual([['invalid-type', ['reason']]]);
    expect(parsePoolCommand({ ...withdraw, reason: ' ' })).toMatchObject({ ok: false, issues: [{ code: 'reason-required', path: ['reason'], params: { command: 'withdraw-from-pool' } }] });
    expect(parsePoolCommand({ ...withdraw, reason: '不再实施' }).ok).toBe(true);
    const announce = asJson(happyPath[1]) as Record<string, unknown>;
    expect(parsePoolCommand({ ...announce, reason: '' }).ok).toBe(true);
    expect(issuesOf(parsePoolCommand({ ...announce, reason: 5 }))).toEqual([['invalid-type', ['reason']]]);
  });

  it('checks the entry’s own fields: its kind of construction and its schedule', () => {
    const proposal = asJson(happyPath[0]) as { entry: Record<string, unknown> };
    expect(issuesOf(parsePoolCommand({ ...proposal, entry: { ...proposal.entry, construction: 'demolished' } }))).toEqual([['invalid-value', ['entry', 'construction']]]);
    expect(issuesOf(parsePoolCommand({ ...proposal, entry: { ...proposal.entry, schedule: { start: '2013-03-01', end: '2013-02-30' } } }))).toEqual([['invalid-date', ['entry', 'schedule', 'end']]]);
    expect(issuesOf(parsePoolCommand({ ...proposal, entry: { ...proposal.entry, participation: 7 } }))[0]?.[1]).toEqual(['entry', 'participation']);
  });

  it('refuses an input it cannot read, never throwing', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('no'); } });
    expect(parsePoolCommand(hostile).ok).toBe(false);
  });
});
