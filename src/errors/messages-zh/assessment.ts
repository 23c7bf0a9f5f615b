import type { assessmentMessages } from '../messages/assessment.js';
import type { MessageTemplate } from '../messages/table.js';
import { quoteZh, termZh } from './terms.js';

const JUDGEMENTS_ZH: Readonly<Record<string, string>> = { 'yes': '“是”', 'no': '“否”', 'good': '“好”', 'fairly-good': '“较好”', 'fair': '“一般”', 'poor': '“差”' };

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
  'assessment-value-invalid': (p) => `不是非负的精确十进制数（如“10”或“12.5”）：${quoteZh(p.input)}。`,
  'assessment-indicator-repeated': (p) => `指标编号${quoteZh(p.indicator)}重复使用。`,
  'assessment-grades-invalid': () => '等次标准应从最好的等次起依次降低，每一等次的起点低于上一等次，最高不超过100%，最后一等次从0%起。',
  'assessment-entered-unknown': (p) => `考核方案中没有指标${quoteZh(p.indicator)}。`,
  'assessment-entered-computed': (p) => `指标${quoteZh(p.indicator)}由数据计算得出，不能以填报数代替。`,
  'assessment-entered-repeated': (p) => `指标${quoteZh(p.indicator)}填报了不止一次。`,
  'assessment-not-paired': (p) => `${p.assessed}既非援助方，也非${p.year}年与其结对的受援地，不能在此记录其考核。`,
  'assessment-mismatch': (p) => `此项操作针对的是${p.found}的考核，而非${p.expected}的考核。`,
  'assessment-not-started': (p, t) => `考核尚未自评，不能“${termZh(t, 'command', p.command)}”，请先自评。`,
  'assessment-move-not-allowed': (p, t) => `状态为“${termZh(t, 'status', p.status)}”的考核不能“${termZh(t, 'command', p.command)}”。`,
  'assessment-event-out-of-order': (p, t) => `考核事件“${termZh(t, 'event', p.event)}”不能接在状态“${termZh(t, 'status', p.status)}”之后。`,
  'assessment-actor-not-assigned': (p, t) => `${p.organisation}不是本次考核的${termZh(t, 'actor', p.role)}，不能“${termZh(t, 'command', p.command)}”。`,
  'assessment-cross-check-by-assessed': (p) => `${p.organisation}是被考核方${p.assessed}的工作机构，不能交叉考核自身。`,
  'assessment-step-before-year': (p) => `${p.year}年度的考核不能在${p.day}进行，该日早于被考核年度。`,
  'assessment-finding-invalid': (p) => `考核结论须有精确十进制分数（如“52.50”）和等次（好、较好、一般、差）之一：${quoteZh(p.input)}。`,
  'assessment-judgement-invalid': (p) => `指标${quoteZh(p.indicator)}为定性指标，只能填报${String(p.allowed ?? '').split(/,\s*/).map((value) => JUDGEMENTS_ZH[value] ?? value).join('、')}，不能填报${quoteZh(p.input)}。`,
} as const satisfies Record<keyof typeof assessmentMessages, MessageTemplate>;
