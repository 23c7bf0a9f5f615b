import type { IsoDate } from '../../dates/iso-date.js';
import type { ExportActivity } from '../internal/activities.js';
import { locationDateOf } from '../internal/region-names.js';
import { describeActivity, placeNamesOf, type PlaceNames } from '../internal/place-names.js';
import { xmlCode, xmlElement, xmlText, type XmlElement } from '../internal/xml.js';
import { budgets, transactions } from './iati-money.js';
import { fixedNarratives, narratives } from './iati-narratives.js';
import { coFundingOrgs, findOrganisation, participatingOrgs } from './iati-organisations.js';
import { results } from './iati-results.js';
import type { IatiExport } from './prepare-iati-export.js';

/** The `iati-identifier` of a project or sub-project: the reporting organisation's ref, a hyphen, the id. */
export function iatiIdentifierOf(context: IatiExport, id: string): string {
  return `${context.ref}-${id}`;
}

/** One `iati-activity`, its elements in the order of the 2.03 schema's sequence. */
export function iatiActivity(context: IatiExport, exported: ExportActivity): XmlElement {
  const { activity, path, project } = exported;
  const status = context.statusOf(project.id);
  return xmlElement(
    'iati-activity',
    {
      'last-updated-datetime': context.generatedAt,
      'xml:lang': context.languages[0] ?? 'zh',
      'default-currency': 'CNY',
      'hierarchy': exported.kind === 'project' ? 1 : 2,
    },
    [
      xmlElement('iati-identifier', {}, [xmlCode(iatiIdentifierOf(context, exported.id), [...path, 'id'])]),
      reportingOrg(context),
      xmlElement('title', {}, narratives(activity.name, context.languages, [...path, 'name'])),
      xmlElement('description', { type: 1 }, activity.description ? narratives(activity.description, context.languages, [...path, 'description']) : generalDescription(context, exported)),
      activity.povertyLinkage && xmlElement('description', { type: 3 }, narratives(activity.povertyLinkage, context.languages, [...path, 'povertyLinkage'])),
      ...participatingOrgs(context, exported),
      ...coFundingOrgs(context, exported),
      xmlElement('activity-status', { code: status }),
      ...activityDates(context, exported),
      xmlElement('recipient-country', { code: 'CN', percentage: 100 }),
      location(context, exported),
      xmlElement('sector', { vocabulary: 1, code: context.sectorOf(activity.type), percentage: 100 }),
      ...budgets(context, exported),
      ...transactions(context, exported),
      ...relatedActivities(context, exported),
      ...results(context, exported),
    ],
  );
}

function reportingOrg(context: IatiExport): XmlElement {
  const { type, name } = context.options.reportingOrganisation;
  const { ref } = context;
  const own = findOrganisation(context, context.programme.reportingOrganisation);
  // The name given in the options, else the programme's reporting organisation's; the reference is a guard only, as
  // checkProgramme reports a reporting organisation the programme does not list (organisation-unknown).
  const named =
    name !== undefined
      ? narratives(name, context.languages, ['options', 'reportingOrganisation', 'name'])
      : own !== undefined
        ? narratives(own.organisation.name, context.languages, ['programme', 'organisations', own.index, 'name'])
        : fixedNarratives({ zh: ref, en: ref }, context.languages.slice(0, 1));
  return xmlElement('reporting-org', { ref: xmlCode(ref, ['options', 'reportingOrganisation', 'ref']), type }, named);
}

// Without a description of its own, an activity is described by its type and place (IATI requires one).
function generalDescription(context: IatiExport, exported: ExportActivity): XmlElement[] {
  return fixedNarratives(describeActivity(exported, context.programme.projectTypes, placeNames(context, exported)), context.languages);
}

function activityDates(context: IatiExport, exported: ExportActivity): XmlElement[] {
  const dates = context.datesOf(exported);
  const typed: readonly (readonly [number, IsoDate | undefined])[] = [
    [1, dates.plannedStart],
    [2, dates.actualStart],
    [3, dates.plannedEnd],
    [4, dates.actualEnd],
  ];
  return typed.flatMap(([type, date]) => (date === undefined ? [] : [xmlElement('activity-date', { type, 'iso-date': date })]));
}

function placeNames(context: IatiExport, exported: ExportActivity): PlaceNames {
  return placeNamesOf(exported, context.regionNames.get(`${exported.activity.location.region} ${locationDateOf(exported.project)}`));
}

// IATI's geographic vocabularies have no GB/T 2260: the code is the location's own reference and is stated in its description.
function location(context: IatiExport, exported: ExportActivity): XmlElement {
  const { region } = exported.activity.location;
  const date = locationDateOf(exported.project);
  const place = placeNames(context, exported);
  const path = [...exported.path, 'location'];
  const nameNarratives = context.languages.flatMap((language) => {
    const text = language === 'zh' ? place.zh : place.en;
    return text === undefined ? [] : [xmlElement('narrative', { 'xml:lang': language }, [xmlText(text, path)])];
  });
  return xmlElement('location', { ref: `GB2260-${region}` }, [
    xmlElement('location-reach', { code: 1 }),
    nameNarratives.length > 0 && xmlElement('name', {}, nameNarratives),
    xmlElement(
      'description',
      {},
      fixedNarratives(
        { zh: `GB/T 2260 行政区划代码 ${region}（${date} 施行的版本）`, en: `GB/T 2260 division code ${region} (revision in force on ${date})` },
        context.languages,
      ),
    ),
    xmlElement('exactness', { code: 2 }),
    xmlElement('location-class', { code: 1 }),
  ]);
}

function relatedActivities(context: IatiExport, exported: ExportActivity): XmlElement[] {
  if (exported.kind === 'sub-project') return [xmlElement('related-activity', { ref: iatiIdentifierOf(context, exported.project.id), type: 1 })];
  return exported.project.subProjects.map((sub) => xmlElement('related-activity', { ref: iatiIdentifierOf(context, sub.id), type: 2 }));
}
