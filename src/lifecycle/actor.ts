import type { OrganisationId } from '../model/ids.js';
import type { OrganisationKind } from '../model/organisation.js';

/**
 * Who acts on a project: an organisation and the kind of body it is, which decides what it may do (a county
 * department cannot give the prefecture government's approval).
 */
export interface Actor<Kind extends OrganisationKind = OrganisationKind> {
  readonly organisation: OrganisationId;
  readonly kind: Kind;
}

/**
 * Makes an {@link Actor}, keeping the kind as a literal type so a command for another kind does not compile.
 *
 * @param organisation - the organisation's id
 * @param kind - the kind of body it is
 * @returns the actor
 *
 * @example
 * ```ts
 * actor(organisationId('bijie-gov'), 'prefecture-government')
 * //=> { organisation: 'bijie-gov', kind: 'prefecture-government' }
 * ```
 */
export function actor<Kind extends OrganisationKind>(organisation: OrganisationId, kind: Kind): Actor<Kind> {
  return { organisation, kind };
}
