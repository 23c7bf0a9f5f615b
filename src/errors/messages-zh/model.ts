import type { IssueParams } from '../issue.js';
import type { modelMessages } from '../messages/model.js';
import { quote, type MessageTemplate } from '../messages/table.js';

// The money-flow checks name their scope by project (and category); other callers give only `scope`.
const scopeZh = (p: IssueParams): string =>
  p.project === undefined ? String(p.scope ?? '') : `项目${quote(p.project)}${p.category ? `的${quote(p.category)}类资金` : ''}`;

/** Chinese messages for the programme model: organisations, pairings, funds, plans, projects and the ledger. */
export const modelMessagesZh = {
  'id-invalid': (p) => `不是有效的${p.kind}标识（1–128个可打印字符，首尾不得为空格）：${quote(p.input)}。`,
  'text-empty': () => '请以中文、英文或两者填写文本。',
  'decimal-invalid': (p) => `不是精确的十进制数（如"1200"或"95.5"）：${quote(p.input)}。`,
  'id-duplicate': (p) => `${p.kind}标识${quote(p.id)}已在${p.first}使用。`,
  'fund-breakdown-mismatch': (p) => `资金各类别合计${p.sum}，与总额${p.total}不符。`,
  'fund-category-unknown': (p) => `帮扶方案未定义资金类别${quote(p.category)}。`,
  'project-type-unknown': (p) => `帮扶方案未定义项目类型${quote(p.type)}。`,
  'fund-recipient-unlisted': (p) => `该份额的受援方${p.recipient}不在该笔资金的受援方之列。`,
  'sub-project-budget-exceeded': (p) => `子项目预算合计${p.sum}，超过项目预算${p.budget}。`,
  'sub-project-outside-region': (p) => `子项目位于${p.region}，超出所属项目的地区${p.projectRegion}。`,
  'ledger-project-unknown': (p) => `该笔记录所属项目${quote(p.project)}不存在。`,
  'ledger-sub-project-unknown': (p) => `${quote(p.subProject)}不是项目${quote(p.project)}的子项目。`,
  'organisation-unknown': (p) => `不存在标识为${quote(p.organisation)}的单位。`,
  'reversal-target-unknown': (p) => `该笔记录冲销${quote(p.entry)}，但台账中无此记录。`,
  'reversal-target-mismatch': (p) =>
    `该笔记录冲销${quote(p.entry)}，但${p.field}不一致（原记录为${quote(p.expected)}，此处为${quote(p.actual)}）。`,
  'reversal-not-negative': (p) => `冲销金额须为负数，实为${p.amount}。`,
  'reversal-exceeds-entry': (p) => `对${quote(p.entry)}的冲销合计${p.reversed}，超过其金额${p.amount}。`,
  'reversal-before-entry': (p) => `冲销日期${p.date}早于被冲销记录的日期（${p.reversedDate}）。`,
  'negative-entry-without-reversal': (p) => `负数金额（${p.amount}）须注明所冲销的记录。`,
  'ledger-field-misplaced': (p) => `${p.kind}类记录不能含有${quote(p.field)}。`,
  'budget-entries-exceed-approved': (p) => `预算记录合计${p.entered}，超过批复预算${p.approved}。`,
  'committed-exceeds-budget': (p) => `截至${p.date}，${scopeZh(p)}已承诺${p.committed}，超过其预算${p.budget}。`,
  'disbursed-exceeds-committed': (p) => `截至${p.date}，${scopeZh(p)}已拨付${p.disbursed}，超过已承诺的${p.committed}。`,
  'expenditure-exceeds-disbursed': (p) => `截至${p.date}，${scopeZh(p)}已支出${p.spent}，超过已拨付的${p.disbursed}。`,
  'recipient-not-paired': (p) => `${p.year}年帮扶方${p.donor}与包含${p.recipient}的地区之间没有有效的结对关系。`,
  'pairing-period-invalid': (p) => `结对关系的终止时间（${p.to}）早于起始时间（${p.from}）。`,
  'programme-period-invalid': (p) => `帮扶规划期的终止年份（${p.toYear}）早于起始年份（${p.fromYear}）。`,
  'project-period-invalid': (p) => `项目的终止年份（${p.endYear}）早于起始年份（${p.year}）。`,
  'project-outside-programme-period': (p) =>
    `项目${p.from === p.to ? `属${p.from}年` : `实施期为${p.from}年至${p.to}年`}，超出帮扶规划期${p.fromYear}年至${p.toYear}年。`,
  'plan-period-invalid': (p) => `计划的终止年份（${p.toYear}）早于起始年份（${p.fromYear}）。`,
  'management-fee-exceeded': (p) => `管理费合计${p.spent}，超过预算${p.percent}%的上限（${p.cap}）。`,
  'negative-list-expenditure': (p) => `用于${quote(p.purpose)}的支出属于负面清单。`,
  'hierarchy-cycle': (p) => `${quote(p.id)}的上级关系形成循环：${p.cycle}。`,
  'sub-project-orphan': (p) => `子项目${quote(p.id)}的上级${quote(p.parent)}不存在。`,
  'sub-project-parent-not-project': (p) => `${quote(p.id)}的上级${quote(p.parent)}本身是子项目；子项目只能隶属于项目。`,
  'ledger-row-invalid': (p) => `台账第${p.index}行的${p.field}无效：${p.value}。`,
} as const satisfies Record<keyof typeof modelMessages, MessageTemplate>;
