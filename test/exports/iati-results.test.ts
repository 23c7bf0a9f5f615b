import { describe, expect, it } from 'vitest';
import {
  activityId,
  countBeneficiaries,
  exportIatiActivities,
  isoDate,
  personCount,
  personTimeCount,
  projectId,
  regionCode,
  subProjectId,
  unwrap,
  type DeclaredCount,
  type IdentifiedBeneficiary,
  type PerformanceActual,
  type PerformanceIndicator,
  type SourceReference,
} from '../../src/index.js';
import { iatiOptions, recordOfProjects, withProject } from './fixtures.js';
import { validateIatiXml } from './standards.js';

// BJ-2011-01 alone (plan year 2011): its target counts sub-projects (完成子项目数, ≥ 2 个) and a completion rate.
const alone = recordOfProjects(['BJ-2011-01']);
const project = projectId('BJ-2011-01');
const report: SourceReference = { document: { zh: '验收报告', en: 'Acceptance report' }, completeness: 'complete' };
const actual = (date: string, value: string, more: Partial<PerformanceActual> = {}): PerformanceActual => ({ project, indicator: '完成子项目数', value, date: isoDate(date), source: report, ...more });

const activitiesOf = (xml: string) => [...xml.matchAll(/<iati-activity [\s\S]*?<\/iati-activity>/g)].map(([activity]) => activity);
const indicatorsOf = (xml: string) => [...xml.matchAll(/<indicator [\s\S]*?<\/indicator>/g)].map(([indicator]) => indicator);
/** Each period of an element as [year, target value or null, actual value or null]. */
const periodsOf = (element: string) =>
  [...element.matchAll(/<period>\s*<period-start iso-date="(\d{4})-01-01"\/>\s*<period-end iso-date="\1-12-31"\/>([\s\S]*?)<\/period>/g)].map(([, year, body]) => [
    year,
    /<target value="([^"]*)"/.exec(body ?? '')?.[1] ?? null,
    /<actual value="([^"]*)"/.exec(body ?? '')?.[1] ?? null,
  ]);

describe('exportIatiActivities: results', () => {
  describe('performance actuals', () => {
    it("writes each year's latest actual in that year's period, the periods in the order of the years, the target in the plan year's", async () => {
      const performanceActuals = [actual('2013-06-01', '6'), actual('2010-11-30', '0'), actual('2012-03-01', '4'), actual('2011-12-20', '3'), actual('2012-01-15', '5')];
      const xml = unwrap(exportIatiActivities(alone, iatiOptions({ performanceActuals, beneficiaries: {} })));
      expect(periodsOf(indicatorsOf(activitiesOf(xml)[0] ?? '')[0] ?? '')).toEqual([
        ['2010', null, '0'],
        ['2011', '2', '3'],
        ['2012', null, '4'],
        ['2013', null, '6'],
      ]);
      expect((await validateIatiXml(xml)).valid).toBe(true);
    });

    it('takes, of two actuals measured on the same day, the one given later', () => {
      const performanceActuals = [actual('2011-12-20', '3'), actual('2011-12-20', '2')];
      const xml = unwrap(exportIatiActivities(alone, iatiOptions({ performanceActuals, beneficiaries: {} })));
      expect(periodsOf(indicatorsOf(xml)[0] ?? '')).toEqual([['2011', '2', '2']]);
    });

    it("writes a sub-project's actuals on its own target only, not on its project's nor on another project's sub-project", () => {
      const road: PerformanceIndicator = { dimension: 'output-quantity', name: '硬化道路', comparator: '>=', value: '5', unit: 'km' };
      const targeted = withProject(0, (changed) => ({ ...changed, subProjects: changed.subProjects.map((sub, s) => (s === 0 ? { ...sub, performanceTarget: { indicators: [road] } } : sub)) }), alone);
      const subProject = subProjectId('BJ-2011-01-a');
      const performanceActuals = [
        actual('2011-10-15', '5.5', { subProject, indicator: '硬化道路' }),
        actual('2011-10-16', '9', { indicator: '硬化道路' }),
        actual('2011-10-17', '8', { project: projectId('BJ-2011-02'), subProject, indicator: '硬化道路' }),
        actual('2011-12-20', '7', { subProject }),
      ];
      const activities = activitiesOf(unwrap(exportIatiActivities(targeted, iatiOptions({ performanceActuals, beneficiaries: {} }))));
      expect(activities.map((activity) => indicatorsOf(activity).map(periodsOf))).toEqual([
        [[['2011', '2', null]], [['2011', '100', null]]],
        [[['2011', '5', '5.5']]],
        [],
      ]);
    });

    it('says in both languages when an actual comes from incomplete statistics, and names a source written in one language in both', () => {
      const survey: SourceReference = { document: { en: 'Village survey' }, completeness: 'incomplete' };
      const xml = unwrap(exportIatiActivities(alone, iatiOptions({ performanceActuals: [actual('2011-12-20', '3', { source: survey })], beneficiaries: {} })));
      expect(xml).toContain(
        '<actual value="3">\n            <comment>\n              <narrative xml:lang="zh">实测日期：2011-12-20；来源：Village survey（据不完全统计）</narrative>\n              <narrative xml:lang="en">Measured on 2011-12-20; source: Village survey (according to incomplete statistics)</narrative>\n            </comment>\n          </actual>',
      );
    });
  });

  describe('indicators', () => {
    const written = (indicator: PerformanceIndicator) => {
      const record = withProject(0, (changed) => ({ ...changed, performanceTarget: { indicators: [indicator] } }), alone);
      return indicatorsOf(unwrap(exportIatiActivities(record, iatiOptions({ beneficiaries: {} }))))[0]?.replace(/\s+/g, ' ') ?? '';
    };

    it('writes a range without a unit as its two bounds alone', () => {
      expect(written({ dimension: 'output-timeliness', name: '完工月数', comparator: 'range', value: '10', max: '12', unit: '' })).toContain('<target value="10"> <comment> <narrative xml:lang="en">10–12</narrative> </comment> </target>');
    });

    it('reads a unit written with spaces around it as the unit itself', () => {
      expect(written({ dimension: 'output-quality', name: '验收合格率', comparator: '>=', value: '95', unit: ' % ' })).toContain('<indicator measure="2" ascending="true">');
      expect(written({ dimension: 'output-quantity', name: '受益户', comparator: '>=', value: '95', unit: ' 户 ' })).toContain('<target value="95"> <comment> <narrative xml:lang="zh">户</narrative> </comment> </target>');
      expect(written({ dimension: 'output-quality', name: '合格率区间', comparator: 'range', value: '90', max: '100', unit: ' % ' })).toContain('<indicator measure="2"> <title> <narrative xml:lang="zh">合格率区间</narrative>');
    });
  });

  describe('beneficiaries', () => {
    const application: SourceReference = { document: { zh: '项目申报书', en: 'Application' }, completeness: 'complete' };
    const attachedTo = { kind: 'project', project } as const;

    it('writes person-times as one indicator summed across activities, and a complete source without a caveat', () => {
      const declared: readonly DeclaredCount[] = [{ figure: 'trained', unit: 'person-times', count: personTimeCount(300), year: 2011, attachedTo, source: application }];
      const xml = unwrap(exportIatiActivities(alone, iatiOptions({ beneficiaries: { declared } })));
      const indicators = indicatorsOf(activitiesOf(xml)[0] ?? '').filter((indicator) => indicator.includes('aggregation-status'));
      expect(indicators.map((indicator) => indicator.replace(/\s+/g, ' '))).toEqual([
        '<indicator measure="1" ascending="true" aggregation-status="true"> <title> <narrative xml:lang="zh">申报受益人次：trained</narrative> <narrative xml:lang="en">Declared beneficiaries (person-times): trained</narrative> </title> <period> <period-start iso-date="2011-01-01"/> <period-end iso-date="2011-12-31"/> <actual value="300"> <comment> <narrative xml:lang="zh">来源：项目申报书</narrative> <narrative xml:lang="en">Source: Application</narrative> </comment> </actual> </period> </indicator>',
      ]);
    });

    it('writes no result for counts attached to no project or to an activity other than a project', () => {
      const declared: readonly DeclaredCount[] = [
        { figure: 'benefited', unit: 'persons', count: personCount(50), year: 2011, source: application },
        { figure: 'benefited', unit: 'persons', count: personCount(60), year: 2011, attachedTo: { kind: 'activity', activity: activityId('training-2011') }, source: application },
      ];
      const xml = unwrap(exportIatiActivities(alone, iatiOptions({ beneficiaries: { declared } })));
      expect(xml).not.toContain('<result type="2">');
    });

    it('writes the identified beneficiaries of each year in a period of its own', () => {
      const reached = (person: string, household: string, year: number): IdentifiedBeneficiary => ({ person: { kind: 'app', appId: person }, household, registeredPoor: false, region: regionCode('522401'), year, attachedTo });
      const identified = countBeneficiaries([reached('p1', 'h1', 2011), reached('p2', 'h1', 2011), reached('p1', 'h1', 2012), reached('p3', 'h2', 2012), reached('p4', 'h3', 2012)], { groupBy: 'attachment' });
      const xml = unwrap(exportIatiActivities(alone, iatiOptions({ beneficiaries: { identified } })));
      const counted = indicatorsOf(activitiesOf(xml)[0] ?? '').filter((indicator) => indicator.includes('aggregation-status'));
      expect(counted.map(periodsOf)).toEqual([
        [['2011', null, '2'], ['2012', null, '3']],
        [['2011', null, '0'], ['2012', null, '0']],
        [['2011', null, '1'], ['2012', null, '3']],
        [['2011', null, '0'], ['2012', null, '0']],
      ]);
    });

    it('titles the results in the languages asked for only', () => {
      const xml = unwrap(exportIatiActivities(alone, iatiOptions({ languages: ['en'] })));
      const titles = [...(activitiesOf(xml)[0] ?? '').matchAll(/<result type="(\d)">\s*<title>([\s\S]*?)<\/title>/g)].map(([, type, title]) => [type, title?.replace(/\s+/g, ' ').trim()]);
      expect(titles).toEqual([
        ['1', '<narrative xml:lang="en">Performance target</narrative>'],
        ['2', '<narrative xml:lang="en">Beneficiaries</narrative>'],
      ]);
    });
  });
});
