import { createIssue } from '../errors/issue.js';
import { fail, succeed, type Result } from '../errors/result.js';
import type { Project } from '../model/project.js';
import type { PoolStanding } from './pool-standing.js';

/**
 * The project a pool entry selected into an annual plan becomes: its data as it stands in the pool (its funding
 * sources too), in the plan year it was selected for, with its `pool` reference (the day it was pooled and the
 * county's number of the entry) for the announcements. Add it to the programme ({@link createProgrammeRecord}) and propose it: the approval
 * chain of the project lifecycle starts from this proposal.
 *
 * @param standing - the entry's standing
 * @returns the project, or `pool-entry-not-selected` (path `['status']`)
 *
 * @example
 * ```ts
 * import { poolOrganisations2012, seedPoolEntry2012 } from 'pairing-aid/examples/2011'
 * const standing = { entry: seedPoolEntry2012.project.id, status: 'pooled', current: seedPoolEntry2012, proposer: organisationId('village-dafang-lilin'), announcements: [], lastEventAt: timestamp('2012-05-01T09:00:00+08:00'), version: 5 } as const
 * const project = projectFromPool(standing)
 * project.ok || project.issues[0]?.code
 * //=> 'pool-entry-not-selected'
 * ```
 */
export function projectFromPool(standing: PoolStanding): Result<Project> {
  if (standing.status !== 'selected-for-plan' || standing.planYear === undefined) {
    return fail([createIssue('pool-entry-not-selected', ['status'], { entry: standing.entry, status: standing.status })]);
  }
  const { project, reference } = standing.current;
  const span = project.endYear === undefined ? undefined : project.endYear - project.year;
  const pool = standing.pooledOn === undefined ? undefined : { pooledOn: standing.pooledOn, ...(reference === undefined ? {} : { reference }) };
  return succeed({
    ...project,
    year: standing.planYear,
    ...(span === undefined ? {} : { endYear: standing.planYear + span }),
    ...(pool === undefined ? {} : { pool }),
  });
}
