import { describe, expect, it } from 'vitest';
import { seedRecord2011 } from '../../examples/data/shenzhen-guizhou-2011-lifecycles.js';
import {
  amount,
  checkProgramme,
  formatFundingSource,
  formatPath,
  organisationId,
  regionCode,
  type FundingSource,
  type Organisation,
  type ProgrammeRecord,
} from '../../src/index.js';

// The seed's first project, a 500,000-yuan village project of 毕节市 funded by 深圳市 (440300).
const seed = seedRecord2011.programme;
const withFunding = (funding: readonly FundingSource[], totalInvestment?: string): ProgrammeRecord => ({
  ...seedRecord2011,
  programme: {
    ...seed,
    projects: seed.projects.map((project, p) => (p === 0 ? { ...project, funding, ...(totalInvestment === undefined ? {} : { totalInvestment: amount(totalInvestment) }) } : project)),
  },
});
const issuesOf = (funding: readonly FundingSource[], totalInvestment?: string) =>
  checkProgramme(withFunding(funding, totalInvestment)).map((issue) => [issue.code, formatPath(issue.path), issue.params]);
const donorShare: FundingSource = { source: 'east-west-cooperation', amount: amount('500000') };
const transport = organisationId('dafang-transport');

describe('the funding lines of a project', () => {
  it('name the source and amount of a line of no money, and the funder no organisation of the programme is', () => {
    expect(issuesOf([donorShare, { source: 'enterprise-social', amount: amount('0'), funder: organisationId('nobody') }])).toEqual([
      ['funding-amount-not-positive', 'programme.projects[0].funding[1].amount', { source: 'enterprise-social', amount: '0.00' }],
      ['organisation-unknown', 'programme.projects[0].funding[1].funder', { organisation: 'nobody' }],
    ]);
  });

  it('accept a funder named only by its name, with no organisation behind it', () => {
    expect(issuesOf([donorShare, { source: 'other-departments', amount: amount('1'), name: { zh: '县交通运输局' } }])).toEqual([]);
  });

  it('name the donor outside the programme’s donor city, and accept one of its districts', () => {
    expect(issuesOf([{ source: 'east-west-cooperation', amount: amount('500000'), donor: regionCode('440100') }])).toEqual([
      ['funding-donor-outside-programme', 'programme.projects[0].funding[0].donor', { donor: '440100', programmeDonor: '440300' }],
    ]);
    expect(issuesOf([{ source: 'east-west-cooperation', amount: amount('500000'), donor: regionCode('440305') }])).toEqual([]);
  });

  it('name the donor’s share against the budget, and the sum of the lines against the total investment', () => {
    expect(issuesOf([{ source: 'east-west-cooperation', amount: amount('400000') }, { source: 'local-integrated', amount: amount('250000') }], '650000.01')).toEqual([
      ['funding-donor-share-mismatch', 'programme.projects[0].funding', { sum: '400000.00', budget: '500000.00' }],
      ['funding-total-mismatch', 'programme.projects[0].totalInvestment', { totalInvestment: '650000.01', sum: '650000.00' }],
    ]);
  });

  describe('one source listed twice', () => {
    const duplicates = (a: FundingSource, b: FundingSource) =>
      issuesOf([donorShare, a, b]).filter(([code]) => code === 'funding-source-duplicate').map(([, path, params]) => [path, params]);

    it('is the same source given by the same side: the county’s funds, one funder, one form of contribution, one name', () => {
      const one = amount('1');
      expect(duplicates({ source: 'local-integrated', amount: one }, { source: 'local-integrated', amount: one })).toEqual([
        ['programme.projects[0].funding[2]', { source: 'local-integrated', first: 1 }],
      ]);
      expect(duplicates({ source: 'other-departments', amount: one, funder: transport }, { source: 'other-departments', amount: one, funder: transport })).toHaveLength(1);
      expect(duplicates({ source: 'enterprise-social', amount: one, name: { zh: '某集团', en: 'A group' } }, { source: 'enterprise-social', amount: one, name: { zh: '某集团', en: 'A group' } })).toHaveLength(1);
      expect(duplicates({ source: 'beneficiary-contribution', form: 'labour', amount: one }, { source: 'beneficiary-contribution', form: 'labour', amount: one })).toHaveLength(1);
      expect(duplicates({ source: 'other', name: { zh: '村集体经济收益' }, amount: one }, { source: 'other', name: { zh: '村集体经济收益' }, amount: one })).toHaveLength(1);
    });

    it('is not two lines of one source from different givers, forms or names', () => {
      const one = amount('1');
      const districts = [
        { source: 'east-west-cooperation', amount: amount('250000'), donor: regionCode('440303') },
        { source: 'east-west-cooperation', amount: amount('250000'), donor: regionCode('440305') },
      ] as const;
      expect(issuesOf(districts)).toEqual([]);
      expect(duplicates({ source: 'other-departments', amount: one, funder: transport }, { source: 'other-departments', amount: one, name: { zh: '县水务局' } })).toEqual([]);
      expect(duplicates({ source: 'enterprise-social', amount: one, name: { zh: '某集团' } }, { source: 'enterprise-social', amount: one, name: { zh: '另一集团' } })).toEqual([]);
      expect(duplicates({ source: 'enterprise-social', amount: one, name: { en: 'A group' } }, { source: 'enterprise-social', amount: one, name: { en: 'Another group' } })).toEqual([]);
      expect(duplicates({ source: 'other-departments', amount: one, name: { zh: '县水务局' } }, { source: 'enterprise-social', amount: one, name: { zh: '县水务局' } })).toEqual([]);
      expect(duplicates({ source: 'beneficiary-contribution', form: 'money', amount: one }, { source: 'beneficiary-contribution', form: 'labour', amount: one })).toEqual([]);
      expect(duplicates({ source: 'other', name: { zh: '村集体经济收益' }, amount: one }, { source: 'other', name: { zh: '社会捐赠' }, amount: one })).toEqual([]);
      expect(duplicates({ source: 'other', name: { en: 'Village income' }, amount: one }, { source: 'other', name: { en: 'Donations' }, amount: one })).toEqual([]);
    });
  });
});

describe('formatFundingSource', () => {
  const transportBureau: Organisation = { id: transport, name: { zh: '大方县交通运输局', en: 'Dafang County Transport Bureau' }, kind: 'county-department' };
  const nanshan = (code: string) => (code === '440305' ? '深圳市南山区' : undefined);

  it('names the donor district of an east–west line by the name given for its code, else by the code', () => {
    const line: FundingSource = { source: 'east-west-cooperation', amount: amount('1'), donor: regionCode('440305') };
    expect(formatFundingSource(line, { regionName: nanshan })).toBe('东西部协作资金（深圳市南山区）');
    expect(formatFundingSource(line)).toBe('东西部协作资金（440305）');
    expect(formatFundingSource(line, { language: 'en' })).toBe('east–west cooperation funds (440305)');
    expect(formatFundingSource({ source: 'east-west-cooperation', amount: amount('1') }, { regionName: nanshan })).toBe('东西部协作资金');
  });

  it('names the form of a contribution in either language, and the county’s funds alone', () => {
    expect(formatFundingSource({ source: 'beneficiary-contribution', form: 'money', amount: amount('1') })).toBe('群众自筹（自筹资金）');
    expect(formatFundingSource({ source: 'beneficiary-contribution', form: 'labour', amount: amount('1') }, { language: 'en' })).toBe("beneficiaries' own contribution (labour valued in money)");
    expect(formatFundingSource({ source: 'local-integrated', amount: amount('1') })).toBe('统筹整合财政涉农资金');
    expect(formatFundingSource({ source: 'local-integrated', amount: amount('1') }, { language: 'en' })).toBe('integrated agriculture-related fiscal funds');
  });

  it('names a funder by its organisation, else by the name on the line, else not at all', () => {
    const byId: FundingSource = { source: 'enterprise-social', amount: amount('1'), funder: transport, name: { zh: '旧名称' } };
    expect(formatFundingSource(byId, { organisations: [transportBureau] })).toBe('企业及社会捐赠资金（大方县交通运输局）');
    expect(formatFundingSource(byId)).toBe('企业及社会捐赠资金（旧名称）');
    expect(formatFundingSource(byId, { organisations: [{ ...transportBureau, id: organisationId('other-bureau') }] })).toBe('企业及社会捐赠资金（旧名称）');
    expect(formatFundingSource({ source: 'enterprise-social', amount: amount('1'), name: { zh: '某集团' } }, { organisations: [transportBureau] })).toBe('企业及社会捐赠资金（某集团）');
    expect(formatFundingSource({ source: 'enterprise-social', amount: amount('1') }, { organisations: [transportBureau] })).toBe('企业及社会捐赠资金');
    // A name in Chinese only is left out of the English text.
    expect(formatFundingSource({ source: 'other-departments', amount: amount('1'), name: { zh: '县水务局' } }, { language: 'en' })).toBe("other departments' funds");
  });

  it('calls an other line by its own name in the language asked for', () => {
    const line: FundingSource = { source: 'other', name: { zh: '村集体经济收益', en: 'Village collective income' }, amount: amount('1') };
    expect(formatFundingSource(line)).toBe('村集体经济收益');
    expect(formatFundingSource(line, { language: 'en' })).toBe('Village collective income');
  });
});
