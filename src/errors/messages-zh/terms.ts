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
