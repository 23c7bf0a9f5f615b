import type { Project } from '../project.js';
import { regionAndAncestors } from './region-ancestors.js';
import { emptyRollUp, type ActivityCount, type RollUp } from './roll-up.js';

/**
 * Counts projects and sub-projects by region, at every level: a project in its location's region and
 * the regions containing it, a sub-project in its own location's.
 *
 * @param projects - the projects (with their sub-projects)
 * @returns a roll-up holding only the counts (its totals zero): merge it with a ledger summary
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * rollUpActivities(seedProgramme2011.projects).activitiesByRegion['522400']
 * //=> { projects: 25, subProjects: 53 }
 * ```
 */
export function rollUpActivities(projects: readonly Project[]): RollUp {
  const byRegion = new Map<string, { projects: number; subProjects: number }>();
  const count = (region: string, field: keyof ActivityCount): void => {
    for (const key of regionAndAncestors(region)) {
      let found = byRegion.get(key);
      if (found === undefined) byRegion.set(key, (found = { projects: 0, subProjects: 0 }));
      found[field] += 1;
    }
  };
  let subProjects = 0;
  for (const project of projects) {
    count(project.location.region, 'projects');
    for (const sub of project.subProjects) count(sub.location.region, 'subProjects');
    subProjects += project.subProjects.length;
  }
  return {
    ...emptyRollUp,
    activityTotal: { projects: projects.length, subProjects },
    activitiesByRegion: Object.fromEntries(byRegion),
  };
}
