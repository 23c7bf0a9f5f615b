import type { assessmentMessages } from '../messages/assessment.js';
import { quote, type MessageTemplate } from '../messages/table.js';

const AREAS_ZH: Readonly<Record<string, string>> = {
  'organisation-leadership': '组织领导',
  'talent-exchange': '人才支援',
  'funding': '资金支持',
  'industrial-cooperation': '产业合作',
  'labour-cooperation': '劳务协作',
  'county-pairing': '携手奔小康',
};

/** 考核的提示信息。 */
export const assessmentMessagesZh = {
  'assessment-weights-mismatch': (p) => `${p.area === undefined ? '各领域' : `“${AREAS_ZH[String(p.area)] ?? '该领域'}”各指标`}的分值合计${p.sum}，与${p.total}不符。`,
  'assessment-value-invalid': (p) => `不是非负的精确十进制数（如"10"或"12.5"）：${quote(p.input)}。`,
  'assessment-indicator-repeated': (p) => `指标编号${quote(p.indicator)}重复使用。`,
  'assessment-grades-invalid': () => '等次标准应从最好的等次起依次降低，每一等次的起点低于上一等次，最高不超过100%，最后一等次从0%起。',
  'assessment-entered-unknown': (p) => `考核方案中没有指标${quote(p.indicator)}。`,
  'assessment-entered-computed': (p) => `指标${quote(p.indicator)}由数据计算得出，不能以填报数代替。`,
  'assessment-entered-repeated': (p) => `指标${quote(p.indicator)}填报了不止一次。`,
} as const satisfies Record<keyof typeof assessmentMessages, MessageTemplate>;
