import type { IsoDate } from '../dates/iso-date.js';
import type { OrganisationId, ProjectId } from '../model/ids.js';
import type { AnnouncementPeriod } from '../lifecycle/announcement-period.js';
import type { Timestamp } from '../lifecycle/timestamp.js';
import type { PoolStatus } from './pool-commands.js';
import type { PoolEntry } from './pool-entry.js';

/** An announcement a pool move put up, with its level and the days it runs. */
export interface PoolAnnouncement {
  readonly level: 'village' | 'township' | 'county';
  readonly period: AnnouncementPeriod;
}

/** Where one entry of the pool stands, as its events made it. */
export interface PoolStanding {
  readonly entry: ProjectId;
  readonly status: PoolStatus;
  /** The entry as it stands: as proposed or revised, with every fourth-quarter adjustment in place. */
  readonly current: PoolEntry;
  /** Who proposed it. */
  readonly proposer: OrganisationId;
  /** The announcements since the last proposal or revision, oldest first. */
  readonly announcements: readonly PoolAnnouncement[];
  /** The day the county took it into the pool (入库), in China. */
  readonly pooledOn?: IsoDate;
  /** The annual plan year it was selected for. */
  readonly planYear?: number;
  readonly lastEventAt: Timestamp;
  /** How many events made it. */
  readonly version: number;
}
