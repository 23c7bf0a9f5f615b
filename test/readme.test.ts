import { describe, expect, it } from 'vitest';
import { seedAnnualReportInput2011 } from '../examples/data/shenzhen-guizhou-2011.js';
import { seedEventLogs2011 } from '../examples/data/shenzhen-guizhou-2011-lifecycles.js';
import { seedProgramme2011 } from '../examples/data/shenzhen-guizhou-2011-projects.js';
import {
  amount,
  buildAnnualReport,
  createProgrammeRecord,
  exportIatiActivities,
  formatAmount,
  parseAmount,
  regionCode,
  renderAnnualReport,
  sumAmounts,
  unwrap,
} from '../src/index.js';
import { readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README usage example', () => {
  it('does what the README says', () => {
    const total = sumAmounts([amount('42.81 million'), amount('2.8 million'), amount('1.3 million')]);
    expect(formatAmount(total, { locale: 'zh', unit: 'wan' })).toBe('4,691.00万元');
    expect(JSON.stringify({ total })).toBe('{"total":"46910000.00"}');
    const parsed = parseAmount(0.1 + 0.2);
    expect(parsed.ok || parsed.issues[0]?.code).toBe('amount-inexact-number');
  });

  it('is the code the README shows', () => {
    expect(readme).toContain("formatAmount(total, { locale: 'zh', unit: 'wan' }); //=> '4,691.00万元'");
    expect(readme).toContain("parsed.ok || parsed.issues[0]?.code; //=> 'amount-inexact-number'");
  });
});

describe('README report example', () => {
  it('does what the README says, with the 2011 data as input', () => {
    const [programme, eventLogs, input] = [seedProgramme2011, seedEventLogs2011, seedAnnualReportInput2011];
    const record = unwrap(createProgrammeRecord(programme, eventLogs));
    const report = buildAnnualReport({ ...input, record }, { donor: regionCode('440300'), year: 2011, recipients: [regionCode('522400'), regionCode('522700')] });
    expect(report.funds.total.toJSON()).toBe('46910000.00');
    expect(report.projects.byPrefecture.map((row) => row.region.code)).toEqual(['520500', '522700']);
    expect(report.projects.rows.at(-1)?.status).toBe('in-implementation');
    expect(renderAnnualReport(report, { locale: 'zh' })).toContain('实施中');
    const [reportingOrganisation, generatedAt] = [{ ref: 'CN-USCI-11440300MB2C92071X', type: '11' }, '2012-03-31T09:00:00+08:00'];
    const exported = exportIatiActivities(record, { reportingOrganisation, generatedAt, refused: 'omit' });
    expect(exported.ok && exported.value.refused).toEqual([]);
  });

  it('is the code the README shows', () => {
    expect(readme).toContain('const record = unwrap(createProgrammeRecord(programme, eventLogs));');
    expect(readme).toContain(
      "const report = buildAnnualReport({ ...input, record }, { donor: regionCode('440300'), year: 2011, recipients: [regionCode('522400'), regionCode('522700')] });",
    );
    expect(readme).toContain("report.projects.rows.at(-1)?.status; //=> 'in-implementation'");
    expect(readme).toContain("exportIatiActivities(record, { reportingOrganisation, generatedAt, refused: 'omit' });");
    expect(readme).toContain("report.funds.total.toJSON(); //=> '46910000.00'");
    expect(readme).toContain("report.projects.byPrefecture.map((row) => row.region.code); //=> ['520500', '522700']");
  });

  it('starts with the main job and the tests', () => {
    expect(readme).toContain('npm ci && npm run example   #');
    expect(readme).toContain('npm ci && npm test          #');
  });

  it('lists every guide in docs/', () => {
    const guides = [...readme.matchAll(/\]\(docs\/([\w-]+\.md)\)/g)].map((match) => match[1]);
    expect(guides).toEqual([
      'quickstart.md', 'money.md', 'regions.md', 'model.md', 'lifecycle.md', 'pool.md', 'beneficiaries.md', 'non-project-aid.md', 'reports.md', 'assessment.md', 'exports.md', 'scale.md',
    ]);
  });
});
