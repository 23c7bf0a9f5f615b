/**
 * A project's lifecycle from proposal to closing: commands, approvals, announcements and their periods, liability agreements, and the hash-chained event log.
 *
 * Import it as `pairing-aid/lifecycle`, or everything from `pairing-aid`.
 *
 * @module lifecycle
 */
export { actor, actorOf, isOrganisationOfKind, type Actor } from './actor.js';
export { parseLifecycleCommand, toLifecycleCommand } from './parse-lifecycle-command.js';
export { announcementKinds, type Announcement, type AnnouncementFundingLine, type AnnouncementKind, type AnnouncementRow } from './announcement.js';
export { announcementPeriod, firstDayAfterAnnouncement, isAnnouncementPeriodOver, type AnnouncementPeriod } from './announcement-period.js';
export { chinaHolidayCalendar } from './china-holiday-calendar.js';
export { workingDayPolicy } from './working-day-policy.js';
export {
  defaultAnnouncementPolicy,
  type AnnouncementPolicy,
  type CalendarDayAnnouncementPolicy,
  type WorkingDayAnnouncementPolicy,
  type WorkingDayCalendar,
} from './announcement-policy.js';
export { buildAnnouncement, type BuildAnnouncementOptions } from './build-announcement.js';
export { canonicalJson } from './canonical-json.js';
export { defaultAssetRegistrationPolicy, type AssetRegistrationPolicy } from './check-assets.js';
export { checkAnnouncement } from './check-announcement.js';
export { checkLedgerAgainstLifecycle } from './check-ledger-against-lifecycle.js';
export { applyLifecycleCommand, decideLifecycle, refusalFor, type LifecycleContext } from './decide-lifecycle.js';
export { coversJurisdiction, jurisdictionOfKind, type AuthorityContext, type Jurisdiction } from './check-authority.js';
export { alterableFields, type ProjectAlterations } from './project-alterations.js';
export { isEventCorrection, type EventCorrection, type LoggedEvent } from './event-correction.js';
export { appendToEventLog, genesisHash, hashStoredEvent, headOfEventLog, type LifecycleEventLog, type StoredLifecycleEvent } from './event-log.js';
export { parseEventLog, replayEventLog } from './event-log-schema.js';
export { evolveLifecycle, replayLifecycle } from './evolve-lifecycle.js';
export { iatiActivityStatusOfLifecycle, oc4idsProjectStatusOfLifecycle, type IatiActivityStatusCode, type Oc4idsProjectStatusCode } from './export-statuses.js';
export { formatLifecycleTable, type LifecycleTableKind } from './format-lifecycle-table.js';
export type { LiabilityAgreement } from './liability-agreement.js';
export {
  startLifecycle,
  type AcceptanceGrade,
  type AcceptanceRecord,
  type ActRecord,
  type AgreementRecord,
  type AnnouncementRecord,
  type AssetRegistration,
  type ApprovalLevel,
  type ApprovalRecord,
  type ChangeRecord,
  type Lifecycle,
  type LifecycleIn,
} from './lifecycle.js';
export {
  lifecycleCommand,
  type FailedAcceptancePayload,
  type LifecycleCommand,
  type LifecycleCommandBy,
  type LifecycleCommandCore,
  type LifecycleCommandOf,
  type LifecycleEvent,
  type LifecycleEventCore,
  type LifecycleEventOf,
  type LifecycleEventPayloads,
  type PeriodPayload,
} from './lifecycle-command.js';
export {
  lifecycleCommandDefinitions,
  lifecycleCommandTypes,
  type AgreementPayload,
  type AnnouncementPayload,
  type AssetsPayload,
  type ChangePayload,
  type LifecycleCommandDefinition,
  type LifecycleCommandPayloads,
  type LifecycleCommandType,
  type LifecycleEventType,
  type NoPayload,
  type PassedAcceptancePayload,
  type ReasonPayload,
} from './lifecycle-commands.js';
export {
  lifecycleStates,
  lifecycleStatuses,
  type InheritedStatus,
  type LifecycleStateDefinition,
  type LifecycleStatus,
  type StateRefusal,
} from './lifecycle-states.js';
export {
  lifecycleTransitions,
  type ActingKind,
  type CommandTypeBy,
  type LegalCommandType,
  type LifecycleTransition,
  type LifecycleTransitionRow,
  type LifecycleTransitionRowsFor,
  type ReturnTarget,
} from './lifecycle-transitions.js';
export { chinaDateOf, parseTimestamp, timestamp, type Timestamp } from './timestamp.js';
export { verifyEventLog, type EventLogTampering, type VerifiedEventLog, type VerifyEventLogOptions } from './verify-event-log.js';
export { lifecycleCommandLabelsZh, lifecycleTermsZh } from './lifecycle-labels.js';
