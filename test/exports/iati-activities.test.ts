import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countBeneficiaries,
  householdCount,
  iatiOrganisationTypes,
  organisationKinds,
  subProjectId,
  parsePerformanceActuals,
  performanceDimensions,
  personCount,
  type ActivityDates,
  type DeclaredCount,
  type ProjectId,
  type SubProjectId,
  addAmounts,
  amount,
  checkIatiExport,
  exportIatiActivities,
  formatPath,
  isoDate,
  ledgerEntryId,
  organisationId,
  parseAmount,
  projectId,
  regionCode,
  sumAmounts,
  unwrap,
  ZERO_AMOUNT,
  type Amount,
  type Issue,
  type Programme,
} from '../../src/index.js';
import { identifiedRecords, iatiOptions, recordOfProjects, reportingOrganisation, seedProgramme2011, seedRecord2011, variedRecord, withProgramme, withProject } from './fixtures.js';
import { iatiCodelist, unescapeXml, validateIatiXml, xmlTags, type XmlTag } from './standards.js';

// Each test exports the seed again, inside the test, so that what it checks is tied to the code it ran.
const seedDocument = (): string => unwrap(exportIatiActivities(seedRecord2011, iatiOptions()));

// Which codelist each coded attribute takes its values from; every other attribute is listed as free.
const CODED: Readonly<Record<string, string>> = {
  'iati-activities@version': 'Version',
  'iati-activity@default-currency': 'Currency',
  'iati-activity@xml:lang': 'Language',
  'narrative@xml:lang': 'Language',
  'reporting-org@type': 'OrganisationType',
  'participating-org@type': 'OrganisationType',
  'participating-org@role': 'OrganisationRole',
  'receiver-org@type': 'OrganisationType',
  'description@type': 'DescriptionType',
  'activity-status@code': 'ActivityStatus',
  'activity-date@type': 'ActivityDateType',
  'recipient-country@code': 'Country',
  'location-reach@code': 'GeographicLocationReach',
  'exactness@code': 'GeographicExactness',
  'location-class@code': 'GeographicLocationClass',
  'sector@vocabulary': 'SectorVocabulary',
  'sector@code': 'Sector',
  'budget@type': 'BudgetType',
  'budget@status': 'BudgetStatus',
  'value@currency': 'Currency',
  'transaction-type@code': 'TransactionType',
  'related-activity@type': 'RelatedActivityType',
  'result@type': 'ResultType',
  'indicator@measure': 'IndicatorMeasure',
};
const FREE = new Set([
  'iati-activities@generated-datetime',
  'iati-activity@last-updated-datetime',
  'iati-activity@hierarchy',
  'reporting-org@ref',
  'participating-org@ref',
  'receiver-org@ref',
  'recipient-country@percentage',
  'location@ref',
  'sector@percentage',
  'activity-date@iso-date',
  'period-start@iso-date',
  'period-end@iso-date',
  'value@value-date',
  'transaction@ref',
  'transaction-date@iso-date',
  'related-activity@ref',
  'indicator@ascending',
  'indicator@aggregation-status',
  'target@value',
  'actual@value',
]);

/** The activities of a document: each one's tags, from its `iati-activity` to the next. */
function activitiesOf(all: readonly XmlTag[]): XmlTag[][] {
  const activities: XmlTag[][] = [];
  for (const tag of all) {
    if (tag.name === 'iati-activity') activities.push([]);
    activities.at(-1)?.push(tag);
  }
  return activities;
}

function identifierOf(xml: string, activityIndex: number): string {
  return [...xml.matchAll(/<iati-identifier>([^<]*)<\/iati-identifier>/g)][activityIndex]?.[1] ?? '';
}

/** Sums of transaction values by transaction type, read back from the document as amounts. */
function transactionSums(xml: string): Map<string, Amount> {
  const sums = new Map<string, Amount>();
  for (const match of xml.matchAll(/<transaction-type code="(\d)"\/>\s*<transaction-date [^>]*\/>\s*<value [^>]*>([^<]*)<\/value>/g)) {
    const value = unwrap(parseAmount(match[2] ?? ''));
    sums.set(match[1] ?? '', addAmounts(sums.get(match[1] ?? '') ?? ZERO_AMOUNT, value));
  }
  return sums;
}

function ledgerSums(programme: Programme): Map<string, Amount> {
  const codes = { commitment: '2', disbursement: '3', expenditure: '4' } as const;
  const sums = new Map<string, Amount>();
  for (const entry of programme.ledger) {
    if (entry.kind === 'budget') continue;
    sums.set(codes[entry.kind], addAmounts(sums.get(codes[entry.kind]) ?? ZERO_AMOUNT, entry.amount));
  }
  return sums;
}

const codesOf = (issues: readonly Issue[]) => issues.map((found) => [found.code, formatPath(found.path)]);

describe('exportIatiActivities', () => {
  it('returns a document the IATI 2.03 schema accepts', async () => {
    const exported = seedDocument();
    const validation = await validateIatiXml(exported);
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);
  });

  it('uses only codes the IATI codelists list, for every coded attribute', () => {
    const tags = xmlTags(seedDocument());
    const uncovered = new Set<string>();
    for (const tag of tags) {
      for (const [attribute, value] of Object.entries(tag.attributes)) {
        const key = `${tag.name}@${attribute}`;
        const codelist = CODED[key];
        if (codelist === undefined) {
          if (!FREE.has(key)) uncovered.add(key);
          continue;
        }
        expect(iatiCodelist(codelist).has(value), `${key}="${value}" in ${codelist}`).toBe(true);
      }
    }
    expect([...uncovered]).toEqual([]);
    const agency = reportingOrganisation.ref.split('-').slice(0, 2).join('-');
    expect(iatiCodelist('OrganisationRegistrationAgency').has(agency)).toBe(true);
  });

  it('returns one activity per project (hierarchy 1) and per sub-project (hierarchy 2), linked both ways', () => {
    const exported = seedDocument();
    const tags = xmlTags(exported);
    const activities = activitiesOf(tags);
    const hierarchy = (level: string) => activities.filter((activity) => activity[0]?.attributes.hierarchy === level).length;
    expect([activities.length, hierarchy('1'), hierarchy('2')]).toEqual([109, 38, 71]);
    const identifiers = activities.map((_, index) => identifierOf(exported, index));
    expect(identifiers[0]).toBe(`${reportingOrganisation.ref}-BJ-2011-01`);
    expect(new Set(identifiers).size).toBe(109);
    activities.forEach((activity, index) => {
      for (const related of activity.filter((tag) => tag.name === 'related-activity')) {
        const target = identifiers.indexOf(related.attributes.ref ?? '');
        expect(target).toBeGreaterThanOrEqual(0);
        const back = activities[target]?.filter((tag) => tag.name === 'related-activity').map((tag) => [tag.attributes.ref, tag.attributes.type]);
        expect(back).toContainEqual([identifiers[index], related.attributes.type === '1' ? '2' : '1']);
      }
    });
  });

  it('reports every commitment, disbursement and expenditure once, at the lowest level it was booked on', () => {
    const exported = seedDocument();
    const tags = xmlTags(exported);
    expect(transactionSums(exported)).toEqual(ledgerSums(seedProgramme2011));
    const refs = tags.filter((tag) => tag.name === 'transaction').map((tag) => tag.attributes.ref);
    expect(refs.length).toBe(new Set(refs).size);
    const project = activitiesOf(tags)[0] ?? [];
    expect(project.filter((tag) => tag.name === 'transaction').map((tag) => tag.attributes.ref)).toEqual(['BJ-2011-01-management-fee']);
  });

  it('returns a reversal as a negative value', () => {
    const exported = seedDocument();
    expect(exported).toMatch(/<transaction ref="BJ-2011-02-a-disbursement-1-reversal">\s*<transaction-type code="3"\/>\s*<transaction-date iso-date="2011-06-15"\/>\s*<value currency="CNY" value-date="2011-06-15">-20000.00<\/value>/);
  });

  it('returns yearly budgets with CNY values dated on the first day of the year', () => {
    const exported = seedDocument();
    const budgets = [...exported.matchAll(/<budget type="1" status="2">\s*<period-start iso-date="(\d{4})-01-01"\/>\s*<period-end iso-date="\1-12-31"\/>\s*<value currency="CNY" value-date="\1-01-01">([^<]*)<\/value>/g)];
    expect(budgets.length).toBe(109);
    const firstProject = budgets.slice(0, 3).map((match) => match[2]);
    expect(firstProject).toEqual(['500000.00', '300000.00', '200000.00']);
  });

  it('takes each project\'s activity status from its log on the document\'s day, sub-projects sharing their project\'s', () => {
    const statusesOn = (generatedAt: string) => {
      const xml = unwrap(exportIatiActivities(variedRecord, iatiOptions({ generatedAt })));
      const all = activitiesOf(xmlTags(xml)).map((activity, index) => [identifierOf(xml, index).slice(reportingOrganisation.ref.length + 1), activity.find((tag) => tag.name === 'activity-status')?.attributes.code]);
      return (id: string) => all.find(([found]) => found === id)?.[1];
    };
    const march = statusesOn('2012-03-31T09:00:00+08:00');
    expect(['BJ-2011-01', 'BJ-2011-01-a', 'QN-2011-01', 'QN-2011-02', 'QN-2011-03', 'QN-2011-13'].map(march)).toEqual(['4', '4', '6', '5', '3', '2']);
    // The day before the cancellation: suspended already, not yet cancelled.
    const january = statusesOn('2012-01-11T09:00:00+08:00');
    expect(['QN-2011-01', 'QN-2011-02'].map(january)).toEqual(['6', '3']);
  });

  it('returns planned dates of the plan year, and the actual start and end from the project\'s log', () => {
    const tags = xmlTags(seedDocument());
    const datesOf = (activity: readonly XmlTag[]) => activity.filter((tag) => tag.name === 'activity-date').map((tag) => [tag.attributes.type, tag.attributes['iso-date']]);
    const activities = activitiesOf(tags);
    expect(datesOf(activities[0] ?? [])).toEqual([
      ['1', '2011-01-01'],
      ['2', '2011-04-01'],
      ['3', '2011-12-31'],
      ['4', '2011-10-15'],
    ]);
    // Still being built: no actual end.
    expect(datesOf(activities.at(-1) ?? [])).toEqual([
      ['1', '2011-01-01'],
      ['2', '2011-04-01'],
      ['3', '2011-12-31'],
    ]);
  });

  it('commits budgets only once approved, and drops those of a cancelled project', () => {
    const xml = unwrap(exportIatiActivities(variedRecord, iatiOptions()));
    const cancelled = activitiesOf(xmlTags(xml)).filter((_, index) => identifierOf(xml, index).includes('QN-2011-02'));
    expect(cancelled.length).toBeGreaterThan(1);
    expect(cancelled.flat().filter((tag) => tag.name === 'budget')).toEqual([]);
    expect(cancelled.flat().filter((tag) => tag.name === 'transaction').length).toBeGreaterThan(0);
    const { 'BJ-2011-01': _log, ...otherLogs } = seedRecord2011.eventLogs;
    const drafted = withProgramme((programme) => ({ ...programme, ledger: programme.ledger.filter((entry) => entry.project !== 'BJ-2011-01') }), { ...seedRecord2011, eventLogs: otherLogs });
    const pipeline = unwrap(exportIatiActivities(drafted, iatiOptions({ projects: [projectId('BJ-2011-01')] })));
    expect(xmlTags(pipeline).filter((tag) => tag.name === 'budget').map((tag) => tag.attributes.status)).toEqual(['1', '1', '1']);
    expect(xmlTags(pipeline).find((tag) => tag.name === 'activity-status')?.attributes.code).toBe('1');
  });

  it('names the location by its GB/T 2260 code and full name, in Chinese and English', () => {
    const exported = seedDocument();
    expect(exported).toContain('<location ref="GB2260-522401">');
    expect(exported).toContain('<narrative xml:lang="zh">贵州省毕节地区毕节市</narrative>');
    expect(exported).toContain('<narrative xml:lang="en">GB/T 2260 division code 522401 (revision in force on 2011-01-01)</narrative>');
  });

  it('returns the DAC sector of each activity\'s own type', () => {
    const tags = xmlTags(seedDocument());
    const sectors = activitiesOf(tags).slice(0, 3).map((activity) => activity.find((tag) => tag.name === 'sector')?.attributes.code);
    expect(sectors).toEqual(['43040', '21020', '14031']);
  });

  it('returns the performance target and the beneficiaries as results', () => {
    const exported = seedDocument();
    const tags = xmlTags(exported);
    const project = activitiesOf(tags)[0] ?? [];
    expect(project.filter((tag) => tag.name === 'result').map((tag) => tag.attributes.type)).toEqual(['1', '2']);
    expect(exported).toMatch(/申报受益人数：residents-benefited<\/narrative>[\s\S]*?<actual value="1200">/);
    expect(exported).toMatch(/Beneficiaries \(distinct persons\)<\/narrative>\s*<\/title>\s*<period>\s*<period-start iso-date="2011-01-01"\/>\s*<period-end iso-date="2011-12-31"\/>\s*<actual value="3"\/>/);
    const subProject = activitiesOf(tags)[1] ?? [];
    expect(subProject.filter((tag) => tag.name === 'indicator').map((tag) => tag.attributes['aggregation-status'])).toEqual(['true', 'false', 'false', 'false', 'false']);
  });

  it('writes a range target as its lower bound, with the range in a comment, and no direction', async () => {
    const range = { dimension: 'output-timeliness', name: '完工月数', comparator: 'range', value: '10', max: '12', unit: '月' } as const;
    const programme = withProject(0, (project) => ({ ...project, performanceTarget: { indicators: [range] } }));
    const xml = unwrap(exportIatiActivities(programme, iatiOptions()));
    const indicator = /<indicator measure="1">\s*<title>\s*<narrative[^>]*>完工月数<\/narrative>[\s\S]*?<\/indicator>/.exec(xml)?.[0] ?? '';
    expect(indicator).toMatch(/<target value="10">\s*<comment>\s*<narrative[^>]*>10–12 月<\/narrative>/);
    expect((await validateIatiXml(xml)).valid).toBe(true);
  });

  it("writes a project's performance actuals in its indicators' periods: the latest of each year, with the day measured and the source", async () => {
    const report = { document: { zh: '七星关区项目验收报告', en: 'Acceptance report' }, completeness: 'complete' } as const;
    const project = seedProgramme2011.projects[0]!;
    const performanceActuals = unwrap(
      parsePerformanceActuals([
        { project: project.id, indicator: '完成子项目数', value: '2', date: '2011-10-15', source: report },
        { project: project.id, indicator: '完成子项目数', value: '3', date: '2011-12-20', source: report },
        { project: project.id, indicator: '年内完工率', value: '100', date: '2012-01-10', source: { ...report, completeness: 'incomplete' } },
        { project: 'QN-2011-01', indicator: '完成子项目数', value: '9', date: '2011-12-20', source: report },
      ]),
    );
    const xml = unwrap(exportIatiActivities(seedRecord2011, iatiOptions({ performanceActuals })));
    const activity = xml.slice(xml.indexOf(`<iati-identifier>`), xml.indexOf('</iati-activity>'));
    const count = /<indicator measure="1" ascending="true">[\s\S]*?<\/indicator>/.exec(activity)?.[0] ?? '';
    expect(count).toMatch(/<period>\s*<period-start iso-date="2011-01-01"\/>\s*<period-end iso-date="2011-12-31"\/>\s*<target value="\d+">[\s\S]*?<\/target>\s*<actual value="3">\s*<comment>\s*<narrative xml:lang="zh">实测日期：2011-12-20；来源：七星关区项目验收报告<\/narrative>\s*<narrative xml:lang="en">Measured on 2011-12-20; source: Acceptance report<\/narrative>/);
    expect(count).not.toContain('<actual value="2">');
    const rate = /<indicator measure="2">[\s\S]*?<\/indicator>/.exec(activity)?.[0] ?? '';
    expect(rate).toMatch(/<period-start iso-date="2012-01-01"\/>\s*<period-end iso-date="2012-12-31"\/>\s*<actual value="100">/);
    expect(rate).toContain('据不完全统计');
    expect(activity).not.toContain('<actual value="9">');
    expect((await validateIatiXml(xml)).valid).toBe(true);
  });

  it('describes each indicator by its dimension in both languages, its measure by its unit and its direction by its comparator', () => {
    const comparators = ['<=', '=', 'range'] as const;
    const indicators = performanceDimensions.map((dimension, i) => {
      const comparator = comparators[i % 3] ?? '=';
      const unit = i === 1 ? '' : i === 2 ? '%' : '户';
      return comparator === 'range' ? { dimension, name: `指标${i}`, comparator, value: '5', max: '9', unit } : { dimension, name: `指标${i}`, comparator, value: '5', unit };
    });
    const record = withProject(1, (project) => ({ ...project, performanceTarget: { indicators } }));
    const xml = unwrap(exportIatiActivities(record, iatiOptions({ projects: [projectId('BJ-2011-02')], beneficiaries: {} })));
    const written = [...xml.matchAll(/<indicator ([^>]*)>([\s\S]*?)<\/indicator>/g)].map(([, attributes, body]) => [
      attributes,
      [...(body ?? '').matchAll(/<description>\s*<narrative xml:lang="zh">([^<]*)<\/narrative>\s*<narrative xml:lang="en">([^<]*)</g)].flatMap((match) => [match[1], match[2]]),
      /<target value="([^"]*)"(?:\/>|>\s*<comment>\s*<narrative xml:lang="(?:zh|en)">([^<]*)<)/.exec(body ?? '')?.slice(1),
    ]);
    expect(written).toEqual([
      ['measure="1" ascending="false"', ['产出指标·数量', 'Output: quantity'], ['5', '户']],
      ['measure="1"', ['产出指标·质量', 'Output: quality'], ['5', undefined]],
      ['measure="2"', ['产出指标·时效', 'Output: timeliness'], ['5', '5–9 %']],
      ['measure="1" ascending="false"', ['产出指标·成本', 'Output: cost'], ['5', '户']],
      ['measure="1"', ['效益指标·经济效益', 'Benefit: economic'], ['5', '户']],
      ['measure="1"', ['效益指标·社会效益', 'Benefit: social'], ['5', '5–9 户']],
      ['measure="1" ascending="false"', ['效益指标·生态效益', 'Benefit: ecological'], ['5', '户']],
      ['measure="1"', ['效益指标·可持续影响', 'Benefit: sustainable'], ['5', '户']],
      ['measure="1"', ['满意度指标', 'Satisfaction'], ['5', '5–9 户']],
    ]);
  });

  it('writes declared households and persons, and their registered-poor parts, as indicators of their own in the year declared', () => {
    const source = { document: { zh: '项目申报书', en: 'Application' }, completeness: 'complete' } as const;
    const attachedTo = { kind: 'project', project: projectId('BJ-2011-02') } as const;
    const declared: readonly DeclaredCount[] = [
      { figure: 'benefited', unit: 'households', count: householdCount(380), registeredPoor: householdCount(126), year: 2012, attachedTo, source },
      { figure: 'benefited', unit: 'persons', count: personCount(1420), registeredPoor: personCount(431), attachedTo, source },
    ];
    const xml = unwrap(exportIatiActivities(seedRecord2011, iatiOptions({ projects: [projectId('BJ-2011-02')], beneficiaries: { declared } })));
    const written = [...xml.matchAll(/<indicator [^>]*aggregation-status="(\w+)">\s*<title>\s*<narrative xml:lang="zh">([^<]*)<\/narrative>\s*<narrative xml:lang="en">([^<]*)<\/narrative>[\s\S]*?<period-start iso-date="(\d{4})-01-01"\/>[\s\S]*?<actual value="(\d+)">\s*<comment>\s*<narrative xml:lang="zh">([^<]*)</g)].map(
      (match) => match.slice(1),
    );
    expect(written).toEqual([
      ['false', '申报受益户数：benefited', 'Declared beneficiaries (households): benefited', '2012', '380', '来源：项目申报书'],
      ['false', '申报受益户数，其中建档立卡贫困户：benefited', 'Declared beneficiaries (households, of which registered poor households): benefited', '2012', '126', '来源：项目申报书'],
      ['false', '申报受益人数：benefited', 'Declared beneficiaries (persons): benefited', '2011', '1420', '来源：项目申报书'],
      ['false', '申报受益人数，其中建档立卡贫困人口：benefited', 'Declared beneficiaries (persons, of which registered poor persons): benefited', '2011', '431', '来源：项目申报书'],
    ]);
  });

  it('names the reporting organisation as the options name it, in place of its name in the programme', () => {
    const reportingOrg = { ...reportingOrganisation, name: { zh: '深圳市协作办', en: 'Shenzhen Cooperation Office' } };
    const xml = unwrap(exportIatiActivities(seedRecord2011, iatiOptions({ projects: [projectId('BJ-2011-01')], reportingOrganisation: reportingOrg })));
    expect(xml).toMatch(/<reporting-org ref="CN-USCI-11440300MB2C92071X" type="11">\s*<narrative xml:lang="zh">深圳市协作办<\/narrative>\s*<narrative xml:lang="en">Shenzhen Cooperation Office<\/narrative>\s*<\/reporting-org>/);
  });

  it('describes a transaction by its note, in the languages it is written in, with personal numbers masked', () => {
    const noted = withProgramme((programme) => ({
      ...programme,
      ledger: programme.ledger.map((entry) => (entry.id === 'BJ-2011-01-a-commitment' ? { ...entry, note: { zh: '经办人 13812345678', en: ' ' } } : entry)),
    }));
    const xml = unwrap(exportIatiActivities(noted, iatiOptions({ projects: [projectId('BJ-2011-01')] })));
    expect(xml).toMatch(
      /<transaction ref="BJ-2011-01-a-commitment">\s*<transaction-type code="2"\/>\s*<transaction-date iso-date="2011-04-20"\/>\s*<value [^>]*>300000.00<\/value>\s*<description>\s*<narrative xml:lang="zh">经办人 138\*\*\*\*5678<\/narrative>\s*<\/description>\s*<receiver-org/,
    );
    expect(xml).not.toContain('13812345678');
  });

  it('takes planned dates from the options, a sub-project\'s own or else its project\'s, the rest from the plan year', () => {
    const dates = new Map<ProjectId | SubProjectId, ActivityDates>([
      [projectId('BJ-2011-01'), { plannedStart: isoDate('2011-02-01') }],
      [subProjectId('BJ-2011-01-a'), { plannedStart: isoDate('2011-03-01'), plannedEnd: isoDate('2011-09-30') }],
    ]);
    const xml = unwrap(exportIatiActivities(seedRecord2011, iatiOptions({ projects: [projectId('BJ-2011-01')], activityDates: dates })));
    const planned = activitiesOf(xmlTags(xml)).map((activity) => activity.filter((tag) => tag.name === 'activity-date' && ['1', '3'].includes(tag.attributes.type ?? '')).map((tag) => tag.attributes['iso-date']));
    expect(planned).toEqual([
      ['2011-02-01', '2011-12-31'],
      ['2011-03-01', '2011-09-30'],
      ['2011-02-01', '2011-12-31'],
    ]);
    const reversed = new Map<ProjectId | SubProjectId, ActivityDates>([[subProjectId('BJ-2011-01-a'), { plannedStart: isoDate('2011-10-01'), plannedEnd: isoDate('2011-09-30') }]]);
    expect(codesOf(checkIatiExport(seedRecord2011, iatiOptions({ projects: [projectId('BJ-2011-01')], activityDates: reversed })))).toEqual([
      ['iati-activity-dates-reversed', 'options.activityDates.BJ-2011-01-a'],
    ]);
  });

  it('writes each language asked for once, in the order asked, and both when none is asked for', () => {
    const titleOf = (languages: readonly ('zh' | 'en')[]) =>
      /<title>\s*((?:<narrative[^>]*>[^<]*<\/narrative>\s*)+)<\/title>/.exec(unwrap(exportIatiActivities(seedRecord2011, iatiOptions({ projects: [projectId('BJ-2011-01')], languages }))))?.[1]?.match(/xml:lang="\w+"/g);
    expect(titleOf(['en', 'en', 'zh'])).toEqual(['xml:lang="en"', 'xml:lang="zh"']);
    expect(titleOf([])).toEqual(['xml:lang="zh"', 'xml:lang="en"']);
  });

  it('writes the narratives in the languages asked for', () => {
    const english = unwrap(exportIatiActivities(seedRecord2011, iatiOptions({ languages: ['en'] })));
    // Untagged free texts (an indicator's name and unit) keep the language they are written in.
    const chinese = new Set([...english.matchAll(/<narrative xml:lang="zh">([^<]*)<\/narrative>/g)].map((match) => match[1]));
    expect([...chinese]).toEqual(['完成子项目数', '个', '年内完工率']);
    expect(english).toContain('<narrative xml:lang="en">Bijie City 2011 entire-village advancement project</narrative>');
    expect(english).not.toContain('毕节市2011年整村推进项目');
    expect(english).toContain('xml:lang="en" default-currency="CNY"');
  });

  it('types each kind of organisation by the OrganisationType codelist: government bodies 11, state-owned enterprises 15, enterprises 70, the others 90', () => {
    const others = new Set(['social-donor', 'village-committee', 'expert-review-team', 'implementing-unit']);
    const expected = (kind: string) => (kind === 'state-owned-enterprise' ? '15' : kind === 'enterprise' ? '70' : others.has(kind) ? '90' : '11');
    expect(Object.entries(iatiOrganisationTypes).sort()).toEqual(organisationKinds.map((kind) => [kind, expected(kind)]).sort());
  });

  it('names a sub-project\'s own implementing unit in place of its project\'s, as implementer and receiver of its money', () => {
    const own = withProject(0, (project) => ({
      ...project,
      subProjects: project.subProjects.map((sub, s) => (s === 0 ? { ...sub, implementingUnit: organisationId('poverty-office-522401') } : sub)),
    }));
    const xml = unwrap(exportIatiActivities(own, iatiOptions({ projects: [projectId('BJ-2011-01')], beneficiaries: {}, languages: ['en'] })));
    const named = [...xml.matchAll(/<iati-activity [\s\S]*?<\/iati-activity>/g)].map(([activity]) =>
      [...activity.matchAll(/<(participating-org|receiver-org)[^>]*?(?: role="(\d)")?>\s*<narrative xml:lang="en">([^<]*)/g)].map((found) => [found[1] === 'receiver-org' ? 'receiver' : found[2], found[3]]),
    );
    const funders = [
      ['1', 'Shenzhen Municipal People\'s Government'],
      ['2', 'Bijie Prefecture Administrative Office'],
      ['3', 'Shenzhen Counterpart Support Office'],
    ];
    const office = seedProgramme2011.organisations.find((organisation) => organisation.id === 'poverty-office-522401')?.name.en;
    expect(named[0]).toEqual([...funders, ['4', 'Bijie City People\'s Government']]);
    expect(named[1]).toEqual([...funders, ['4', office], ['receiver', office], ['receiver', office]]);
    expect(named[2]).toEqual([...funders, ['4', 'Bijie City People\'s Government'], ['receiver', 'Bijie City People\'s Government'], ['receiver', 'Bijie City People\'s Government']]);
  });

  it('lists the other funders of a project as funding organisations: by the organisation, the name on the line or the source, each once', () => {
    const cofinanced = withProject(0, (project) => ({
      ...project,
      funding: [
        { source: 'east-west-cooperation', amount: project.budget },
        { source: 'local-integrated', amount: amount('3000') },
        { source: 'beneficiary-contribution', form: 'labour', amount: amount('1000') },
        { source: 'other-departments', funder: organisationId('bijie-government'), amount: amount('2000') },
        { source: 'enterprise-social', funder: organisationId('sz-government'), amount: amount('100') },
        { source: 'other', name: { zh: '社会捐赠', en: 'Donations' }, amount: amount('300') },
      ],
    }));
    const xml = unwrap(exportIatiActivities(cofinanced, iatiOptions({ projects: [projectId('BJ-2011-01')], beneficiaries: {} })));
    const project = /<iati-activity [\s\S]*?<\/iati-activity>/.exec(xml)?.[0] ?? '';
    const funders = [...project.matchAll(/<participating-org ([^>]*)role="1">\s*<narrative xml:lang="zh">([^<]*)<\/narrative>\s*<narrative xml:lang="en">([^<]*)</g)].map((found) => [found[1]?.trim(), found[2], found[3]]);
    expect(funders).toEqual([
      ['type="11"', '深圳市人民政府', "Shenzhen Municipal People's Government"],
      ['', '统筹整合财政涉农资金', 'integrated agriculture-related fiscal funds'],
      ['', '群众自筹（投工投劳折资）', "beneficiaries' own contribution (labour valued in money)"],
      ['type="11"', '毕节地区行政公署', 'Bijie Prefecture Administrative Office'],
      ['', '社会捐赠', 'Donations'],
    ]);
  });

  it('names the participating organisations by their IATI identifiers where given', () => {
    const refs = new Map([[organisationId('sz-government'), 'CN-USCI-11440300007542781X']]);
    const withRefs = unwrap(exportIatiActivities(seedRecord2011, iatiOptions({ organisationRefs: refs })));
    expect(withRefs).toContain('<participating-org ref="CN-USCI-11440300007542781X" type="11" role="1">');
  });

  describe('edge cases', () => {
    it('escapes markup in names and keeps them whole', async () => {
      const name = 'A & B <road> "phase 2" \'east\'\r\n]]>';
      const programme = withProject(0, (project) => ({ ...project, name: { zh: '道路', en: name } }));
      const xml = unwrap(exportIatiActivities(programme, iatiOptions()));
      const written = /<title>\s*<narrative xml:lang="zh">道路<\/narrative>\s*<narrative xml:lang="en">([^<]*)<\/narrative>/.exec(xml)?.[1] ?? '';
      expect(unescapeXml(written)).toBe(name);
      expect((await validateIatiXml(xml)).valid).toBe(true);
    });

    it('refuses a character XML cannot carry, naming where it is', () => {
      const programme = withProject(2, (project) => ({ ...project, name: { zh: '道路\u0001' } }));
      expect(codesOf(checkIatiExport(programme, iatiOptions()))).toEqual([['xml-character-invalid', 'programme.projects[2].name.zh']]);
      expect(checkIatiExport(programme, iatiOptions()).map((found) => found.params)).toEqual([{ codePoint: '0001' }]);
    });

    it('escapes quotes, ampersands and angle brackets of an organisation identifier in its attribute', async () => {
      const refs = new Map([[organisationId('sz-government'), 'CN-USCI-a"b&c<d>']]);
      const xml = unwrap(exportIatiActivities(seedRecord2011, iatiOptions({ projects: [projectId('BJ-2011-01')], organisationRefs: refs })));
      expect(xml).toContain('<participating-org ref="CN-USCI-a&quot;b&amp;c&lt;d&gt;" type="11" role="1">');
      expect(xmlTags(xml).find((tag) => tag.name === 'participating-org')?.attributes.ref).toBe('CN-USCI-a"b&c<d>');
      expect((await validateIatiXml(xml)).valid).toBe(true);
    });

    it('refuses a programme that breaks the model\'s rules, before writing anything', () => {
      const [fund] = seedProgramme2011.funds;
      const broken = withProgramme((programme) => ({ ...programme, funds: [{ ...fund!, total: amount('47 million') }] }));
      const result = exportIatiActivities(broken, iatiOptions());
      expect(result.ok).toBe(false);
      expect(result.ok || codesOf(result.issues)).toEqual([['fund-breakdown-mismatch', 'programme.funds[0].breakdown']]);
    });

    it('refuses a reporting organisation IATI cannot identify', () => {
      const issues = checkIatiExport(seedRecord2011, iatiOptions({ reportingOrganisation: { ref: 'Shenzhen office', type: '99' } }));
      expect(codesOf(issues)).toEqual([
        ['iati-organisation-ref-invalid', 'options.reportingOrganisation.ref'],
        ['iati-organisation-type-invalid', 'options.reportingOrganisation.type'],
      ]);
    });

    it('accepts as the reporting organisation\'s type every code of the OrganisationType codelist, and no other', () => {
      const accepted = [...iatiCodelist('OrganisationType')].filter((type) => checkIatiExport(seedRecord2011, iatiOptions({ projects: [projectId('BJ-2011-01')], reportingOrganisation: { ...reportingOrganisation, type } })).length === 0);
      expect(accepted).toEqual([...iatiCodelist('OrganisationType')]);
      expect(checkIatiExport(seedRecord2011, iatiOptions({ projects: [projectId('BJ-2011-01')], reportingOrganisation: { ...reportingOrganisation, type: '12' } })).map((found) => found.code)).toEqual(['iati-organisation-type-invalid']);
    });

    it('refuses an identifier with characters IATI forbids', () => {
      // A new project, drafted: no log, no money yet.
      const { 'BJ-2011-01': _log, ...eventLogs } = seedRecord2011.eventLogs;
      const renamed = withProgramme(
        (programme) => ({
          ...programme,
          projects: programme.projects.map((project, p) => (p === 0 ? { ...project, id: projectId('BJ/2011/01'), subProjects: [] } : project)),
          ledger: programme.ledger.filter((entry) => entry.project !== 'BJ-2011-01'),
        }),
        { ...seedRecord2011, eventLogs },
      );
      expect(codesOf(checkIatiExport(renamed, iatiOptions({ beneficiaries: {} })))).toEqual([['iati-identifier-invalid', 'programme.projects[0].id']]);
    });

    it('refuses a project type without a DAC sector, and accepts it once one is given', () => {
      const programme = withProgramme((changed): Programme => ({
        ...changed,
        projectTypes: [...seedProgramme2011.projectTypes, { code: 'bridge', label: { zh: '桥梁', en: 'bridges' }, infrastructure: true }],
      }), withProject(0, (project) => ({ ...project, type: 'bridge' })));
      expect(codesOf(checkIatiExport(programme, iatiOptions()))).toEqual([['iati-sector-unmapped', 'programme.projects[0].type']]);
      expect(checkIatiExport(programme, iatiOptions({ sectors: { bridge: '21020' } }))).toEqual([]);
      expect(codesOf(checkIatiExport(programme, iatiOptions({ sectors: { bridge: '210' } })))).toEqual([['iati-sector-code-invalid', 'options.sectors.bridge']]);
    });

    it('refuses a division code the revision in force does not list', () => {
      const programme = withProject(0, (project) => ({ ...project, location: { region: regionCode('520502') }, subProjects: project.subProjects.map((sub) => ({ ...sub, location: { region: regionCode('520502') } })) }));
      const issues = checkIatiExport(programme, iatiOptions()).filter((found) => found.code === 'export-region-unknown');
      expect(codesOf(issues)).toEqual([
        ['export-region-unknown', 'programme.projects[0].location.region'],
        ['export-region-unknown', 'programme.projects[0].subProjects[0].location.region'],
        ['export-region-unknown', 'programme.projects[0].subProjects[1].location.region'],
      ]);
    });

    it('refuses an activity no organisation takes part in', () => {
      const programme = withProject(0, ({ implementingUnit: _unit, ...project }) => ({
        ...project,
        participations: [],
        subProjects: project.subProjects.map(({ implementingUnit: _subUnit, ...sub }) => sub),
      }));
      expect(codesOf(checkIatiExport(programme, iatiOptions()))).toEqual([
        ['iati-participating-org-missing', 'programme.projects[0].participations'],
        ['iati-participating-org-missing', 'programme.projects[0].subProjects[0].participations'],
        ['iati-participating-org-missing', 'programme.projects[0].subProjects[1].participations'],
      ]);
    });

    it('refuses planned dates that end before they start, and transactions after the document\'s date', () => {
      const dates = new Map([[projectId('BJ-2011-01'), { plannedStart: isoDate('2011-06-01'), plannedEnd: isoDate('2011-05-01') }]]);
      expect(checkIatiExport(seedRecord2011, iatiOptions({ activityDates: dates })).map((found) => [found.code, found.params])).toEqual([
        ['iati-activity-dates-reversed', { start: 'planned start', startDate: '2011-06-01', end: 'planned end', endDate: '2011-05-01' }],
      ]);
      const early = checkIatiExport(seedRecord2011, iatiOptions({ generatedAt: '2011-12-15T12:00:00+08:00' }));
      expect(early.length).toBeGreaterThan(0);
      expect(early.every((found) => found.code === 'export-date-after-generation' && found.path[0] === 'programme' && found.path[1] === 'ledger')).toBe(true);
      expect(checkIatiExport(seedRecord2011, iatiOptions({ generatedAt: '2012-03-31 09:00' })).map((found) => [found.code, formatPath(found.path)])).toEqual([
        ['timestamp-invalid', 'options.generatedAt'],
      ]);
    });

    it('refuses a negative yearly budget', () => {
      const programme = withProgramme((changed) => ({
        ...changed,
        ledger: [
          ...changed.ledger,
          { id: ledgerEntryId('cut'), kind: 'budget', project: projectId('BJ-2011-01'), category: 'counterpart-support', amount: amount('-600000'), date: isoDate('2012-01-10'), reverses: ledgerEntryId('BJ-2011-01-a-budget') },
        ],
      }));
      const issues = checkIatiExport(programme, iatiOptions()).filter((found) => found.code === 'iati-budget-negative');
      expect(codesOf(issues)).toEqual([['iati-budget-negative', 'programme.projects[0].budget']]);
    });

    it('refuses beneficiary figures it cannot place on the activities', () => {
      const byRegion = { identified: { groupBy: 'region' as const, totals: [], groups: [] } };
      expect(codesOf(checkIatiExport(seedRecord2011, iatiOptions({ beneficiaries: byRegion })))).toEqual([
        ['export-beneficiary-grouping-unsupported', 'options.beneficiaries.identified.groupBy'],
      ]);
      const stray = { declared: [{ figure: 'x', unit: 'persons' as const, count: 1 as never, attachedTo: { kind: 'project' as const, project: projectId('nowhere') }, source: { document: { en: 'd' }, completeness: 'complete' as const } }] };
      expect(codesOf(checkIatiExport(seedRecord2011, iatiOptions({ beneficiaries: stray })))).toEqual([
        ['export-beneficiary-attachment-unknown', 'options.beneficiaries.declared[0].attachedTo'],
      ]);
      expect(checkIatiExport(seedRecord2011, iatiOptions({ beneficiaries: byRegion })).map((found) => found.params)).toEqual([{ groupBy: 'region' }]);
      const subProject = { kind: 'sub-project' as const, project: projectId('BJ-2011-01'), subProject: subProjectId('BJ-2011-01-z') };
      const straySub = { declared: [{ ...stray.declared[0]!, attachedTo: subProject }] };
      expect(checkIatiExport(seedRecord2011, iatiOptions({ beneficiaries: straySub })).map((found) => [found.code, formatPath(found.path), found.params])).toEqual([
        ['export-beneficiary-attachment-unknown', 'options.beneficiaries.declared[0].attachedTo', { attachment: 'BJ-2011-01/BJ-2011-01-z' }],
      ]);
    });

    it('places identified beneficiaries counted by project on the project, its sub-projects\' among them', () => {
      const byProject = { identified: countBeneficiaries(identifiedRecords, { groupBy: 'project' }) };
      const xml = unwrap(exportIatiActivities(seedRecord2011, iatiOptions({ projects: [projectId('BJ-2011-01')], beneficiaries: byProject })));
      const distinct = [...xml.matchAll(/<iati-activity [^>]*hierarchy="(\d)">[\s\S]*?<\/iati-activity>/g)].map(([activity, hierarchy]) => [
        hierarchy,
        /Beneficiaries \(distinct persons\)<\/narrative>\s*<\/title>\s*<period>\s*<period-start iso-date="2011-01-01"\/>\s*<period-end iso-date="2011-12-31"\/>\s*<actual value="(\d+)"/.exec(activity)?.[1],
      ]);
      expect(distinct).toEqual([
        ['1', '4'],
        ['2', undefined],
        ['2', undefined],
      ]);
    });
  });

  describe('publishing chosen projects', () => {
    const broken = withProject(2, (project) => ({ ...project, name: { zh: '道路\u0001' } }));

    it('publishes only the projects asked for', () => {
      const xml = unwrap(exportIatiActivities(seedRecord2011, iatiOptions({ projects: [projectId('QN-2011-13'), projectId('BJ-2011-02')] })));
      const projects = activitiesOf(xmlTags(xml)).flatMap((activity, index) => (activity[0]?.attributes.hierarchy === '1' ? [identifierOf(xml, index).slice(reportingOrganisation.ref.length + 1)] : []));
      expect(projects).toEqual(['BJ-2011-02', 'QN-2011-13']);
    });

    it('refuses chosen projects only for their own problems', () => {
      expect(exportIatiActivities(broken, iatiOptions({ projects: [projectId('BJ-2011-01')] })).ok).toBe(true);
      expect(codesOf(checkIatiExport(broken, iatiOptions({ projects: [projectId('BJ-2011-03')] })))).toEqual([['xml-character-invalid', 'programme.projects[2].name.zh']]);
      expect(codesOf(checkIatiExport(seedRecord2011, iatiOptions({ projects: [projectId('BJ-2099-01')] })))).toEqual([['export-project-unknown', 'options.projects[0]']]);
    });

    it('leaves out the refused projects on request and lists them with their issues', () => {
      const result = unwrap(exportIatiActivities(broken, { ...iatiOptions(), refused: 'omit' }));
      expect(result.refused.map((refused) => [refused.project, codesOf(refused.issues)])).toEqual([['BJ-2011-03', [['xml-character-invalid', 'programme.projects[2].name.zh']]]]);
      expect(activitiesOf(xmlTags(result.document)).length).toBe(109 - 1 - seedProgramme2011.projects[2]!.subProjects.length);
      expect(result.document).not.toContain('BJ-2011-03');
      expect(unwrap(exportIatiActivities(seedRecord2011, { ...iatiOptions(), refused: 'omit' })).refused).toEqual([]);
    });

    it('refuses a project for a problem of its ledger entries, and only when it is chosen', () => {
      // BJ-2011-02's expenditures booked after the document's date of 2012-03-31.
      const late = withProgramme((programme) => ({
        ...programme,
        ledger: programme.ledger.map((entry) => (entry.project === 'BJ-2011-02' && entry.kind === 'expenditure' ? { ...entry, date: isoDate('2012-04-01') } : entry)),
      }));
      const lateIssues = [
        ['export-date-after-generation', 'programme.ledger[17].date'],
        ['export-date-after-generation', 'programme.ledger[13].date'],
      ];
      expect(exportIatiActivities(late, iatiOptions({ projects: [projectId('BJ-2011-01')] })).ok).toBe(true);
      const both = [projectId('BJ-2011-02'), projectId('BJ-2011-01')];
      const refused = exportIatiActivities(late, iatiOptions({ projects: both }));
      expect(refused.ok || codesOf(refused.issues)).toEqual(lateIssues);
      const omitted = unwrap(exportIatiActivities(late, { ...iatiOptions({ projects: both }), refused: 'omit' }));
      expect(omitted.refused.map((project) => [project.project, codesOf(project.issues)])).toEqual([['BJ-2011-02', lateIssues]]);
      expect(activitiesOf(xmlTags(omitted.document)).length).toBe(3);
      // With nothing left to publish, the export is refused, asked to omit or not.
      const nothing = exportIatiActivities(late, { ...iatiOptions({ projects: [projectId('BJ-2011-02')] }), refused: 'omit' });
      expect(nothing.ok || codesOf(nothing.issues)).toEqual(lateIssues);
    });

    it('refuses everything for a problem of the programme as a whole, even when asked to omit', () => {
      const [fund] = seedProgramme2011.funds;
      const unbalanced = withProgramme((programme) => ({ ...programme, funds: [{ ...fund!, total: amount('47 million') }] }), broken);
      const result = exportIatiActivities(unbalanced, { ...iatiOptions({ projects: [projectId('BJ-2011-01')] }), refused: 'omit' });
      expect(result.ok || codesOf(result.issues)).toEqual([['fund-breakdown-mismatch', 'programme.funds[0].breakdown']]);
    });
  });

  describe('properties', () => {
    it('reports every ledger amount once, whichever projects are exported', () => {
      fc.assert(
        fc.property(fc.subarray([...seedProgramme2011.projects.keys()], { minLength: 1 }), (kept) => {
          const projects = kept.map((index) => seedProgramme2011.projects[index]!);
          const ids = new Set(projects.map((project) => project.id));
          const programme = { ...seedProgramme2011, projects, ledger: seedProgramme2011.ledger.filter((entry) => ids.has(entry.project)) };
          const xml = unwrap(exportIatiActivities(seedRecord2011, iatiOptions({ beneficiaries: {}, projects: projects.map((project) => project.id) })));
          expect(transactionSums(xml)).toEqual(ledgerSums(programme));
          const budgetSum = sumAmounts([...xml.matchAll(/hierarchy="2"[\s\S]*?<budget [^>]*>[\s\S]*?<value [^>]*>([^<]*)</g)].map((match) => unwrap(parseAmount(match[1] ?? ''))));
          expect(budgetSum.toJSON()).toBe(sumAmounts(projects.map((project) => project.budget)).toJSON());
        }),
        { numRuns: 25 },
      );
    });

    it('keeps any printable name whole and refuses the characters XML cannot carry', () => {
      // A record of the changed project alone: each run checks and replays a new record.
      const alone = recordOfProjects(['BJ-2011-01']);
      fc.assert(
        fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), (text) => {
          const name = `路${text}`;
          const programme = withProject(0, (project) => ({ ...project, name: { zh: name } }), alone);
          const result = exportIatiActivities(programme, iatiOptions({ languages: ['zh'] }));
          const invalid = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(name);
          if (invalid) {
            expect(result.ok || codesOf(result.issues)).toEqual([['xml-character-invalid', 'programme.projects[0].name.zh']]);
          } else if (name.trim() !== '') {
            const written = /<title>\s*<narrative xml:lang="zh">([^<]*)<\/narrative>/.exec(result.ok ? result.value : '')?.[1];
            expect(unescapeXml(written ?? '')).toBe(name);
          }
        }),
        { numRuns: 200 },
      );
    });
  });
});
