import type { poolMessages } from '../messages/pool.js';
import type { MessageTemplate } from '../messages/table.js';
import { termZh, wordZh } from './terms.js';

const poolFieldNames: Readonly<Record<string, string>> = {
  performanceTarget: '绩效目标',
  povertyLinkage: '带贫减贫机制',
  implementingUnit: '责任单位',
  description: '建设任务',
  township: '所在乡镇',
  schedule: '建设期限',
  beneficiaries: '受益对象',
  participation: '群众参与',
};

/** Chinese messages for the county project pool. */
export const poolMessagesZh = {
  'pool-entry-not-proposed': (p, t) => `项目尚未申报入库，不能“${termZh(t, 'command', p.command)}”，请先申报。`,
  'pool-entry-already-proposed': (p) => `项目${p.entry}已申报入库；退回后请修改重报。`,
  'pool-move-not-allowed': (p, t) => `项目库中状态为“${termZh(t, 'status', p.status)}”的项目不能“${termZh(t, 'command', p.command)}”。`,
  'pool-event-out-of-order': (p, t) => `项目库事件“${termZh(t, 'event', p.event)}”不能接在状态“${termZh(t, 'status', p.status)}”之后。`,
  'pool-entry-mismatch': (p) => `此项操作针对的是项目${p.found}，而非项目库条目${p.expected}。`,
  'pool-entry-incomplete': (p) =>
    `项目${p.entry}缺少入库所需内容：${String(p.fields ?? '').split(/,\s*/).filter((field) => field !== '').map((field) => wordZh(poolFieldNames, field)).join('、')}。`,
  'pool-adjustment-outside-fourth-quarter': (p) => `项目库每年第四季度（10月至12月）调整，${p.day}不在其内。`,
  'pool-entry-not-selected': (p, t) => `项目${p.entry}在项目库中的状态为“${termZh(t, 'status', p.status)}”：只有纳入年度计划的项目才成为计划项目。`,
  'pool-plan-year-invalid': (p) => `纳入的年度计划须为${p.earliest}年或${p.latest}年，而非${p.planYear}。`,
} as const satisfies Record<keyof typeof poolMessages, MessageTemplate>;
