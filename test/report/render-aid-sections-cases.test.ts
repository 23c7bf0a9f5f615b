import { describe, expect, it } from 'vitest';
import { personCount, personTimeCount, renderAnnualReport, type NonProjectAid } from '../../src/index.js';
import { reportOf, seedInput } from './fixtures.js';

// Sections 4 to 8 for non-project aid that leaves out what the 2011 records give: a training without its
// provider, labour without a split or with a split that does not hold, an agreement without an end year, visits
// without a purpose, and years without some kinds of aid at all.

const rendered = (nonProjectAid: readonly NonProjectAid[]) => ({
  en: renderAnnualReport(reportOf({ nonProjectAid }), { locale: 'en' }).split('\n'),
  zh: renderAnnualReport(reportOf({ nonProjectAid }), { locale: 'zh' }).split('\n'),
});

/** The lines of the section under a heading, up to the blank line that ends it. */
const sectionOf = (lines: readonly string[], heading: string): string[] => {
  const start = lines.indexOf(heading) + 1;
  return lines.slice(start, lines.indexOf('', start));
};

/** The 2011 records, each changed by `change` where it returns a record (and left out where it returns undefined). */
const changed = (change: (record: NonProjectAid) => NonProjectAid | undefined): NonProjectAid[] =>
  seedInput.nonProjectAid.flatMap((record) => {
    const result = change(record);
    return result === undefined ? [] : [result];
  });

describe('renderAnnualReport, section 4 (cadre training)', () => {
  it('heads a training without a provider by its name alone, and writes its person-times', () => {
    const written = rendered(
      changed((record) => {
        if (record.kind !== 'cadre-training') return record;
        const { provider: _provider, ...rest } = record;
        return { ...rest, personTimes: [{ value: personTimeCount(3000), qualifier: 'exact', source: record.source }] };
      }),
    );
    expect(sectionOf(written.en, '4. Cadre training')).toEqual([
      '2011 training of Guizhou poverty-relief cadres* [6]',
      '  Trained: 1,100 persons* [3]: poverty relief cadres and professionals for education and health care (rule: largest)',
      '    also reported: 550 persons* [6]: poverty relief and economic management cadres of Guizhou trained at Shenzhen Managers Training College',
      '  Person-times: 3,000 person-times* [6]',
      '  Experts organised: more than 1,100 persons* [6]: experts organised to train cadres for Bijie and Qiannan',
      '  Funds: 1.30 million yuan (cadre training funds)',
    ]);
    expect(sectionOf(written.zh, '四、干部培训')).toEqual([
      '2011年贵州扶贫干部培训* [6]',
      '  培训人数：1,100人* [3]：扶贫干部和教育、卫生专业技术人员（规则：取最大值）',
      '    另有报告：550人* [6]：在深圳市经理人培训学院参加培训的贵州省扶贫和经济管理干部',
      '  人次：3,000人次* [6]',
      '  组织专家：1,100余人* [6]：组织专家为毕节、黔南培训干部',
      '  资金：130.00万元（干部培训资金）',
    ]);
  });
});

describe('renderAnnualReport, sections 5 to 7 without records', () => {
  it('says "none reported" for student subsidies, labour and industrial cooperation in a year without any', () => {
    const kept = new Set<NonProjectAid['kind']>(['cadre-training', 'exchange-visit']);
    const written = rendered(changed((record) => (kept.has(record.kind) ? record : undefined)));
    expect(['5. Student subsidies', '6. Labour cooperation', '7. Industrial cooperation'].map((heading) => sectionOf(written.en, heading))).toEqual([
      ['none reported'],
      ['none reported'],
      ['none reported'],
    ]);
    expect(['五、助学', '六、劳务协作', '七、产业合作'].map((heading) => sectionOf(written.zh, heading))).toEqual([['未报告'], ['未报告'], ['未报告']]);
  });
});

describe('renderAnnualReport, section 6 (labour cooperation)', () => {
  it('writes no buckets for labour cooperation whose placed labourers are not split', () => {
    const written = rendered(
      changed((record) => {
        if (record.kind !== 'labour-cooperation') return record;
        const { placement: _placement, ...rest } = record;
        return rest;
      }),
    );
    expect(sectionOf(written.en, '6. Labour cooperation')).toEqual([
      '2011 Shenzhen–Guizhou labour service cooperation* [7]',
      '  Labourers placed: 16,000 persons* [3]: labourers whose export was organised',
      '  Working in Shenzhen: more than 500,000 persons (a stock, not the year’s flow)* [7]: people from Guizhou (the whole province) now working in Shenzhen',
    ]);
    expect(sectionOf(written.zh, '六、劳务协作')).toEqual([
      '2011年深黔劳务协作* [7]',
      '  转移就业劳动力：16,000人* [3]：组织劳务输出',
      '  在深圳市务工：500,000余人（存量，非当年流量）* [7]：现在深圳务工的贵州籍人员（全省）',
    ]);
  });

  it('says when a reported split does not sum to its total, and writes no note when the split has none', () => {
    const buckets = { outsideProvince: personCount(14000), inProvinceOutsideCounty: personCount(1200), inCounty: personCount(300), total: personCount(16000) };
    const written = rendered(changed((record) => (record.kind === 'labour-cooperation' ? { ...record, placement: { buckets, basis: 'reported' } } : record)));
    expect(sectionOf(written.en, '6. Labour cooperation').slice(2)).toEqual([
      '  By bucket: outside the province 14,000; in the province, outside the county 1,200; in the county 300; total 16,000 (the buckets do NOT sum to the labourers placed)',
      '  Working in Shenzhen: more than 500,000 persons (a stock, not the year’s flow)* [7]: people from Guizhou (the whole province) now working in Shenzhen',
    ]);
    expect(sectionOf(written.zh, '六、劳务协作').slice(2)).toEqual([
      '  分类：省外 14,000人；省内县外 1,200人；县内 300人；合计 16,000人（各类合计不等于转移就业人数）',
      '  在深圳市务工：500,000余人（存量，非当年流量）* [7]：现在深圳务工的贵州籍人员（全省）',
    ]);
  });
});

describe('renderAnnualReport, section 7 (industrial cooperation)', () => {
  it('writes an agreement with a first year and no last year as running from that year', () => {
    const written = rendered(
      changed((record) => (record.kind === 'industrial-cooperation' ? { ...record, agreements: record.agreements.map(({ toYear: _toYear, ...agreement }) => agreement) } : record)),
    );
    expect(written.en).toContain(
      '  Framework agreements: 2011-08-18, Framework agreement on Guizhou – Shenzhen pairing-off poverty alleviation during the 12th Five-Year Plan period (Shenzhen, Guizhou; 2011–)* [7]',
    );
    expect(written.zh).toContain('  框架协议：2011年8月18日，“十二五”期间贵州—深圳对口帮扶框架协议（深圳市、贵州省；2011–）* [7]');
  });
});

describe('renderAnnualReport, section 8 (exchange visits)', () => {
  it('writes a visit without a purpose by its delegation alone', () => {
    const written = rendered(
      changed((record) => {
        if (record.kind !== 'exchange-visit') return record;
        const { purpose: _purpose, ...rest } = record;
        return rest;
      }),
    );
    expect(sectionOf(written.en, '8. Exchange visits and seconded cadres')).toEqual([
      'High-level exchange visits:',
      '  2011-08-18  Shenzhen delegation to the Guiyang investment and trade fair* [7] (municipal, to the recipient)',
      '    A delegation organised by Shenzhen',
      '    Visits: 1* [7]',
      '  Field research in Guizhou by Shenzhen’s main leaders* [9] (municipal, to the recipient)',
      '    Delegations headed successively by the main leaders of the Shenzhen government',
      '  Field research in the twinned poor counties by districts and municipal bodies* [9] (district, to the recipient)',
      '    Principals of the districts, Guangming New District, the party working committee of the municipal organs and the Municipal State-owned Assets Supervision and Administration Bureau',
      'Seconded cadres: none reported',
    ]);
    expect(sectionOf(written.zh, '八、高层互访与干部挂职')).toEqual([
      '高层互访：',
      '  2011年8月18日  深圳市组团出席贵阳投资贸易洽谈会* [7]（市级，赴帮扶地区）',
      '    深圳市组织的代表团',
      '    互访次数：1* [7]',
      '  深圳市主要领导赴贵州调研* [9]（市级，赴帮扶地区）',
      '    深圳市历任主要领导先后率团',
      '  各区及市直单位赴结对贫困县调研* [9]（区级，赴帮扶地区）',
      '    各区、光明新区、市直机关工委和市国资委负责人',
      '干部挂职：未报告',
    ]);
  });
});
