import { describe, expect, it } from 'vitest';
import {
  allocateBeneficiaryColumns,
  beneficiaryGroupings,
  beneficiaryGroupingLabelsZh,
  beneficiaryTermsZh,
  checkBeneficiaryColumns,
  createIssue,
  projectId,
  regionCode,
  translateIssue,
  type Issue,
} from '../../src/index.js';

const zh = (issue: Issue): string => translateIssue(issue, 'zh', beneficiaryTermsZh).message;

describe('beneficiaryTermsZh', () => {
  it('names each unit of a refused count in Chinese', () => {
    const refused = (unit: string) => zh(createIssue('count-invalid', [], { unit, value: '-1' }));
    expect(refused('persons')).toContain('计数（人）');
    expect(refused('households')).toContain('计数（户）');
    expect(refused('person-times')).toContain('计数（人次）');
  });

  it('names the columns of beneficiary records in Chinese', () => {
    const road = { attachedTo: { kind: 'project' as const, project: projectId('road') } };
    const whole = allocateBeneficiaryColumns(2, [road], [regionCode('520502')], { households: true });
    const short = { length: 1 } as never;
    const named = (column: string) => zh(checkBeneficiaryColumns({ ...whole, [column]: short })[0]!);
    expect(named('householdKeys')).toBe('“户键”列有1条记录，而“人员键”列有2条。');
    expect(named('registeredPoor')).toContain('“建档立卡贫困人口标记”列');
    expect(named('years')).toContain('“年度”列');
    expect(named('attachmentIndices')).toContain('“挂靠对象索引”列');
    expect(named('regionIndices')).toContain('“地区索引”列');
  });

  it('names the tables that record indices point into in Chinese', () => {
    const columns = allocateBeneficiaryColumns(1, [], []);
    expect(checkBeneficiaryColumns(columns).map(zh)).toEqual(['索引0超出挂靠对象表的范围（共0项）。', '索引0超出地区表的范围（共0项）。']);
  });

  it('names every grouping in Chinese', () => {
    expect(Object.fromEntries(beneficiaryGroupings.map((grouping) => [grouping, beneficiaryGroupingLabelsZh[grouping]]))).toEqual({
      'attachment': '挂靠对象',
      'project': '项目',
      'fund-category': '资金类别',
      'project-type': '项目类型',
      'region': '地区',
      'province': '省',
      'prefecture': '地（州、市）',
      'county': '县（市、区）',
    });
    expect(zh(createIssue('beneficiary-summary-grouping', [], { first: 'prefecture', second: 'county' }))).toBe('分组方式不同的汇总不能合并（地（州、市）与县（市、区））。');
  });
});
