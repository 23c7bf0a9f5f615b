import { describe, expect, it } from 'vitest';
import { amount, exportAnnouncementTable, exportOc4idsProjects, projectId, regionCode, unwrap } from '../../src/index.js';
import { oc4idsOptions, recordOfProjects, withProject } from './fixtures.js';
import { parseCsv } from './rfc4180.js';

// BJ-2011-01 paid by two of Shenzhen's districts, 福田区 (440304) and 罗湖区 (440303).
const byDistricts = withProject(0, (project) => ({
  ...project,
  funding: [
    { source: 'east-west-cooperation', amount: amount('300000'), donor: regionCode('440304') },
    { source: 'east-west-cooperation', amount: amount('200000'), donor: regionCode('440303') },
  ],
}), recordOfProjects(['BJ-2011-01']));
const descriptions = (language: 'zh' | 'en') =>
  unwrap(exportOc4idsProjects(byDistricts, oc4idsOptions({ beneficiaries: {}, language })))
    .projects[0]?.budget.budgetBreakdowns.find((breakdown) => breakdown.id === 'funding-source')
    ?.budgetBreakdown.map((line) => line.description);

describe('exportOc4idsProjects: a donor district’s line of the total investment', () => {
  it('names the district that gives the money, in Chinese, not its bare code', () => {
    expect(descriptions('zh')).toEqual(['东西部协作资金（广东省深圳市福田区）', '东西部协作资金（广东省深圳市罗湖区）']);
  });

  it('names it in English as well', () => {
    expect(descriptions('en')).toEqual([
      'east–west cooperation funds (Futian District, Shenzhen, Guangdong Province)',
      'east–west cooperation funds (Luohu District, Shenzhen, Guangdong Province)',
    ]);
  });

  it('names it as the announcement table does for the same line', () => {
    const rows = parseCsv(unwrap(exportAnnouncementTable(byDistricts, { projects: [projectId('BJ-2011-01')] })));
    const funding = rows[1]?.[rows[0]!.indexOf('筹资方式（元）')];
    for (const name of descriptions('zh')!) expect(funding).toContain(name);
  });
});
