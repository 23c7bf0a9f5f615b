import type { Amount } from '../money/amount.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { FundingSourceKind } from '../model/funding-source.js';
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
  /** 资金规模: the donor's approved budget (its east–west cooperation funds). */
  readonly amount?: Amount;
  /** 总投资: the sum of every funding source. */
  readonly totalInvestment?: Amount;
  /** 筹资方式: each funding line with its name, as {@link formatFundingSource} writes it. */
  readonly funding?: readonly AnnouncementFundingLine[];
  /** 受益户数, from the declared household count given for the row. */
  readonly households?: number;
  /** 其中建档立卡贫困户数 */
  readonly registeredPoorHouseholds?: number;
  /** 受益人数, from the declared person count given for the row. */
  readonly persons?: number;
  /** 其中建档立卡贫困人口数 */
  readonly registeredPoorPersons?: number;
  /** 项目库编号: the county's number of the pool entry the project was selected from. */
  readonly poolReference?: string;
  /** 入库日期: the day the county took the project into its pool. */
  readonly pooledOn?: IsoDate;
  /** 实施单位 */
  readonly implementingUnit?: string;
  /** 受益对象及带贫减贫机制 */
  readonly beneficiaries?: string;
  /** 绩效目标 */
  readonly performanceTarget?: string;
}

/** One funding source of an announced project or sub-project: its source, its name as shown, its amount. */
export interface AnnouncementFundingLine {
  readonly source: FundingSourceKind;
  readonly name: string;
  readonly amount: Amount;
}

/** A project's announcement record: what is put up in public, row by row. */
export interface Announcement {
  readonly kind: AnnouncementKind;
  readonly project: ProjectId;
  /** The first row is the project itself; further rows are its sub-projects. */
  readonly rows: readonly AnnouncementRow[];
}
