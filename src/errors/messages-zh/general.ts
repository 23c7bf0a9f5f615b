import type { generalMessages } from '../messages/general.js';
import type { MessageTemplate } from '../messages/table.js';
import { quoteZh, termsZh, termZh } from './terms.js';

/** Chinese messages for the shape of input, shared by every parser. */
export const generalMessagesZh = {
  'invalid-type': (p, t) => `类型不符：应为${termsZh(t, 'value-type', p.expected, true)}，实为${termZh(t, 'value-type', p.received)}。`,
  // The allowed values are codes a program must write; the English message lists them.
  'invalid-value': (p) => `取值不在允许范围内：${p.missing === true ? '未填写' : quoteZh(p.input)}。`,
  'invalid-format': (p, t) => `不是有效的${termZh(t, 'format', p.format)}：${quoteZh(p.input)}。`,
  'too-small': (p, t) =>
    `数值过小：须${p.inclusive === false ? '大于' : '不小于'}${p.minimum}${p.unit ? termZh(t, 'unit', p.unit) : ''}。`,
  'too-big': (p, t) =>
    `数值过大：须${p.inclusive === false ? '小于' : '不大于'}${p.maximum}${p.unit ? termZh(t, 'unit', p.unit) : ''}。`,
  'unrecognized-key': (p) => `未知字段${quoteZh(p.key)}。`,
  'invalid-date': (p) => `不是有效的日历日期（年-月-日，如2011-09-05）：${quoteZh(p.input)}。`,
  // The detail is the validator's own English wording; the path names the place.
  'invalid-input': () => '输入无效。',
  'input-unreadable': () => '无法读取输入：其中的属性读取出错。',
  'date-out-of-range': (p) => `日期${quoteZh(p.input)}超出可读取的范围（${p.minimum}至${p.maximum}）。`,
  'issues-truncated': (p) => `另有${p.omitted}个问题未列出；最多列出${p.maximum}个。`,
} as const satisfies Record<keyof typeof generalMessages, MessageTemplate>;

/** Words for the types, formats and units the shape messages name: the validator's own vocabulary. */
export const generalTermsZh = {
  'value-type': {
    string: '字符串',
    number: '数字',
    int: '整数',
    bigint: '大整数',
    boolean: '布尔值',
    object: '对象',
    array: '数组',
    null: '空值',
    undefined: '未定义值',
    nothing: '空缺',
    date: '日期',
    'date string': '日期字符串',
    function: '函数',
    symbol: '符号',
    nan: '非数值',
  },
  format: {
    regex: '格式',
    email: '电子邮件地址',
    url: '网址',
    uuid: '通用唯一标识符',
    datetime: '日期时间',
    date: '日期',
    time: '时间',
    starts_with: '前缀',
    ends_with: '后缀',
    includes: '内容',
  },
  unit: { items: '项', characters: '个字符' },
} as const;
