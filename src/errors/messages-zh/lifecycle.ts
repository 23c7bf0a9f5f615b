import type { lifecycleMessages } from '../messages/lifecycle.js';
import type { MessageTemplate } from '../messages/table.js';
import { quoteZh, statusNowZh, termsZh, termZh, wanZh, wordZh } from './terms.js';

const assetFieldNames = { name: '资产名称', owner: '所有权人', manager: '管护责任人', incomeUse: '收益分配方式' };
const alterationNames = { budget: '资金规模', location: '建设地点', performanceTarget: '绩效目标', implementingUnit: '实施单位', subProjects: '子项目' };

/** Chinese messages for the project lifecycle: moves, gates, announcements, agreements, the ledger gate and the audit trail. */
export const lifecycleMessagesZh = {
  // A move the state does not allow, whatever the command.
  'project-not-proposed': () => '项目尚未申报，请先申报。',
  'project-closed': () => '项目已关闭，不能再进行任何操作。',
  'project-rejected': () => '项目不予批准，不能再进行任何操作。',
  'project-cancelled': () => '项目已撤销，不能再进行任何操作。',
  'project-suspended': () => '项目已暂停，请先恢复（或撤销）。',
  'change-pending': () => '项目调整正在办理中，请先完成审批、公示并生效，或予以驳回。',
  // A command outside the states it belongs to: too early or already done.
  'project-already-proposed': () => '项目已申报。',
  'project-not-returned': () => '只有退回修改的项目才能重新申报。',
  'approval-out-of-order': (p, t) => `审批须依次进行（专家评审、县职能部门、县（市）政府、地（州、市）政府）；${statusNowZh(p, t)}。`,
  'approval-already-given': (p, t) => `该项审批已完成；${statusNowZh(p, t)}。`,
  'project-not-under-review': (p, t) => `只有评审或审批中的项目才能退回或不予批准；${statusNowZh(p, t)}。`,
  'announcement-needs-approval': (p, t) => `实施前公示须先经地（州、市）政府审批；${statusNowZh(p, t)}。`,
  'project-already-announced': () => '项目已进行实施前公示。',
  'agreement-needs-announcement': (p, t) => `责任书在实施前公示之后签订；${statusNowZh(p, t)}。`,
  'agreement-already-signed': () => '本方已签订责任书。',
  'implementation-needs-liability-agreement': (p, t) => `项目实施须双方签订责任书；${statusNowZh(p, t)}。`,
  'implementation-already-started': () => '项目已开始实施。',
  'completion-needs-implementation': (p, t) => `只有实施中的项目才能报完工；${statusNowZh(p, t)}。`,
  'project-already-completed': () => '项目已报完工。',
  'acceptance-needs-completion': (p, t) => `验收须在工程（或整改）完成后进行；${statusNowZh(p, t)}。`,
  'acceptance-already-passed': () => '项目已通过验收。',
  'no-rectification-pending': () => '没有验收不合格、待整改的项目。',
  'completion-announcement-needs-acceptance': (p, t) => `竣工公告须在验收评定为合格或优质之后发布；${statusNowZh(p, t)}。`,
  'completion-already-announced': () => '项目已发布竣工公告。',
  'asset-registration-needs-acceptance': (p, t) => `项目资产须在验收合格后登记；${statusNowZh(p, t)}。`,
  'closure-needs-asset-registration': (p) => `自${p.requiredFrom}起，项目形成的资产登记移交后方可关闭项目；请在${p.day}关闭前先登记资产。`,
  'assets-none-without-reason': () => '登记时未列资产的，须说明项目未形成资产的理由。',
  'asset-field-required': (p) => `第${Number(p.index) + 1}项资产缺少${wordZh(assetFieldNames, p.field)}。`,
  'asset-value-negative': (p) => `第${Number(p.index) + 1}项资产的价值为负（${wanZh(p.value)}）。`,
  'asset-handover-after-registration': (p) => `第${Number(p.index) + 1}项资产的移交日期${p.handedOverOn}晚于登记日期${p.day}。`,
  'closure-needs-completion-announcement': (p, t) => `项目须在竣工公告之后方可关闭；${statusNowZh(p, t)}。`,
  'project-not-suspended': () => '项目未处于暂停状态。',
  'change-needs-approval': () => '只有已批准的项目才能调整；批准前请退回修改。',
  'change-after-completion': () => '项目已完工，不能再调整。',
  'no-change-pending': () => '没有待审批的项目调整。',
  'change-already-approved': () => '该项调整已获批准。',
  'change-not-approved': () => '没有已批准、待公示的调整。',
  'change-already-announced': () => '该项调整已公示。',
  'change-not-announced': () => '没有已公示、待生效的调整。',
  // Gates on a legal move.
  'command-unknown': (p) => `不是可执行的操作：${quoteZh(p.type)}。`,
  'actor-not-allowed': (p, t) =>
    `${termZh(t, 'actor', p.kind)}不能对状态为“${termZh(t, 'status', p.status)}”的项目执行“${termZh(t, 'command', p.command)}”（可执行的为：${termsZh(t, 'actor', p.allowed)}）。`,
  'reason-required': (p, t) => `执行“${termZh(t, 'command', p.command)}”须说明理由。`,
  'actor-unregistered': (p) => `${quoteZh(p.organisation)}不是本帮扶计划登记的单位，须先登记方可办理。`,
  'actor-kind-mismatch': (p, t) => `${quoteZh(p.organisation)}登记的单位类别为“${termZh(t, 'actor', p.registered)}”，而非“${termZh(t, 'actor', p.declared)}”。`,
  'actor-wrong-jurisdiction': (p, t) =>
    `${quoteZh(p.organisation)}（${termZh(t, 'actor', p.kind)}${p.region ? `，区划代码${p.region}` : '，未登记区划'}）对项目${quoteZh(p.project)}没有管辖权：此环节须由${p.expected ? `区划代码${p.expected}的` : '项目所在地的'}相应机关办理。`,
  'actor-not-implementing-unit': (p) => `${quoteZh(p.organisation)}不是项目${quoteZh(p.project)}的实施单位。`,
  'timestamp-invalid': (p) => `不是带时区偏移的ISO 8601日期时间：${quoteZh(p.input)}。`,
  'event-before-previous-event': (p) => `时间${p.at}早于上一事件的时间（${p.previous}）。`,
  'lifecycle-project-mismatch': (p) => `此记录属于项目${quoteZh(p.found)}，而非${quoteZh(p.expected)}。`,
  'not-the-proposer': (p) => `只有申报单位（${p.proposer}）才能重新申报退回的项目。`,
  'approval-needs-performance-target': () => '未设定绩效目标的项目不能批准。',
  'approval-needs-poverty-linkage': () => '未说明受益对象及带贫减贫机制的项目不能批准。',
  'change-approver-not-original': (p) => `项目调整由原审批机关（${p.original}）决定，而非${p.found}。`,
  'change-description-required': () => '项目调整须说明调整内容。',
  'change-alters-nothing': () => '项目调整须至少列明一项调整内容（资金规模、建设地点、绩效目标、实施单位或子项目）及其调整前后的数值。',
  'change-before-mismatch': (p) => `调整申请中“${wordZh(alterationNames, p.field)}”的调整前数据与项目${quoteZh(p.project)}现有数据不一致，请依据现有数据提出调整。`,
  'event-log-event-mismatch': (p) => `第${p.index}条事件与按其指令重新审定的结果不一致：所存字段（如公示期）有出入。`,
  'announcement-kind-mismatch': (p, t) =>
    `此操作须为${termZh(t, 'announcement', p.expected)}公示，而非${termZh(t, 'announcement', p.found)}公示。`,
  'announcement-has-no-rows': () => '公示未列出任何项目。',
  'announcement-missing-name': () => '公示缺少项目名称。',
  'announcement-missing-location': () => '公示缺少建设地点。',
  'announcement-missing-amount': () => '公示缺少资金金额。',
  'announcement-missing-implementing-unit': () => '公示缺少实施单位。',
  'announcement-missing-beneficiaries': () => '公示缺少受益对象及带贫减贫机制。',
  'announcement-missing-performance-target': () => '公示缺少绩效目标。',
  'announcement-personal-data': () => '公示中的身份证号码或手机号码未作脱敏处理。',
  'announcement-period-not-over': (p) => `公示期至${p.lastDay}（含当日）届满；此操作最早可于${p.earliestDay}进行，而非${p.day}。`,
  'announcement-policy-invalid': (p) => `公示期须为1至366之间的整天数，而非${quoteZh(p.input)}。`,
  'holiday-calendar-conflict': (p) => `${p.date}同时被列为节假日和调休工作日。`,
  'working-weekend-not-weekend': (p) => `${p.date}被列为调休工作日，但不是星期六或星期日。`,
  'holiday-calendar-empty': () => '节假日安排既未列出节假日也未列出年份；没有节假日安排无法计算工作日。',
  'holiday-calendar-does-not-cover': (p) => `节假日安排未涵盖${p.year}年；本库不推测节假日。`,
  'agreement-reference-required': () => '责任书须注明编号或标题。',
  'agreement-does-not-cover-project': (p) => `责任书${quoteZh(p.reference)}不涵盖项目${quoteZh(p.project)}。`,
  'agreement-mismatch': (p) => `对方签订的责任书为${quoteZh(p.signed)}，而非${quoteZh(p.found)}。`,
  'acceptance-grade-invalid': (p, t) => `验收通过的评定等级为合格或优质，而非“${termZh(t, 'grade', p.grade)}”。`,
  'event-not-applicable': (p, t) => `事件“${termZh(t, 'event', p.type)}”不适用于状态为“${termZh(t, 'status', p.status)}”的项目。`,
  // The ledger gate.
  'ledger-before-approval': (p, t) =>
    `项目${quoteZh(p.project)}于${p.date}记有${termZh(t, 'ledger-kind', p.kind)}，${p.approvedOn ? `早于地（州、市）政府批准日期${p.approvedOn}` : '而该项目未经地（州、市）政府批准'}。`,
  'disbursement-during-suspension': (p) => `项目${quoteZh(p.project)}暂停期间于${p.date}拨付资金。`,
  'project-unknown': (p) => `本帮扶计划没有项目${quoteZh(p.project)}。`,
  'no-body-may-act': (p, t) =>
    `本帮扶计划登记的单位中，没有对该项目所在地有管辖权、可办理“${termZh(t, 'command', p.command)}”的单位（须为：${termsZh(t, 'actor', p.kinds)}）。`,
  'correction-target-invalid': (p) => `更正须指向日志中此前的一条事件，且该事件本身不是更正、此前未被更正（所指序号：${p.corrects}）。`,
  'correction-not-allowed': (p) => `${quoteZh(p.organisation)}不能更正第${p.corrects}条事件：更正须由原记录单位或监管单位（县（市）政府、地（州、市）政府、领导小组或对口帮扶办公室）办理。`,
  'event-log-project-unknown': (p) => `事件日志所属的${quoteZh(p.project)}不是本帮扶计划的项目。`,
  'disbursement-before-liability-agreement': (p) =>
    `${p.date}拨付资金时，责任书尚未经双方签订${p.signedOn ? `（签订于${p.signedOn}）` : ''}。`,
  'final-payment-before-acceptance': (p) =>
    `${p.date}支付尾款时，项目尚未通过验收（合格或优质）${p.acceptedOn ? `（验收于${p.acceptedOn}）` : ''}。`,
  'disbursement-after-cancellation': (p) => `${p.date}拨付资金时，项目已于${p.cancelledOn}撤销。`,
  // The audit trail.
  'event-log-altered': (p) => `事件日志中序号为${p.index}的事件被改动。`,
  'event-log-removed': (p) => `事件日志在序号${p.index}处缺少一条事件。`,
  'event-log-ambiguous': (p) => `事件日志末尾有两条事件同占第${p.index}位，且无另行保存的末端哈希可资判别：自该位置起日志存疑。`,
  'event-log-inserted': (p) => `事件日志中序号为${p.index}的事件系插入。`,
  'event-log-reordered': (p) => `事件日志自序号${p.index}起顺序错乱。`,
} as const satisfies Record<keyof typeof lifecycleMessages, MessageTemplate>;
