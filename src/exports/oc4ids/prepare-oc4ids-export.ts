import { createIssue, type Issue } from '../../errors/issue.js';
import type { IsoDate } from '../../dates/iso-date.js';
import { oc4idsProjectStatusOfLifecycle, type Oc4idsProjectStatusCode } from '../../lifecycle/export-statuses.js';
import { chinaDateOf, parseTimestamp, type Timestamp } from '../../lifecycle/timestamp.js';
import { checkProgramme } from '../../record/check-programme.js';
import { effectiveProgramme } from '../../record/effective-programme.js';
import type { ProgrammeRecord } from '../../record/programme-record.js';
import { projectStatusesOn, type ProjectStatusOn } from '../../record/project-statuses-on.js';
import type { OrganisationId, ProjectId } from '../../model/ids.js';
import type { Organisation } from '../../model/organisation.js';
import type { Programme } from '../../model/programme.js';
import type { Project } from '../../model/project.js';
import { gb2260Registry } from '../../regions/gb2260-registry.js';
import type { RegionRegistry } from '../../regions/region-registry.js';
import { listExportActivities, type ExportActivity } from '../internal/activities.js';
import { checkExportBeneficiaries, indexBeneficiaryFigures, type ActivityBeneficiaryFigures } from '../internal/beneficiary-figures.js';
import { fullRegionName, locationDateOf } from '../internal/region-names.js';
import { chooseExportProjects, type ChosenProject } from '../internal/publish.js';
import { textPreferring } from '../internal/texts.js';
import { defaultOc4idsProjectTypes, defaultOc4idsSectors } from './oc4ids-codes.js';
import type { ExportOc4idsProjectsOptions, Oc4idsProjectTypeCode } from './oc4ids-options.js';

/** Everything the OC4IDS writer needs, checked, with the issues found (the writer publishes only the projects without). */
export interface Oc4idsExport {
  readonly programme: Programme;
  readonly options: ExportOc4idsProjectsOptions;
  readonly publishedAt: Timestamp;
  readonly language: 'zh' | 'en';
  readonly registry: RegionRegistry;
  readonly organisations: ReadonlyMap<OrganisationId, Organisation>;
  /** The chosen projects that are of an infrastructure type. */
  readonly chosen: readonly ChosenProject[];
  /** The same projects with their sub-projects, as export activities. */
  readonly projects: readonly { readonly project: ExportActivity; readonly subProjects: readonly ExportActivity[] }[];
  readonly beneficiariesOf: (activity: ExportActivity) => ActivityBeneficiaryFigures;
  /** Each project's standing on the day of `publishedAt`. */
  readonly standings: ReadonlyMap<ProjectId, ProjectStatusOn>;
  readonly statusOf: (project: ProjectId) => Oc4idsProjectStatusCode;
  readonly sectorsOf: (type: string) => readonly string[];
  readonly projectTypeOf: (type: string) => Oc4idsProjectTypeCode | undefined;
}

const PREFIX = /^oc4ids-[a-z0-9]{6}-$/;
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;
const LAST_DAY = '9999-12-31' as IsoDate;

/**
 * Runs {@link checkProgramme} and the OC4IDS checks over the chosen infrastructure projects and returns what
 * the writer needs with every issue found, each with its path into the record or the options.
 */
export function prepareOc4idsExport(record: ProgrammeRecord, options: ExportOc4idsProjectsOptions): { readonly context: Oc4idsExport; readonly issues: readonly Issue[] } {
  const programme = effectiveProgramme(record, options.check);
  const issues: Issue[] = [...checkProgramme(record, options.check)];
  if (!PREFIX.test(options.projectIdPrefix)) {
    issues.push(createIssue('oc4ids-project-id-prefix-invalid', ['options', 'projectIdPrefix'], { prefix: options.projectIdPrefix }));
  }
  const uris = [['uri', options.uri], ['license', options.license], ['publisher', options.publisher.uri]] as const;
  for (const [field, uri] of uris) {
    if (uri !== undefined && !ABSOLUTE_URI.test(uri)) {
      issues.push(createIssue('oc4ids-uri-invalid', field === 'publisher' ? ['options', 'publisher', 'uri'] : ['options', field], { uri }));
    }
  }
  if (options.publisher.name.trim() === '') issues.push(createIssue('export-name-missing', ['options', 'publisher', 'name'], { kind: 'publisher' }));
  const publishedAt = parseTimestamp(options.publishedAt);
  if (!publishedAt.ok) issues.push(...publishedAt.issues.map((found) => ({ ...found, path: ['options', 'publishedAt'] })));
  issues.push(...checkExportBeneficiaries(programme, options.beneficiaries, ['options', 'beneficiaries']));

  const sectors: Readonly<Record<string, readonly string[] | undefined>> = { ...defaultOc4idsSectors, ...options.sectors };
  const projectTypes: Readonly<Record<string, Oc4idsProjectTypeCode | undefined>> = { ...defaultOc4idsProjectTypes, ...options.projectTypes };
  const registry = options.regionRegistry ?? gb2260Registry();
  const chosen = chooseExportProjects(programme, options, issues).filter(({ project }) => isInfrastructure(programme, project));
  const chosenIds = new Set<string>(chosen.map(({ project }) => project.id));
  const activities = listExportActivities(programme).filter((activity) => chosenIds.has(activity.project.id));
  const standings = projectStatusesOn(record, publishedAt.ok ? chinaDateOf(publishedAt.value) : LAST_DAY, options.check);
  const projects: { project: ExportActivity; subProjects: ExportActivity[] }[] = [];
  for (const exported of activities) {
    const { activity, path, project } = exported;
    if (exported.kind === 'project') {
      projects.push({ project: exported, subProjects: [] });
    } else {
      projects.at(-1)?.subProjects.push(exported);
    }
    if (textPreferring(activity.name, 'en') === undefined) issues.push(createIssue('export-name-missing', [...path, 'name'], { kind: exported.kind }));
    if ((sectors[activity.type] ?? []).length === 0) issues.push(createIssue('oc4ids-sector-unmapped', [...path, 'type'], { type: activity.type }));
    const date = locationDateOf(project);
    if (fullRegionName(registry, activity.location.region, date) === undefined) {
      issues.push(createIssue('export-region-unknown', [...path, 'location', 'region'], { region: activity.location.region, date }));
    }
  }
  if (projects.length === 0) issues.push(createIssue('oc4ids-no-infrastructure-projects', options.projects === undefined ? ['programme', 'projects'] : ['options', 'projects']));
  const context: Oc4idsExport = {
    programme,
    options,
    publishedAt: publishedAt.ok ? publishedAt.value : (options.publishedAt as Timestamp),
    language: options.language ?? 'en',
    registry,
    organisations: new Map(programme.organisations.map((organisation) => [organisation.id, organisation])),
    chosen,
    projects,
    standings,
    statusOf: (project) => {
      const standing = standings.get(project);
      return standing === undefined ? 'identification' : oc4idsProjectStatusOfLifecycle(standing.lifecycle);
    },
    beneficiariesOf: indexBeneficiaryFigures(options.beneficiaries),
    sectorsOf: (type) => sectors[type] ?? [],
    projectTypeOf: (type) => projectTypes[type],
  };
  return { context, issues };
}

/** Whether a project is of an infrastructure type of its programme. */
export function isInfrastructure(programme: Programme, project: Project): boolean {
  return programme.projectTypes.find((type) => type.code === project.type)?.infrastructure === true;
}
