// Shenzhen's documented pairings, 1996–2020, each with where it is documented. Days are not documented
// for most changes: a pairing that starts in a year starts on its first day, one that ends with a
// re-arrangement ends on the last day of the month that re-arrangement is dated. Shenzhen's recipients
// in the 2021 round of east–west cooperation are not documented here and are left out.
import { isoDate, pairingId, regionCode, type Pairing, type SourceReference } from '../../src/index.js';

const SHENZHEN = regionCode('440300');

const report = (document: string, note: string): SourceReference => ({ document: { en: document }, completeness: 'complete', note: { en: note } });

const ONE_TO_TWO_1996 = report(
  '国务院办公厅转发国务院扶贫开发领导小组关于组织经济较发达地区与经济欠发达地区开展扶贫协作的报告 (国办发〔1996〕26号), as reported in the press',
  'Shenzhen, Qingdao, Dalian and Ningbo each support two of Guizhou’s eight prefectures (一对二); Shenzhen: Bijie and Qiannan. Only the year is documented.',
);
const GUIZHOU_2013 = report(
  '国务院办公厅关于开展对口帮扶贵州工作的指导意见 (国办发〔2013〕11号, February 2013), as reported in the press',
  'Eight cities support the eight prefectures other than Guiyang one to one; Shenzhen keeps Bijie, Qiannan passes to Guangzhou ("from 2013 the centre assigned Guangzhou to Qiannan").',
);
const GUANGXI_2016 = report(
  'East–west cooperation meeting, Yinchuan, 2016-07-20; 关于进一步加强东西部扶贫协作工作的指导意见 (2016-12-07), as reported in the press',
  'From 2016-09 Shenzhen supports Guangxi on Guangdong’s behalf, mainly Baise and Hechi; its national pairing with Bijie ends with the 2016-07 adjustment. The end of 2020 closes the stage; the 2021 round is not documented here.',
);
const BIJIE_2018 = report(
  'Press reports of 2018-11 on Shenzhen and Bijie',
  'Shenzhen pairs with Bijie again beyond the national task; its end is not documented: taken to close with the 2020 stage.',
);

/**
 * Shenzhen's pairings over the years: Bijie 522400 and Qiannan 522700 from 1996; Qiannan passed to
 * Guangzhou in the 2013 re-arrangement; from September 2016 Baise 451000 and Hechi 451200 in Guangxi, the
 * national pairing with Bijie ending in July 2016; Bijie again from November 2018 beyond the national task.
 * The Bijie pairing is recorded on its 1996 code and covers 520500 after the 2011 renumbering.
 */
export const shenzhenPairingHistory: readonly Pairing[] = [
  { id: pairingId('sz-bijie'), donor: SHENZHEN, recipient: regionCode('522400'), from: isoDate('1996-01-01'), to: isoDate('2016-07-31'), source: ONE_TO_TWO_1996 },
  { id: pairingId('sz-qiannan'), donor: SHENZHEN, recipient: regionCode('522700'), from: isoDate('1996-01-01'), to: isoDate('2013-02-28'), source: GUIZHOU_2013 },
  { id: pairingId('sz-baise'), donor: SHENZHEN, recipient: regionCode('451000'), from: isoDate('2016-09-01'), to: isoDate('2020-12-31'), source: GUANGXI_2016 },
  { id: pairingId('sz-hechi'), donor: SHENZHEN, recipient: regionCode('451200'), from: isoDate('2016-09-01'), to: isoDate('2020-12-31'), source: GUANGXI_2016 },
  { id: pairingId('sz-bijie-2018'), donor: SHENZHEN, recipient: regionCode('520500'), from: isoDate('2018-11-01'), to: isoDate('2020-12-31'), source: BIJIE_2018 },
];
