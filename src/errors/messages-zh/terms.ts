import type { IssueParams } from '../issue.js';
import { lifecycleStates } from '../../lifecycle/lifecycle-states.js';

// Params carry codes (statuses, levels, scopes); the Chinese messages name them in Chinese, and show any
// code they do not know as it is.
const statusNames: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(lifecycleStates.map((state) => [state.status, state.zh]));

/** A term for a code param: its Chinese name when the table has one, else the value as given. */
export const termZh = (value: unknown, names: Readonly<Record<string, string>>): string => {
  const text = String(value ?? '');
  return Object.hasOwn(names, text) ? (names[text] ?? text) : text;
};

/** "项目当前状态为“已批准，待实施前公示”": the clause that closes the lifecycle's refusals. */
export const statusNowZh = (p: IssueParams): string => `项目当前状态为“${statusZh(p.status)}”`;

/** The Chinese name of a lifecycle status. */
export const statusZh = (status: unknown): string => statusNames.get(String(status ?? '')) ?? String(status ?? '');

const kindNames: Readonly<Record<string, string>> = {
  'municipal-government': '市政府',
  'leading-group': '对口帮扶工作领导小组',
  'support-office': '对口帮扶办公室',
  'district-government': '区政府',
  'state-owned-enterprise': '国有企业',
  'enterprise': '企业',
  'social-donor': '社会捐赠者',
  'county-department': '县职能部门',
  'county-government': '县（市）政府',
  'prefecture-government': '地（州、市）政府',
  'provincial-government': '省政府',
  'expert-review-team': '项目评审组',
  'implementing-unit': '项目实施单位',
  'audit-body': '审计、财政部门',
};

/** The Chinese name of a kind of organisation. */
export const kindZh = (kind: unknown): string => termZh(kind, kindNames);
