import type { OrganisationId } from '../../model/ids.js';
import type { ParticipationRole } from '../../model/organisation.js';
import type { ExportActivity } from './activities.js';

/**
 * The organisations taking part in an activity with their roles: a project's participations and its
 * implementing unit; a sub-project's are its project's, with its own implementing unit where it has one.
 */
export function participantsOf(exported: ExportActivity): readonly (readonly [OrganisationId, ParticipationRole])[] {
  const implementer = exported.activity.implementingUnit ?? exported.project.implementingUnit;
  const ownImplementer = exported.kind === 'sub-project' && exported.activity.implementingUnit !== undefined;
  const pairs: (readonly [OrganisationId, ParticipationRole])[] = exported.project.participations
    .filter((participation) => !(ownImplementer && participation.role === 'implementing'))
    .map((participation) => [participation.organisation, participation.role] as const);
  if (implementer !== undefined) pairs.push([implementer, 'implementing']);
  const seen = new Set<string>();
  return pairs.filter(([organisation, role]) => {
    const key = `${organisation} ${role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
