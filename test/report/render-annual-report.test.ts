import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { seedFigureLabels2011 } from '../../examples/data/shenzhen-guizhou-2011.js';
import {
  amount,
  amountFromFen,
  containsPersonalData,
  formatAmount,
  planId,
  regionCode,
  renderAnnualReport,
  type Fund,
  type NonProjectAid,
  type AnnualReport,
} from '../../src/index.js';
import { identified2011, reportOf, residentId, seedInput } from './fixtures.js';

const { programme } = seedInput.record;
const withFund = (change: Partial<Fund>) => ({ programme: { ...programme, funds: [{ ...programme.funds[0]!, ...change }] } });
const lineOf = (text: string, start: string) => text.split('\n').find((line) => line.startsWith(start));

describe('renderAnnualReport', () => {
  // Built in each test rather than once for the file, so that each test is known to run the code behind it.
  let report: AnnualReport;
  let en: string;
  let zh: string;
  beforeEach(() => {
    report = reportOf();
    en = renderAnnualReport(report, { locale: 'en', figureLabels: seedFigureLabels2011 });
    zh = renderAnnualReport(report, { locale: 'zh', figureLabels: seedFigureLabels2011 });
  });

  it('returns the ten sections in order, in each language', () => {
    const headings = (text: string) => text.split('\n').filter((line) => /^(\d+\. |[一二三四五六七八九十]+、)/.test(line));
    expect(headings(en)).toEqual(['1. Funds', '2. Projects', '3. Beneficiaries', '4. Cadre training', '5. Student subsidies', '6. Labour cooperation', '7. Industrial cooperation', '8. Exchange visits and seconded cadres', '9. Plan versus actual', '10. Rule violations']);
    expect(headings(zh)).toEqual(['一、资金', '二、项目', '三、受益人口', '四、干部培训', '五、助学', '六、劳务协作', '七、产业合作', '八、高层互访与干部挂职', '九、计划完成情况', '十、违反规则情况']);
  });

  it('states the unit and the rounding', () => {
    expect(en).toContain('Amounts in million yuan, rounded half up to two decimals; every sum is exact before rounding.');
    expect(zh).toContain('金额单位为万元，保留两位小数（四舍五入）；合计先精确求和再取舍。');
  });

  it('writes amounts in million yuan in English and in 万元 in Chinese', () => {
    expect(lineOf(en, 'Donated:')).toBe('Donated: 46.91 million yuan (¥46,910,000.00)* [2]');
    expect(lineOf(zh, '捐赠资金：')).toBe('捐赠资金：4,691.00万元* [2]');
  });

  it('writes 亿元 from one 亿 up, and rounds half up only when writing', () => {
    const big = reportOf(withFund({ total: amount('1.5亿元'), breakdown: [{ category: 'counterpart-support', amount: amount('1.5亿元') }] }));
    expect(lineOf(renderAnnualReport(big, { locale: 'zh' }), '捐赠资金：')).toBe('捐赠资金：1.50亿元* [2]');
    expect(lineOf(renderAnnualReport(big, { locale: 'en' }), 'Donated:')).toBe('Donated: 150.00 million yuan (¥150,000,000.00)* [2]');
    const half = reportOf(withFund({ total: amount('46915000'), breakdown: [{ category: 'counterpart-support', amount: amount('46915000') }] }));
    expect(lineOf(renderAnnualReport(half, { locale: 'en' }), 'Donated:')).toBe('Donated: 46.92 million yuan (¥46,915,000.00)* [2]');
    expect(half.funds.total.toJSON()).toBe('46915000.00');
  });

  it('shows a chosen figure with its rule and the other reports with their sources', () => {
    expect(en).toContain(
      '  Trained: 1,100 persons* [3]: poverty relief cadres and professionals for education and health care (rule: largest)\n' +
        '    also reported: 550 persons* [6]: poverty relief and economic management cadres of Guizhou trained at Shenzhen Managers Training College\n',
    );
    expect(zh).toContain('  培训人数：1,100人* [3]：扶贫干部和教育、卫生专业技术人员（规则：取最大值）\n    另有报告：550人* [6]');
  });

  it('writes qualifiers in each language', () => {
    expect(en).toContain('Experts organised: more than 1,100 persons* [6]');
    expect(zh).toContain('组织专家：1,100余人* [6]');
    expect(en).toContain('Working in Shenzhen: more than 500,000 persons (a stock, not the year’s flow)* [7]');
    expect(zh).toContain('在深圳市务工：500,000余人（存量，非当年流量）* [7]');
  });

  it('marks an illustrative split and says whether the buckets hold', () => {
    expect(en).toContain('By bucket (illustrative): outside the province 14,500; in the province, outside the county 1,200; in the county 300; total 16,000 (the buckets are exclusive and sum to the labourers placed)');
    expect(zh).toContain('分类（示意）：省外 14,500人；省内县外 1,200人；县内 300人；合计 16,000人（各类互斥且合计等于转移就业人数）');
  });

  it('lists every rule violation: in English with its code and path, in Chinese by its message in 万元', () => {
    const broken = reportOf({ programme: { ...programme, funds: [{ ...programme.funds[0]!, total: amount('47 million') }] } });
    const text = renderAnnualReport(broken, { locale: 'zh', figureLabels: seedFigureLabels2011 });
    expect(text).toContain('十、违反规则情况\n共1项：\n  - 资金各类别合计4,691.00万元，与总额4,700.00万元不符。\n');
    expect(renderAnnualReport(broken, { locale: 'en' })).toContain('10. Rule violations\n1 found:\n  - [fund-breakdown-mismatch] record.programme.funds[0].breakdown: The fund\'s categories sum to 46910000.00, not to its total 47000000.00.\n');
    expect(en).toContain('10. Rule violations\nNone found.\n');
  });

  it('shows plans with their completion rates, uncapped', () => {
    const planned = reportOf(
      { programme: { ...programme, plans: [{ id: planId('p'), kind: 'annual', name: { en: 'Annual plan', zh: '年度计划' }, fromYear: 2011, toYear: 2011, agreed: [{ recipient: regionCode('522400'), amount: amount('10 million') }], targets: [{ measure: 'aid-projects', value: '100', unit: 'projects' }] }] } },
      { planActualKind: 'budget' },
    );
    expect(renderAnnualReport(planned, { locale: 'en' })).toContain(
      'Annual plan (annual plan, 2011–2011)\n  Bijie (522400): agreed 10.00 million yuan; actual in 2011 12.00 million yuan, 120.00 %; 2011–2011 12.00 million yuan, 120.00 %\n  Aid projects (declared): target 100 projects; actual in 2011 124, 124.00 %; 2011–2011 124, 124.00 %\n',
    );
    expect(renderAnnualReport(planned, { locale: 'zh' })).toContain(
      '年度计划（年度计划，2011–2011）\n  毕节市（522400）：协议1,000.00万元；2011年实际1,200.00万元，完成120.00 %；2011—2011年累计1,200.00万元，完成120.00 %\n  帮扶项目数（报告数）：目标100个；2011年实际124，完成124.00 %；2011—2011年累计124，完成124.00 %\n',
    );
  });

  it('shows each project with its place, its state at the end of the year and its money of the year, in both languages', () => {
    const en = renderAnnualReport(report, { locale: 'en' });
    const zh = renderAnnualReport(report, { locale: 'zh' });
    expect(en).toContain('Project by project, money dated in 2011 (million yuan), status at the end of the year:');
    expect(en).toMatch(/QN-2011-13 Sandu Shui Autonomous County 2011 entire-village advancement project +Sandu Shui Autonomous County +in implementation +0\.95 +0\.95 +0\.95 +0\.76 +—/);
    expect(zh).toContain('分项目情况（2011年资金，单位万元；状态为年末状态）：');
    expect(zh).toMatch(/1\. 毕节市2011年整村推进项目 +七星关区 +已关闭 +50\.00 +50\.00 +50\.00 +40\.25 +—/);
    expect(zh).not.toMatch(/closed|in implementation/);
  });

  it('names declared figures by their labels, or by their names without labels', () => {
    expect(en).toContain('Residents directly benefited: 130,000 persons* [4] (rule: largest)');
    expect(renderAnnualReport(report, { locale: 'en' })).toContain('residents-benefited: 130,000 persons* [4] (rule: largest)');
  });

  describe('privacy', () => {
    const id = residentId('52050219900101123');
    const leaky: NonProjectAid[] = seedInput.nonProjectAid.map((record, i) =>
      i === 1 ? { ...record, name: { en: `Subsidy paid to ${id}, phone 13812345678`, zh: `向${id}发放补助，电话13812345678` } } : record,
    );
    let leakyReport: AnnualReport;
    beforeEach(() => {
      leakyReport = reportOf({ nonProjectAid: leaky, identifiedBeneficiaries: identified2011 });
    });

    it('never writes a resident ID or mobile number unmasked, in either language', () => {
      for (const locale of ['en', 'zh'] as const) {
        const text = renderAnnualReport(leakyReport, { locale });
        expect(containsPersonalData(text)).toBe(false);
        expect(text).toContain(locale === 'en' ? 'Subsidy paid to 520502********' : '向520502********');
        expect(text).toContain('138****5678');
      }
    });

    it('writes identified beneficiaries as counts only', () => {
      const text = renderAnnualReport(leakyReport, { locale: 'en' });
      expect(text).toContain('Identified beneficiaries: 3 persons (4 person-times) in 1 household; registered poor: 2 persons');
      for (const record of identified2011) if (record.person.kind === 'resident-id') expect(text).not.toContain(record.person.residentId.slice(6, 14));
    });
  });

  describe('edge cases', () => {
    it('says what is not reported rather than leaving it out', () => {
      const empty = reportOf({ nonProjectAid: [], declaredProjects: [], declaredBeneficiaries: [] });
      const text = renderAnnualReport(empty, { locale: 'en' });
      expect(text).toContain('4. Cadre training\nnone reported\n');
      expect(text).toContain('High-level exchange visits: none reported\nSeconded cadres: none reported\n');
      expect(text).toContain('Person-times declared: none reported');
      expect(text).toContain('9. Plan versus actual\nNo plan in force in 2011 in the data.');
    });

    it('does not change the report and returns the same text each time', () => {
      const before = JSON.stringify(report);
      expect(renderAnnualReport(report, { locale: 'en', figureLabels: seedFigureLabels2011 })).toBe(en);
      expect(JSON.stringify(report)).toBe(before);
    });
  });

  it('writes the total as formatAmount does, for any amount (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (fen) => {
        const value = amountFromFen(fen);
        const built = reportOf(withFund({ total: value, breakdown: [{ category: 'counterpart-support', amount: value }] }));
        const text = renderAnnualReport(built, { locale: 'zh' });
        const unit = fen >= 10n ** 10n ? 'yi' : 'wan';
        expect(lineOf(text, '捐赠资金：')).toBe(`捐赠资金：${formatAmount(value, { locale: 'zh', unit })}* [2]`);
        expect(containsPersonalData(renderAnnualReport(built, { locale: 'en' }))).toBe(false);
      }),
      { numRuns: 30 },
    );
  });
});
