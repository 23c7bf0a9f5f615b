import { describe, expect, it } from 'vitest';
import { amount, annualReportToJSON, buildAnnualReport, isoDate, projectId, projectLifecycle, recordLifecycleCommand, renderAnnualReport, timestamp, unwrap, actor, organisationId } from '../../src/index.js';
import { seedAnnualReportInput2011, seedRecord2011, seedReportOptions2011 } from '../../examples/data/index.js';

// QN-2011-01 has passed its acceptance and announced its completion by 20 December 2011.
const project = projectId('QN-2011-01');
const county = seedRecord2011.programme.projects.find((candidate) => candidate.id === project)!.location.region;
const registered = unwrap(
  recordLifecycleCommand(seedRecord2011, project, {
    type: 'register-assets',
    by: actor(organisationId(`poverty-office-${county}`), 'county-department'),
    at: timestamp('2011-12-21T10:00:00+08:00'),
    assets: [
      { class: 'public-welfare', name: { zh: '村组道路1.2公里' }, value: amount('500000'), owner: '村民委员会', manager: '村民委员会', handedOverOn: isoDate('2011-12-20') },
      { class: 'operating', name: { zh: '农产品冷库' }, value: amount('200000'), owner: '村集体经济组织', manager: '专业合作社', handedOverOn: isoDate('2011-12-20'), incomeUse: { zh: '收益按股分红到建档立卡贫困户' } },
    ],
  }),
).record;

describe('the assets of a year in the annual report', () => {
  it('are listed by class with their value, and one by one without their owners', () => {
    expect(projectLifecycle(registered, project)?.status).toBe('completion-announced');
    const report = buildAnnualReport({ ...seedAnnualReportInput2011, record: registered }, seedReportOptions2011);
    expect(report.assets.byClass.map((row) => [row.class, row.count, row.value.toJSON()])).toEqual([
      ['operating', 1, '200000.00'],
      ['public-welfare', 1, '500000.00'],
      ['household', 0, '0.00'],
    ]);
    const json = JSON.stringify(annualReportToJSON(report).assets);
    expect(json).not.toContain('村集体经济组织');
    expect(renderAnnualReport(report, { locale: 'zh' })).toContain('2011年登记移交的项目资产：经营性1项（20.00万元），公益性1项（50.00万元）');
  });

  it('are those registered in the year only', () => {
    const report2012 = buildAnnualReport({ ...seedAnnualReportInput2011, record: registered }, { ...seedReportOptions2011, year: 2012 });
    expect(report2012.assets.assets).toEqual([]);
    const without = buildAnnualReport(seedAnnualReportInput2011, seedReportOptions2011);
    expect(without.assets.assets).toEqual([]);
    expect(renderAnnualReport(without, { locale: 'zh' })).not.toContain('登记移交');
  });
});
