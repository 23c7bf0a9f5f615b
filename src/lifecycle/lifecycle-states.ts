import type { IssueCode } from '../errors/catalogue.js';

/** What a state refuses every illegal command with, and for which commands (see {@link lifecycleStates}). */
export interface StateRefusal {
  readonly code: IssueCode;
  /** `all` blocks every command; `main` only the commands of the main track (a change under way still settles). */
  readonly commands: 'all' | 'main';
}

/** The export status a state maps to, or `inherit` for the state it was in before a suspension or change. */
export type InheritedStatus = 'inherit';

/** What {@link lifecycleStates} records about each state. */
export interface LifecycleStateDefinition {
  readonly status: string;
  readonly zh: string;
  readonly en: string;
  /** Its place on the way from proposal to closure, to tell a command that comes too early from one already done. */
  readonly rank: number;
  readonly refusal?: StateRefusal;
  readonly terminal: boolean;
  /** IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended. */
  readonly iati: 1 | 2 | 3 | 4 | 5 | 6 | InheritedStatus;
  /** OC4IDS projectStatus. */
  readonly oc4ids: 'identification' | 'preparation' | 'implementation' | 'completion' | 'cancelled' | InheritedStatus;
}

/**
 * The states of a project's lifecycle, in the order a project meets them, with their export statuses.
 *
 * | status | 中文 | IATI | OC4IDS |
 * |---|---|---|---|
 * | `drafted` | 未申报 | 1 | identification |
 * | `proposed` | 已申报，待专家评审 | 1 | identification |
 * | `returned` | 退回修改 | 1 | identification |
 * | `reviewed` | 专家评审通过，待县职能部门审批 | 1 | preparation |
 * | `department-approved` | 县职能部门已审批，待县（市）政府审批 | 1 | preparation |
 * | `county-approved` | 县（市）政府已审批，待地（州、市）政府审批 | 1 | preparation |
 * | `approved` | 已批准，待实施前公示 | 1 | preparation |
 * | `announced` | 实施前公示 | 1 | preparation |
 * | `donor-signed` | 帮扶方已签责任书 | 1 | preparation |
 * | `recipient-signed` | 受援方已签责任书 | 1 | preparation |
 * | `agreement-signed` | 责任书双方已签 | 1 | preparation |
 * | `in-implementation` | 实施中 | 2 | implementation |
 * | `rectification` | 验收不合格，整改中 | 3 | implementation |
 * | `completed` | 已完工，待验收 | 3 | completion |
 * | `accepted` | 验收合格（优质），待竣工公告 | 3 | completion |
 * | `completion-announced` | 竣工公告 | 3 | completion |
 * | `closed` | 已关闭 | 4 | completion |
 * | `rejected` | 不予批准 | 5 | cancelled |
 * | `cancelled` | 已撤销 | 5 | cancelled |
 * | `suspended` | 暂停 | 6 | (state before) |
 * | `change-proposed` | 调整申请中 | (state before) | (state before) |
 * | `change-approved` | 调整已批，待公示 | (state before) | (state before) |
 * | `change-announced` | 调整公示 | (state before) | (state before) |
 */
export const lifecycleStates = [
  { status: 'drafted', zh: '未申报', en: 'drafted, not yet proposed', rank: 0, refusal: { code: 'project-not-proposed', commands: 'all' }, terminal: false, iati: 1, oc4ids: 'identification' },
  { status: 'proposed', zh: '已申报，待专家评审', en: 'proposed, awaiting expert review', rank: 2, terminal: false, iati: 1, oc4ids: 'identification' },
  { status: 'returned', zh: '退回修改', en: 'returned to the proposer for revision', rank: 1, terminal: false, iati: 1, oc4ids: 'identification' },
  { status: 'reviewed', zh: '专家评审通过，待县职能部门审批', en: 'reviewed by experts, awaiting the county department', rank: 3, terminal: false, iati: 1, oc4ids: 'preparation' },
  { status: 'department-approved', zh: '县职能部门已审批，待县（市）政府审批', en: 'approved by the county department, awaiting the county government', rank: 4, terminal: false, iati: 1, oc4ids: 'preparation' },
  { status: 'county-approved', zh: '县（市）政府已审批，待地（州、市）政府审批', en: 'approved by the county government, awaiting the prefecture government', rank: 5, terminal: false, iati: 1, oc4ids: 'preparation' },
  { status: 'approved', zh: '已批准，待实施前公示', en: 'approved, awaiting the pre-implementation announcement', rank: 6, terminal: false, iati: 1, oc4ids: 'preparation' },
  { status: 'announced', zh: '实施前公示', en: 'announced before implementation', rank: 7, terminal: false, iati: 1, oc4ids: 'preparation' },
  { status: 'donor-signed', zh: '帮扶方已签责任书', en: 'liability agreement signed by the donor side', rank: 8, terminal: false, iati: 1, oc4ids: 'preparation' },
  { status: 'recipient-signed', zh: '受援方已签责任书', en: 'liability agreement signed by the recipient side', rank: 8, terminal: false, iati: 1, oc4ids: 'preparation' },
  { status: 'agreement-signed', zh: '责任书双方已签', en: 'liability agreement signed by both sides', rank: 9, terminal: false, iati: 1, oc4ids: 'preparation' },
  { status: 'in-implementation', zh: '实施中', en: 'in implementation', rank: 10, terminal: false, iati: 2, oc4ids: 'implementation' },
  { status: 'rectification', zh: '验收不合格，整改中', en: 'failed acceptance, under rectification', rank: 11, terminal: false, iati: 3, oc4ids: 'implementation' },
  { status: 'completed', zh: '已完工，待验收', en: 'completed, awaiting acceptance inspection', rank: 12, terminal: false, iati: 3, oc4ids: 'completion' },
  { status: 'accepted', zh: '验收合格（优质），待竣工公告', en: 'accepted (pass or excellent), awaiting the completion announcement', rank: 13, terminal: false, iati: 3, oc4ids: 'completion' },
  { status: 'completion-announced', zh: '竣工公告', en: 'completion announced', rank: 14, terminal: false, iati: 3, oc4ids: 'completion' },
  { status: 'closed', zh: '已关闭', en: 'closed', rank: 15, refusal: { code: 'project-closed', commands: 'all' }, terminal: true, iati: 4, oc4ids: 'completion' },
  { status: 'rejected', zh: '不予批准', en: 'rejected', rank: 15, refusal: { code: 'project-rejected', commands: 'all' }, terminal: true, iati: 5, oc4ids: 'cancelled' },
  { status: 'cancelled', zh: '已撤销', en: 'cancelled', rank: 15, refusal: { code: 'project-cancelled', commands: 'all' }, terminal: true, iati: 5, oc4ids: 'cancelled' },
  { status: 'suspended', zh: '暂停', en: 'suspended', rank: 15, refusal: { code: 'project-suspended', commands: 'all' }, terminal: false, iati: 6, oc4ids: 'inherit' },
  { status: 'change-proposed', zh: '调整申请中', en: 'change proposed, awaiting the original approving authority', rank: 20, refusal: { code: 'change-pending', commands: 'main' }, terminal: false, iati: 'inherit', oc4ids: 'inherit' },
  { status: 'change-approved', zh: '调整已批，待公示', en: 'change approved, awaiting its announcement', rank: 21, refusal: { code: 'change-pending', commands: 'main' }, terminal: false, iati: 'inherit', oc4ids: 'inherit' },
  { status: 'change-announced', zh: '调整公示', en: 'change announced, awaiting the end of its period', rank: 22, refusal: { code: 'change-pending', commands: 'main' }, terminal: false, iati: 'inherit', oc4ids: 'inherit' },
] as const satisfies readonly LifecycleStateDefinition[];

/** A state of a project's lifecycle: one of the `status` values of {@link lifecycleStates}. */
export type LifecycleStatus = (typeof lifecycleStates)[number]['status'];

/** Every lifecycle status, in the order of {@link lifecycleStates}. */
export const lifecycleStatuses: readonly LifecycleStatus[] = /* @__PURE__ */ lifecycleStates.map((state) => state.status);

/**
 * The definition of one state.
 * @internal
 */
export function stateDefinition(status: LifecycleStatus): LifecycleStateDefinition & { readonly status: LifecycleStatus } {
  const found = lifecycleStates.find((state) => state.status === status);
  if (!found) throw new RangeError(`Unknown lifecycle status ${status}.`);
  return found;
}
