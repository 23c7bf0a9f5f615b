import { createIssue, type Issue, type IssuePath } from '../../errors/issue.js';
import type { IsoDate } from '../../dates/iso-date.js';
import { iatiActivityStatusOfLifecycle, type IatiActivityStatusCode } from '../../lifecycle/export-statuses.js';
import { chinaDateOf, parseTimestamp, type Timestamp } from '../../lifecycle/timestamp.js';
import { checkProgramme } from '../../record/check-programme.js';
import { effectiveProgramme } from '../../record/effective-programme.js';
import type { ProgrammeRecord } from '../../record/programme-record.js';
import { projectStatusesOn, type ProjectStatusOn } from '../../record/project-statuses-on.js';
import type { OrganisationId, ProjectId } from '../../model/ids.js';
import type { Programme } from '../../model/programme.js';
import { isNegativeAmount } from '../../money/compare-amounts.js';
import { gb2260Registry } from '../../regions/gb2260-registry.js';
import { listExportActivities, type ExportActivity } from '../internal/activities.js';
import { annualBudgetsOf } from '../internal/annual-budgets.js';
import { checkExportBeneficiaries, indexBeneficiaryFigures, type ActivityBeneficiaryFigures } from '../internal/beneficiary-figures.js';
import { chooseExportProjects, type ChosenProject } from '../internal/publish.js';
import { textPreferring } from '../internal/texts.js';
import { fullRegionName, locationDateOf, type FullRegionName } from '../internal/region-names.js';
import { defaultIatiSectors, iatiOrganisationTypeCodes } from './iati-codes.js';
import type { ExportIatiActivitiesOptions, NarrativeLanguage } from './iati-options.js';

/** An activity's four dates: planned from the options or the plan year, actual from the project's log. */
export interface IatiActivityDates {
  readonly plannedStart: IsoDate;
  readonly plannedEnd: IsoDate;
  readonly actualStart?: IsoDate;
  readonly actualEnd?: IsoDate;
}

/** Everything the IATI writer needs, checked, with the issues found (the writer publishes only the projects without). */
export interface IatiExport {
  readonly programme: Programme;
  readonly options: ExportIatiActivitiesOptions;
  /** The reporting organisation's ref as the activities carry it (a stand-in when the given one is refused). */
  readonly ref: string;
  readonly generatedAt: Timestamp;
  readonly languages: readonly NarrativeLanguage[];
  /** The chosen projects. */
  readonly chosen: readonly ChosenProject[];
  /** The activities of the chosen projects: each project followed by its sub-projects. */
  readonly activities: readonly ExportActivity[];
  readonly beneficiariesOf: (activity: ExportActivity) => ActivityBeneficiaryFigures;
  /** Each project's standing on the day of `generatedAt`. */
  readonly standings: ReadonlyMap<ProjectId, ProjectStatusOn>;
  readonly statusOf: (project: ProjectId) => IatiActivityStatusCode;
  readonly organisationIndex: ReadonlyMap<OrganisationId, number>;
  readonly regionNames: ReadonlyMap<string, FullRegionName>;
  readonly sectorOf: (type: string) => string;
  readonly datesOf: (activity: ExportActivity) => IatiActivityDates;
}

// {registration agency}-{number}: a country or XI/XM prefix, an agency, then the number, which holds no space and
// no control or other invisible character (it is written into every activity's identifier).
const ORGANISATION_REF = /^[A-Z]{2}-[A-Za-z0-9]+-[^\s\p{C}]+$/u;
const FORBIDDEN_IN_IDENTIFIER = /[\s/&|?]/;
const DAC_CODE = /^\d{5}$/;
const LAST_DAY = '9999-12-31' as IsoDate;
// Written in place of a refused ref: the document is refused for it anyway, and its other problems are still found
// without the refused ref's characters being blamed again on every identifier made from it.
const REFUSED_REF = 'XX-REFUSED-0';

/**
 * Runs {@link checkProgramme} and the IATI checks over the chosen projects and returns what the writer needs
 * with every issue found, each with its path into the record or the options.
 */
export function prepareIatiExport(record: ProgrammeRecord, options: ExportIatiActivitiesOptions): { readonly context: IatiExport; readonly issues: readonly Issue[] } {
  const programme = effectiveProgramme(record, options.check);
  const issues: Issue[] = [...checkProgramme(record, options.check)];
  const { ref, type } = options.reportingOrganisation;
  const refRefused = !ORGANISATION_REF.test(ref) || FORBIDDEN_IN_IDENTIFIER.test(ref);
  if (refRefused) issues.push(createIssue('iati-organisation-ref-invalid', ['options', 'reportingOrganisation', 'ref'], { ref }));
  if (!(iatiOrganisationTypeCodes as readonly string[]).includes(type)) {
    issues.push(createIssue('iati-organisation-type-invalid', ['options', 'reportingOrganisation', 'type'], { type }));
  }
  for (const [organisation, organisationRef] of options.organisationRefs ?? []) {
    if (!ORGANISATION_REF.test(organisationRef)) {
      issues.push(createIssue('iati-organisation-ref-invalid', ['options', 'organisationRefs', organisation], { ref: organisationRef }));
    }
  }
  const sectors: Readonly<Record<string, string | undefined>> = { ...defaultIatiSectors, ...options.sectors };
  for (const [projectType, code] of Object.entries(options.sectors ?? {})) {
    if (code !== undefined && !DAC_CODE.test(code)) issues.push(createIssue('iati-sector-code-invalid', ['options', 'sectors', projectType], { code }));
  }
  const parsedAt = parseTimestamp(options.generatedAt);
  if (!parsedAt.ok) issues.push(...parsedAt.issues.map((found) => ({ ...found, path: ['options', 'generatedAt'] })));
  const generatedOn = parsedAt.ok ? chinaDateOf(parsedAt.value) : undefined;
  issues.push(...checkExportBeneficiaries(programme, options.beneficiaries, ['options', 'beneficiaries']));

  const chosen = chooseExportProjects(programme, options, issues);
  const chosenIds = new Set<string>(chosen.map(({ project }) => project.id));
  const registry = options.regionRegistry ?? gb2260Registry();
  const activities = listExportActivities(programme).filter((activity) => chosenIds.has(activity.project.id));
  const standings = projectStatusesOn(record, generatedOn ?? LAST_DAY, options.check);
  const regionNames = new Map<string, FullRegionName>();
  const datesOf = (activity: ExportActivity): IatiActivityDates => activityDatesOf(activity, options, standings.get(activity.project.id));

  for (const exported of activities) {
    const { activity, path, project } = exported;
    if (textPreferring(activity.name, 'zh') === undefined) issues.push(createIssue('export-name-missing', [...path, 'name'], { kind: exported.kind }));
    const identifier = `${ref}-${exported.id}`;
    if (FORBIDDEN_IN_IDENTIFIER.test(identifier) && !FORBIDDEN_IN_IDENTIFIER.test(ref)) {
      issues.push(createIssue('iati-identifier-invalid', [...path, 'id'], { identifier }));
    }
    if (sectors[activity.type] === undefined) issues.push(createIssue('iati-sector-unmapped', [...path, 'type'], { type: activity.type }));
    const date = locationDateOf(project);
    const names = fullRegionName(registry, activity.location.region, date);
    if (names === undefined) issues.push(createIssue('export-region-unknown', [...path, 'location', 'region'], { region: activity.location.region, date }));
    else regionNames.set(`${activity.location.region} ${date}`, names);
    for (const budget of annualBudgetsOf(exported)) {
      if (isNegativeAmount(budget.amount)) issues.push(createIssue('iati-budget-negative', [...path, 'budget'], { year: budget.year, amount: budget.amount.toJSON() }));
    }
    const hasParticipant = project.participations.length > 0 || activity.implementingUnit !== undefined || project.implementingUnit !== undefined;
    if (!hasParticipant) issues.push(createIssue('iati-participating-org-missing', [...path, 'participations']));
    if (exported.kind === 'project' || options.activityDates?.has(exported.id) === true) issues.push(...checkPlannedDates(datesOf(exported), exported));
    if (generatedOn !== undefined) {
      for (const { entry, index } of exported.entries) {
        if (entry.kind !== 'budget' && entry.date > generatedOn) {
          issues.push(createIssue('export-date-after-generation', ['programme', 'ledger', index, 'date'], { field: 'transaction date', date: entry.date, generated: generatedOn }));
        }
      }
    }
  }
  const context: IatiExport = {
    programme,
    options,
    ref: refRefused ? REFUSED_REF : ref,
    generatedAt: parsedAt.ok ? parsedAt.value : (options.generatedAt as Timestamp),
    languages: options.languages !== undefined && options.languages.length > 0 ? [...new Set(options.languages)] : ['zh', 'en'],
    chosen,
    activities,
    standings,
    statusOf: (project) => {
      const standing = standings.get(project);
      return standing === undefined ? 1 : iatiActivityStatusOfLifecycle(standing.lifecycle);
    },
    beneficiariesOf: indexBeneficiaryFigures(options.beneficiaries),
    organisationIndex: new Map(programme.organisations.map((organisation, index) => [organisation.id, index])),
    regionNames,
    sectorOf: (projectType) => sectors[projectType] ?? '',
    datesOf,
  };
  return { context, issues };
}

// Planned dates from the options or the plan year; actual ones from the log: the start of implementation, and
// the (last) completion of construction, or the cancellation of a project that had started.
function activityDatesOf(exported: ExportActivity, options: ExportIatiActivitiesOptions, standing: ProjectStatusOn | undefined): IatiActivityDates {
  const year = String(exported.project.year).padStart(4, '0');
  const given = options.activityDates?.get(exported.id) ?? options.activityDates?.get(exported.project.id) ?? {};
  const actualStart = standing?.startedOn;
  const actualEnd = standing?.completedOn ?? (actualStart === undefined ? undefined : standing?.withdrawnOn);
  return {
    plannedStart: given.plannedStart ?? (`${year}-01-01` as IsoDate),
    plannedEnd: given.plannedEnd ?? (`${year}-12-31` as IsoDate),
    ...(actualStart === undefined ? {} : { actualStart }),
    ...(actualEnd === undefined ? {} : { actualEnd }),
  };
}

function checkPlannedDates(dates: IatiActivityDates, exported: ExportActivity): Issue[] {
  const path: IssuePath = ['options', 'activityDates', exported.id];
  return dates.plannedEnd < dates.plannedStart
    ? [createIssue('iati-activity-dates-reversed', path, { start: 'planned start', startDate: dates.plannedStart, end: 'planned end', endDate: dates.plannedEnd })]
    : [];
}
