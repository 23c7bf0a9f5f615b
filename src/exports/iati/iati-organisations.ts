import type { OrganisationId } from '../../model/ids.js';
import { participationRoles, type Organisation } from '../../model/organisation.js';
import { participantsOf } from '../internal/participants.js';
import { xmlCode, xmlElement, xmlText, type XmlElement } from '../internal/xml.js';
import type { ExportActivity } from '../internal/activities.js';
import { iatiOrganisationTypes } from './iati-codes.js';
import { narratives } from './iati-narratives.js';
import type { IatiExport } from './prepare-iati-export.js';

/** The `participating-org` elements of an activity. */
export function participatingOrgs(context: IatiExport, exported: ExportActivity): XmlElement[] {
  return participantsOf(exported).map(([id, role]) => {
    const found = findOrganisation(context, id);
    return xmlElement(
      'participating-org',
      {
        ref: refOf(context, id),
        type: found === undefined ? undefined : iatiOrganisationTypes[found.organisation.kind],
        role: participationRoles[role],
      },
      found === undefined ? [] : narratives(found.organisation.name, context.languages, ['programme', 'organisations', found.index, 'name']),
    );
  });
}

/** A `receiver-org` for an organisation. */
export function receiverOrg(context: IatiExport, id: OrganisationId): XmlElement {
  const found = findOrganisation(context, id);
  return xmlElement(
    'receiver-org',
    { ref: refOf(context, id), type: found === undefined ? undefined : iatiOrganisationTypes[found.organisation.kind] },
    found === undefined ? [] : narratives(found.organisation.name, context.languages, ['programme', 'organisations', found.index, 'name']),
  );
}

function refOf(context: IatiExport, id: OrganisationId) {
  const ref = context.options.organisationRefs?.get(id);
  return ref === undefined ? undefined : xmlCode(ref, ['options', 'organisationRefs', id]);
}

/** An organisation of the programme with its index. */
export function findOrganisation(context: IatiExport, id: OrganisationId): { readonly organisation: Organisation; readonly index: number } | undefined {
  const index = context.organisationIndex.get(id);
  const organisation = index === undefined ? undefined : context.programme.organisations[index];
  return organisation === undefined || index === undefined ? undefined : { organisation, index };
}
