import type { LifecycleContext } from '../lifecycle/decide-lifecycle.js';
import type { Project } from '../model/project.js';
import type { ProgrammeRecord } from './programme-record.js';
import type { RecordOptions } from './record-options.js';

/**
 * What deciding a command on one project of a record needs: the project's data as it stands, the programme's
 * organisations and donor, and the announcement policy.
 * @internal
 */
export function lifecycleContextOf(record: ProgrammeRecord, project: Project, options: RecordOptions): LifecycleContext {
  const { organisations, donor } = record.programme;
  return {
    project,
    organisations,
    donor,
    ...(options.announcementPolicy === undefined ? {} : { announcementPolicy: options.announcementPolicy }),
    ...(options.assetRegistration === undefined ? {} : { assetRegistration: options.assetRegistration }),
  };
}
