import type { generalMessages } from '../messages/general.js';
import { quote, type MessageTemplate } from '../messages/table.js';

/** Chinese messages for the shape of input, shared by every parser. */
export const generalMessagesZh = {
  'invalid-type': (p) => `类型不符：应为${p.expected}，实为${p.received}。`,
  'invalid-value': (p) => `取值不在允许范围内${p.allowed ? `（${p.allowed}）` : ''}：${quote(p.input)}。`,
  'invalid-format': (p) => `不是有效的${p.format}：${quote(p.input)}。`,
  'too-small': (p) => `数值过小：须${p.inclusive === false ? '大于' : '不小于'}${p.minimum}${p.unit ? ` ${p.unit}` : ''}。`,
  'too-big': (p) => `数值过大：须${p.inclusive === false ? '小于' : '不大于'}${p.maximum}${p.unit ? ` ${p.unit}` : ''}。`,
  'unrecognized-key': (p) => `未知字段${quote(p.key)}。`,
  'invalid-date': (p) => `不是有效的日历日期（YYYY-MM-DD）：${quote(p.input)}。`,
  'invalid-input': (p) => `输入无效${p.detail ? `：${p.detail}` : ''}。`,
} as const satisfies Record<keyof typeof generalMessages, MessageTemplate>;
