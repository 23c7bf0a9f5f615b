import { describe, expect, it } from 'vitest';
import {
  builtInFundCategories,
  builtInProjectTypes,
  contributionFormLabels,
  fundingSourceLabels,
  ledgerKindLabelsZh,
  modelTermsZh,
  organisationKindLabelsZh,
  performanceDimensionLabels,
  performanceLevelLabels,
  spendingPurposeLabelsZh,
} from '../../src/index.js';

// The names are what the programme's documents print: an approval names its body, a ledger its kind of entry,
// an audit the item of the negative list. A name changed here changes every Chinese report and message.
describe('the Chinese names of the model', () => {
  it('name every kind of organisation as approval documents name the body', () => {
    expect(organisationKindLabelsZh).toEqual({
      'municipal-government': '市政府',
      'leading-group': '对口帮扶工作领导小组',
      'support-office': '对口帮扶办',
      'district-government': '区政府',
      'state-owned-enterprise': '国有企业',
      'enterprise': '企业',
      'social-donor': '社会捐赠方',
      'village-committee': '村民委员会',
      'township-government': '乡（镇）人民政府',
      'county-department': '县职能部门',
      'county-government': '县（市）政府',
      'prefecture-government': '地（州、市）政府',
      'provincial-government': '省政府',
      'expert-review-team': '项目评审组',
      'implementing-unit': '实施单位',
      'audit-body': '审计机关',
    });
  });

  it('name the four kinds of ledger entry and every spending purpose, the nine items of the 2017 negative list among them', () => {
    expect(ledgerKindLabelsZh).toEqual({ budget: '预算', commitment: '承诺', disbursement: '拨付', expenditure: '支出' });
    expect(spendingPurposeLabelsZh).toEqual({
      'project': '项目建设',
      'management-fee': '项目管理费',
      'administrative-costs': '行政事业单位基本支出',
      'vehicles-communications': '交通工具及通讯设备',
      'bonuses': '各种奖金、津贴和福利补助',
      'company-losses': '弥补企业亏损',
      'office-buildings': '修建楼堂馆所及贫困农场、林场棚户改造以外的职工住宅',
      'budget-gaps-debt': '弥补预算支出缺口和偿还债务',
      'large-construction': '大中型基本建设项目',
      'urban-infrastructure': '城市基础设施建设和城市扶贫',
      'unrelated': '与脱贫攻坚无关的支出',
    });
  });

  it('name the built-in fund categories and project types in both languages, and which types are infrastructure', () => {
    expect(builtInFundCategories.map((category) => [category.code, category.label.zh, category.label.en])).toEqual([
      ['counterpart-support', '对口帮扶项目资金', 'counterpart-support project funds'],
      ['disaster-relief', '救灾资金', 'disaster relief funds'],
      ['cadre-training', '干部培训资金', 'cadre training funds'],
      ['industrial-development', '产业发展资金', 'industrial development funds'],
      ['social-donation', '社会捐赠', 'social donations'],
    ]);
    expect(builtInProjectTypes.map((type) => [type.code, type.label.zh, type.infrastructure])).toEqual([
      ['entire-village-advancement', '整村推进', true],
      ['drinking-water', '人畜饮水', true],
      ['irrigation', '农田水利', true],
      ['rural-road', '乡村道路', true],
      ['housing-renovation', '农村危房改造', true],
      ['education', '教育', false],
      ['health-care', '卫生', false],
      ['farming-industry', '产业扶贫', false],
    ]);
  });

  it('name every funding source of a total investment and both forms of a contribution', () => {
    expect(Object.fromEntries(Object.entries(fundingSourceLabels).map(([kind, label]) => [kind, label.zh]))).toEqual({
      'east-west-cooperation': '东西部协作资金',
      'local-integrated': '统筹整合财政涉农资金',
      'other-departments': '其他部门（行业）资金',
      'enterprise-social': '企业及社会捐赠资金',
      'beneficiary-contribution': '群众自筹',
      'other': '其他资金',
    });
    expect(contributionFormLabels.money.zh).toBe('自筹资金');
    expect(contributionFormLabels.labour.zh).toBe('投工投劳折资');
  });

  it('give a translated message the words of every table, and the labels of the built-in categories, types and sources', () => {
    expect(modelTermsZh['actor']).toBe(organisationKindLabelsZh);
    expect(modelTermsZh['ledger-kind']).toBe(ledgerKindLabelsZh);
    expect(modelTermsZh['purpose']).toBe(spendingPurposeLabelsZh);
    expect(modelTermsZh['fund-category']).toEqual(Object.fromEntries(builtInFundCategories.map((category) => [category.code, category.label.zh])));
    expect(modelTermsZh['project-type']).toEqual(Object.fromEntries(builtInProjectTypes.map((type) => [type.code, type.label.zh])));
    expect(modelTermsZh['funding-source']).toEqual(Object.fromEntries(Object.entries(fundingSourceLabels).map(([kind, label]) => [kind, label.zh])));
    expect(modelTermsZh['id-kind']).toEqual({
      'programme': '帮扶方案',
      'project': '项目',
      'sub-project': '子项目',
      'project or sub-project': '项目或子项目',
      'fund': '资金',
      'fund category': '资金类别',
      'project type': '项目类型',
      'ledger entry': '台账记录',
      'organisation': '单位',
      'pairing': '结对关系',
      'plan': '计划',
      'activity': '帮扶活动',
    });
    expect(modelTermsZh['field']).toEqual({
      id: '标识', kind: '记录类别', project: '项目', subProject: '子项目', category: '资金类别', amount: '金额', fen: '金额（分）',
      date: '日期', reverses: '冲销对象', finalPayment: '尾款标记', purpose: '支出用途', note: '备注', code: '代码', parent: '上级',
      projects: '项目', subProjects: '子项目', funds: '资金', fundCategories: '资金类别', projectTypes: '项目类型', organisations: '单位',
      pairings: '结对关系', plans: '计划', ledger: '台账', breakdown: '分类明细', shares: '分配份额', source: '资金来源',
      funding: '筹资方式', totalInvestment: '总投资', funder: '出资单位',
    });
  });

  it('name the levels and dimensions of a performance target as the self-evaluation table (绩效自评表) prints them', () => {
    expect(performanceLevelLabels).toEqual({
      output: { zh: '产出指标', en: 'Outputs' },
      benefit: { zh: '效益指标', en: 'Benefits' },
      satisfaction: { zh: '满意度指标', en: 'Satisfaction' },
    });
    expect(performanceDimensionLabels).toEqual({
      'output-quantity': { zh: '数量指标', en: 'quantity' },
      'output-quality': { zh: '质量指标', en: 'quality' },
      'output-timeliness': { zh: '时效指标', en: 'timeliness' },
      'output-cost': { zh: '成本指标', en: 'cost' },
      'benefit-economic': { zh: '经济效益指标', en: 'economic' },
      'benefit-social': { zh: '社会效益指标', en: 'social' },
      'benefit-ecological': { zh: '生态效益指标', en: 'ecological' },
      'benefit-sustainable': { zh: '可持续影响指标', en: 'sustainable' },
      'satisfaction': { zh: '服务对象满意度指标', en: 'satisfaction' },
    });
  });
});
