import { prefixIssues, type Issue, type IssuePath } from '../../errors/issue.js';
import { fail, succeed, type Result } from '../../errors/result.js';
import { formatFundingSource } from '../../model/format-funding-source.js';
import { fundingSourcesOf, totalInvestmentOf } from '../../model/funding-sources-of.js';
import type { OrganisationId } from '../../model/ids.js';
import type { LocalizedText } from '../../model/text.js';
import type { Amount } from '../../money/amount.js';
import type { IsoDate } from '../../dates/iso-date.js';
import type { ExportActivity } from '../internal/activities.js';
import { budgetByCategory } from '../internal/budget-by-category.js';
import { participantsOf } from '../internal/participants.js';
import { describeActivity, localityOf, placeNamesOf } from '../internal/place-names.js';
import { fullRegionName, locationDateOf, regionNamesIn } from '../internal/region-names.js';
import { isSameText, textPreferring } from '../internal/texts.js';
import { amountToJsonNumber } from './amount-to-json-number.js';
import { oc4idsPartyRoles } from './oc4ids-codes.js';
import type {
  Oc4idsAddress,
  Oc4idsBenefit,
  Oc4idsBeneficiary,
  Oc4idsBudgetBreakdown,
  Oc4idsLocation,
  Oc4idsParty,
  Oc4idsProject,
  Oc4idsValue,
} from './oc4ids-document.js';
import type { Oc4idsExport } from './prepare-oc4ids-export.js';

/** One project's OC4IDS document, or the amounts a JSON number cannot carry exactly. */
export function oc4idsProject(context: Oc4idsExport, exported: ExportActivity, subProjects: readonly ExportActivity[]): Result<Oc4idsProject> {
  const { project, path } = exported;
  const issues: Issue[] = [];
  const value = (amount: Amount, at: IssuePath): Oc4idsValue => {
    const converted = amountToJsonNumber(amount);
    if (!converted.ok) issues.push(...prefixIssues(converted.issues, at));
    return { amount: converted.ok ? converted.value : 0, currency: 'CNY' };
  };
  const text = (localized: LocalizedText): string => textPreferring(localized, context.language) ?? '';
  const parties = partiesOf(context, [exported, ...subProjects], locationDateOf(project));
  const funder = parties.find((party) => party.roles.includes('funder'));
  const implementer = exported.activity.implementingUnit ?? project.participations.find((participation) => participation.role === 'implementing')?.organisation;
  const authority = parties.find((party) => party.id === implementer);
  const typeLabel = context.programme.projectTypes.find((type) => type.code === project.type)?.label;
  const categoryLabel = (code: string) => context.programme.fundCategories.find((category) => category.code === code)?.label;
  const year = String(project.year).padStart(4, '0');
  const standing = context.standings.get(project.id);
  const projectType = context.projectTypeOf(project.type);
  const locations = [exported, ...subProjects].map((activity) => locationOf(context, activity));
  const benefits = benefitsOf(context, [exported, ...subProjects], locations);
  const document: Oc4idsProject = {
    id: `${context.options.projectIdPrefix}${project.id}`,
    updated: context.publishedAt,
    language: context.language,
    title: text(project.name),
    description: project.description ? text(project.description) : describeActivity(exported, context.programme.projectTypes, placeNamesOf(exported, regionNamesOf(context, exported)))[context.language],
    status: context.statusOf(project.id),
    ...(projectType === undefined ? {} : { type: projectType }),
    sector: [...new Set([exported, ...subProjects].flatMap((activity) => context.sectorsOf(activity.activity.type)))],
    ...(project.povertyLinkage ? { purpose: text(project.povertyLinkage) } : {}),
    additionalClassifications: [
      { scheme: 'pairingAidProjectType', id: project.type, description: typeLabel ? text(typeLabel) : project.type },
      { scheme: 'pairingAidFundCategory', id: project.category, description: text(categoryLabel(project.category) ?? { en: project.category }) },
    ],
    ...(authority === undefined ? {} : { publicAuthority: { id: authority.id, name: authority.name } }),
    budget: {
      amount: value(totalInvestmentOf(project), [...path, project.funding === undefined ? 'budget' : 'funding']),
      ...(standing?.approvedOn === undefined ? {} : { approvalDate: dayStart(standing.approvedOn) }),
      budgetBreakdowns: [
        {
          id: 'fund-category',
          description: context.language === 'zh' ? '东西部协作资金（帮扶方出资）按资金类别' : "East–west cooperation funds (the donor's share) by fund category",
          budgetBreakdown: budgetByCategory(exported).map(({ category, amount }) => ({
            id: category,
            description: text(categoryLabel(category) ?? { en: category }),
            amount: value(amount, [...path, 'budget']),
            ...(funder === undefined ? {} : { sourceParty: { id: funder.id, name: funder.name } }),
          })),
        },
        {
          id: 'funding-source',
          description: context.language === 'zh' ? '总投资按资金来源（筹资方式）' : 'Total investment by funding source',
          budgetBreakdown: fundingBreakdownOf(context, exported, funder, value),
        },
      ],
    },
    period: { startDate: `${year}-01-01T00:00:00+08:00`, endDate: `${year}-12-31T23:59:59+08:00` },
    ...(standing?.completedOn === undefined ? {} : { completion: { endDate: dayStart(standing.completedOn) } }),
    locations,
    parties,
    ...(benefits.length === 0 ? {} : { benefits }),
  };
  return issues.length > 0 ? fail(issues) : succeed(document);
}

// One entry per funding line, the donor's lines from the funder, a co-funder of the programme as its party.
function fundingBreakdownOf(
  context: Oc4idsExport,
  { project, path }: ExportActivity,
  funder: Oc4idsParty | undefined,
  value: (amount: Amount, at: IssuePath) => Oc4idsValue,
): Oc4idsBudgetBreakdown[] {
  const used = new Set<string>();
  // A donor district is named as the announcement table names it: on the project's location date.
  const regionName = regionNamesIn(context.registry, locationDateOf(project), context.language);
  return fundingSourcesOf(project).map((line, j) => {
    const by = 'funder' in line ? line.funder : undefined;
    const base = [line.source, line.source === 'east-west-cooperation' ? line.donor : line.source === 'beneficiary-contribution' ? line.form : by].filter(Boolean).join('-');
    const id = used.has(base) ? `${base}-${j + 1}` : base;
    used.add(id);
    const party = line.source === 'east-west-cooperation' ? funder : by === undefined ? undefined : { id: by, name: partyName(context, by) };
    return {
      id,
      description: formatFundingSource(line, { language: context.language, organisations: context.programme.organisations, regionName }),
      amount: value(line.amount, project.funding === undefined ? [...path, 'budget'] : [...path, 'funding', j, 'amount']),
      ...(party === undefined ? {} : { sourceParty: { id: party.id, name: party.name } }),
    };
  });
}

function partyName(context: Oc4idsExport, id: OrganisationId): string {
  const organisation = context.organisations.get(id);
  return organisation === undefined ? id : (textPreferring(organisation.name, context.language) ?? id);
}

// A day of the log as an OC4IDS date-time: its start in China.
const dayStart = (day: IsoDate): string => `${day}T00:00:00+08:00`;

function regionNamesOf(context: Oc4idsExport, exported: ExportActivity) {
  return fullRegionName(context.registry, exported.activity.location.region, locationDateOf(exported.project));
}

function country(context: Oc4idsExport): string {
  return context.language === 'zh' ? '中国' : 'China';
}

function locationOf(context: Oc4idsExport, exported: ExportActivity): Oc4idsLocation {
  const region = regionNamesOf(context, exported);
  const place = placeNamesOf(exported, region);
  const locality = localityOf(exported, context.language);
  const placeText = context.language === 'zh' ? place.zh : (place.en ?? place.zh);
  const name = textPreferring(exported.activity.name, context.language) ?? '';
  const address: Oc4idsAddress = {
    ...(region === undefined ? {} : { region: context.language === 'zh' ? region.zh : (region.en ?? region.zh) }),
    ...(locality === '' ? {} : { locality }),
    countryName: country(context),
  };
  return {
    id: exported.id,
    description: exported.kind === 'project' ? placeText : `${name}${context.language === 'zh' ? '：' : ': '}${placeText}`,
    gazetteer: { scheme: 'GBT2260', identifiers: [exported.activity.location.region] },
    address,
  };
}

function partiesOf(context: Oc4idsExport, activities: readonly ExportActivity[], date: IsoDate): Oc4idsParty[] {
  const roles = new Map<OrganisationId, Set<string>>();
  for (const activity of activities) {
    for (const [organisation, role] of participantsOf(activity)) {
      const set = roles.get(organisation) ?? new Set<string>();
      set.add(oc4idsPartyRoles[role]);
      roles.set(organisation, set);
    }
    // A co-funder of the programme is a party, the source of its line of the budget breakdown.
    for (const line of activity.activity.funding ?? []) {
      const by = 'funder' in line ? line.funder : undefined;
      if (by !== undefined) roles.set(by, (roles.get(by) ?? new Set<string>()).add('funder'));
    }
  }
  return [...roles].map(([id, partyRoles]) => {
    const organisation = context.organisations.get(id);
    const regionName = organisation?.region === undefined ? undefined : fullRegionName(context.registry, organisation.region, date);
    return {
      id,
      name: organisation === undefined ? id : (textPreferring(organisation.name, context.language) ?? id),
      roles: [...partyRoles],
      ...(regionName === undefined
        ? {}
        : { address: { region: context.language === 'zh' ? regionName.zh : (regionName.en ?? regionName.zh), countryName: country(context) } }),
    };
  });
}

function benefitsOf(context: Oc4idsExport, activities: readonly ExportActivity[], locations: readonly Oc4idsLocation[]): Oc4idsBenefit[] {
  const zh = context.language === 'zh';
  const beneficiaries: Oc4idsBeneficiary[] = activities.flatMap((activity, a) => {
    const figures = context.beneficiariesOf(activity);
    const location = locations[a];
    const declared = figures.declared.flatMap(({ count }) => {
      if (count.unit !== 'persons') return [];
      const incomplete = count.source.completeness === 'incomplete';
      // The households of the same figure and source, and each registered-poor part, go into the words.
      const households = figures.declared.find(({ count: other }) => other.unit === 'households' && other.figure === count.figure && isSameText(other.source.document, count.source.document))?.count;
      const poorHouseholds = households?.unit === 'households' ? households.registeredPoor : undefined;
      const partsZh = [
        ...(count.registeredPoor === undefined ? [] : [`其中建档立卡贫困人口 ${count.registeredPoor} 人`]),
        ...(households === undefined ? [] : [`受益 ${households.count} 户${poorHouseholds === undefined ? '' : `（其中建档立卡贫困户 ${poorHouseholds} 户）`}`]),
      ];
      const partsEn = [
        ...(count.registeredPoor === undefined ? [] : [`of whom ${count.registeredPoor} registered poor`]),
        ...(households === undefined ? [] : [`${households.count} households${poorHouseholds === undefined ? '' : ` (${poorHouseholds} registered poor)`}`]),
      ];
      const description = zh
        ? `${count.figure}（申报数，来源：${textPreferring(count.source.document, 'zh')}${incomplete ? '，据不完全统计，为下限' : ''}）${partsZh.length === 0 ? '' : `；${partsZh.join('；')}`}`
        : `${count.figure} (declared; source: ${textPreferring(count.source.document, 'en')}${incomplete ? '; according to incomplete statistics, a lower bound' : ''})${partsEn.length === 0 ? '' : `; ${partsEn.join('; ')}`}`;
      return [{ description, numberOfPeople: count.count, ...(location === undefined ? {} : { location }) }];
    });
    const identified = figures.identified.map((tally) => ({
      description: zh
        ? `${tally.year}年受益人数（按人去重），其中建档立卡贫困人口 ${tally.registeredPoorPersons} 人；受益 ${tally.households} 户`
        : `Distinct persons reached in ${tally.year}, of whom ${tally.registeredPoorPersons} registered poor; ${tally.households} households`,
      numberOfPeople: tally.persons,
      ...(location === undefined ? {} : { location }),
    }));
    return [...declared, ...identified];
  });
  const linkage = activities[0]?.project.povertyLinkage;
  const description = linkage === undefined ? undefined : textPreferring(linkage, context.language);
  if (beneficiaries.length === 0 && description === undefined) return [];
  return [
    {
      title: zh ? '受益对象及带贫减贫机制' : 'Beneficiaries and poverty linkage',
      ...(description === undefined ? {} : { description }),
      ...(beneficiaries.length === 0 ? {} : { beneficiaries }),
    },
  ];
}

