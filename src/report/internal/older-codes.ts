import type { IsoDate } from '../../dates/iso-date.js';
import type { LedgerEntryId, ProjectId, SubProjectId } from '../../model/ids.js';
import { locationWrittenOn } from '../../model/rollup/roll-up-options.js';
import type { RegionCode } from '../../regions/region-code.js';
import type { OlderCodeRecords } from '../annual-report.js';
import type { ReportContext } from './report-context.js';
import type { ReportData } from './report-data.js';
import type { ReportSelection } from './select-input.js';

interface Found {
  writtenOn: IsoDate;
  readonly projects: ProjectId[];
  readonly subProjects: SubProjectId[];
  readonly ledgerEntries: LedgerEntryId[];
  readonly declaredBeneficiaries: number[];
  readonly identifiedBeneficiaries: number[];
}

/**
 * The report's records whose code no longer stood for its area on the report's date (the code it is counted
 * under differs), grouped by that code: the year's projects and sub-projects, ledger entries, declared counts and
 * identified records.
 */
export function findOlderCodes(input: ReportData, selection: ReportSelection, context: ReportContext): OlderCodeRecords[] {
  const found = new Map<RegionCode, Found>();
  const at = (code: RegionCode, writtenOn: IsoDate): Found | undefined => {
    if (context.current(code) === code) return undefined;
    let entry = found.get(code);
    if (entry === undefined) {
      entry = { writtenOn, projects: [], subProjects: [], ledgerEntries: [], declaredBeneficiaries: [], identifiedBeneficiaries: [] };
      found.set(code, entry);
    }
    if (writtenOn < entry.writtenOn) entry.writtenOn = writtenOn;
    return entry;
  };
  const yearStart = `${String(context.year).padStart(4, '0')}-01-01` as IsoDate;
  const { programme } = selection;
  // The places of the activities written with an older code, by project (its own under the key undefined): the
  // entries of any other activity are found under no older code.
  const olderPlaces = new Map<string, Map<string | undefined, readonly [RegionCode, IsoDate]>>();
  const olderPlace = (project: string, sub: string | undefined, code: RegionCode, writtenOn: IsoDate) => {
    let places = olderPlaces.get(project);
    if (places === undefined) olderPlaces.set(project, (places = new Map()));
    places.set(sub, [code, writtenOn]);
  };
  for (const project of programme.projects) {
    const writtenOn = locationWrittenOn(project);
    const found = at(project.location.region, writtenOn);
    if (found !== undefined) {
      found.projects.push(project.id);
      olderPlace(project.id, undefined, project.location.region, writtenOn);
    }
    for (const sub of project.subProjects) {
      const foundSub = at(sub.location.region, writtenOn);
      if (foundSub === undefined) continue;
      foundSub.subProjects.push(sub.id);
      olderPlace(project.id, sub.id, sub.location.region, writtenOn);
    }
  }
  for (const entry of programme.ledger) {
    const place = olderPlaces.get(entry.project)?.get(entry.subProject);
    if (place !== undefined) at(...place)?.ledgerEntries.push(entry.id);
  }
  for (const { value, index } of selection.declaredBeneficiaries) {
    if (value.region !== undefined) at(value.region, yearStart)?.declaredBeneficiaries.push(index);
  }
  // The identified records of the year in the recipients, not of a cancelled or rejected project, whose code is an
  // older one: the small tables are read once, the columns once.
  const { identified } = input;
  const withdrawn = new Set<string>(selection.withdrawnProjects);
  const countedAttachment = Uint8Array.from(identified.attachments, ({ attachedTo }) => (attachedTo.kind !== 'activity' && withdrawn.has(attachedTo.project) ? 0 : 1));
  const olderRegion = identified.regions.map((code) => (context.current(code) !== code && context.inRecipients(code) ? code : undefined));
  const { years, regionIndices, attachmentIndices } = identified;
  for (let index = 0; index < years.length; index++) {
    if (years[index] !== context.year) continue;
    const code = olderRegion[regionIndices[index] as number];
    if (code !== undefined && countedAttachment[attachmentIndices[index] as number] === 1) at(code, yearStart)?.identifiedBeneficiaries.push(index);
  }
  return [...found.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, records]): OlderCodeRecords => {
      const { writtenOn, ...lists } = records;
      const name = context.nameOn(code, writtenOn);
      const current = context.current(code);
      return { code, ...(name === undefined ? {} : { name }), countedUnder: context.region(current, [code]), ...lists };
    });
}
