import { contributionFormLabels, fundingSourceLabels } from '../../model/funding-source.js';
import type { OrganisationId } from '../../model/ids.js';
import { participationRoles, type Organisation } from '../../model/organisation.js';
import { participantsOf } from '../internal/participants.js';
import { xmlCode, xmlElement, type XmlElement } from '../internal/xml.js';
import type { ExportActivity } from '../internal/activities.js';
import { iatiOrganisationTypes } from './iati-codes.js';
import { fixedNarratives, narratives } from './iati-narratives.js';
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

/**
 * The activity's other funders (role 1, Funding) from its funding lines beside the donor's east–west funds: an
 * organisation of the programme by its name and ref, a funder named on the line by that name, and a source given by
 * nobody in particular (integrated funds, the beneficiaries' own contribution) by the source's name. An organisation
 * already taking part as a funder is not listed twice.
 */
export function coFundingOrgs(context: IatiExport, exported: ExportActivity): XmlElement[] {
  const funding = exported.activity.funding ?? [];
  const listed = new Set<string>(participantsOf(exported).flatMap(([id, role]) => (role === 'funding' ? [id] : [])));
  return funding.flatMap((line, j) => {
    if (line.source === 'east-west-cooperation') return [];
    const at = [...exported.path, 'funding', j];
    const funder = 'funder' in line ? line.funder : undefined;
    if (funder !== undefined) {
      if (listed.has(funder)) return [];
      listed.add(funder);
      const found = findOrganisation(context, funder);
      return [
        xmlElement(
          'participating-org',
          { ref: refOf(context, funder), type: found === undefined ? undefined : iatiOrganisationTypes[found.organisation.kind], role: participationRoles.funding },
          found === undefined ? [] : narratives(found.organisation.name, context.languages, ['programme', 'organisations', found.index, 'name']),
        ),
      ];
    }
    const named = line.source === 'other' || line.source === 'other-departments' || line.source === 'enterprise-social' ? line.name : undefined;
    const label = fundingSourceLabels[line.source];
    const shown =
      named !== undefined
        ? narratives(named, context.languages, [...at, 'name'])
        : fixedNarratives(line.source === 'beneficiary-contribution' ? { zh: `${label.zh}（${contributionFormLabels[line.form].zh}）`, en: `${label.en} (${contributionFormLabels[line.form].en})` } : label, context.languages);
    return [xmlElement('participating-org', { role: participationRoles.funding }, shown)];
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
