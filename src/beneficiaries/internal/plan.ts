import type { IsoDate } from '../../dates/iso-date.js';
import { gb2260Registry } from '../../regions/gb2260-registry.js';
import { isWithinRegion, regionAtLevel, type RegionCode } from '../../regions/region-code.js';
import { successorRegionCode } from '../../regions/region-successions.js';
import { coverageOf } from '../../regions/registry-internals.js';
import { attachmentLabel } from '../attachment.js';
import type { BeneficiaryAttachmentEntry, BeneficiaryColumns } from '../beneficiary-columns.js';
import type { BeneficiaryGrouping, BeneficiarySelection, CountBeneficiariesOptions } from '../selection.js';

/** A selection and grouping turned into lookup tables over the columns' small tables. */
export interface CountPlan {
  readonly attachmentSelected: Uint8Array;
  readonly regionSelected: Uint8Array;
  /** Indexed by year (0–65535). */
  readonly yearSelected: Uint8Array;
  /** The column whose values index `groupOfEntry` (attachment or region indices), when grouping. */
  readonly groupColumn: Int32Array | undefined;
  readonly groupOfEntry: Int32Array;
  readonly groupLabels: readonly (string | null)[];
}

/** Builds the lookup tables for a selection and grouping. */
export function planCount(columns: BeneficiaryColumns, options: CountBeneficiariesOptions = {}): CountPlan {
  const { selection = {}, groupBy } = options;
  const wanted = toSets(selection);
  const attachmentSelected = Uint8Array.from(columns.attachments, (entry) => (isAttachmentSelected(entry, wanted) ? 1 : 0));
  const regionSelected = Uint8Array.from(columns.regions, (code) =>
    selection.regions === undefined || selection.regions.some((outer) => isWithinRegion(code, outer)) ? 1 : 0,
  );
  const yearSelected = new Uint8Array(65_536).fill(selection.years === undefined ? 1 : 0);
  for (const year of selection.years ?? []) if (Number.isInteger(year) && year >= 0 && year < 65_536) yearSelected[year] = 1;
  if (groupBy === undefined) {
    return { attachmentSelected, regionSelected, yearSelected, groupColumn: undefined, groupOfEntry: new Int32Array(0), groupLabels: [] };
  }
  const byAttachment = groupBy === 'attachment' || groupBy === 'project' || groupBy === 'fund-category' || groupBy === 'project-type';
  const latestYear = byAttachment ? 0 : asOfDefault(columns, selection);
  const labels = byAttachment
    ? columns.attachments.map((entry) => attachmentGroup(entry, groupBy))
    : columns.regions.map((code) => regionGroup(code as RegionCode, groupBy, options, latestYear));
  const groupLabels: (string | null)[] = [];
  const indexOfLabel = new Map<string | null, number>();
  const groupOfEntry = Int32Array.from(labels, (label) => {
    let index = indexOfLabel.get(label);
    if (index === undefined) {
      index = groupLabels.push(label) - 1;
      indexOfLabel.set(label, index);
    }
    return index;
  });
  const groupColumn = byAttachment ? columns.attachmentIndices : columns.regionIndices;
  return { attachmentSelected, regionSelected, yearSelected, groupColumn, groupOfEntry, groupLabels };
}

// Region groups use the codes in force on one date, so old and new codes of one area share a group.
function regionGroup(code: RegionCode, groupBy: BeneficiaryGrouping, options: CountBeneficiariesOptions, latestYear: number): string | null {
  const registry = options.registry ?? gb2260Registry();
  const end = coverageOf(registry).to;
  const yearEnd = `${String(latestYear).padStart(4, '0')}-12-31` as IsoDate;
  const asOf: IsoDate = options.regionsAsOf ?? (yearEnd < end ? yearEnd : end);
  const current = successorRegionCode(code, asOf, { registry });
  return groupBy === 'region' ? current : (regionAtLevel(current, groupBy as 'province' | 'prefecture' | 'county') ?? null);
}

// The latest year counted: the selection's, else the records'.
function asOfDefault(columns: BeneficiaryColumns, selection: BeneficiarySelection): number {
  if (selection.years !== undefined && selection.years.length > 0) return Math.max(...selection.years);
  let latest = 0;
  for (const year of columns.years) if (year > latest) latest = year;
  return latest;
}

/** The selection's lists as sets. */
export interface SelectionSets {
  readonly projects: ReadonlySet<string> | undefined;
  readonly subProjects: ReadonlySet<string> | undefined;
  readonly activities: ReadonlySet<string> | undefined;
  readonly fundCategories: ReadonlySet<string> | undefined;
  readonly projectTypes: ReadonlySet<string> | undefined;
  readonly exceptProjects: ReadonlySet<string> | undefined;
}

/** Turns a selection's lists into sets. */
export function toSets(selection: BeneficiarySelection): SelectionSets {
  const set = (values: readonly string[] | undefined): ReadonlySet<string> | undefined => (values === undefined ? undefined : new Set(values));
  return {
    projects: set(selection.projects),
    subProjects: set(selection.subProjects),
    activities: set(selection.activities),
    fundCategories: set(selection.fundCategories),
    projectTypes: set(selection.projectTypes),
    exceptProjects: set(selection.exceptProjects),
  };
}

/** Whether an attachment entry (or a declared count, whose attachment may be missing) meets the selection. */
export function isAttachmentSelected(entry: Partial<BeneficiaryAttachmentEntry>, wanted: SelectionSets): boolean {
  const { projects, subProjects, activities, fundCategories, projectTypes, exceptProjects } = wanted;
  const attachedTo = entry.attachedTo;
  if (exceptProjects !== undefined && attachedTo !== undefined && attachedTo.kind !== 'activity' && exceptProjects.has(attachedTo.project)) return false;
  if (projects !== undefined || subProjects !== undefined || activities !== undefined) {
    const attached = entry.attachedTo;
    const found =
      attached !== undefined &&
      (attached.kind === 'activity'
        ? (activities?.has(attached.activity) ?? false)
        : (projects?.has(attached.project) ?? false) || (attached.kind === 'sub-project' && (subProjects?.has(attached.subProject) ?? false)));
    if (!found) return false;
  }
  if (fundCategories !== undefined && (entry.fundCategory === undefined || !fundCategories.has(entry.fundCategory))) return false;
  if (projectTypes !== undefined && (entry.projectType === undefined || !projectTypes.has(entry.projectType))) return false;
  return true;
}

function attachmentGroup(entry: BeneficiaryAttachmentEntry, groupBy: BeneficiaryGrouping): string | null {
  const attached = entry.attachedTo;
  switch (groupBy) {
    case 'fund-category':
      return entry.fundCategory ?? null;
    case 'project-type':
      return entry.projectType ?? null;
    case 'project':
      return attached.kind === 'sub-project' ? `project:${attached.project}` : attachmentLabel(attached);
    default:
      return attachmentLabel(attached);
  }
}
