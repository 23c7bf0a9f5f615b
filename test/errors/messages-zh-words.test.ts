import { describe, expect, it } from 'vitest';
import { issueMessagesZh, issueTermsZh, type IssueCode, type IssueParams } from '../../src/index.js';

// The Chinese messages write the words of a code, not the code: from the caller's term tables for the codes the
// layers define, and from a message's own small vocabulary for the words only it uses.
const zh = (code: IssueCode, params: IssueParams): string => issueMessagesZh[code](params, issueTermsZh);

describe('the Chinese messages’ own words', () => {
  it('speak of a command and an event of any record, not only of a project', () => {
    expect(zh('command-unknown', { type: 'approve' })).toBe('不是可执行的操作：“approve”。');
    expect(zh('event-before-previous-event', { at: '2011-12-27T10:00:00+08:00', previous: '2011-12-28T10:00:00+08:00' })).toBe(
      '时间2011-12-27T10:00:00+08:00早于上一事件的时间（2011-12-28T10:00:00+08:00）。',
    );
  });

  it('name each qualitative judgement an indicator takes', () => {
    expect(zh('assessment-judgement-invalid', { indicator: '纳入重点工作考核', allowed: 'yes, no', input: '有' })).toBe(
      '指标“纳入重点工作考核”为定性指标，只能填报“是”、“否”，不能填报“有”。',
    );
    expect(zh('assessment-judgement-invalid', { indicator: '工作成效', allowed: 'good, fairly-good, fair, poor', input: '优' })).toBe(
      '指标“工作成效”为定性指标，只能填报“好”、“较好”、“一般”、“差”，不能填报“优”。',
    );
  });

  it('name each area of the pairing assessment whose points do not add up', () => {
    const areas = {
      'organisation-leadership': '组织领导',
      'talent-exchange': '人才支援',
      funding: '资金支持',
      'industrial-cooperation': '产业合作',
      'labour-cooperation': '劳务协作',
      'county-pairing': '携手奔小康',
    };
    for (const [area, word] of Object.entries(areas)) {
      expect(zh('assessment-weights-mismatch', { area, sum: 19, total: 20 })).toBe(`“${word}”各指标的分值合计19，与20不符。`);
    }
    expect(zh('assessment-weights-mismatch', { sum: 99, total: 100 })).toBe('各领域的分值合计99，与100不符。');
  });

  it('name each detail an asset registration lacks', () => {
    const fields = { name: '资产名称', owner: '所有权人', manager: '管护责任人', incomeUse: '收益分配方式' };
    for (const [field, word] of Object.entries(fields)) {
      expect(zh('asset-field-required', { index: 0, field })).toBe(`第1项资产缺少${word}。`);
    }
  });

  it('name each part of a project a change alters', () => {
    const fields = { budget: '资金规模', location: '建设地点', performanceTarget: '绩效目标', implementingUnit: '实施单位', subProjects: '子项目' };
    for (const [field, word] of Object.entries(fields)) {
      expect(zh('change-before-mismatch', { field, project: 'BJ-2011-01' })).toBe(
        `调整申请中“${word}”的调整前数据与项目“BJ-2011-01”现有数据不一致，请依据现有数据提出调整。`,
      );
    }
  });

  it('name the numbers that are not finite', () => {
    expect(zh('amount-not-finite', { input: 'Infinity' })).toBe('不是有限数值：正无穷大。');
    expect(zh('amount-not-finite', { input: '-Infinity' })).toBe('不是有限数值：负无穷大。');
    expect(zh('amount-not-finite', { input: 'NaN' })).toBe('不是有限数值：非数值。');
  });

  it('name every part of a project-pool entry it lacks', () => {
    expect(
      zh('pool-entry-incomplete', {
        entry: '大方县2013年通组公路项目',
        fields: 'performanceTarget, povertyLinkage, implementingUnit, description, township, schedule, beneficiaries, participation',
      }),
    ).toBe('项目大方县2013年通组公路项目缺少入库所需内容：绩效目标、带贫减贫机制、责任单位、建设任务、所在乡镇、建设期限、受益对象、群众参与。');
  });

  it('name the precision of a partial date, and the scope and measure of a declared count', () => {
    expect(zh('partial-date-precision', { precision: 'year', date: '2011-03-05' })).toBe('精确到年的日期应记为该年的第一天，而非2011-03-05。');
    expect(zh('partial-date-precision', { precision: 'month', date: '2011-03-05' })).toBe('精确到月的日期应记为该月的第一天，而非2011-03-05。');
    expect(zh('declared-projects-below-itemised', { scope: 'all', region: '522400', declared: 30, itemised: 38 })).toBe('522400申报的帮扶项目数（30个）少于列明的38个。');
    expect(zh('declared-projects-differ-from-itemised', { scope: 'infrastructure', measure: 'projects', region: '522700', declared: 12, itemised: 11 })).toBe(
      '522700申报的基础设施项目数量（12）与列明的11不一致。',
    );
    expect(zh('declared-projects-differ-from-itemised', { scope: 'all', measure: 'sub-projects', region: '522700', declared: 40, itemised: 41 })).toBe(
      '522700申报的帮扶项目子项目数（40）与列明的41不一致。',
    );
  });
});

describe('the Chinese money-flow messages', () => {
  const flow = { date: '2011-10-01', committed: '520000.00', budget: '500000.00' };

  it('name the project, its source of funds and its fund category whose commitments exceed the budget', () => {
    expect(zh('committed-exceeds-budget', { ...flow, project: '520502-2011-01', source: 'local-integrated', category: 'counterpart-support', scope: 'project' })).toBe(
      '截至2011-10-01，项目“520502-2011-01”的统筹整合财政涉农资金的对口帮扶项目资金已承诺52.00万元，超过其预算50.00万元。',
    );
    expect(zh('committed-exceeds-budget', { ...flow, project: '520502-2011-01', scope: 'project' })).toBe(
      '截至2011-10-01，项目“520502-2011-01”已承诺52.00万元，超过其预算50.00万元。',
    );
  });

  it('write the scope as given when no project is named, and nothing for no scope', () => {
    expect(zh('committed-exceeds-budget', { ...flow, scope: '2011年计划' })).toBe('截至2011-10-01，2011年计划已承诺52.00万元，超过其预算50.00万元。');
    expect(zh('committed-exceeds-budget', flow)).toBe('截至2011-10-01，已承诺52.00万元，超过其预算50.00万元。');
  });

  it('name the values of the field on which a reversal and its entry disagree by that field’s words', () => {
    const mismatch = (field: string, expected: string, actual: string) => zh('reversal-target-mismatch', { entry: '2011-0610-01', field, expected, actual });
    expect(mismatch('kind', 'disbursement', 'expenditure')).toBe('该笔记录冲销“2011-0610-01”，但记录类别不一致（原记录为拨付，此处为支出）。');
    expect(mismatch('category', 'disaster-relief', 'counterpart-support')).toBe('该笔记录冲销“2011-0610-01”，但资金类别不一致（原记录为救灾资金，此处为对口帮扶项目资金）。');
    expect(mismatch('source', 'local-integrated', '(none)')).toBe('该笔记录冲销“2011-0610-01”，但资金来源不一致（原记录为统筹整合财政涉农资金，此处为（无））。');
    expect(mismatch('project', 'BJ-2011-01', 'BJ-2011-02')).toBe('该笔记录冲销“2011-0610-01”，但项目不一致（原记录为“BJ-2011-01”，此处为“BJ-2011-02”）。');
  });
});

describe('the Chinese messages’ lists and paths', () => {
  it('join a list of codes with 、 and alternatives with 或, however the list is spaced, skipping empty items', () => {
    const allowed = '县（市）政府、地（州、市）政府';
    const refusal = (list: string) =>
      zh('actor-not-allowed', { kind: 'county-department', command: 'approve-as-county-government', status: 'department-approved', allowed: list });
    expect(refusal('county-government, prefecture-government')).toContain(`（可执行的为：${allowed}）`);
    expect(refusal('county-government,prefecture-government')).toContain(`（可执行的为：${allowed}）`);
    expect(refusal('county-government, prefecture-government, ')).toContain(`（可执行的为：${allowed}）`);
    expect(zh('invalid-type', { expected: 'string or number', received: 'object' })).toBe('类型不符：应为字符串或数字，实为对象。');
    expect(zh('invalid-type', { expected: 'string  or   number', received: 'object' })).toBe('类型不符：应为字符串或数字，实为对象。');
  });

  it('write a path by its fields’ words and positions counted from one', () => {
    const duplicate = (first: string) => zh('id-duplicate', { kind: 'project or sub-project', id: '520502-2011-01', first });
    expect(duplicate('projects[12].id')).toBe('项目或子项目标识“520502-2011-01”已在项目第13项的标识使用。');
    expect(duplicate('projects[3].subProjects[0][2]')).toBe('项目或子项目标识“520502-2011-01”已在项目第4项的子项目第1项第3项使用。');
  });

  it('show a part of a path that is not a field with positions as it stands', () => {
    expect(zh('id-duplicate', { kind: 'project or sub-project', id: '520502-2011-01', first: 'projects[BJ].id' })).toBe(
      '项目或子项目标识“520502-2011-01”已在projects[BJ]的标识使用。',
    );
    expect(zh('id-duplicate', { kind: 'project or sub-project', id: '520502-2011-01', first: 'remarks[ledger' })).toBe(
      '项目或子项目标识“520502-2011-01”已在remarks[ledger使用。',
    );
  });

  it('leave a param that is missing blank, not written as a word', () => {
    expect(issueMessagesZh['approval-already-given']({}, issueTermsZh)).toBe('该项审批已完成；项目当前状态为“”。');
    expect(issueMessagesZh['actor-not-allowed']({}, issueTermsZh)).toBe('不能对状态为“”的项目执行“”（可执行的为：）。');
    expect(issueMessagesZh['reversal-not-negative']({})).toBe('冲销金额须为负数，实为。');
    expect(issueMessagesZh['partial-date-precision']({ date: '2011-03-05' })).toBe('精确到的日期应记为该的第一天，而非2011-03-05。');
    expect(issueMessagesZh['id-duplicate']({}, issueTermsZh)).toBe('标识“”已在使用。');
    expect(issueMessagesZh['amount-syntax']({})).toBe('不是有效的金额：“”。');
  });
});
