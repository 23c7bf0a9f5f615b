import type { moneyMessages } from '../messages/money.js';
import type { MessageTemplate } from '../messages/table.js';
import { quoteZh, termZh } from './terms.js';

// The numbers that are not finite, as JavaScript writes them.
const infinities: Readonly<Record<string, string>> = { Infinity: '正无穷大', '-Infinity': '负无穷大', NaN: '非数值' };

/** Chinese messages for amounts of money. */
export const moneyMessagesZh = {
  'amount-type': (p, t) => `金额须为字符串或数字，实为${termZh(t, 'value-type', p.received)}。`,
  'amount-empty': () => '金额为空。',
  'amount-syntax': (p) => `不是有效的金额：${quoteZh(p.input)}。`,
  'amount-grouping': (p) => `千位分隔符须每三位数字一组：${quoteZh(p.input)}。`,
  'amount-unit': (p) => `${quoteZh(p.input)}中的单位${quoteZh(p.unit)}无法识别；请使用元、万元、亿元、yuan或million。`,
  'amount-too-precise': (p) => `${quoteZh(p.input)}的小数超过两位（精确到分）；如需舍入，请指定舍入方式。`,
  'amount-not-finite': (p) => `不是有限数值：${infinities[String(p.input)] ?? p.input}。`,
  'amount-inexact-number': (p) => `数值${p.input}无法精确到分；请以字符串形式传入金额。`,
  'fen-not-whole': (p) => `数值${p.input}不是整数分；以分计的金额不能有小数。`,
  'amount-unsafe-integer': (p) => `数值${p.input}超出可精确表示的整数范围；请以字符串形式传入金额。`,
  'amount-stored-form': (p) => `已存事件日志中的金额须按本库写出的形式书写：两位小数、无前导零（如“900000.00”），事件的哈希值即按此形式计算；实为${p.input}。`,
  'amount-json-form': (p) => `数据中的金额须为以元计、至多两位小数的十进制数字字符串（如“46910000.00”），实为${p.input}。`,
  'rounding-invalid': (p) => `未知的舍入方式${quoteZh(p.input)}。`,
  'factor-invalid': (p) => `不是有效的十进制系数：${quoteZh(p.input)}。`,
  'ratios-empty': () => '分配至少需要一个比例。',
  'ratio-negative': (p) => `比例${p.index}为负数（${p.input}）；比例须大于或等于零。`,
  'ratios-zero': () => '所有比例均为零，无法据以分配。',
  'division-by-zero': () => '除数金额不能为零。',
  'amount-too-long': (p) => `金额文字不得超过${p.maximum}个字符。`,
  'amount-line-break': () => '金额中不得含有换行。',
  'amount-numeral-invalid': (p) => `${quoteZh(p.input)}中的${quoteZh(p.numeral)}不是半角或全角数字（如脚注标记、带圈数字、数学数字），不作数字读取。`,
  'amount-negative': (p) => `金额为负数（${p.wan}万元），此处不得为负；冲销请记入台账。`,
  'options-invalid': () => '选项须为对象。',
  'decimals-invalid': (p) => `小数位数须为0至${p.maximum}之间的整数。`,
  'amount-unit-invalid': () => '金额单位无效；请使用元、千元、万元、百万元或亿元。',
} as const satisfies Record<keyof typeof moneyMessages, MessageTemplate>;
