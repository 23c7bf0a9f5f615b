import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actor,
  amount,
  appendToPoolLog,
  applyPoolCommand,
  canonicalJson,
  createProgrammeRecord,
  decidePool,
  missingPoolFields,
  organisationId,
  parsePoolCommand,
  parsePoolLog,
  projectFromPool,
  projectLifecycle,
  recordLifecycleCommand,
  regionCode,
  replayPoolLog,
  translateIssue,
  issueTermsZh,
  type PoolCommand,
  type PoolStanding,
} from '../../src/index.js';
import { seedProgramme2011 } from '../../examples/data/index.js';
import { context, countyGovernment, countyOffice, happyPath, on, poolOrganisations2012, seedPoolEntry2012, township, village, walk } from './fixtures.js';

const codesOf = (standing: PoolStanding | undefined, command: PoolCommand, given = context) => {
  const decided = decidePool(standing, command, given);
  return decided.ok ? [] : decided.issues.map((found) => found.code);
};
const upTo = (steps: number) => walk(happyPath.slice(0, steps)).standing;

describe('a project on its way through the county pool', () => {
  it('is proposed by its village, announced there, reviewed by the township and pooled by the county', () => {
    const { standing } = walk(happyPath.slice(0, 4));
    expect(standing?.status).toBe('pooled');
    expect(standing?.announcements.map((record) => [record.level, record.period.lastDay])).toEqual([
      ['village', '2012-03-12'],
      ['township', '2012-03-23'],
      ['county', '2012-04-05'],
    ]);
  });

  it('waits at each level for the announcement below to run its days', () => {
    expect(codesOf(upTo(2), { type: 'review-as-township', by: township, at: on('2012-03-12') })).toEqual(['announcement-period-not-over']);
    expect(codesOf(upTo(3), { type: 'review-as-county', by: countyOffice, at: on('2012-03-23') })).toEqual(['announcement-period-not-over']);
    expect(codesOf(upTo(4), { type: 'select-for-plan', by: countyGovernment, at: on('2012-04-05'), planYear: 2012 })).toEqual(['announcement-period-not-over']);
  });

  it('skips the village announcement only for a project with no village', () => {
    expect(codesOf(upTo(1), { type: 'review-as-township', by: township, at: on('2012-03-13') })).toEqual(['pool-move-not-allowed']);
    const { location } = seedPoolEntry2012.project;
    const townshipWide = { ...seedPoolEntry2012, project: { ...seedPoolEntry2012.project, location: { region: location.region, township: '示例乡' } } };
    const proposed = walk([{ type: 'propose-to-pool', by: township, at: on('2012-03-01'), entry: townshipWide }]).standing;
    expect(codesOf(proposed, { type: 'review-as-township', by: township, at: on('2012-03-02') })).toEqual([]);
  });

  it('enters the pool only with every field the pool asks for, and names the missing ones', () => {
    const { performanceTarget: _target, ...bare } = seedPoolEntry2012.project;
    const thin = { project: bare, construction: 'new' as const };
    const reviewed = walk([
      { type: 'propose-to-pool', by: village, at: on('2012-03-01'), entry: thin },
      ...happyPath.slice(1, 3),
    ]).standing;
    const decided = decidePool(reviewed, happyPath[3]!, context);
    expect(decided.ok || decided.issues).toMatchObject([{ code: 'pool-entry-incomplete', params: { fields: 'performanceTarget, schedule, beneficiaries, participation' } }]);
    expect(decidePool(reviewed, happyPath[3]!, { ...context, requiredFields: ['implementingUnit'] }).ok).toBe(true);
    expect(missingPoolFields(seedPoolEntry2012)).toEqual([]);
  });

  it('is adjusted in the fourth quarter only, on its data as it stands, and keeps what the pool requires', () => {
    const pooled = upTo(4);
    const adjust = happyPath[4] as Extract<PoolCommand, { type: 'adjust-in-fourth-quarter' }>;
    expect(codesOf(pooled, { ...adjust, at: on('2012-09-30', 23) })).toEqual(['pool-adjustment-outside-fourth-quarter']);
    expect(codesOf(pooled, { ...adjust, alterations: { budget: { before: amount('1'), after: amount('2') } } })).toEqual(['change-before-mismatch']);
    const target = seedPoolEntry2012.project.performanceTarget!;
    expect(codesOf(pooled, { ...adjust, alterations: { performanceTarget: { before: target, after: { indicators: [] } } } })).toEqual(['pool-entry-incomplete']);
    expect(walk([adjust], pooled).standing?.current.project.budget.toJSON()).toBe('850000.00');
  });

  it('is selected into this year’s or next year’s plan by the county government, and becomes a project of that year', () => {
    const adjusted = upTo(5);
    const select = happyPath[5] as Extract<PoolCommand, { type: 'select-for-plan' }>;
    expect(codesOf(adjusted, { ...select, planYear: 2014 })).toEqual(['pool-plan-year-invalid']);
    expect(codesOf(adjusted, { ...select, by: countyOffice })).toEqual(['actor-not-allowed']);
    const selected = walk([select], adjusted).standing!;
    expect(projectFromPool(adjusted!).ok).toBe(false);
    const project = projectFromPool(selected);
    expect(project.ok && [project.value.id, project.value.year, project.value.budget.toJSON()]).toEqual(['DF-2013-01', 2013, '850000.00']);
  });

  it('leads into the approval chain: the selected project is proposed and approved as any other', () => {
    const project = projectFromPool(walk(happyPath).standing!);
    if (!project.ok) throw new Error('not selected');
    const record = createProgrammeRecord({ ...seedProgramme2011, organisations: poolOrganisations2012, projects: [project.value], ledger: [] }, {});
    if (!record.ok) throw new Error(record.issues.map((found) => found.code).join());
    const proposed = recordLifecycleCommand(record.value, project.value.id, { type: 'propose', by: countyGovernment, at: on('2012-12-01') });
    expect(proposed.ok && projectLifecycle(proposed.value.record, project.value.id)?.status).toBe('proposed');
  });
});

describe('who may move an entry', () => {
  it('only the kinds each move names, of the entry’s own county', () => {
    expect(codesOf(undefined, { ...happyPath[0]!, by: countyGovernment } as PoolCommand)).toEqual(['actor-not-allowed']);
    const elsewhere = { ...context, organisations: [...context.organisations, { id: organisationId('village-elsewhere'), name: { zh: '外县某村' }, kind: 'village-committee' as const, region: regionCode('522701') }] };
    expect(codesOf(undefined, { ...happyPath[0]!, by: actor(organisationId('village-elsewhere'), 'village-committee') } as PoolCommand, elsewhere)).toEqual(['actor-wrong-jurisdiction']);
  });

  it('each level returns what the level below sent it, with a reason', () => {
    expect(codesOf(upTo(3), { type: 'return-to-proposer', by: township, at: on('2012-03-20'), reason: '资料不全' })).toEqual(['actor-not-allowed']);
    expect(codesOf(upTo(3), { type: 'return-to-proposer', by: countyOffice, at: on('2012-03-20'), reason: ' ' })).toEqual(['reason-required']);
    const returned = walk([{ type: 'return-to-proposer', by: countyOffice, at: on('2012-03-20'), reason: '资料不全' }], upTo(3)).standing;
    expect(returned?.status).toBe('returned-to-proposer');
    const revised = walk([{ type: 'revise-proposal', by: village, at: on('2012-03-25'), entry: seedPoolEntry2012 }], returned).standing;
    expect([revised?.status, revised?.announcements]).toEqual(['proposed-to-pool', []]);
  });

  it('only the county withdraws a pooled project', () => {
    const withdraw = { type: 'withdraw-from-pool', by: village, at: on('2012-10-01'), reason: '已由其他资金安排' } as const;
    expect(codesOf(upTo(4), withdraw)).toEqual(['actor-not-allowed']);
    expect(walk([{ ...withdraw, by: countyOffice }], upTo(4)).standing?.status).toBe('withdrawn-from-pool');
    expect(codesOf(upTo(1), withdraw)).toEqual([]);
  });

  it('refuses moves the status does not allow and a second proposal, with words in both languages', () => {
    const decided = decidePool(upTo(6), { type: 'withdraw-from-pool', by: countyOffice, at: on('2012-12-01'), reason: '不再实施' }, context);
    expect(decided.ok || translateIssue(decided.issues[0]!, 'zh', issueTermsZh).message).toBe('项目库中状态为“已纳入年度计划”的项目不能“出库”。');
    expect(codesOf(upTo(1), happyPath[0]!)).toEqual(['pool-entry-already-proposed']);
    expect(codesOf(undefined, happyPath[1]!)).toEqual(['pool-entry-not-proposed']);
  });
});

describe('the pool log', () => {
  it('reads back from JSON to the same standing', () => {
    const { standing, log } = walk(happyPath);
    const replayed = replayPoolLog(JSON.parse(JSON.stringify(log)));
    expect(replayed.ok && canonicalJson(replayed.value)).toBe(canonicalJson(standing));
  });

  it('reports an altered event', () => {
    const stored = JSON.parse(JSON.stringify(walk(happyPath).log)) as { event: { planYear?: number } }[];
    stored[5]!.event.planYear = 2012;
    expect(parsePoolLog(stored)).toMatchObject({ ok: false, issues: [{ code: 'event-log-altered', path: [5] }] });
  });

  it('reads commands from JSON with the library’s codes', () => {
    expect(parsePoolCommand(JSON.parse(JSON.stringify(happyPath[0]))).ok).toBe(true);
    expect(parsePoolCommand({ type: 'withdraw-from-pool', by: { organisation: 'x', kind: 'village-committee' }, at: '2012-03-01T09:00:00+08:00', reason: '' })).toMatchObject({
      ok: false,
      issues: [{ code: 'reason-required', path: ['reason'] }],
    });
  });

  it('every sequence of commands, accepted or refused, leaves a log that replays to the standing it made', () => {
    const candidates: readonly PoolCommand[] = [
      ...happyPath,
      { type: 'return-to-proposer', by: township, at: on('2012-03-05'), reason: '退回' },
      { type: 'return-to-proposer', by: countyOffice, at: on('2012-03-20'), reason: '退回' },
      { type: 'revise-proposal', by: village, at: on('2012-03-06'), entry: seedPoolEntry2012 },
      { type: 'withdraw-from-pool', by: countyOffice, at: on('2012-11-01'), reason: '出库' },
    ];
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { maxLength: 14 }), fc.nat({ max: 200 }), (picks, startDay) => {
        let standing: PoolStanding | undefined;
        const events = [];
        for (const [index, pick] of picks.entries()) {
          const candidate = candidates[pick % candidates.length]!;
          // Later picks happen later: each command a few days after the one before.
          const day = new Date(Date.UTC(2012, 0, 1 + startDay + index * 12)).toISOString().slice(0, 10);
          const applied = applyPoolCommand(standing, { ...candidate, at: on(day) } as PoolCommand, context);
          if (!applied.ok) continue;
          standing = applied.value.standing;
          events.push(applied.value.event);
        }
        const replayed = replayPoolLog(JSON.parse(JSON.stringify(appendToPoolLog([], events))));
        expect(replayed.ok && canonicalJson(replayed.value)).toBe(canonicalJson(standing));
      }),
      { numRuns: 150 },
    );
  });
});
