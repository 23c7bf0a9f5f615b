import { describe, expect, it } from 'vitest';
import { poolCommandDefinitions, poolCommandLabelsZh, poolCommandTypes, poolStatuses, poolStatusLabelsZh, poolTermsZh } from '../../src/index.js';

describe('the pool’s Chinese words', () => {
  it('name every status and every command, each by a different word', () => {
    const statuses = poolStatuses.map((status) => poolStatusLabelsZh[status]);
    const commands = poolCommandTypes.map((command) => poolCommandLabelsZh[command]);
    for (const word of [...statuses, ...commands]) expect(word).toMatch(/^\p{Script=Han}/u);
    expect(new Set(statuses).size).toBe(poolStatuses.length);
    expect(new Set(commands).size).toBe(poolCommandTypes.length);
  });

  it('are the words of the county pool’s procedure', () => {
    expect(poolStatusLabelsZh).toEqual({
      'proposed-to-pool': '已申报，待村级公示',
      'announced-in-village': '村级已公示，待乡镇审核',
      'reviewed-by-township': '乡镇已审核公示，待县级审定',
      'pooled': '已入库',
      'returned-to-proposer': '已退回申报单位修改',
      'selected-for-plan': '已纳入年度计划',
      'withdrawn-from-pool': '已出库',
    });
    expect(poolCommandLabelsZh).toEqual({
      'propose-to-pool': '申报入库',
      'announce-in-village': '村级公示',
      'review-as-township': '乡镇审核公示',
      'review-as-county': '县级审定公告入库',
      'return-to-proposer': '退回修改',
      'revise-proposal': '修改重报',
      'adjust-in-fourth-quarter': '第四季度动态调整',
      'select-for-plan': '纳入年度计划',
      'withdraw-from-pool': '出库',
    });
  });

  it('give issues a word for each status (and for no status yet), each command, and each event by its command', () => {
    expect(poolTermsZh.status).toEqual({ ...poolStatusLabelsZh, none: '尚未申报' });
    expect(poolTermsZh.command).toEqual(poolCommandLabelsZh);
    expect(poolTermsZh.event).toEqual(Object.fromEntries(poolCommandTypes.map((command) => [poolCommandDefinitions[command].event, poolCommandLabelsZh[command]])));
    expect(poolTermsZh.event?.['pooled']).toBe('县级审定公告入库');
    expect(poolTermsZh.event?.['proposal-revised']).toBe('修改重报');
  });
});

describe('poolCommandDefinitions', () => {
  it('is the table of the pool’s moves: from what, to what, by whom, with what reason, announcing what', () => {
    const rows = poolCommandTypes.map((command) => {
      const { event, from, to, by, reasonRequired, announces } = poolCommandDefinitions[command];
      return [command, event, from.join(' '), to, by.join(' '), reasonRequired, announces ?? '-'];
    });
    expect(rows).toEqual([
      ['propose-to-pool', 'proposed-to-pool', '', 'proposed-to-pool', 'village-committee township-government', false, '-'],
      ['announce-in-village', 'announced-in-village', 'proposed-to-pool', 'announced-in-village', 'village-committee', false, 'village'],
      ['review-as-township', 'reviewed-by-township', 'announced-in-village proposed-to-pool', 'reviewed-by-township', 'township-government', false, 'township'],
      ['review-as-county', 'pooled', 'reviewed-by-township', 'pooled', 'county-department', false, 'county'],
      ['return-to-proposer', 'returned-to-proposer', 'proposed-to-pool announced-in-village reviewed-by-township', 'returned-to-proposer', 'township-government county-department', true, '-'],
      ['revise-proposal', 'proposal-revised', 'returned-to-proposer', 'proposed-to-pool', 'village-committee township-government', false, '-'],
      ['adjust-in-fourth-quarter', 'adjusted-in-fourth-quarter', 'pooled', 'pooled', 'county-department', true, '-'],
      ['select-for-plan', 'selected-for-plan', 'pooled', 'selected-for-plan', 'county-government', false, '-'],
      [
        'withdraw-from-pool',
        'withdrawn-from-pool',
        'proposed-to-pool announced-in-village reviewed-by-township pooled returned-to-proposer',
        'withdrawn-from-pool',
        'village-committee township-government county-department',
        true,
        '-',
      ],
    ]);
  });
});
