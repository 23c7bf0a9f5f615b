import type { reportMessages } from '../messages/report.js';
import type { MessageTemplate } from '../messages/table.js';
import { termZh, wanZh, wordZh } from './terms.js';

// The words of the report's own checks: the precision of a date, the scope and measure of a declared count.
const precisions = { year: '年', month: '月' };
const scopes = { all: '帮扶', infrastructure: '基础设施' };
const measures = { projects: '数量', 'sub-projects': '子项目数', 'amount invested': '投资额' };

/** Chinese messages for non-project aid and the annual report. */
export const reportMessagesZh = {
  'partial-date-precision': (p) =>
    `精确到${wordZh(precisions, p.precision)}的日期应记为该${wordZh(precisions, p.precision)}的第一天，而非${p.date}。`,
  'aid-date-outside-year': (p) => `该活动日期为${p.date}，不在所属的${p.year}年度内。`,
  'allocated-funds-exceed-donated': (p, t) =>
    `${p.year}年列明项目和非项目帮扶使用“${termZh(t, 'fund-category', p.category)}”${wanZh(p.allocated)}，超过捐赠的${wanZh(p.donated)}。`,
  'declared-projects-below-itemised': (p, t) =>
    `${p.region ? termZh(t, 'region', p.region) : ''}申报的${wordZh(scopes, p.scope)}项目数（${p.declared}个）少于列明的${p.itemised}个。`,
  'declared-projects-differ-from-itemised': (p, t) => {
    const figure = (value: unknown) => (p.measure === 'amount invested' ? wanZh(value) : String(value));
    return `${p.region ? termZh(t, 'region', p.region) : ''}申报的${wordZh(scopes, p.scope)}项目${wordZh(measures, p.measure)}（${figure(p.declared)}）与列明的${figure(p.itemised)}不一致。`;
  },
  'declared-part-exceeds-whole': (p, t) =>
    `“${termZh(t, 'figure', p.part)}”（${p.partCount}）申报为“${termZh(t, 'figure', p.whole)}”的一部分，却超过后者（${p.wholeCount}）。`,
  'declared-part-unknown': (p, t) => `本年度未报告“${termZh(t, 'figure', p.figure)}”的申报数，无法核对其包含关系。`,
  'chinese-text-missing': (p) => `“${p.section}”中有${p.count}处文本仅有英文，未予显示，以〔无中文文本〕标示；请补充中文。`,
  'labour-placement-differs-from-reported': (p) => `劳务输出各分类合计${p.total}人，而报告的转移就业人数为${p.reported}人。`,
  'plan-target-unit-not-money': (p, t) =>
    `计划“${p.plan}”的目标“${termZh(t, 'measure', p.measure)}”是资金额，单位却为“${termZh(t, 'unit', p.unit)}”，不是货币单位（元、万元、亿元等），未与实际金额比较。`,
} as const satisfies Record<keyof typeof reportMessages, MessageTemplate>;
