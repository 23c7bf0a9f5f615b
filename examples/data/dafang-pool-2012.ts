// A county project pool entry of 2012, as the worked data of the pool guide: a village road in 大方县 (520521
// since 毕节市 replaced 毕节地区 late in 2011), proposed by its village, reviewed by its township and pooled by the
// county. The township, the village, the names and the figures are invented for the example.
import { amount, organisationId, projectId, regionCode, isoDate, type Organisation, type PoolEntry } from '../../src/index.js';
import { seedOrganisations2011 } from './shenzhen-guizhou-2011-projects.js';

const DAFANG = regionCode('520521');

/**
 * The 2011 organisations with the township and the village committee of the example (both of 大方县), registered
 * in 2012 under the county's code of that year.
 */
export const poolOrganisations2012: readonly Organisation[] = [
  ...seedOrganisations2011,
  { id: organisationId('township-dafang-example'), name: { zh: '大方县示例乡人民政府', en: 'Example Township Government, Dafang' }, kind: 'township-government', region: DAFANG, regionAsOf: isoDate('2012-02-01') },
  { id: organisationId('village-dafang-lilin'), name: { zh: '大方县示例乡李林村村民委员会', en: 'Lilin Village Committee, Dafang' }, kind: 'village-committee', region: DAFANG, regionAsOf: isoDate('2012-02-01') },
];

/** A village road proposed to the county pool in 2012 for the 2013 plan, with every field the pool asks for. */
export const seedPoolEntry2012: PoolEntry = {
  project: {
    id: projectId('DF-2013-01'),
    name: { zh: '大方县示例乡李林村通组公路硬化项目', en: 'Lilin Village hamlet road surfacing, Dafang' },
    type: 'rural-road',
    location: { region: DAFANG, township: '示例乡', village: '李林村' },
    budget: amount('800000'),
    implementingUnit: organisationId('township-dafang-example'),
    description: { zh: '硬化通组公路3.2公里，宽4.5米', en: 'Surface 3.2 km of hamlet road, 4.5 m wide.' },
    performanceTarget: {
      indicators: [
        { dimension: 'output-quantity', name: '硬化公路里程', comparator: '>=', value: '3.2', unit: '公里' },
        { dimension: 'output-timeliness', name: '年内完工率', comparator: '=', value: '100', unit: '%' },
      ],
    },
    povertyLinkage: { zh: '优先聘用建档立卡贫困户务工，改善出行条件', en: 'Registered poor households are hired first; travel to market gets easier.' },
    year: 2013,
    category: 'counterpart-support',
    participations: [],
    subProjects: [],
  },
  construction: 'new',
  schedule: { start: isoDate('2013-03-01'), end: isoDate('2013-10-31') },
  beneficiaries: { zh: '李林村6个村民组，其中建档立卡贫困户58户', en: 'Six hamlets of Lilin Village, 58 registered poor households among them.' },
  participation: { zh: '村民代表大会议定项目，群众投工投劳并参与监督', en: 'The villagers’ assembly chose the project; villagers give labour and oversee the works.' },
};
