// The whole 2011 Shenzhen–Guizhou programme as the annual report's input, built through the public API:
// the infrastructure programme (./shenzhen-guizhou-2011-projects.ts), the non-project aid, and the figures
// the source declares without itemising them.
//
// Every figure here is the source's, with the section that reports it. The entry gives its 2011 figures
// "according to incomplete statistics" (Overview, Funding); the other sections report parts of the same
// statistics, so every section is marked `completeness: 'incomplete'`. Where the source gives only a total
// and a split is needed (the labour buckets), the split is marked illustrative and keeps the total exactly.
// Nothing else is invented: figures the source does not give (the students' subsidy amount, the number of
// courses, of visits, of seconded cadres) are left out, and the report says so.
import {
  activityId,
  amount,
  isoDate,
  personCount,
  regionCode,
  type AnnualReportInput,
  type AnnualReportOptions,
  type DeclaredCount,
  type IdentifiedBeneficiary,
  type DeclaredPart,
  type DeclaredProjectCount,
  type LocalizedText,
  type NonProjectAid,
  type SourceReference,
} from '../../src/index.js';
import { seedRecord2011 } from './shenzhen-guizhou-2011-lifecycles.js';
import { seedSource2011 } from './shenzhen-guizhou-2011-projects.js';

const SHENZHEN = regionCode('440300');
const LUOHU = regionCode('440303');
const GUIZHOU = regionCode('520000');
const BIJIE = regionCode('522400');
const QIANNAN = regionCode('522700');

/** A section of the source (the yearbook entry), as the place a figure is reported. */
export const seedSection2011 = (section: LocalizedText, note?: LocalizedText): SourceReference => ({
  document: seedSource2011.document,
  section,
  completeness: 'incomplete',
  ...(note === undefined ? {} : { note }),
});

// The source's sections, by their English headings and the Chinese the report prints.
const overview = seedSection2011({ zh: '概况', en: 'Overview' });
const funding = seedSection2011({ zh: '资金投入', en: 'Funding' });
const villages = seedSection2011({ zh: '整村推进', en: 'Entire village advancement' });
const labour = seedSection2011({ zh: '劳务协作', en: 'Labor service cooperation' });
const training = seedSection2011({ zh: '干部培训', en: 'Cadre training' });
const industry = seedSection2011({ zh: '产业扶贫', en: 'Industrial poverty alleviation' });
const mechanism = seedSection2011({ zh: '工作机制', en: 'Working mechanism' });

/** The non-project aid of 2011: cadre training, student subsidies, labour, industry and exchange visits. */
export const seedNonProjectAid2011: readonly NonProjectAid[] = [
  {
    kind: 'cadre-training',
    id: activityId('sz-2011-cadre-training'),
    name: { zh: '2011年贵州扶贫干部培训', en: '2011 training of Guizhou poverty-relief cadres' },
    year: 2011,
    donor: SHENZHEN,
    recipients: [BIJIE, QIANNAN],
    // The 1.3 million yuan of cadre training funds, as the Funding section gives them.
    funds: [{ category: 'cadre-training', amount: amount('1.3 million') }],
    source: training,
    provider: { zh: '深圳市经理人培训学院', en: 'Shenzhen Managers Training College' },
    description: {
      zh: '依托“东西扶贫协作人力资源建设基地”，按照国务院扶贫开发领导小组办公室与深圳市对口帮扶办公室共同制定的扶贫干部培训计划举办。',
      en: 'Under the cadre training plan of the State Council Leading Group Office of Poverty Alleviation and Development and the Shenzhen Counterpart Support Office.',
    },
    courses: [],
    // The two sections disagree; both reports are kept and the report chooses by a named rule.
    trainees: [
      {
        value: personCount(1100),
        qualifier: 'exact',
        source: overview,
        description: { zh: '扶贫干部和教育、卫生专业技术人员', en: 'poverty relief cadres and professionals for education and health care' },
      },
      {
        value: personCount(550),
        qualifier: 'exact',
        source: training,
        description: {
          zh: '在深圳市经理人培训学院参加培训的贵州省扶贫和经济管理干部',
          en: 'poverty relief and economic management cadres of Guizhou trained at Shenzhen Managers Training College',
        },
      },
    ],
    personTimes: [],
    expertsOrganised: [
      {
        value: personCount(1100),
        qualifier: 'more-than',
        source: training,
        description: { zh: '组织专家为毕节、黔南培训干部', en: 'experts organised to train cadres for Bijie and Qiannan' },
      },
    ],
  },
  {
    kind: 'student-subsidy',
    id: activityId('sz-2011-student-subsidies'),
    name: { zh: '2011年资助贫困学生', en: '2011 subsidies for needy students' },
    year: 2011,
    donor: SHENZHEN,
    recipients: [BIJIE, QIANNAN],
    funds: [],
    source: overview,
    students: [{ value: personCount(11000), qualifier: 'exact', source: overview, description: { zh: '资助贫困学生', en: 'needy students subsidised' } }],
    // The source gives no amount.
    amount: [],
  },
  {
    kind: 'labour-cooperation',
    id: activityId('sz-2011-labour-cooperation'),
    name: { zh: '2011年深黔劳务协作', en: '2011 Shenzhen–Guizhou labour service cooperation' },
    year: 2011,
    donor: SHENZHEN,
    recipients: [BIJIE, QIANNAN],
    funds: [],
    source: labour,
    placed: [{ value: personCount(16000), qualifier: 'exact', source: overview, description: { zh: '组织劳务输出', en: 'labourers whose export was organised' } }],
    placement: {
      buckets: {
        total: personCount(16000),
        outsideProvince: personCount(14500),
        inProvinceOutsideCounty: personCount(1200),
        inCounty: personCount(300),
      },
      basis: 'illustrative',
      note: {
        zh: '来源只给出总数16,000人；此处的分类仅为示意，合计与总数一致。',
        en: 'The source gives only the total of 16,000; this split into buckets is illustrative and keeps that total.',
      },
    },
    workingInDonorCity: [
      {
        value: personCount(500000),
        qualifier: 'more-than',
        source: labour,
        description: { zh: '现在深圳务工的贵州籍人员（全省）', en: 'people from Guizhou (the whole province) now working in Shenzhen' },
      },
    ],
  },
  {
    kind: 'industrial-cooperation',
    id: activityId('sz-2011-farming-funds'),
    name: { zh: '2011年贫困村种养殖项目资金', en: '2011 funds for farming projects in poor villages' },
    year: 2011,
    donor: SHENZHEN,
    recipients: [BIJIE, QIANNAN],
    // The source does not say which fund category the 2 million come from, so no share is recorded.
    funds: [],
    source: industry,
    date: { date: isoDate('2011-09-01'), precision: 'month' },
    agreements: [],
    industrialZones: [],
    enterprises: [],
    investment: [],
    farmingFunds: [
      { value: amount('2 million'), qualifier: 'exact', source: industry, description: { zh: '用于扶持毕节、黔南发展生产', en: 'allocated for the development of production in Bijie and Qiannan' } },
    ],
  },
  {
    kind: 'industrial-cooperation',
    id: activityId('sz-2011-12th-plan-framework-agreement'),
    name: { zh: '签订贵州—深圳“十二五”对口帮扶框架协议', en: 'Framework agreement on Guizhou–Shenzhen pairing-off poverty alleviation, 12th Five-Year Plan' },
    year: 2011,
    donor: SHENZHEN,
    recipients: [BIJIE, QIANNAN],
    funds: [],
    source: labour,
    date: { date: isoDate('2011-08-18'), precision: 'day' },
    agreements: [
      {
        title: {
          zh: '“十二五”期间贵州—深圳对口帮扶框架协议',
          en: 'Framework agreement on Guizhou – Shenzhen pairing-off poverty alleviation during the 12th Five-Year Plan period',
        },
        parties: [
          { name: { zh: '深圳市', en: 'Shenzhen' }, region: SHENZHEN },
          { name: { zh: '贵州省', en: 'Guizhou' }, region: GUIZHOU },
        ],
        signed: { date: isoDate('2011-08-18'), precision: 'day' },
        place: {
          zh: '2011中国（贵州）国际酒类博览会暨中国·贵阳投资贸易洽谈会',
          en: '2011 China (Guizhou) International Alcoholic Beverage Expo and China • Guiyang Investment and Trade Fair',
        },
        fromYear: 2011,
        toYear: 2015,
        source: labour,
      },
    ],
    industrialZones: [],
    enterprises: [],
    investment: [],
    farmingFunds: [],
  },
  {
    kind: 'industrial-cooperation',
    id: activityId('luohu-qiannan-2011-eco-agriculture'),
    name: { zh: '罗湖区—黔南州高效生态农业产业化示范基地', en: 'Luohu–Qiannan demonstration bases for industrialised efficient eco-agriculture' },
    year: 2011,
    donor: LUOHU,
    recipients: [QIANNAN],
    funds: [],
    source: industry,
    date: { date: isoDate('2011-12-01'), precision: 'month' },
    description: {
      zh: '2011年12月底签订，帮助黔南发展特色农业、推动农产品走向市场。',
      en: 'Signed at the end of December 2011; to help Qiannan develop featured agriculture and bring farm produce to market.',
    },
    agreements: [
      {
        title: {
          zh: '高效生态农业产业化扶贫开发示范基地建设合作框架协议',
          en: 'Framework Agreement on Cooperation in the Construction of Demonstration Bases for Poverty Alleviation and Development by Industrialization of Efficient Eco-agriculture',
        },
        parties: [
          { name: { zh: '深圳市罗湖区', en: 'Luohu District, Shenzhen' }, region: LUOHU },
          { name: { zh: '黔南布依族苗族自治州', en: 'Qiannan Prefecture' }, region: QIANNAN },
        ],
        signed: { date: isoDate('2011-12-01'), precision: 'month' },
        source: industry,
      },
    ],
    industrialZones: [
      {
        name: { zh: '对口帮扶合作产业化扶贫开发示范区', en: 'Demonstration zone for industrial poverty alleviation and development in the pairing-off cooperation' },
        region: QIANNAN,
        partners: [
          { name: { zh: '深圳市罗湖区', en: 'Luohu District, Shenzhen' }, region: LUOHU },
          { name: { zh: '黔南布依族苗族自治州', en: 'Qiannan Prefecture' }, region: QIANNAN },
        ],
        status: 'agreed',
      },
    ],
    enterprises: [],
    investment: [],
    farmingFunds: [],
  },
  {
    kind: 'exchange-visit',
    id: activityId('sz-2011-delegation-guiyang-fair'),
    name: { zh: '深圳市组团出席贵阳投资贸易洽谈会', en: 'Shenzhen delegation to the Guiyang investment and trade fair' },
    year: 2011,
    donor: SHENZHEN,
    recipients: [BIJIE, QIANNAN],
    funds: [],
    source: labour,
    date: { date: isoDate('2011-08-18'), precision: 'day' },
    direction: 'donor-to-recipient',
    level: 'municipal',
    delegation: { zh: '深圳市组织的代表团', en: 'A delegation organised by Shenzhen' },
    purpose: {
      zh: '出席2011中国（贵州）国际酒类博览会暨中国·贵阳投资贸易洽谈会，签订框架协议',
      en: 'Attend the 2011 China (Guizhou) International Alcoholic Beverage Expo and China • Guiyang Investment and Trade Fair; sign the framework agreement',
    },
    visits: [{ value: 1, qualifier: 'exact', source: labour }],
  },
  {
    kind: 'exchange-visit',
    id: activityId('sz-2011-leaders-field-research'),
    name: { zh: '深圳市主要领导赴贵州调研', en: 'Field research in Guizhou by Shenzhen’s main leaders' },
    year: 2011,
    donor: SHENZHEN,
    recipients: [BIJIE, QIANNAN],
    funds: [],
    source: mechanism,
    direction: 'donor-to-recipient',
    level: 'municipal',
    delegation: { zh: '深圳市历任主要领导先后率团', en: 'Delegations headed successively by the main leaders of the Shenzhen government' },
    purpose: { zh: '赴贵州实地调研；来源未给出次数和日期', en: 'Field research in Guizhou; the source gives no number or dates of the visits' },
    visits: [],
  },
  {
    kind: 'exchange-visit',
    id: activityId('sz-2011-districts-field-research'),
    name: { zh: '各区及市直单位赴结对贫困县调研', en: 'Field research in the twinned poor counties by districts and municipal bodies' },
    year: 2011,
    donor: SHENZHEN,
    recipients: [BIJIE, QIANNAN],
    funds: [],
    source: mechanism,
    direction: 'donor-to-recipient',
    level: 'district',
    delegation: {
      zh: '各区、光明新区、市直机关工委和市国资委负责人',
      en: 'Principals of the districts, Guangming New District, the party working committee of the municipal organs and the Municipal State-owned Assets Supervision and Administration Bureau',
    },
    purpose: { zh: '赴结对贫困县实地调研，制定帮扶规划，落实帮扶项目', en: 'Field research in the twinned poor counties, anti-poverty plans and aid projects' },
    visits: [],
  },
];

/** The project counts the source declares: 124 aid projects, of which 38 (71 sub-projects) itemised as infrastructure. */
export const seedDeclaredProjects2011: readonly DeclaredProjectCount[] = [
  { scope: 'all', projects: 124, year: 2011, qualifier: 'exact', source: overview, description: { zh: '实施帮扶项目', en: 'aid projects implemented' } },
  { scope: 'all', projects: 124, year: 2011, qualifier: 'exact', source: funding, description: { zh: '实施帮扶项目', en: 'aid projects implemented' } },
  { scope: 'all', projects: 124, year: 2011, qualifier: 'exact', source: villages, description: { zh: '在毕节、黔南建设帮扶项目', en: 'aid projects constructed in Bijie and Qiannan' } },
  { scope: 'infrastructure', projects: 38, subProjects: 71, year: 2011, qualifier: 'exact', source: villages },
  { scope: 'infrastructure', projects: 25, subProjects: 53, invested: amount('12 million'), region: BIJIE, year: 2011, qualifier: 'exact', source: villages },
  { scope: 'infrastructure', projects: 13, subProjects: 18, invested: amount('12 million'), region: QIANNAN, year: 2011, qualifier: 'exact', source: villages },
];

/** The residents the source declares as benefited: 130,000 by the 124 projects, 60,400 by the 38 infrastructure projects. */
export const seedDeclaredBeneficiaries2011: readonly DeclaredCount[] = [
  { figure: 'residents-benefited', unit: 'persons', count: personCount(130000), year: 2011, source: overview },
  { figure: 'residents-benefited', unit: 'persons', count: personCount(130000), year: 2011, source: funding },
  { figure: 'infrastructure-residents-benefited', unit: 'persons', count: personCount(60400), year: 2011, source: villages },
];

/** The 60,400 are among the 130,000: the 38 infrastructure projects are among the 124. */
export const seedDeclaredParts2011: readonly DeclaredPart[] = [
  { part: 'infrastructure-residents-benefited', whole: 'residents-benefited', source: villages },
];

/** Everything the 2011 annual report is built from. No beneficiary is identified: the source gives totals only. */
export const seedAnnualReportInput2011: AnnualReportInput & { readonly identifiedBeneficiaries: readonly IdentifiedBeneficiary[] } = {
  record: seedRecord2011,
  nonProjectAid: seedNonProjectAid2011,
  declaredProjects: seedDeclaredProjects2011,
  declaredBeneficiaries: seedDeclaredBeneficiaries2011,
  declaredParts: seedDeclaredParts2011,
  identifiedBeneficiaries: [],
};

/**
 * Shenzhen's report on 2011 for Bijie and Qiannan. Where sources disagree the largest report is chosen:
 * every figure is a lower bound ("incomplete statistics"), and the largest lower bound is the best one.
 */
export const seedReportOptions2011: AnnualReportOptions = {
  donor: SHENZHEN,
  year: 2011,
  recipients: [BIJIE, QIANNAN],
  figureRule: { rule: 'largest' },
};

/** How the report names the declared figures of this data. */
export const seedFigureLabels2011: Readonly<Record<string, LocalizedText>> = {
  'residents-benefited': { zh: '直接受益群众', en: 'Residents directly benefited' },
  'infrastructure-residents-benefited': { zh: '基础设施项目直接受益群众', en: 'Residents directly benefited by the infrastructure projects' },
};
