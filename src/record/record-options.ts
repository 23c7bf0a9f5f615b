import type { AnnouncementPolicy } from '../lifecycle/announcement-policy.js';

/**
 * What reading a record's lifecycles needs besides the record: the announcement policy its events were decided
 * under. Replaying a log re-decides every event under it, so a period stored in an event that the policy would
 * not give is found.
 */
export interface RecordOptions {
  /** How long announcements run; {@link defaultAnnouncementPolicy} (10 calendar days) when left out. */
  readonly announcementPolicy?: AnnouncementPolicy;
}
