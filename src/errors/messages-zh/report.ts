import type { reportMessages } from '../messages/report.js';
import { quote, type MessageTemplate } from '../messages/table.js';
import { termZh } from './terms.js';

const precisions = { year: '年', month: '月' };
const scopes = { all: '帮扶', infrastructure: '基础设施' };
const measures = { projects: '数量', 'sub-projects': '子项目数', 'amount invested': '投资额' };

/** Chinese messages for non-project aid and the annual report. */
export const reportMessagesZh = {
  'partial-date-precision': (p) =>
    `精确到${termZh(p.precision, precisions)}的日期应记为该${termZh(p.precision, precisions)}的第一天，而非${p.date}。`,
  'aid-date-outside-year': (p) => `该活动日期为${p.date}，不在所属的${p.year}年度内。`,
  'allocated-funds-exceed-donated': (p) =>
    `${p.year}年列明项目和非项目帮扶使用${quote(p.category)}类资金${p.allocated}元，超过捐赠的${p.donated}元。`,
  'declared-projects-below-itemised': (p) =>
    `${p.region ? `${p.region}地区` : ''}申报的${termZh(p.scope, scopes)}项目数（${p.declared}个）少于列明的${p.itemised}个。`,
  'declared-projects-differ-from-itemised': (p) =>
    `${p.region ? `${p.region}地区` : ''}申报的${termZh(p.scope, scopes)}项目${termZh(p.measure, measures)}（${p.declared}）与列明的${p.itemised}不一致。`,
  'declared-part-exceeds-whole': (p) =>
    `${quote(p.part)}（${p.partCount}）申报为${quote(p.whole)}的一部分，却超过后者（${p.wholeCount}）。`,
  'declared-part-unknown': (p) => `本年度未报告${quote(p.figure)}的申报数，无法核对其包含关系。`,
  'labour-placement-differs-from-reported': (p) => `劳务输出各分类合计${p.total}人，而报告的转移就业人数为${p.reported}人。`,
} as const satisfies Record<keyof typeof reportMessages, MessageTemplate>;
