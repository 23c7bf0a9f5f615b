import { describe, expect, it } from 'vitest';
import {
  buildAnnualReport,
  createIssue,
  createRegionRegistry,
  formatPath,
  gb2260Registry,
  householdCount,
  isoDate,
  issueTermsZh,
  personCount,
  regionCode,
  renderAnnualReport,
  translateIssue,
  type AnnualReport,
  type DeclaredCount,
  type DeclaredProjectCount,
  type RegionRegistry,
} from '../../src/index.js';
import { reportOf, seedInput, seedOptions } from './fixtures.js';

const codesAndPaths = (report: AnnualReport) => report.issues.map((issue) => [issue.code, formatPath(issue.path)]);
const lines = (report: AnnualReport, locale: 'en' | 'zh') => renderAnnualReport(report, { locale }).split('\n');

/** An app's own registry: one release of 2011's codes, with short names, and no successions. */
const appRegistry = (): RegionRegistry =>
  createRegionRegistry([
    {
      revision: '201112',
      entries: [
        { code: '440300', name: '深圳市' },
        { code: '520000', name: '贵州省' },
        { code: '522400', name: '毕节地区' },
        { code: '522700', name: '黔南州' },
      ],
    },
  ]);

/** The national registry with its successions, listing two codes under other names. */
const renamedRegistry = (): RegionRegistry => {
  const base = gb2260Registry();
  const listings = new Map(base.listings);
  const rename = (code: string, name: string) => listings.set(regionCode(code), (base.listings.get(regionCode(code)) ?? []).map((listing) => ({ ...listing, name })));
  rename('522401', '毕节市（县级市）');
  rename('522700', '黔南州');
  return { ...base, listings };
};

describe('the rule a report chooses figures by', () => {
  it('is the largest report unless the options name another', () => {
    const { figureRule: _omitted, ...options } = seedOptions;
    expect(buildAnnualReport(seedInput, options).figureRule).toEqual({ rule: 'largest' });
    expect(reportOf({}, { figureRule: { rule: 'smallest' } }).figureRule).toEqual({ rule: 'smallest' });
  });
});

describe('the regions of a report', () => {
  it('shows a recipient the registry does not list by its code alone', () => {
    const report = reportOf({}, { recipients: [regionCode('529999')] });
    expect(report.recipients).toStrictEqual([{ code: '529999', codesInData: [] }]);
    expect(lines(report, 'en')).toContain('Recipients: 529999');
  });

  it('names a code created shortly before the report’s date from the registry’s next release', () => {
    // 520500 dates from 22 October 2011; the first release to list it is that of December 2011.
    const report = reportOf({}, { regionsAsOf: isoDate('2011-11-01') });
    expect(report.recipients.map((region) => [region.code, region.name?.zh, region.codesInData])).toEqual([
      ['520500', '毕节市', ['522400']],
      ['522700', '黔南布依族苗族自治州', []],
    ]);
  });

  it('shows a recipient asked under two earlier codes once, with both codes in order', () => {
    // 522421 became 522401 in 1993, and 522401 became 520502 in 2011.
    const report = reportOf({}, { recipients: [regionCode('522421'), regionCode('522401')] });
    expect(report.recipients).toEqual([{ code: '520502', name: { zh: '七星关区', en: 'Qixingguan District' }, codesInData: ['522401', '522421'] }]);
    expect(report.projects.itemised.projects).toBe(3);
  });

  it('follows the registry given: without its successions the 2011 codes stay, under its names', () => {
    const report = reportOf({}, { registry: appRegistry() });
    expect(report.recipients.map((region) => [region.code, region.name?.zh, region.codesInData])).toEqual([
      ['522400', '毕节地区', []],
      ['522700', '黔南州', []],
    ]);
    expect(report.projects.byPrefecture.map((row) => [row.region.code, row.projects, row.budget.toJSON()])).toEqual([
      ['522400', 25, '12000000.00'],
      ['522700', 13, '12000000.00'],
    ]);
    expect(report.olderCodes).toEqual([]);
    expect(lines(report, 'zh')).toContain('帮扶地区：毕节地区（522400）；黔南州（522700）');
  });

  it('names the regions and the older codes as the registry given lists them', () => {
    const report = reportOf({}, { registry: renamedRegistry() });
    expect(report.recipients.map((region) => [region.code, region.name?.zh])).toEqual([
      ['520500', '毕节市'],
      ['522700', '黔南州'],
    ]);
    expect(report.olderCodes.map((older) => [older.code, older.name?.zh, older.countedUnder.code])[0]).toEqual(['522401', '毕节市（县级市）', '520502']);
  });
});

describe('where a report locates the issues of declared figures', () => {
  const source = { document: { en: 'County statistics' }, completeness: 'complete' } as const;

  it('points the latest rule’s undated reports at their places in the input, past another year’s record', () => {
    const earlier: DeclaredProjectCount = { ...seedInput.declaredProjects[0]!, year: 2010 };
    const declaredProjects = [earlier, { ...seedInput.declaredProjects[0]!, reportedOn: isoDate('2012-03-01') }, ...seedInput.declaredProjects.slice(1)];
    const report = reportOf({ declaredProjects }, { figureRule: { rule: 'latest' } });
    expect(codesAndPaths(report).filter(([, path]) => path!.startsWith('declaredProjects'))).toEqual([
      ['declared-count-undated', 'declaredProjects[2].reportedOn'],
      ['declared-count-undated', 'declaredProjects[3].reportedOn'],
      ['declared-count-undated', 'declaredProjects[4].reportedOn'],
      ['declared-count-undated', 'declaredProjects[5].reportedOn'],
      ['declared-count-undated', 'declaredProjects[6].reportedOn'],
    ]);
    expect(report.issues.find((issue) => issue.code === 'declared-count-undated')?.path).toEqual(['declaredProjects', 2, 'reportedOn']);
  });

  it('chooses the latest of dated reports, and points an undated one of the year at its place', () => {
    const earlier: DeclaredCount = { ...seedInput.declaredBeneficiaries[0]!, year: 2010 };
    const [overview, funding, villages] = seedInput.declaredBeneficiaries;
    const fewer = { ...funding!, count: personCount(128000) } as DeclaredCount;
    const declaredBeneficiaries: DeclaredCount[] = [earlier, { ...overview!, reportedOn: isoDate('2012-01-20') }, { ...fewer, reportedOn: isoDate('2012-02-15') }, villages!];
    const report = reportOf({ declaredBeneficiaries }, { figureRule: { rule: 'latest' } });
    expect(report.beneficiaries.declared.map((count) => [count.figure, count.count, count.reportedOn])).toEqual([
      ['residents-benefited', 128000, '2012-02-15'],
      ['infrastructure-residents-benefited', 60400, undefined],
    ]);
    expect(codesAndPaths(report).filter(([, path]) => path!.startsWith('declaredBeneficiaries'))).toEqual([['declared-count-undated', 'declaredBeneficiaries[3].reportedOn']]);
  });

  it('points a count of persons below its households at its place in the input', () => {
    const persons = (count: number, year: number): DeclaredCount => ({ figure: 'resettled', unit: 'persons', count: personCount(count), year, source });
    const households: DeclaredCount = { figure: 'resettled', unit: 'households', count: householdCount(300), year: 2011, source };
    const report = reportOf({ declaredBeneficiaries: [...seedInput.declaredBeneficiaries, persons(900, 2012), persons(250, 2011), households] });
    expect(codesAndPaths(report)).toEqual([['declared-persons-fewer-than-households', 'declaredBeneficiaries[4].count']]);
  });
});

describe('the Chinese words of issues', () => {
  it('names region levels', () => {
    const issue = createIssue('region-code-level', [], { input: '522401', expected: 'prefecture', actual: 'county' });
    expect(translateIssue(issue, 'zh', issueTermsZh).message).toContain('522401');
    expect(translateIssue(issue, 'zh', issueTermsZh).message).toMatch(/是县级代码，此处须为地级代码。$/);
  });
});
