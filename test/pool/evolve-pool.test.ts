import { describe, expect, it } from 'vitest';
import { amount, evolvePool, issueTermsZh, projectId, replayPool, translateIssue, type PoolEvent } from '../../src/index.js';
import { countyOffice, happyPath, on, seedPoolEntry2012, township, village, walk } from './fixtures.js';

const { events } = walk(happyPath);
const [proposed, announced, reviewed, pooled, adjusted, selected] = events as readonly PoolEvent[];

describe('evolvePool', () => {
  it('starts an entry at its proposal: its id, the entry as proposed, its proposer, no announcement yet, one event', () => {
    const standing = evolvePool(undefined, proposed!);
    expect(standing).toEqual({
      ok: true,
      value: { entry: 'DF-2013-01', status: 'proposed-to-pool', current: seedPoolEntry2012, proposer: 'village-dafang-lilin', announcements: [], lastEventAt: proposed!.at, version: 1 },
    });
  });

  it('records each level’s announcement with the days it runs, and counts the events', () => {
    const after = walk(happyPath.slice(0, 4)).standing!;
    expect(after.announcements).toEqual([
      { level: 'village', period: (announced as Extract<PoolEvent, { period: unknown }>).period },
      { level: 'township', period: (reviewed as Extract<PoolEvent, { period: unknown }>).period },
      { level: 'county', period: (pooled as Extract<PoolEvent, { period: unknown }>).period },
    ]);
    expect([after.version, after.lastEventAt, after.proposer]).toEqual([4, pooled!.at, 'village-dafang-lilin']);
  });

  it('names the day of pooling only once the county has pooled the entry, not at the lower levels’ announcements', () => {
    expect(walk(happyPath.slice(0, 2)).standing).not.toHaveProperty('pooledOn');
    expect(walk(happyPath.slice(0, 3)).standing).not.toHaveProperty('pooledOn');
    expect(walk(happyPath.slice(0, 4)).standing?.pooledOn).toBe('2012-03-26');
  });

  it('applies a fourth-quarter adjustment to the entry as it stands, keeping its status', () => {
    const before = walk(happyPath.slice(0, 4)).standing!;
    const after = evolvePool(before, adjusted!);
    expect(after.ok && [after.value.status, after.value.current.project.budget.toJSON(), after.value.current.construction, after.value.announcements.length]).toEqual([
      'pooled',
      '850000.00',
      'new',
      3,
    ]);
  });

  it('records the plan year of a selection', () => {
    const before = walk(happyPath.slice(0, 5)).standing!;
    const after = evolvePool(before, selected!);
    expect(after.ok && [after.value.status, after.value.planYear, after.value.version]).toEqual(['selected-for-plan', 2013, 6]);
  });

  it('returns an entry to its proposer with nothing else changed, and a revision starts it again by the reviser', () => {
    const before = walk(happyPath.slice(0, 3)).standing!;
    const returned = walk([{ type: 'return-to-proposer', by: countyOffice, at: on('2012-03-20'), reason: '资料不全' }], before).standing!;
    expect(returned).toEqual({ ...before, status: 'returned-to-proposer', lastEventAt: on('2012-03-20'), version: 4 });
    const revisedEntry = { ...seedPoolEntry2012, construction: 'rebuilt-or-expanded' as const };
    const revised = walk([{ type: 'revise-proposal', by: township, at: on('2012-03-25'), entry: revisedEntry }], returned).standing!;
    expect(revised).toEqual({ entry: 'DF-2013-01', status: 'proposed-to-pool', current: revisedEntry, proposer: 'township-dafang-example', announcements: [], lastEventAt: on('2012-03-25'), version: 5 });
  });

  it('withdraws an entry, keeping what it was', () => {
    const before = walk(happyPath.slice(0, 2)).standing!;
    const withdrawn = walk([{ type: 'withdraw-from-pool', by: village, at: on('2012-03-05'), reason: '已由其他资金安排' }], before).standing!;
    expect(withdrawn).toEqual({ ...before, status: 'withdrawn-from-pool', lastEventAt: on('2012-03-05'), version: 3 });
  });

  describe('edge cases', () => {
    it('refuses a move before the proposal and a second proposal, naming the event and the status', () => {
      expect(evolvePool(undefined, announced!)).toEqual({
        ok: false,
        issues: [expect.objectContaining({ code: 'pool-event-out-of-order', path: ['type'], params: { event: 'announced-in-village', status: 'none' } })],
      });
      const standing = walk(happyPath.slice(0, 1)).standing!;
      expect(evolvePool(standing, proposed!)).toMatchObject({ ok: false, issues: [{ code: 'pool-event-out-of-order', params: { event: 'proposed-to-pool', status: 'proposed-to-pool' } }] });
    });

    it('refuses an event it does not know, in both languages', () => {
      const unknown = evolvePool(walk(happyPath.slice(0, 1)).standing, { ...announced!, type: 'approved' } as unknown as PoolEvent);
      expect(unknown).toMatchObject({ ok: false, issues: [{ code: 'pool-event-out-of-order', params: { event: 'approved', status: 'proposed-to-pool' } }] });
      const inherited = evolvePool(undefined, { ...proposed!, type: 'toString' } as unknown as PoolEvent);
      expect(inherited).toMatchObject({ ok: false, issues: [{ code: 'pool-event-out-of-order', params: { event: 'toString' } }] });
      const outOfOrder = evolvePool(undefined, selected!);
      expect(outOfOrder.ok || translateIssue(outOfOrder.issues[0]!, 'zh', issueTermsZh).message).toBe('项目库事件“纳入年度计划”不能接在状态“尚未申报”之后。');
    });

    it('refuses an event of another entry', () => {
      const standing = walk(happyPath.slice(0, 1)).standing!;
      expect(evolvePool(standing, { ...announced!, entry: projectId('DF-2013-02') })).toEqual({
        ok: false,
        issues: [expect.objectContaining({ code: 'pool-entry-mismatch', path: ['entry'], params: { expected: 'DF-2013-01', found: 'DF-2013-02' } })],
      });
    });
  });
});

describe('replayPool', () => {
  it('rebuilds the standing from the events, oldest first', () => {
    expect(replayPool(events)).toEqual({ ok: true, value: walk(happyPath).standing });
    expect(replayPool([])).toEqual({ ok: true, value: undefined });
  });

  it('names the first event that cannot follow by its index', () => {
    const replayed = replayPool([proposed!, announced!, proposed!, announced!]);
    expect(replayed).toMatchObject({ ok: false, issues: [{ code: 'pool-event-out-of-order', path: [2, 'type'] }] });
    expect(replayed.ok || replayed.issues).toHaveLength(1);
  });

  it('takes the budget the adjustments left, however many there were', () => {
    const second = { ...adjusted!, alterations: { budget: { before: amount('850000'), after: amount('900000') } } } as PoolEvent;
    const replayed = replayPool([proposed!, announced!, reviewed!, pooled!, adjusted!, second]);
    expect(replayed.ok && replayed.value?.current.project.budget.toJSON()).toBe('900000.00');
  });
});
