import type { IssueParams } from '../issue.js';
import type { modelMessages } from '../messages/model.js';
import type { IssueTerms } from '../issue-terms.js';
import type { MessageTemplate } from '../messages/table.js';
import { pathZh, quoteZh, termZh, wanZh } from './terms.js';

// The money-flow checks name their scope by project (and category); other callers give only `scope`.
const scopeZh = (p: IssueParams, t: IssueTerms | undefined): string =>
  p.project === undefined
    ? String(p.scope ?? '')
    : `项目${quoteZh(p.project)}${p.source ? `的${termZh(t, 'funding-source', p.source)}` : ''}${p.category ? `的${termZh(t, 'fund-category', p.category)}` : ''}`;

// A reversal and its entry disagree on a field: the values are codes of that field's kind, or absent.
const fieldValueZh = (p: IssueParams, value: unknown, t: IssueTerms | undefined): string => {
  if (value === '(none)') return '（无）';
  if (p.field === 'kind') return termZh(t, 'ledger-kind', value);
  if (p.field === 'category') return termZh(t, 'fund-category', value);
  if (p.field === 'source') return termZh(t, 'funding-source', value);
  return quoteZh(value);
};

/** Chinese messages for the programme model: organisations, pairings, funds, plans, projects and the ledger. */
export const modelMessagesZh = {
  'id-invalid': (p, t) => `不是有效的${termZh(t, 'id-kind', p.kind)}标识（1–128个可打印字符，首尾不得为空格）：${quoteZh(p.input)}。`,
  'text-empty': () => '请以中文、英文或两者填写文本。',
  'decimal-invalid': (p) => `不是精确的十进制数（如“1200”或“95.5”）：${quoteZh(p.input)}。`,
  'id-duplicate': (p, t) => `${termZh(t, 'id-kind', p.kind)}标识${quoteZh(p.id)}已在${pathZh(t, p.first)}使用。`,
  'fund-breakdown-mismatch': (p) => `资金各类别合计${wanZh(p.sum)}，与总额${wanZh(p.total)}不符。`,
  'fund-category-unknown': (p) => `帮扶方案未定义资金类别${quoteZh(p.category)}。`,
  'project-type-unknown': (p) => `帮扶方案未定义项目类型${quoteZh(p.type)}。`,
  'fund-recipient-unlisted': (p, t) => `该份额的受援方${termZh(t, 'region', p.recipient)}不在该笔资金的受援方之列。`,
  'sub-project-budget-exceeded': (p) => `子项目预算合计${wanZh(p.sum)}，超过项目预算${wanZh(p.budget)}。`,
  'sub-project-outside-region': (p, t) => `子项目位于${termZh(t, 'region', p.region)}，超出所属项目的地区${termZh(t, 'region', p.projectRegion)}。`,
  'ledger-project-unknown': (p) => `该笔记录所属项目${quoteZh(p.project)}不存在。`,
  'ledger-sub-project-unknown': (p) => `${quoteZh(p.subProject)}不是项目${quoteZh(p.project)}的子项目。`,
  'organisation-unknown': (p) => `不存在标识为${quoteZh(p.organisation)}的单位。`,
  'reversal-target-unknown': (p) => `该笔记录冲销${quoteZh(p.entry)}，但台账中无此记录。`,
  'reversal-target-mismatch': (p, t) =>
    p.field === 'amount'
      ? `该笔记录冲销${quoteZh(p.entry)}，但被冲销的记录金额须为正数，实为${wanZh(p.actual)}。`
      : `该笔记录冲销${quoteZh(p.entry)}，但${termZh(t, 'field', p.field)}不一致（原记录为${fieldValueZh(p, p.expected, t)}，此处为${fieldValueZh(p, p.actual, t)}）。`,
  'reversal-not-negative': (p) => `冲销金额须为负数，实为${wanZh(p.amount)}。`,
  'reversal-exceeds-entry': (p) => `对${quoteZh(p.entry)}的冲销合计${wanZh(p.reversed)}，超过其金额${wanZh(p.amount)}。`,
  'reversal-before-entry': (p) => `冲销日期${p.date}早于被冲销记录的日期（${p.reversedDate}）。`,
  'negative-entry-without-reversal': (p) => `负数金额（${wanZh(p.amount)}）须注明所冲销的记录。`,
  'ledger-field-misplaced': (p, t) => `${termZh(t, 'ledger-kind', p.kind)}记录不能含有“${termZh(t, 'field', p.field)}”。`,
  'budget-entries-exceed-approved': (p) => `预算记录合计${wanZh(p.entered)}，超过批复预算${wanZh(p.approved)}。`,
  'committed-exceeds-budget': (p, t) => `截至${p.date}，${scopeZh(p, t)}已承诺${wanZh(p.committed)}，超过其预算${wanZh(p.budget)}。`,
  'disbursed-exceeds-committed': (p, t) => `截至${p.date}，${scopeZh(p, t)}已拨付${wanZh(p.disbursed)}，超过已承诺的${wanZh(p.committed)}。`,
  'expenditure-exceeds-disbursed': (p, t) => `截至${p.date}，${scopeZh(p, t)}已支出${wanZh(p.spent)}，超过已拨付的${wanZh(p.disbursed)}。`,
  'recipient-not-paired': (p, t) => `${p.year}年帮扶方${termZh(t, 'region', p.donor)}与包含${termZh(t, 'region', p.recipient)}的地区之间没有有效的结对关系。`,
  'pairing-period-invalid': (p) => `结对关系的终止时间（${p.to}）早于起始时间（${p.from}）。`,
  'funding-amount-not-positive': (p, t) => `筹资方式中每项资金须为正数；“${termZh(t, 'funding-source', p.source)}”为${wanZh(p.amount)}。`,
  'funding-source-duplicate': (p, t) => `“${termZh(t, 'funding-source', p.source)}”与第${Number(p.first) + 1}项来源及出资方相同，请合并为一项。`,
  'funding-donor-share-mismatch': (p) => `东西部协作资金各项合计${wanZh(p.sum)}，与预算（帮扶方出资）${wanZh(p.budget)}不符。`,
  'sub-project-investment-exceeded': (p) => `子项目总投资合计${wanZh(p.sum)}，超过项目总投资${wanZh(p.totalInvestment)}。`,
  'funding-total-mismatch': (p) => `填报的总投资为${wanZh(p.totalInvestment)}，而各项资金来源合计${wanZh(p.sum)}。`,
  'funding-donor-outside-programme': (p, t) => `东西部协作资金的出资地区${termZh(t, 'region', p.donor)}不是帮扶方地区${termZh(t, 'region', p.programmeDonor)}或其所辖区。`,
  'ledger-source-unlisted': (p, t) => `该笔台账记录动用“${termZh(t, 'funding-source', p.source)}”，而项目${quoteZh(p.project)}的筹资方式中没有该来源。`,
  'programme-period-invalid': (p) => `帮扶规划期的终止年份（${p.toYear}）早于起始年份（${p.fromYear}）。`,
  'project-period-invalid': (p) => `项目的终止年份（${p.endYear}）早于起始年份（${p.year}）。`,
  'project-outside-programme-period': (p) =>
    `项目${p.from === p.to ? `属${p.from}年` : `实施期为${p.from}年至${p.to}年`}，超出帮扶规划期${p.fromYear}年至${p.toYear}年。`,
  'plan-period-invalid': (p) => `计划的终止年份（${p.toYear}）早于起始年份（${p.fromYear}）。`,
  'management-fee-exceeded': (p) => `管理费合计${wanZh(p.spent)}，超过预算${p.percent}%的上限（${wanZh(p.cap)}）。`,
  'negative-list-expenditure': (p, t) => `用于“${termZh(t, 'purpose', p.purpose)}”的支出属于负面清单。`,
  'hierarchy-cycle': (p) => `${quoteZh(p.id)}的上级关系形成循环：${p.cycle}。`,
  'sub-project-orphan': (p) => `子项目${quoteZh(p.id)}的上级${quoteZh(p.parent)}不存在。`,
  'sub-project-parent-not-project': (p) => `${quoteZh(p.id)}的上级${quoteZh(p.parent)}本身是子项目；子项目只能隶属于项目。`,
  'ledger-row-invalid': (p, t) => `台账第${p.index}行的${termZh(t, 'field', p.field)}无效：${p.value}。`,
  'performance-project-unknown': (p) => `项目计划中没有项目或子项目${quoteZh(p.project)}。`,
  'performance-target-missing': (p) => `${quoteZh(p.project)}没有可评价的绩效目标。`,
  'performance-weight-invalid': (p) => `不是评分方法可用的权重、总分或设置（应为非负的精确十进制数，如“50”或“12.5”）：${quoteZh(p.input)}。`,
  'performance-weights-mismatch': (p) => `各项权重合计${p.sum}，与总分${p.total}不符。`,
  'performance-indicator-repeated': (p) => `绩效目标中指标${quoteZh(p.indicator)}出现不止一次，实际完成值无法区分。`,
  'performance-range-reversed': (p) => `指标${quoteZh(p.indicator)}的区间上限（${p.max}）低于下限（${p.value}）。`,
  'performance-actual-indicator-unknown': (p) => `${quoteZh(p.project)}的绩效目标中没有指标${quoteZh(p.indicator)}。`,
  'performance-actuals-conflict': (p) => `指标${quoteZh(p.indicator)}有两个同为${p.date}的实际完成值且不一致（${p.first}与${p.second}）；请更正其一或注明不同日期。`,
} as const satisfies Record<keyof typeof modelMessages, MessageTemplate>;
