import { describe, expect, it } from 'vitest';
import { amount, exportOc4idsProjects, isoDate, ledgerEntryId, organisationId, projectId, regionCode, unwrap, type ProgrammeRecord } from '../../src/index.js';
import { oc4idsOptions, recordOfProjects, withProgramme, withProject } from './fixtures.js';

// BJ-2011-01 paid by two of Shenzhen's districts, with the county's integrated funds, the villagers' labour and the prefecture's money.
const cofinanced = (): ProgrammeRecord =>
  withProject(0, (project) => ({
    ...project,
    funding: [
      { source: 'east-west-cooperation', amount: amount('300000'), donor: regionCode('440304') },
      { source: 'east-west-cooperation', amount: amount('200000'), donor: regionCode('440303') },
      { source: 'local-integrated', amount: amount('1000') },
      { source: 'beneficiary-contribution', form: 'labour', amount: amount('1000') },
      { source: 'other-departments', funder: organisationId('bijie-government'), amount: amount('2000') },
    ],
  }), recordOfProjects(['BJ-2011-01']));

const fundingIn = (language: 'zh' | 'en') => {
  const [project] = unwrap(exportOc4idsProjects(cofinanced(), oc4idsOptions({ beneficiaries: {}, language }))).projects;
  return project?.budget.budgetBreakdowns.find((breakdown) => breakdown.id === 'funding-source');
};

describe('exportOc4idsProjects: the total investment by funding source', () => {
  it('gives each donor district\'s line an id of its own and the donor city as its source', () => {
    expect(fundingIn('en')?.budgetBreakdown.slice(0, 2).map((line) => [line.id, line.amount, line.sourceParty])).toEqual([
      ['east-west-cooperation-440304', { amount: 300000, currency: 'CNY' }, { id: 'sz-government', name: "Shenzhen Municipal People's Government" }],
      ['east-west-cooperation-440303', { amount: 200000, currency: 'CNY' }, { id: 'sz-government', name: "Shenzhen Municipal People's Government" }],
    ]);
  });

  it('describes the recipient side\'s lines in Chinese, a co-funder by its Chinese name', () => {
    const breakdown = fundingIn('zh');
    expect(breakdown?.description).toBe('总投资按资金来源（筹资方式）');
    expect(breakdown?.budgetBreakdown.slice(2).map((line) => [line.id, line.description, line.sourceParty])).toEqual([
      ['local-integrated', '统筹整合财政涉农资金', undefined],
      ['beneficiary-contribution-labour', '群众自筹（投工投劳折资）', undefined],
      ['other-departments-bijie-government', '其他部门（行业）资金（毕节地区行政公署）', { id: 'bijie-government', name: '毕节地区行政公署' }],
    ]);
    expect(breakdown?.budgetBreakdown.slice(2).map((line) => Object.hasOwn(line, 'sourceParty'))).toEqual([false, false, true]);
  });

  it('describes the same lines in English, a co-funder by its English name', () => {
    expect(fundingIn('en')?.budgetBreakdown.slice(2).map((line) => [line.description, line.sourceParty?.name])).toEqual([
      ['integrated agriculture-related fiscal funds', undefined],
      ["beneficiaries' own contribution (labour valued in money)", undefined],
      ["other departments' funds (Bijie Prefecture Administrative Office)", 'Bijie Prefecture Administrative Office'],
    ]);
  });

  it('gives the total investment, the sum of the lines, and the donor\'s share by fund category', () => {
    const [project] = unwrap(exportOc4idsProjects(cofinanced(), oc4idsOptions({ beneficiaries: {}, language: 'zh' }))).projects;
    expect(project?.budget.amount).toEqual({ amount: 504000, currency: 'CNY' });
    expect(project?.budget.budgetBreakdowns[0]).toEqual({
      id: 'fund-category',
      description: '东西部协作资金（帮扶方出资）按资金类别',
      budgetBreakdown: [
        { id: 'counterpart-support', description: '对口帮扶项目资金', amount: { amount: 500000, currency: 'CNY' }, sourceParty: { id: 'sz-government', name: '深圳市人民政府' } },
      ],
    });
  });

  it('leaves the budget entries of the other sources out of the donor\'s share by fund category', () => {
    const booked = withProgramme(
      (programme) => ({
        ...programme,
        ledger: [
          ...programme.ledger,
          { id: ledgerEntryId('local-budget'), kind: 'budget' as const, project: projectId('BJ-2011-01'), category: 'disaster-relief', amount: amount('1000'), date: isoDate('2011-03-15'), source: 'local-integrated' as const },
        ],
      }),
      cofinanced(),
    );
    const [project] = unwrap(exportOc4idsProjects(booked, oc4idsOptions({ beneficiaries: {} }))).projects;
    expect(project?.budget.budgetBreakdowns[0]?.budgetBreakdown.map((part) => [part.id, part.amount.amount])).toEqual([['counterpart-support', 500000]]);
  });
});
