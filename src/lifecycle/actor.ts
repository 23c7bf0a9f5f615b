import type { OrganisationId } from '../model/ids.js';
import type { Organisation, OrganisationKind } from '../model/organisation.js';

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

/**
 * Does a stored organisation record have a given kind? Narrows the record, so that a command built from it
 * type-checks: after `isOrganisationOfKind(record, 'county-government')`, `actorOf(record)` is an
 * `Actor<'county-government'>`.
 *
 * @param organisation - the organisation record
 * @param kind - the kind asked about
 * @returns whether it is of that kind
 *
 * @example
 * ```ts
 * isOrganisationOfKind({ id: organisationId('gov-522422'), name: { zh: '大方县人民政府' }, kind: 'county-government' }, 'county-government')
 * //=> true
 * ```
 */
export function isOrganisationOfKind<Kind extends OrganisationKind>(organisation: Organisation, kind: Kind): organisation is Organisation & { readonly kind: Kind } {
  return organisation.kind === kind;
}

/**
 * The {@link Actor} of a registered organisation: its id and the kind it is registered with, kept as a literal
 * type where the record's kind is known.
 *
 * @param organisation - the organisation record
 * @returns the actor
 *
 * @example
 * ```ts
 * actorOf({ id: organisationId('bijie-government'), name: { zh: '毕节地区行政公署' }, kind: 'prefecture-government' })
 * //=> { organisation: 'bijie-government', kind: 'prefecture-government' }
 * ```
 */
export function actorOf<Kind extends OrganisationKind>(organisation: Organisation & { readonly kind: Kind }): Actor<Kind> {
  return { organisation: organisation.id, kind: organisation.kind };
}
