import {
  actor,
  amount,
  buildAnnouncement,
  chinaDateOf,
  decideLifecycle,
  evolveLifecycle,
  isoDate,
  lifecycleCommandDefinitions,
  lifecycleTransitions,
  organisationId,
  projectId,
  regionCode,
  startLifecycle,
  timestamp,
  type Actor,
  type AnnouncementPolicy,
  type LifecycleContext,
  type IsoDate,
  type Lifecycle,
  type LifecycleCommand,
  type LifecycleCommandType,
  type LifecycleEvent,
  type LifecycleStatus,
  type LifecycleTransition,
  type Organisation,
  type OrganisationKind,
  type Project,
  type Timestamp,
} from '../../src/index.js';

/** A rural road in 大方县 (Dafang county, Bijie prefecture, 2011 code 522422); the names are illustrative. */
export const roadProject: Project = {
  id: projectId('BJ-2011-R07'),
  name: { zh: '大方县羊场镇通村公路硬化工程', en: 'Village road hardening, Yangchang township, Dafang county' },
  type: 'rural-road',
  location: { region: regionCode('522422'), township: '羊场镇', village: '示范村' },
  budget: amount('80万元'),
  implementingUnit: organisationId('dafang-transport'),
  performanceTarget: {
    indicators: [
      { dimension: 'output-quantity', name: '硬化通村公路', comparator: '>=', value: '4.2', unit: 'km' },
      { dimension: 'benefit-social', name: '受益农户', comparator: '>=', value: '380', unit: '户' },
    ],
  },
  povertyLinkage: { zh: '受益农户 380 户，其中建档立卡贫困户 126 户；施工优先雇用贫困劳动力' },
  year: 2011,
  category: 'counterpart-support',
  participations: [],
  subProjects: [],
};

export const organisations: readonly Organisation[] = [
  { id: organisationId('dafang-transport'), name: { zh: '大方县交通运输局' }, kind: 'implementing-unit', region: regionCode('522422') },
  { id: organisationId('sz-expert-team'), name: { zh: '深圳市对口帮扶项目评审组' }, kind: 'expert-review-team', region: regionCode('440300') },
  { id: organisationId('dafang-poverty-office'), name: { zh: '大方县扶贫开发办公室' }, kind: 'county-department', region: regionCode('522422') },
  { id: organisationId('dafang-gov'), name: { zh: '大方县人民政府' }, kind: 'county-government', region: regionCode('522422') },
  { id: organisationId('bijie-gov'), name: { zh: '毕节地区行政公署' }, kind: 'prefecture-government', region: regionCode('522400') },
  { id: organisationId('qiannan-gov'), name: { zh: '黔南布依族苗族自治州人民政府' }, kind: 'prefecture-government', region: regionCode('522700') },
  { id: organisationId('sz-support-office'), name: { zh: '深圳市对口帮扶办公室' }, kind: 'support-office', region: regionCode('440300') },
  { id: organisationId('sz-government'), name: { zh: '深圳市人民政府' }, kind: 'municipal-government', region: regionCode('440300') },
  { id: organisationId('sz-leading-group'), name: { zh: '深圳市对口帮扶工作领导小组' }, kind: 'leading-group', region: regionCode('440300') },
  { id: organisationId('futian-gov'), name: { zh: '深圳市福田区人民政府' }, kind: 'district-government', region: regionCode('440304') },
  { id: organisationId('guizhou-gov'), name: { zh: '贵州省人民政府' }, kind: 'provincial-government', region: regionCode('520000') },
  { id: organisationId('bijie-audit'), name: { zh: '毕节地区审计局' }, kind: 'audit-body', region: regionCode('522400') },
  { id: organisationId('sz-investment'), name: { zh: '深圳市投资控股有限公司' }, kind: 'state-owned-enterprise', region: regionCode('440300') },
  { id: organisationId('sz-enterprise'), name: { zh: '深圳某企业' }, kind: 'enterprise', region: regionCode('440300') },
  { id: organisationId('sz-donor'), name: { zh: '深圳市慈善会' }, kind: 'social-donor', region: regionCode('440300') },
];

/** Shenzhen, the donor. */
export const donor = regionCode('440300');

/** What decisions on a project of this programme need: the project, the organisations and the donor. */
export function contextFor(project: Project = roadProject, announcementPolicy?: AnnouncementPolicy): LifecycleContext {
  return announcementPolicy === undefined ? { project, organisations, donor } : { project, organisations, donor, announcementPolicy };
}

/** The actor of each kind: one organisation per kind, the named ones above where there is one. */
export function actorOf<Kind extends OrganisationKind>(kind: Kind): Actor<Kind> {
  const named = organisations.find((organisation) => organisation.kind === kind);
  return actor(named?.id ?? organisationId(`${kind}-1`), kind);
}

/** A time on a China date, 10:00 in Beijing unless told. */
export function at(date: string, time = '10:00:00+08:00'): Timestamp {
  return timestamp(`${date}T${time}`);
}

export const agreement = { reference: '深大对口帮扶资金项目管理责任书 2011-07', projects: [roadProject.id] };

/** The table's rows for one state. */
export function rowsFrom(status: LifecycleStatus): readonly LifecycleTransition[] {
  return (lifecycleTransitions as readonly LifecycleTransition[]).filter((row) => row.from.includes(status));
}

/**
 * A well-formed command of a type for a lifecycle: the actor a legal move needs (the proposer to resubmit, the
 * original authority for a change) or one of `kind`, and every payload the command takes.
 */
export function commandFor(lifecycle: Lifecycle, type: LifecycleCommandType, when: Timestamp, kind?: OrganisationKind): LifecycleCommand {
  const row = (lifecycleTransitions as readonly LifecycleTransition[]).find((candidate) => candidate.command === type && (candidate.from.includes(lifecycle.status)));
  const anyRow = (lifecycleTransitions as readonly LifecycleTransition[]).find((candidate) => candidate.command === type);
  const allowed = (row ?? anyRow)?.by ?? [];
  let by: Actor = actorOf(kind ?? allowed[0] ?? 'support-office');
  if (kind === undefined && type === 'resubmit' && lifecycle.proposer) by = lifecycle.proposer;
  if (kind === undefined && (type === 'approve-change' || type === 'reject-change') && lifecycle.approvingAuthority) by = lifecycle.approvingAuthority;
  const definition: { readonly announces?: 'pre-implementation' | 'change' | 'completion'; readonly reasonRequired: boolean } = lifecycleCommandDefinitions[type];
  const command: Record<string, unknown> = { type, by, at: when };
  if (definition.reasonRequired) command.reason = `reason for ${type}`;
  if (definition.announces) command.announcement = buildAnnouncement(roadProject, definition.announces, { organisations });
  if (type === 'sign-agreement-as-donor' || type === 'sign-agreement-as-recipient') command.agreement = agreement;
  if (type === 'pass-acceptance') command.grade = 'pass';
  if (type === 'register-assets') {
    command.assets = [
      { class: 'public-welfare', name: { zh: '示范村通村公路4.2公里' }, value: roadProject.budget, owner: '示范村村民委员会', manager: '示范村村民委员会', handedOverOn: chinaDateOf(when) },
    ];
  }
  if (type === 'propose-change') {
    command.description = '线路改经示范村小学，里程增至 4.6 km';
    command.alterations = { budget: { before: roadProject.budget, after: amount('88万元') } };
  }
  return command as unknown as LifecycleCommand;
}

/** Days after 2011-03-01, as a Beijing timestamp. */
export function dayAt(offset: number): Timestamp {
  const date = new Date(Date.UTC(2011, 2, 1 + offset));
  return at(date.toISOString().slice(0, 10));
}

/** The China date `offset` days after 2011-03-01. */
export function dateAt(offset: number): IsoDate {
  return isoDate(new Date(Date.UTC(2011, 2, 1 + offset)).toISOString().slice(0, 10));
}

// Eleven days between moves: every 10-day announcement period is over by the next move.
export const STEP_DAYS = 11;

/**
 * One lifecycle in every reachable state, each reached by legal moves from a drafted project (breadth first),
 * with the events that made it and the day offset of its last move.
 */
export function reachEveryState(): Map<LifecycleStatus, { readonly lifecycle: Lifecycle; readonly events: readonly LifecycleEvent[]; readonly day: number }> {
  const reached = new Map<LifecycleStatus, { lifecycle: Lifecycle; events: readonly LifecycleEvent[]; day: number }>();
  const start = startLifecycle(roadProject.id);
  reached.set(start.status, { lifecycle: start, events: [], day: 0 });
  const queue: LifecycleStatus[] = [start.status];
  while (queue.length > 0) {
    const status = queue.shift() as LifecycleStatus;
    const from = reached.get(status);
    if (!from) continue;
    for (const row of rowsFrom(status)) {
      const day = from.day + STEP_DAYS;
      const decided = decideLifecycle(from.lifecycle, commandFor(from.lifecycle, row.command, dayAt(day)), contextFor());
      if (!decided.ok) throw new Error(`${status} × ${row.command}: ${decided.issues.map((found) => found.code).join(', ')}`);
      const lifecycle = decided.value.reduce(evolveLifecycle, from.lifecycle);
      if (!reached.has(lifecycle.status)) {
        reached.set(lifecycle.status, { lifecycle, events: [...from.events, ...decided.value], day });
        queue.push(lifecycle.status);
      }
    }
  }
  return reached;
}
