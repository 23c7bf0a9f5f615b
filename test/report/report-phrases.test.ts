import { describe, expect, it } from 'vitest';
import { seedFigureLabels2011 } from '../../examples/data/shenzhen-guizhou-2011.js';
import {
  amount,
  householdCount,
  isoDate,
  personCount,
  personTimeCount,
  renderAnnualReport,
  type AnnualReportOptions,
  type DeclaredCount,
  type NonProjectAid,
  type Programme,
  type SourceReference,
} from '../../src/index.js';
import { reportOf, seedInput, seedProgramme, type InputChange, withAssetsRegistered } from './fixtures.js';

// The fixed wording of the report, in each language: the singular of a count of one, the units of declared
// figures, the names of the rules, the buckets of labour placement, the statuses of zones, the assets.
const lines = (change: InputChange = {}, options: Partial<AnnualReportOptions> = {}) => {
  const report = reportOf(change, options);
  return {
    en: renderAnnualReport(report, { locale: 'en', figureLabels: seedFigureLabels2011 }).split('\n'),
    zh: renderAnnualReport(report, { locale: 'zh', figureLabels: seedFigureLabels2011 }).split('\n'),
  };
};

// A statistics yearbook whose figures are complete: no "*" beside them, and no lower bound.
const yearbook: SourceReference = { document: { en: 'Shenzhen Yearbook 2012', zh: '深圳年鉴2012' }, section: { en: 'Poverty alleviation', zh: '扶贫' }, completeness: 'complete' };

describe('the report’s wording of a count of one', () => {
  // One project of 纳雍县 (written under its 2011 code 522426), with one sub-project and one ledger entry.
  const oneProject = (): Programme => {
    const project = seedProgramme.projects.find((candidate) => candidate.id === 'BJ-2011-16')!;
    return {
      ...seedProgramme,
      projects: [{ ...project, subProjects: project.subProjects.slice(0, 1) }],
      ledger: seedProgramme.ledger.filter((entry) => entry.project === project.id).slice(0, 1),
    };
  };

  it('writes one project with one sub-project in the singular', () => {
    const { en, zh } = lines({ programme: oneProject() });
    expect(en).toContain('Itemised: 1 project with 1 sub-project, approved budgets 0.44 million yuan');
    expect(zh).toContain('已列明：项目1个，子项目1个，批准预算44.00万元');
  });

  it('counts the one sub-project and ledger entry written under an older code in the singular', () => {
    const { en, zh } = lines({ programme: oneProject() });
    expect(en).toContain('  522426 Nayong County → 520525 Nayong County: 1 project, 1 sub-project, 1 ledger entry');
    expect(zh).toContain('  522426 纳雍县 → 520525 纳雍县：项目1个，子项目1个，台账记录1条');
  });
});

describe('the units of the declared and reported figures', () => {
  it('writes a declared count of households in households', () => {
    const households: DeclaredCount = { figure: 'households-reached', unit: 'households', count: householdCount(2000), year: 2011, source: yearbook };
    const report = reportOf({ declaredBeneficiaries: [...seedInput.declaredBeneficiaries, households] });
    const figureLabels = { ...seedFigureLabels2011, 'households-reached': { en: 'Households reached', zh: '受益农户' } };
    expect(renderAnnualReport(report, { locale: 'en', figureLabels }).split('\n')).toContain('Households reached: 2,000 households [6]');
    expect(renderAnnualReport(report, { locale: 'zh', figureLabels }).split('\n')).toContain('受益农户：2,000户 [6]');
  });

  it('writes the person-times of a training in person-times', () => {
    const nonProjectAid = seedInput.nonProjectAid.map((record): NonProjectAid =>
      record.kind === 'cadre-training' ? { ...record, personTimes: [{ value: personTimeCount(3000), qualifier: 'exact', source: record.source }] } : record,
    );
    const { en, zh } = lines({ nonProjectAid });
    expect(en).toContain('  Person-times: 3,000 person-times* [6]');
    expect(zh).toContain('  人次：3,000人次* [6]');
  });
});

describe('the rule that chose a figure', () => {
  it('names the latest-report rule beside the declared projects it chose', () => {
    // The three reports of the 124 aid projects, each with the day it was reported.
    const days = ['2012-03-01', '2012-05-01', '2012-04-01'];
    let day = 0;
    const declaredProjects = seedInput.declaredProjects.map((declared) => (declared.scope === 'all' ? { ...declared, reportedOn: isoDate(days[day++]!) } : declared));
    const { en, zh } = lines({ declaredProjects }, { figureRules: { 'projects.all': { rule: 'latest' } } });
    expect(en).toContain('Aid projects declared: 124 projects* [4] (rule: latest)');
    expect(zh).toContain('帮扶项目（报告数）：124个* [4]（规则：取最新值）');
  });
});

describe('the bounds of the persons reached', () => {
  it('say nothing of incomplete statistics when every declared count comes from a complete source', () => {
    const declaredBeneficiaries = seedInput.declaredBeneficiaries.map((declared) => ({ ...declared, source: yearbook }));
    const { en, zh } = lines({ declaredBeneficiaries });
    expect(en).toContain('Persons reached, identified and declared together: at least 130,000, at most 130,000');
    expect(zh).toContain('受益人数（有身份记录与报告数合计）：不少于130,000人，不多于130,000人');
  });
});

describe('the buckets of labour placement', () => {
  // The split as the source reports it, with 100 labourers missing from the county bucket.
  const reported = (): NonProjectAid[] =>
    seedInput.nonProjectAid.map((record): NonProjectAid => {
      if (record.kind !== 'labour-cooperation' || record.placement === undefined) return record;
      const { placement } = record;
      return { ...record, placement: { ...placement, basis: 'reported', buckets: { ...placement.buckets, inCounty: personCount(200) } } };
    });

  it('writes a reported split without calling it illustrative, and says when its buckets do not sum', () => {
    const { en, zh } = lines({ nonProjectAid: reported() });
    expect(en).toContain(
      '  By bucket: outside the province 14,500; in the province, outside the county 1,200; in the county 200; total 16,000 (the buckets do NOT sum to the labourers placed)',
    );
    expect(zh).toContain('  分类：省外 14,500人；省内县外 1,200人；县内 200人；合计 16,000人（各类合计不等于转移就业人数）');
  });
});

describe('the status of an industrial zone', () => {
  it('writes a zone in operation', () => {
    const nonProjectAid = seedInput.nonProjectAid.map((record): NonProjectAid =>
      record.kind === 'industrial-cooperation' ? { ...record, industrialZones: record.industrialZones.map((zone) => ({ ...zone, status: 'operating' })) } : record,
    );
    const { en, zh } = lines({ nonProjectAid });
    expect(en).toContain(
      '  Industrial zones: Demonstration zone for industrial poverty alleviation and development in the pairing-off cooperation (Qiannan Buyei and Miao Autonomous Prefecture, operating)',
    );
    expect(zh).toContain('  产业园区：对口帮扶合作产业化扶贫开发示范区（黔南布依族苗族自治州，运营中）');
  });
});

describe('the assets registered in the year', () => {
  it('are written by class in English too', () => {
    // QN-2011-01 has passed its acceptance and announced its completion by 20 December 2011.
    const record = withAssetsRegistered([
      { class: 'public-welfare', name: { zh: '村组道路1.2公里' }, value: amount('500000'), owner: '村民委员会', manager: '村民委员会', handedOverOn: isoDate('2011-12-20') },
      { class: 'household', name: { zh: '到户养殖圈舍' }, value: amount('150000'), owner: '农户', manager: '农户', handedOverOn: isoDate('2011-12-20') },
      { class: 'household', name: { zh: '到户沼气池' }, value: amount('50000'), owner: '农户', manager: '农户', handedOverOn: isoDate('2011-12-20') },
    ]);
    const { en, zh } = lines({ record });
    expect(en).toContain('Assets registered and handed over in 2011: public-welfare 1 (0.50 million yuan), household 2 (0.20 million yuan)');
    expect(zh).toContain('2011年登记移交的项目资产：公益性1项（50.00万元），到户类2项（20.00万元）');
  });
});
