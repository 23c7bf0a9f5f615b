import { describe, expect, it } from 'vitest';
import {
  actor,
  amount,
  applyPoolCommand,
  decidePool,
  isoDate,
  organisationId,
  timestamp,
  type Actor,
  type PoolCommand,
  type PoolContext,
  type PoolStanding,
} from '../../src/index.js';
import { context, countyGovernment, countyOffice, happyPath, on, seedPoolEntry2012, township, village, walk } from './fixtures.js';

const upTo = (steps: number) => walk(happyPath.slice(0, steps)).standing;
const issuesOf = (standing: PoolStanding | undefined, command: unknown, given: PoolContext = context) => {
  const decided = decidePool(standing, command as PoolCommand, given);
  if (decided.ok) throw new Error(`${String((command as { type?: unknown }).type)} was accepted`);
  return decided.issues;
};
const codesOf = (standing: PoolStanding | undefined, command: unknown, given: PoolContext = context) => {
  const decided = decidePool(standing, command as PoolCommand, given);
  return decided.ok ? [] : decided.issues.map((found) => found.code);
};
const eventOf = (standing: PoolStanding | undefined, command: PoolCommand, given: PoolContext = context) => {
  const decided = decidePool(standing, command, given);
  if (!decided.ok) throw new Error(decided.issues.map((found) => found.code).join(', '));
  return decided.value;
};

describe('decidePool', () => {
  describe('the event of an accepted command', () => {
    it('records the entry, who as organisation and kind only, when, and the proposal', () => {
      const proposer = { ...village, name: '李林村' } as unknown as typeof village;
      expect(eventOf(undefined, { ...happyPath[0]!, by: proposer } as PoolCommand)).toEqual({
        type: 'proposed-to-pool',
        entry: 'DF-2013-01',
        by: { organisation: 'village-dafang-lilin', kind: 'village-committee' },
        at: on('2012-03-01'),
        proposal: seedPoolEntry2012,
      });
    });

    it('records the reason when one is given, and none when it is not', () => {
      expect(eventOf(upTo(1), { ...happyPath[1]!, reason: '按时公示' } as PoolCommand)).toMatchObject({ reason: '按时公示' });
      expect(Object.keys(eventOf(upTo(1), happyPath[1]!))).not.toContain('reason');
    });

    it('records the days the announcement of an announcing move runs, under the programme’s policy', () => {
      expect(eventOf(upTo(1), happyPath[1]!)).toMatchObject({ type: 'announced-in-village', entry: 'DF-2013-01', period: { publishedOn: '2012-03-02', lastDay: '2012-03-12' } });
      const longer = { ...context, announcementPolicy: { announcementDays: 15, dayKind: 'calendar' as const } };
      expect(eventOf(upTo(1), happyPath[1]!, longer)).toMatchObject({ period: { lastDay: '2012-03-17' } });
    });

    it('records the alterations of an adjustment and the plan year of a selection', () => {
      expect(eventOf(upTo(4), happyPath[4]!)).toMatchObject({ type: 'adjusted-in-fourth-quarter', reason: '材料价格上涨，调增投资', alterations: (happyPath[4] as { alterations: unknown }).alterations });
      expect(eventOf(upTo(5), happyPath[5]!)).toMatchObject({ type: 'selected-for-plan', planYear: 2013 });
    });

    it('records a revision with the entry as revised', () => {
      const returned = walk([{ type: 'return-to-proposer', by: township, at: on('2012-03-05'), reason: '资料不全' }], upTo(2)).standing;
      const revised = { ...seedPoolEntry2012, construction: 'continued' as const };
      expect(eventOf(returned, { type: 'revise-proposal', by: village, at: on('2012-03-06'), entry: revised })).toMatchObject({ type: 'proposal-revised', proposal: revised });
    });
  });

  describe('what it refuses', () => {
    it('a command that is not one of the pool’s, naming the type given', () => {
      for (const command of [undefined, null, 'propose-to-pool', { type: 'approve' }, { type: 'toString' }, { type: 7 }]) {
        expect(issuesOf(undefined, command)).toEqual([expect.objectContaining({ code: 'command-unknown', path: ['type'] })]);
      }
      expect(issuesOf(undefined, { type: 'approve' })[0]?.params).toEqual({ type: 'approve' });
      expect(issuesOf(undefined, null)[0]?.params).toEqual({ type: 'undefined' });
      // A type that is not text is refused even when it writes itself as a command's name.
      expect(issuesOf(undefined, { ...happyPath[0]!, type: ['propose-to-pool'] })).toEqual([expect.objectContaining({ code: 'command-unknown', params: { type: 'propose-to-pool' } })]);
    });

    it('a move before the proposal, and a proposal of an entry already proposed, naming the command and the entry', () => {
      expect(issuesOf(undefined, happyPath[1])).toEqual([expect.objectContaining({ code: 'pool-entry-not-proposed', path: ['type'], params: { command: 'announce-in-village' } })]);
      expect(issuesOf(upTo(1), happyPath[0])).toEqual([expect.objectContaining({ code: 'pool-entry-already-proposed', path: ['type'], params: { entry: 'DF-2013-01' } })]);
    });

    it('a move the status does not allow, naming both', () => {
      expect(issuesOf(upTo(1), happyPath[3])).toEqual([expect.objectContaining({ code: 'pool-move-not-allowed', path: ['type'], params: { command: 'review-as-county', status: 'proposed-to-pool' } })]);
    });

    it('a village’s project reviewed by the township before its village announced it', () => {
      expect(issuesOf(upTo(1), { type: 'review-as-township', by: township, at: on('2012-03-13') })).toEqual([
        expect.objectContaining({ code: 'pool-move-not-allowed', path: ['type'], params: { command: 'review-as-township', status: 'proposed-to-pool' } }),
      ]);
      const { location } = seedPoolEntry2012.project;
      const blankVillage = { ...seedPoolEntry2012, project: { ...seedPoolEntry2012.project, location: { ...location, village: ' ' } } };
      const proposed = walk([{ type: 'propose-to-pool', by: township, at: on('2012-03-01'), entry: blankVillage }]).standing;
      expect(codesOf(proposed, { type: 'review-as-township', by: township, at: on('2012-03-02') })).toEqual([]);
    });

    it('an actor of a kind the move does not name, with the kinds it names', () => {
      expect(issuesOf(upTo(4), { ...happyPath[5]!, by: countyOffice })).toEqual([
        expect.objectContaining({ code: 'actor-not-allowed', path: ['by', 'kind'], params: expect.objectContaining({ kind: 'county-department', allowed: 'county-government' }) }),
      ]);
    });

    it('names the status as none for a proposal by a kind that does not propose', () => {
      expect(issuesOf(undefined, { ...happyPath[0]!, by: countyOffice })).toEqual([
        expect.objectContaining({ code: 'actor-not-allowed', params: expect.objectContaining({ command: 'propose-to-pool', status: 'none', allowed: 'village-committee, township-government' }) }),
      ]);
    });

    it('an actor that is no actor, or not registered, before any check of its authority', () => {
      expect(codesOf(undefined, { ...happyPath[0]!, by: 'village' })).toContain('invalid-type');
      expect(codesOf(undefined, { ...happyPath[0]!, by: actor(organisationId('village-unknown'), 'village-committee') })).toEqual(['actor-unregistered']);
      expect(codesOf(undefined, { ...happyPath[0]!, by: { organisation: '', kind: 'village-committee' } })).not.toContain('actor-unregistered');
    });

    it('a move that needs a reason without one, naming the command', () => {
      const withdraw = { type: 'withdraw-from-pool', by: countyOffice, at: on('2012-04-10') };
      expect(issuesOf(upTo(4), withdraw)).toEqual([expect.objectContaining({ code: 'reason-required', path: ['reason'], params: { command: 'withdraw-from-pool' } })]);
      expect(codesOf(upTo(4), { ...withdraw, reason: 12 })).toEqual(['reason-required']);
      expect(codesOf(upTo(4), { ...withdraw, reason: '\n ' })).toEqual(['reason-required']);
      expect(codesOf(upTo(4), { ...withdraw, reason: '不再实施' })).toEqual([]);
    });

    it('a time that is no timestamp, naming what was given, and nothing that needs the day', () => {
      expect(issuesOf(upTo(1), { ...happyPath[1]!, at: '2012-03-02' })).toEqual([expect.objectContaining({ code: 'timestamp-invalid', path: ['at'], params: { input: '2012-03-02' } })]);
      expect(codesOf(upTo(4), { ...happyPath[4]!, at: 'in October' })).toEqual(['timestamp-invalid']);
      expect(codesOf(upTo(2), { type: 'review-as-township', by: township, at: 12 })).toEqual(['timestamp-invalid']);
    });

    it('a move dated before the entry’s last event, naming both times; a move at the same instant is accepted', () => {
      expect(issuesOf(upTo(1), { ...happyPath[1]!, at: on('2012-03-01', 8) })).toEqual([
        expect.objectContaining({ code: 'event-before-previous-event', path: ['at'], params: { at: on('2012-03-01', 8), previous: on('2012-03-01') } }),
      ]);
      expect(codesOf(upTo(1), { ...happyPath[1]!, at: on('2012-03-01') })).toEqual([]);
    });

    it('a proposal without an entry, with every other problem found', () => {
      expect(issuesOf(undefined, { type: 'propose-to-pool', by: village, at: 'soon' })).toEqual([
        expect.objectContaining({ code: 'timestamp-invalid', path: ['at'] }),
        expect.objectContaining({ code: 'invalid-type', path: ['entry'], params: { expected: 'object', received: 'undefined' } }),
      ]);
      expect(codesOf(undefined, { type: 'propose-to-pool', by: village, at: on('2012-03-01'), entry: { project: null } })).toEqual(['invalid-type']);
      expect(codesOf(undefined, { type: 'propose-to-pool', by: village, at: on('2012-03-01'), entry: { project: 'DF-2013-01' } })).toEqual(['invalid-type']);
      expect(codesOf(undefined, { type: 'propose-to-pool', by: village, at: on('2012-03-01'), entry: null })).toEqual(['invalid-type']);
    });

    it('a revision of another entry, naming both', () => {
      const returned = walk([{ type: 'return-to-proposer', by: township, at: on('2012-03-05'), reason: '资料不全' }], upTo(2)).standing;
      const other = { ...seedPoolEntry2012, project: { ...seedPoolEntry2012.project, id: 'DF-2013-02' } };
      expect(issuesOf(returned, { type: 'revise-proposal', by: village, at: on('2012-03-06'), entry: other })).toEqual([
        expect.objectContaining({ code: 'pool-entry-mismatch', path: ['entry', 'project', 'id'], params: { expected: 'DF-2013-01', found: 'DF-2013-02' } }),
      ]);
    });
  });

  describe('announcements', () => {
    it('names the last day of the announcement below, the first day the move may happen, and the day tried', () => {
      expect(issuesOf(upTo(2), { type: 'review-as-township', by: township, at: on('2012-03-12', 23) })).toEqual([
        expect.objectContaining({ code: 'announcement-period-not-over', path: ['at'], params: { lastDay: '2012-03-12', earliestDay: '2012-03-13', day: '2012-03-12' } }),
      ]);
    });

    it('waits for the latest announcement of the level below, not an earlier one', () => {
      const standing = upTo(4)!;
      const later = { ...standing, announcements: [...standing.announcements, { level: 'county' as const, period: { ...standing.announcements[2]!.period, lastDay: isoDate('2012-05-01') } }] };
      expect(codesOf(later, { ...happyPath[5]!, at: on('2012-04-20'), planYear: 2012 })).toEqual(['announcement-period-not-over']);
      expect(codesOf(standing, { ...happyPath[5]!, at: on('2012-04-20'), planYear: 2012 })).toEqual([]);
    });

    it('lets the county withdraw a pooled project while the pool’s announcement runs, and adjust it', () => {
      expect(codesOf(upTo(4), { type: 'withdraw-from-pool', by: countyOffice, at: on('2012-03-30'), reason: '不再实施' })).toEqual([]);
      const standing = upTo(4)!;
      const running = { ...standing, announcements: [...standing.announcements, { level: 'county' as const, period: { ...standing.announcements[2]!.period, lastDay: isoDate('2012-12-31') } }] };
      expect(codesOf(running, happyPath[4])).toEqual([]);
    });

    it('lets the moves that follow no announcement happen at once', () => {
      expect(codesOf(upTo(2), { type: 'return-to-proposer', by: township, at: on('2012-03-03'), reason: '资料不全' })).toEqual([]);
      expect(codesOf(upTo(3), { type: 'withdraw-from-pool', by: village, at: on('2012-03-14'), reason: '不再实施' })).toEqual([]);
    });

    it('reports an announcement policy it cannot count with', () => {
      const broken = { ...context, announcementPolicy: { announcementDays: 0, dayKind: 'calendar' as const } };
      expect(codesOf(upTo(1), happyPath[1], broken)).not.toEqual([]);
      expect(codesOf(upTo(1), { type: 'withdraw-from-pool', by: village, at: on('2012-03-02'), reason: '不再实施' }, broken)).toEqual([]);
    });
  });

  describe('entering the pool and the plan', () => {
    const { povertyLinkage: _linkage, performanceTarget: _target, ...withoutLinkage } = seedPoolEntry2012.project;
    const thin = { ...seedPoolEntry2012, project: withoutLinkage, participation: { zh: '' } };
    const reviewedThin = walk([{ type: 'propose-to-pool', by: village, at: on('2012-03-01'), entry: thin }, ...happyPath.slice(1, 3)]).standing;

    it('pools only an entry with the fields asked for, naming the entry and what it lacks', () => {
      expect(issuesOf(reviewedThin, happyPath[3])).toEqual([
        expect.objectContaining({ code: 'pool-entry-incomplete', path: [], params: { entry: 'DF-2013-01', fields: 'performanceTarget, povertyLinkage, participation' } }),
      ]);
      expect(codesOf(reviewedThin, happyPath[3], { ...context, requiredFields: ['participation'] })).toEqual(['pool-entry-incomplete']);
      expect(codesOf(reviewedThin, happyPath[3], { ...context, requiredFields: ['description'] })).toEqual([]);
    });

    it('selects into the plan only an entry with a performance target and a poverty-linkage mechanism, whatever the pool asks', () => {
      const loose = { ...context, requiredFields: [] };
      const pooled = applyPoolCommand(reviewedThin, happyPath[3]!, loose);
      if (!pooled.ok) throw new Error(pooled.issues.map((found) => found.code).join(', '));
      expect(issuesOf(pooled.value.standing, happyPath[5], loose)).toEqual([
        expect.objectContaining({ code: 'pool-entry-incomplete', path: [], params: { entry: 'DF-2013-01', fields: 'performanceTarget, povertyLinkage' } }),
      ]);
    });

    it('selects into this year’s or next year’s plan, naming the years allowed', () => {
      expect(codesOf(upTo(5), { ...happyPath[5]!, planYear: 2012 })).toEqual([]);
      expect(codesOf(upTo(5), { ...happyPath[5]!, planYear: 2013 })).toEqual([]);
      expect(issuesOf(upTo(5), { ...happyPath[5]!, planYear: 2011 })).toEqual([
        expect.objectContaining({ code: 'pool-plan-year-invalid', path: ['planYear'], params: { planYear: '2011', earliest: '2012', latest: '2013' } }),
      ]);
      expect(codesOf(upTo(5), { ...happyPath[5]!, planYear: 2014 })).toEqual(['pool-plan-year-invalid']);
      expect(codesOf(upTo(5), { ...happyPath[5]!, planYear: 2012.5 })).toEqual(['pool-plan-year-invalid']);
      expect(codesOf(upTo(5), { ...happyPath[5]!, planYear: '2013' })).toEqual(['pool-plan-year-invalid']);
    });

    it('names no years allowed when the time of a selection cannot be read', () => {
      expect(issuesOf(upTo(5), { ...happyPath[5]!, at: 'later', planYear: 'next' })).toEqual([
        expect.objectContaining({ code: 'timestamp-invalid' }),
        expect.objectContaining({ code: 'pool-plan-year-invalid', params: { planYear: 'next', earliest: '', latest: '' } }),
      ]);
      expect(codesOf(upTo(5), { ...happyPath[5]!, at: 'later', planYear: 1999 })).toEqual(['timestamp-invalid']);
    });
  });

  describe('the fourth-quarter adjustment', () => {
    const adjust = happyPath[4] as Extract<PoolCommand, { type: 'adjust-in-fourth-quarter' }>;

    it('happens from the first of October to the end of December, in China time', () => {
      expect(codesOf(upTo(4), { ...adjust, at: on('2012-10-01', 0) })).toEqual([]);
      expect(codesOf(upTo(4), { ...adjust, at: on('2012-12-31', 23) })).toEqual([]);
      expect(issuesOf(upTo(4), { ...adjust, at: timestamp('2012-09-30T15:59:59Z') })).toEqual([
        expect.objectContaining({ code: 'pool-adjustment-outside-fourth-quarter', path: ['at'], params: { day: '2012-09-30' } }),
      ]);
      expect(codesOf(upTo(4), { ...adjust, at: timestamp('2012-09-30T16:00:00Z') })).toEqual([]);
    });

    it('needs a reason', () => {
      const { reason: _reason, ...withoutReason } = adjust;
      expect(codesOf(upTo(4), withoutReason)).toEqual(['reason-required']);
    });

    it('keeps the fields the pool requires, naming what the alterations would take away', () => {
      const target = seedPoolEntry2012.project.performanceTarget!;
      expect(issuesOf(upTo(4), { ...adjust, alterations: { performanceTarget: { before: target, after: { indicators: [] } } } })).toEqual([
        expect.objectContaining({ code: 'pool-entry-incomplete', path: ['alterations'], params: { entry: 'DF-2013-01', fields: 'performanceTarget' } }),
      ]);
    });

    it('is checked against the entry as it stands: a wrong "before" is reported alone', () => {
      const target = seedPoolEntry2012.project.performanceTarget!;
      expect(codesOf(upTo(4), { ...adjust, alterations: { budget: { before: amount('1'), after: amount('2') }, performanceTarget: { before: target, after: { indicators: [] } } } })).toEqual([
        'change-before-mismatch',
      ]);
    });
  });

  describe('who returns and who withdraws', () => {
    it('the township returns what its villages sent, the county what the township sent', () => {
      const returnBy = (by: Actor) => ({ type: 'return-to-proposer', by, at: on('2012-03-25'), reason: '资料不全' });
      expect(codesOf(upTo(1), returnBy(township))).toEqual([]);
      expect(codesOf(upTo(2), returnBy(township))).toEqual([]);
      expect(codesOf(upTo(2), returnBy(countyOffice))).toEqual(['actor-not-allowed']);
      expect(codesOf(upTo(3), returnBy(countyOffice))).toEqual([]);
      expect(codesOf(upTo(3), returnBy(township))).toEqual(['actor-not-allowed']);
    });

    it('a proposer withdraws its own proposal before it is pooled; the county department at any time before the plan', () => {
      const withdrawBy = (by: Actor, day = '2012-04-10') => ({ type: 'withdraw-from-pool', by, at: on(day), reason: '不再实施' });
      expect(codesOf(upTo(3), withdrawBy(township))).toEqual([]);
      expect(codesOf(upTo(3), withdrawBy(countyOffice))).toEqual([]);
      expect(codesOf(upTo(4), withdrawBy(countyOffice))).toEqual([]);
      expect(codesOf(upTo(4), withdrawBy(township))).toEqual(['actor-not-allowed']);
      expect(codesOf(upTo(4), withdrawBy(countyGovernment))).toEqual(['actor-not-allowed']);
      expect(codesOf(upTo(1), withdrawBy(village, '2012-03-01'))).toEqual([]);
      expect(codesOf(upTo(2), withdrawBy(village))).toEqual([]);
      const returned = walk([{ type: 'return-to-proposer', by: township, at: on('2012-03-05'), reason: '资料不全' }], upTo(2)).standing;
      expect(codesOf(returned, withdrawBy(village))).toEqual([]);
      expect(codesOf(walk([happyPath[5]!], upTo(5)).standing, withdrawBy(countyOffice, '2012-12-01'))).toEqual(['pool-move-not-allowed']);
    });
  });
});
