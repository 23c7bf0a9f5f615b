import type { Amount } from '../money/amount.js';
import type { ProjectId, SubProjectId } from '../model/ids.js';

/**
 * The three announcements (公告公示) of a project: before implementation (实施前公示), of an approved change
 * (调整公示), and after completion (竣工公告).
 */
export const announcementKinds = ['pre-implementation', 'change', 'completion'] as const;

/** One of {@link announcementKinds}. */
export type AnnouncementKind = (typeof announcementKinds)[number];

/**
 * One row of an announcement table (公示表): the required contents for a project or one of its sub-projects,
 * as display text. A field left out is a missing content that {@link checkAnnouncement} reports.
 */
export interface AnnouncementRow {
  readonly project: ProjectId;
  /** Set when the row is one sub-project of `project`. */
  readonly subProject?: SubProjectId;
  /** 项目名称 */
  readonly name?: string;
  /** 建设地点 */
  readonly location?: string;
  /** 资金规模 */
  readonly amount?: Amount;
  /** 实施单位 */
  readonly implementingUnit?: string;
  /** 受益对象及带贫减贫机制 */
  readonly beneficiaries?: string;
  /** 绩效目标 */
  readonly performanceTarget?: string;
}

/** A project's announcement record: what is put up in public, row by row. */
export interface Announcement {
  readonly kind: AnnouncementKind;
  readonly project: ProjectId;
  /** The first row is the project itself; further rows are its sub-projects. */
  readonly rows: readonly AnnouncementRow[];
}
