import { describe, expect, it } from 'vitest';
import { twoYearReportInput, twoYearReportOptions } from '../../examples/data/bijie-qiannan-2011-2012.js';
import { amount, buildAnnualReport, personCount, personTimeCount, plan, regionCode, renderAnnualReport, type AnnualReportInput, type NonProjectAid, type Plan } from '../../src/index.js';
import { identified2011, reportOf, seedInput, seedProgramme } from './fixtures.js';

// The 2011 non-project aid with the figures the sources leave out filled in: courses and person-times of the cadre
// training, enterprises, investment and a zone under construction in the industrial cooperation, and the fair's
// delegation sent by a department of the recipient side.
const source = seedInput.nonProjectAid[0]!.source;
const filledIn = (): NonProjectAid[] =>
  seedInput.nonProjectAid.map((record): NonProjectAid => {
    if (record.kind === 'cadre-training') {
      return { ...record, courses: [{ value: 12, qualifier: 'exact', source }], personTimes: [{ value: personTimeCount(3000), qualifier: 'exact', source }] };
    }
    if (record.kind === 'industrial-cooperation' && record.industrialZones.length > 0) {
      return {
        ...record,
        enterprises: [{ value: 3, qualifier: 'exact', source }],
        investment: [{ value: amount('5000000'), qualifier: 'exact', source }],
        industrialZones: record.industrialZones.map((zone) => ({ ...zone, status: 'under-construction' })),
      };
    }
    if (record.kind === 'exchange-visit' && (record.visits?.length ?? 0) > 0) return { ...record, direction: 'recipient-to-donor', level: 'department' };
    return record;
  });
const plans = (): Plan[] => [
  plan({ id: 'five-year', kind: 'multi-year', name: { en: 'Five-year plan', zh: '五年规划' }, fromYear: 2011, toYear: 2015, agreed: [{ amount: '20000000' }], targets: [{ measure: 'trained-cadres', value: '1000', unit: '人' }] }),
  plan({ id: 'near-term', kind: 'near-term', name: { en: 'Near-term targets', zh: '近期目标' }, fromYear: 2011, toYear: 2012, agreed: [], targets: [] }),
];
const rendered = (locale: 'en' | 'zh') =>
  renderAnnualReport(reportOf({ nonProjectAid: filledIn(), programme: { ...seedProgramme, plans: plans() }, identifiedBeneficiaries: identified2011 }, { figureRule: { rule: 'smallest' } }), { locale }).split('\n');

describe('renderAnnualReport, for every kind of figure of the non-project aid', () => {
  it('writes courses, person-times, enterprises, investment and a zone’s status, in English', () => {
    const en = rendered('en');
    expect(en).toEqual(expect.arrayContaining(['  Courses: 12* [6]', '  Enterprises: 3* [6]', '  Investment: 5.00 million yuan* [6]']));
    expect(en).toContain(
      '  Industrial zones: Demonstration zone for industrial poverty alleviation and development in the pairing-off cooperation (Qiannan Buyei and Miao Autonomous Prefecture, under construction)',
    );
    expect(en).toContain('  2011-08-18  Shenzhen delegation to the Guiyang investment and trade fair* [7] (department, to the donor)');
  });

  it('writes them in Chinese', () => {
    const zh = rendered('zh');
    expect(zh).toEqual(expect.arrayContaining(['  人次：3,000人次* [6]', '  培训班次：12* [6]', '  企业：3* [6]', '  投资：500.00万元* [6]']));
    expect(zh).toContain('  产业园区：对口帮扶合作产业化扶贫开发示范区（黔南布依族苗族自治州，在建）');
    expect(zh).toContain('  2011年8月18日  深圳市组团出席贵阳投资贸易洽谈会* [7]（部门，赴帮扶方）');
  });

  it('names the smallest-report rule beside each figure chosen by it', () => {
    expect(rendered('en')).toContain('Aid projects declared: 124 projects* [5] (rule: smallest)');
    expect(rendered('zh')).toContain('帮扶项目（报告数）：124个* [5]（规则：取最小值）');
  });

  it('writes identified beneficiaries in Chinese as persons, person-times, households and registered poor', () => {
    expect(rendered('zh')).toContain('有身份记录的受益人：3人（4人次），1户；其中建档立卡贫困人口2人');
  });
});

describe('renderAnnualReport, for plans of each kind', () => {
  it('names a multi-year plan and near-term targets, an amount agreed for all recipients and a figure with no actual', () => {
    const en = rendered('en');
    expect(en).toEqual(
      expect.arrayContaining([
        'Five-year plan (multi-year plan, 2011–2015)',
        '  All recipients: agreed 20.00 million yuan; actual in 2011 23.98 million yuan, 119.90 %; 2011–2011 23.98 million yuan, 119.90 %',
        '  trained-cadres: target 1,000 人; actual in 2011 unknown, unknown; 2011–2011 unknown, unknown',
        'Near-term targets (near-term targets, 2011–2012)',
      ]),
    );
    const zh = rendered('zh');
    expect(zh).toEqual(
      expect.arrayContaining([
        '五年规划（中长期规划，2011–2015）',
        '  全部帮扶地区：协议2,000.00万元；2011年实际2,398.00万元，完成119.90 %；2011—2011年累计2,398.00万元，完成119.90 %',
        '近期目标（近期目标，2011–2012）',
      ]),
    );
    expect(zh.find((line) => line.includes('目标1,000人'))).toMatch(/：目标1,000人；2011年实际不详，完成不详；2011—2011年累计不详，完成不详$/);
  });
});

describe('renderAnnualReport, for the records written under an older code', () => {
  // 大方县 was 522422 until 2011-10-22, then 520521: the 2011 records of the two-year programme use the old code.
  const declared = (figure: string) => ({ figure, unit: 'persons' as const, count: personCount(10), year: 2011, region: regionCode('522422'), source });
  const olderCodeLine = (change: Partial<AnnualReportInput>, locale: 'en' | 'zh') =>
    renderAnnualReport(buildAnnualReport({ ...twoYearReportInput, ...change }, twoYearReportOptions(2011)), { locale })
      .split('\n')
      .filter((line) => line.includes('→'));
  const oneIdentified = () => {
    const [first] = twoYearReportInput.identifiedBeneficiaries.filter((record) => record.region === '522422');
    return [first!, ...twoYearReportInput.identifiedBeneficiaries.filter((record) => record.region !== '522422')];
  };

  it('counts each kind of record, in the singular for one', () => {
    const change = { identifiedBeneficiaries: oneIdentified(), declaredBeneficiaries: [declared('reached')] };
    expect(olderCodeLine(change, 'en')).toEqual(['  522422 Dafang County → 520521 Dafang County: 1 project, 4 ledger entries, 1 declared count, 1 identified beneficiary record']);
    expect(olderCodeLine(change, 'zh')).toEqual(['  522422 大方县 → 520521 大方县：项目1个，台账记录4条，报告受益人数1项，有身份记录的受益人1条']);
  });

  it('in the plural for more, and leaves out the kinds it has none of', () => {
    expect(olderCodeLine({}, 'en')).toEqual(['  522422 Dafang County → 520521 Dafang County: 1 project, 4 ledger entries, 2 identified beneficiary records']);
    expect(olderCodeLine({}, 'zh')).toEqual(['  522422 大方县 → 520521 大方县：项目1个，台账记录4条，有身份记录的受益人2条']);
    expect(olderCodeLine({ declaredBeneficiaries: [declared('reached'), declared('reached-again')] }, 'en')[0]).toContain(', 2 declared counts, ');
  });
});
