import { describe, expect, it } from 'vitest';
import {
  actor,
  amount,
  exportIatiActivities,
  isoDate,
  ledgerEntryId,
  organisationId,
  timestamp,
  unwrap,
  type FundingSource,
  type LocalizedText,
  type ProgrammeRecord,
} from '../../src/index.js';
import { iatiOptions, recordCommand, recordOfProjects, withProgramme, withProject } from './fixtures.js';
import { validateIatiXml, xmlTags, type XmlTag } from './standards.js';

// BJ-2011-01 alone: sub-project a (300,000 yuan) and b (200,000 yuan), closed in 2011.
const alone = recordOfProjects(['BJ-2011-01']);
const supportOffice = actor(organisationId('sz-support-office'), 'support-office');

/** Each activity's tags, from its `iati-activity` to the next. */
function activitiesOf(xml: string): XmlTag[][] {
  const activities: XmlTag[][] = [];
  for (const tag of xmlTags(xml)) {
    if (tag.name === 'iati-activity') activities.push([]);
    activities.at(-1)?.push(tag);
  }
  return activities;
}

const elementsOf = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}\\b[^>]*>[\\s\\S]*?</${name}>`, 'g'))].map(([element]) => element);

describe('exportIatiActivities: money', () => {
  it('writes a budget for each year the budget entries fall in, in the order of the years, each valued on the first day of its year', async () => {
    // Sub-project b's budget comes in two parts: 150,000 yuan in March 2011, 50,000 yuan in January 2012.
    const split = withProgramme(
      (programme) => ({
        ...programme,
        ledger: programme.ledger.flatMap((entry) => {
          if (entry.id === 'BJ-2011-01-b-budget') return [{ ...entry, id: ledgerEntryId('BJ-2011-01-b-budget-2012'), amount: amount('50000'), date: isoDate('2012-01-10') }, { ...entry, amount: amount('150000') }];
          return entry.id.startsWith('BJ-2011-01-b-') ? [{ ...entry, amount: amount('150000') }] : [entry];
        }),
      }),
      alone,
    );
    const xml = unwrap(exportIatiActivities(split, iatiOptions()));
    const budget = (year: number, value: string) =>
      `<budget type="1" status="2">\n      <period-start iso-date="${year}-01-01"/>\n      <period-end iso-date="${year}-12-31"/>\n      <value currency="CNY" value-date="${year}-01-01">${value}</value>\n    </budget>`;
    const byActivity = [...xml.matchAll(/<iati-activity [\s\S]*?<\/iati-activity>/g)].map(([activity]) => elementsOf(activity, 'budget').map((element) => element.replace(/^\s+/, '')));
    expect(byActivity).toEqual([
      [budget(2011, '450000.00'), budget(2012, '50000.00')],
      [budget(2011, '300000.00')],
      [budget(2011, '150000.00'), budget(2012, '50000.00')],
    ]);
    expect((await validateIatiXml(xml)).valid).toBe(true);
  });

  describe('dates of a cancelled project', () => {
    it('ends a project cancelled after it started on the day it was cancelled', () => {
      const started = recordOfProjects(['QN-2011-13']);
      const cancelled = recordCommand(started, 'QN-2011-13', { type: 'cancel', by: supportOffice, at: timestamp('2012-01-12T10:00:00+08:00'), reason: 'The site was flooded.' });
      const activities = activitiesOf(unwrap(exportIatiActivities(cancelled, iatiOptions({ beneficiaries: {} }))));
      const datesOf = (activity: readonly XmlTag[]) => activity.filter((tag) => tag.name === 'activity-date').map((tag) => [tag.attributes.type, tag.attributes['iso-date']]);
      expect(activities.map(datesOf)).toEqual(
        activities.map(() => [
          ['1', '2011-01-01'],
          ['2', '2011-04-01'],
          ['3', '2011-12-31'],
          ['4', '2012-01-12'],
        ]),
      );
    });

    it('gives a project cancelled before it started no actual dates and no budget', () => {
      // BJ-2011-02 approved by the county department only, then cancelled: no money has moved.
      const proposed = recordOfProjects(['BJ-2011-02']);
      const early: ProgrammeRecord = { ...proposed, programme: { ...proposed.programme, ledger: [] }, eventLogs: { 'BJ-2011-02': proposed.eventLogs['BJ-2011-02']!.slice(0, 3) } };
      const cancelled = recordCommand(early, 'BJ-2011-02', { type: 'cancel', by: supportOffice, at: timestamp('2011-03-06T10:00:00+08:00'), reason: 'Merged into another project.' });
      const activities = activitiesOf(unwrap(exportIatiActivities(cancelled, iatiOptions({ beneficiaries: {} }))));
      expect(activities.map((activity) => activity.filter((tag) => ['activity-status', 'activity-date', 'budget'].includes(tag.name)).map((tag) => [tag.name, tag.attributes.code ?? tag.attributes.type])).flat()).toEqual(
        activities.flatMap(() => [
          ['activity-status', '5'],
          ['activity-date', '1'],
          ['activity-date', '3'],
        ]),
      );
    });
  });

  describe('transactions', () => {
    const noted = (note: LocalizedText) => {
      const record = withProgramme((programme) => ({ ...programme, ledger: programme.ledger.map((entry) => (entry.id === 'BJ-2011-01-a-commitment' ? { ...entry, note } : entry)) }), alone);
      const xml = unwrap(exportIatiActivities(record, iatiOptions()));
      return /<transaction ref="BJ-2011-01-a-commitment">[\s\S]*?<\/transaction>/.exec(xml)?.[0] ?? '';
    };

    it('describes a transaction by a note written in English alone, with personal numbers masked', () => {
      expect(noted({ zh: ' ', en: 'Paid to 13812345678' })).toContain('<value currency="CNY" value-date="2011-04-20">300000.00</value>\n      <description>\n        <narrative xml:lang="en">Paid to 138****5678</narrative>\n      </description>\n      <receiver-org type="11">');
    });

    it('describes a transaction by its note in both languages', () => {
      expect(noted({ zh: '首笔拨付', en: 'First payment' })).toContain('<description>\n        <narrative xml:lang="zh">首笔拨付</narrative>\n        <narrative xml:lang="en">First payment</narrative>\n      </description>');
    });

    it('leaves out the description of a transaction whose note says nothing', () => {
      expect(noted({ zh: '  ', en: '' })).not.toContain('<description');
    });
  });

  describe('co-funders', () => {
    const fundedWith = (lines: readonly FundingSource[], options = iatiOptions()) => {
      const record = withProject(0, (project) => ({ ...project, funding: [{ source: 'east-west-cooperation', amount: project.budget }, ...lines] }), alone);
      const xml = unwrap(exportIatiActivities(record, options));
      return elementsOf(elementsOf(xml, 'iati-activity')[0] ?? '', 'participating-org')
        .filter((element) => element.includes('role="1"'))
        .map((element) => element.replace(/\s+/g, ' '));
    };
    const donor = '<participating-org type="11" role="1"> <narrative xml:lang="zh">深圳市人民政府</narrative> <narrative xml:lang="en">Shenzhen Municipal People\'s Government</narrative> </participating-org>';

    it("names a department's or an enterprise's funds by the name on the line, else by the source", () => {
      expect(
        fundedWith([
          { source: 'other-departments', name: { zh: '县交通运输局', en: 'County transport bureau' }, amount: amount('2000') },
          { source: 'enterprise-social', name: { zh: '某公司' }, amount: amount('1000') },
          { source: 'other-departments', amount: amount('500') },
          { source: 'enterprise-social', amount: amount('500') },
          { source: 'beneficiary-contribution', form: 'money', amount: amount('800') },
        ]),
      ).toEqual([
        donor,
        '<participating-org role="1"> <narrative xml:lang="zh">县交通运输局</narrative> <narrative xml:lang="en">County transport bureau</narrative> </participating-org>',
        '<participating-org role="1"> <narrative xml:lang="zh">某公司</narrative> </participating-org>',
        '<participating-org role="1"> <narrative xml:lang="zh">其他部门（行业）资金</narrative> <narrative xml:lang="en">other departments\' funds</narrative> </participating-org>',
        '<participating-org role="1"> <narrative xml:lang="zh">企业及社会捐赠资金</narrative> <narrative xml:lang="en">enterprise and social donations</narrative> </participating-org>',
        '<participating-org role="1"> <narrative xml:lang="zh">群众自筹（自筹资金）</narrative> <narrative xml:lang="en">beneficiaries\' own contribution (money)</narrative> </participating-org>',
      ]);
    });

    it('lists an organisation funding two lines once, with its IATI identifier', () => {
      const organisationRefs = new Map([[organisationId('bijie-government'), 'CN-USCI-11520500MB0000000X']]);
      expect(
        fundedWith(
          [
            { source: 'other-departments', funder: organisationId('bijie-government'), amount: amount('2000') },
            { source: 'enterprise-social', funder: organisationId('bijie-government'), amount: amount('1000') },
          ],
          iatiOptions({ organisationRefs }),
        ),
      ).toEqual([
        donor,
        '<participating-org ref="CN-USCI-11520500MB0000000X" type="11" role="1"> <narrative xml:lang="zh">毕节地区行政公署</narrative> <narrative xml:lang="en">Bijie Prefecture Administrative Office</narrative> </participating-org>',
      ]);
    });

    it("lists a sub-project's own co-funders on the sub-project's activity, not on its sibling's", () => {
      const integrated = { source: 'local-integrated', amount: amount('1000') } as const;
      const record = withProject(
        0,
        (project) => ({
          ...project,
          funding: [{ source: 'east-west-cooperation', amount: project.budget }, integrated],
          subProjects: project.subProjects.map((sub, s) => (s === 0 ? { ...sub, funding: [{ source: 'east-west-cooperation', amount: sub.budget }, integrated] } : sub)),
        }),
        alone,
      );
      const activities = elementsOf(unwrap(exportIatiActivities(record, iatiOptions({ languages: ['en'] }))), 'iati-activity');
      const funders = activities.map((activity) => elementsOf(activity, 'participating-org').filter((element) => element.includes('role="1"')).map((element) => /<narrative xml:lang="en">([^<]*)</.exec(element)?.[1]));
      expect(funders).toEqual([
        ["Shenzhen Municipal People's Government", 'integrated agriculture-related fiscal funds'],
        ["Shenzhen Municipal People's Government", 'integrated agriculture-related fiscal funds'],
        ["Shenzhen Municipal People's Government"],
      ]);
    });

    it("names a source in the languages asked for only", () => {
      expect(fundedWith([{ source: 'local-integrated', amount: amount('3000') }], iatiOptions({ languages: ['en'] }))).toEqual([
        '<participating-org type="11" role="1"> <narrative xml:lang="en">Shenzhen Municipal People\'s Government</narrative> </participating-org>',
        '<participating-org role="1"> <narrative xml:lang="en">integrated agriculture-related fiscal funds</narrative> </participating-org>',
      ]);
    });
  });
});
