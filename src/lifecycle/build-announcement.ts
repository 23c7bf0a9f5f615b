import type { DeclaredCount } from '../beneficiaries/declared-count.js';
import { formatFundingSource } from '../model/format-funding-source.js';
import { fundingSourcesOf, totalInvestmentOf } from '../model/funding-sources-of.js';
import type { Organisation } from '../model/organisation.js';
import type { PerformanceTarget } from '../model/performance-target.js';
import type { ActivityCore, Project } from '../model/project.js';
import type { LocalizedText } from '../model/text.js';
import { redactPersonalData } from '../privacy/mask.js';
import type { RegionCode } from '../regions/region-code.js';
import type { Announcement, AnnouncementKind, AnnouncementRow } from './announcement.js';
import { definedOnly } from './defined-only.js';

/** Options for {@link buildAnnouncement}. */
export interface BuildAnnouncementOptions {
  /** The language of the texts: `zh` (default) or `en`; the other is used where one is missing. */
  readonly language?: 'zh' | 'en';
  /** The organisations whose names stand for the implementing units; an unknown unit shows its id. */
  readonly organisations?: readonly Organisation[];
  /** The name of a division code (`520502` → `七星关区`); the code itself shows where it gives none. */
  readonly regionName?: (region: RegionCode) => string | undefined;
  /**
   * Whether each sub-project gets its own row after the project's (default `true`). A sub-project with no
   * poverty-linkage statement or performance target of its own shows its project's.
   */
  readonly subProjects?: boolean;
  /**
   * Declared counts whose households and persons (each with its registered-poor part) the rows show: a count
   * attached to the project fills the project's row, one attached to a sub-project that sub-project's. Where several
   * counts of one unit are attached to a row, the first in the list is shown (give only those of one `figure`).
   */
  readonly declared?: readonly DeclaredCount[];
}

const COMPARATOR_SIGNS = { '>=': '≥', '<=': '≤', '=': '=' } as const;

/**
 * Builds the announcement record (the rows of a 公示表) of a project from its data: name, location, amount (the
 * donor's budget), total investment and each funding source (筹资方式), implementing unit, beneficiaries /
 * poverty-linkage mechanism, performance target, the households and persons of the declared counts given (with
 * their registered-poor parts), and the pool entry it was selected from (项目库编号, 入库日期). Every text goes
 * through {@link redactPersonalData}, so a resident ID or mobile number in a name or statement is shown
 * masked. Contents the project lacks are left out of the row, for {@link checkAnnouncement} to report; in a
 * Chinese announcement (the default) a text given only in English counts as lacking, never shown in English.
 *
 * @param project - the project
 * @param kind - which announcement it is
 * @param options - see {@link BuildAnnouncementOptions}
 * @returns the announcement: the project's row, then one row per sub-project
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const project = { ...seedProgramme2011.projects[0]!, povertyLinkage: { zh: '受益农户 1,200 户，其中建档立卡贫困户 320 户（户主 520502199001011234）' } }
 * buildAnnouncement(project, 'pre-implementation').rows[0]?.beneficiaries
 * //=> '受益农户 1,200 户，其中建档立卡贫困户 320 户（户主 520502********1234）'
 * ```
 */
export function buildAnnouncement(project: Project, kind: AnnouncementKind, options: BuildAnnouncementOptions = {}): Announcement {
  const rows: AnnouncementRow[] = [buildRow(project, project, undefined, options)];
  if (options.subProjects ?? true) {
    for (const subProject of project.subProjects) rows.push(buildRow(project, subProject, subProject.id, options));
  }
  return { kind, project: project.id, rows };
}

function buildRow(project: Project, activity: ActivityCore, subProject: AnnouncementRow['subProject'], options: BuildAnnouncementOptions): AnnouncementRow {
  const counts = (options.declared ?? []).filter((count) => {
    const attached = count.attachedTo;
    if (attached === undefined || attached.kind === 'activity' || attached.project !== project.id) return false;
    return subProject === undefined ? attached.kind === 'project' : attached.kind === 'sub-project' && attached.subProject === subProject;
  });
  const households = counts.find((count) => count.unit === 'households');
  const persons = counts.find((count) => count.unit === 'persons');
  const language = options.language ?? 'zh';
  const unit = activity.implementingUnit ?? project.implementingUnit;
  const organisation = unit === undefined ? undefined : options.organisations?.find((candidate) => candidate.id === unit);
  const redact = (text: string | undefined): string | undefined => (text === undefined ? undefined : redactPersonalData(text));
  // A sub-project without its own statement or target is announced under its project's, which approval required.
  const linkage = activity.povertyLinkage ?? project.povertyLinkage;
  const target = activity.performanceTarget ?? project.performanceTarget;
  return definedOnly<AnnouncementRow>({
    project: project.id,
    subProject,
    name: redact(textOf(activity.name, language)),
    location: redact(locationText(activity, language, options.regionName)),
    amount: activity.budget,
    totalInvestment: totalInvestmentOf(activity),
    funding: fundingSourcesOf(activity).map((line) => ({
      source: line.source,
      name: redactPersonalData(
        formatFundingSource(line, {
          language,
          ...(options.organisations === undefined ? {} : { organisations: options.organisations }),
          ...(options.regionName === undefined ? {} : { regionName: options.regionName }),
        }),
      ),
      amount: line.amount,
    })),
    households: households?.count,
    registeredPoorHouseholds: households?.unit === 'households' ? households.registeredPoor : undefined,
    persons: persons?.count,
    registeredPoorPersons: persons?.unit === 'persons' ? persons.registeredPoor : undefined,
    poolReference: subProject === undefined ? redact(project.pool?.reference) : undefined,
    pooledOn: subProject === undefined ? project.pool?.pooledOn : undefined,
    implementingUnit: redact(organisation ? textOf(organisation.name, language) : unit),
    beneficiaries: redact(linkage ? textOf(linkage, language) : undefined),
    performanceTarget: redact(target ? targetText(target, language) : undefined),
  });
}

// A Chinese announcement is a public document in Chinese: a text given only in English counts as missing,
// for checkAnnouncement to report, rather than being published in English. An English one falls back to Chinese.
function textOf(text: LocalizedText, language: 'zh' | 'en'): string | undefined {
  return language === 'zh' ? text.zh : (text.en ?? text.zh);
}

function locationText(activity: ActivityCore, language: 'zh' | 'en', regionName: BuildAnnouncementOptions['regionName']): string {
  const { region, area, township, village } = activity.location;
  const parts = [regionName?.(region) ?? region, area, township, village].filter((part): part is string => part !== undefined && part.trim() !== '');
  return language === 'zh' ? parts.join('') : parts.reverse().join(', ');
}

function targetText(target: PerformanceTarget, language: 'zh' | 'en'): string | undefined {
  if (target.indicators.length === 0) return undefined;
  const lines = target.indicators.map((indicator) => {
    const planned = indicator.comparator === 'range' ? `${indicator.value}–${indicator.max}` : `${COMPARATOR_SIGNS[indicator.comparator]} ${indicator.value}`;
    return `${indicator.name} ${planned}${language === 'zh' ? '' : ' '}${indicator.unit}`.trim();
  });
  return lines.join(language === 'zh' ? '；' : '; ');
}
