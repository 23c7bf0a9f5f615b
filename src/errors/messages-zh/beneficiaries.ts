import type { beneficiariesMessages } from '../messages/beneficiaries.js';
import type { MessageTemplate } from '../messages/table.js';
import { quoteZh, termZh } from './terms.js';

/** Chinese messages for resident ids, privacy and beneficiary counting. */
export const beneficiariesMessagesZh = {
  'resident-id-format': (p) => `公民身份号码由17位数字和1位校验码（0–9或X）组成，实为${p.length}个字符。`,
  'resident-id-region': (p) => `公民身份号码不以行政区划代码开头：${quoteZh(p.prefix)}。`,
  'resident-id-birth-date': (p) => `公民身份号码中的出生日期${quoteZh(p.birthDate)}不是有效日期。`,
  'resident-id-future-birth': (p) => `公民身份号码中的出生日期${p.birthDate}晚于${p.asOf}。`,
  'resident-id-check-digit': (p) => `公民身份号码的校验码应为${p.expected}，而非${p.actual}。`,
  'mask-options': (p) => `脱敏须隐去出生日期和顺序码：开头最多保留6位、末尾最多保留4位（所请求的为${p.keepStart}位和${p.keepEnd}位）。`,
  'resident-id-pack-range': (p) => `只能压缩出生日期在18500101至21170802之间的号码，而非${quoteZh(p.birthDate)}。`,
  'resident-id-packed-invalid': (p) => `不是压缩后的公民身份号码（0至70368479999999之间的整数）：${quoteZh(p.packed)}。`,
  'pseudonym-key-invalid': (p) => `假名化密钥至少为16字节（或32位十六进制数字），实为${p.bytes}字节。`,
  'pseudonym-format': (p) => `不是假名（43个base64url字符）：${quoteZh(p.input)}。`,
  'count-invalid': (p, t) => `计数（${termZh(t, 'unit', p.unit)}）须为0至2^53 − 1之间的整数，而非${quoteZh(p.value)}。`,
  'person-key-invalid': (p) => `应用的人员编号须为0至2^52 − 2^46 − 1之间的整数，而非${quoteZh(p.input)}。`,
  'household-key-invalid': (p) => `应用的户编号须为0至2^52 − 1之间的整数，而非${quoteZh(p.input)}。`,
  'beneficiary-year-invalid': (p) => `报告年度须为0至65535之间的整数，而非${quoteZh(p.year)}。`,
  'beneficiary-columns-length': (p, t) => `“${termZh(t, 'beneficiary-column', p.column)}”列有${p.actual}条记录，而“${termZh(t, 'beneficiary-column', 'personKeys')}”列有${p.expected}条。`,
  'beneficiary-columns-person-key': (p) => `人员键须为0至2^53 − 1之间的整数，而非${quoteZh(p.value)}。`,
  'beneficiary-columns-household-key': (p) => `户键须为非数值（NaN，表示不详）或0至2^53 − 1之间的整数，而非${quoteZh(p.value)}。`,
  'beneficiary-columns-index': (p, t) => `索引${p.value}超出${termZh(t, 'beneficiary-table', p.table)}表的范围（共${p.size}项）。`,
  'beneficiary-columns-more-problems': (p) => `另有其他问题，仅列出前${p.limit}项。`,
  'beneficiary-summary-grouping': (p, t) => `分组方式不同的汇总不能合并（${termZh(t, 'grouping', p.first)}与${termZh(t, 'grouping', p.second)}）。`,
  'beneficiary-summary-keys': () => '键文本不是汇总编码中小于2^53的升序键列表。',
  'beneficiary-summary-count': (p) => `键文本含${p.actual}个键，而计数为${p.expected}。`,
  'beneficiary-summary-subset': () => '建档立卡贫困户（人口）的键并非全部包含在总数的键中。',
  'beneficiary-summary-order': () => '汇总单元须按先分组、后年度的顺序排列，且不得重复。',
  'declared-count-undated': (p, t) => `“取最新值”规则要求“${termZh(t, 'figure', p.figure)}”的每份报告都注明报告日期。`,
  'declared-count-no-preferred-source': (p, t) => `“${termZh(t, 'figure', p.figure)}”的报告均不来自优先来源。`,
  'declared-registered-poor-exceeds-count': (p, t) => `“${termZh(t, 'figure', p.figure)}”共${p.count}，其中建档立卡贫困对象却申报为${p.registeredPoor}：建档立卡贫困对象是其中的一部分。`,
  'declared-persons-fewer-than-households': (p, t) => `“${termZh(t, 'figure', p.figure)}”申报为${p.households}户${p.persons}人：每户至少一人。`,
  'labour-placement-sum': (p) => `劳务输出各分类合计${p.sum}，与总数${p.total}不符：每名劳动力应归入且仅归入一类。`,
} as const satisfies Record<keyof typeof beneficiariesMessages, MessageTemplate>;
