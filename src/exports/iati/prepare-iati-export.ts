import { createIssue, type Issue, type IssuePath } from '../../errors/issue.js';
import { fail, succeed, type Result } from '../../errors/result.js';
import type { IsoDate } from '../../dates/iso-date.js';
import type { IatiActivityStatusCode } from '../../lifecycle/export-statuses.js';
import { chinaDateOf, parseTimestamp, type Timestamp } from '../../lifecycle/timestamp.js';
import { checkProgramme } from '../../record/check-programme.js';
import { effectiveProgramme } from '../../record/effective-programme.js';
import type { ProgrammeRecord } from '../../record/programme-record.js';
import type { OrganisationId, ProjectId } from '../../model/ids.js';
import type { Programme } from '../../model/programme.js';
import { isNegativeAmount } from '../../money/compare-amounts.js';
import { gb2260Registry } from '../../regions/gb2260-registry.js';
import { listExportActivities, type ExportActivity } from '../internal/activities.js';
import { annualBudgetsOf } from '../internal/annual-budgets.js';
import { checkExportBeneficiaries, indexBeneficiaryFigures, type ActivityBeneficiaryFigures } from '../internal/beneficiary-figures.js';
import { textPreferring } from '../internal/texts.js';
import { fullRegionName, locationDateOf, type FullRegionName } from '../internal/region-names.js';
import { resolveStatus } from '../internal/statuses.js';
import { defaultIatiSectors, iatiOrganisationTypeCodes } from './iati-codes.js';
import type { ActivityDates, ExportIatiActivitiesOptions, NarrativeLanguage } from './iati-options.js';

/** Everything the IATI writer needs, checked. */
export interface IatiExport {
  readonly programme: Programme;
  readonly options: ExportIatiActivitiesOptions;
  readonly generatedAt: Timestamp;
  readonly languages: readonly NarrativeLanguage[];
  readonly activities: readonly ExportActivity[];
  readonly beneficiariesOf: (activity: ExportActivity) => ActivityBeneficiaryFigures;
  readonly statuses: ReadonlyMap<ProjectId, IatiActivityStatusCode>;
  readonly organisationIndex: ReadonlyMap<OrganisationId, number>;
  readonly regionNames: ReadonlyMap<string, FullRegionName>;
  readonly sectorOf: (type: string) => string;
  readonly datesOf: (activity: ExportActivity) => ActivityDates;
}

// {registration agency}-{number}: a country or XI/XM prefix, an agency, then the number.
const ORGANISATION_REF = /^[A-Z]{2}-[A-Za-z0-9]+-\S+$/;
const FORBIDDEN_IN_IDENTIFIER = /[\s/&|?]/;
const DAC_CODE = /^\d{5}$/;

/** Runs {@link checkProgramme} and the IATI checks, and returns the checked export or every issue found. */
export function prepareIatiExport(record: ProgrammeRecord, options: ExportIatiActivitiesOptions): Result<IatiExport> {
  const programme = effectiveProgramme(record, options.check);
  const issues: Issue[] = [...checkProgramme(record, options.check)];
  const { ref, type } = options.reportingOrganisation;
  if (!ORGANISATION_REF.test(ref) || FORBIDDEN_IN_IDENTIFIER.test(ref)) {
    issues.push(createIssue('iati-organisation-ref-invalid', ['options', 'reportingOrganisation', 'ref'], { ref }));
  }
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

  const registry = options.regionRegistry ?? gb2260Registry();
  const activities = listExportActivities(programme);
  const statuses = new Map<ProjectId, IatiActivityStatusCode>();
  const regionNames = new Map<string, FullRegionName>();
  const datesOf = (activity: ExportActivity): ActivityDates => activityDatesOf(activity, options);

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
    if (exported.kind === 'project' || options.activityDates?.has(exported.id) === true) {
      issues.push(...checkActivityDates(datesOf(exported), generatedOn, exported));
    }
    if (exported.kind === 'project') {
      const status = resolveStatus('iati', project, path, options.statuses, options.defaultStatus);
      if (status.ok) statuses.set(project.id, status.value);
      else issues.push(...status.issues);
    }
  }
  if (generatedOn !== undefined) {
    programme.ledger.forEach((entry, index) => {
      if (entry.kind !== 'budget' && entry.date > generatedOn) {
        issues.push(createIssue('export-date-after-generation', ['ledger', index, 'date'], { field: 'transaction date', date: entry.date, generated: generatedOn }));
      }
    });
  }
  if (issues.length > 0 || !parsedAt.ok) return fail(issues);
  return succeed({
    programme,
    options,
    generatedAt: parsedAt.value,
    languages: options.languages !== undefined && options.languages.length > 0 ? [...new Set(options.languages)] : ['zh', 'en'],
    activities,
    statuses,
    beneficiariesOf: indexBeneficiaryFigures(options.beneficiaries),
    organisationIndex: new Map(programme.organisations.map((organisation, index) => [organisation.id, index])),
    regionNames,
    sectorOf: (projectType) => sectors[projectType] ?? '',
    datesOf,
  });
}

function activityDatesOf(exported: ExportActivity, options: ExportIatiActivitiesOptions): ActivityDates {
  const year = String(exported.project.year).padStart(4, '0');
  const own = options.activityDates?.get(exported.id);
  const ofProject = options.activityDates?.get(exported.project.id);
  const given = own ?? ofProject ?? {};
  const source = options.statuses.get(exported.project.id);
  const closedOn = typeof source === 'object' ? source.closedOn : undefined;
  const actualEnd = given.actualEnd ?? closedOn;
  return {
    plannedStart: given.plannedStart ?? (`${year}-01-01` as IsoDate),
    plannedEnd: given.plannedEnd ?? (`${year}-12-31` as IsoDate),
    ...(given.actualStart === undefined ? {} : { actualStart: given.actualStart }),
    ...(actualEnd === undefined ? {} : { actualEnd }),
  };
}

function checkActivityDates(dates: ActivityDates, generatedOn: IsoDate | undefined, exported: ExportActivity): Issue[] {
  const issues: Issue[] = [];
  const path: IssuePath = ['options', 'activityDates', exported.id];
  const pairs = [
    ['planned start', dates.plannedStart, 'planned end', dates.plannedEnd],
    ['actual start', dates.actualStart, 'actual end', dates.actualEnd],
  ] as const;
  for (const [start, startDate, end, endDate] of pairs) {
    if (startDate !== undefined && endDate !== undefined && endDate < startDate) {
      issues.push(createIssue('iati-activity-dates-reversed', path, { start, startDate, end, endDate }));
    }
  }
  for (const [field, date] of [['actual start', dates.actualStart], ['actual end', dates.actualEnd]] as const) {
    if (date !== undefined && generatedOn !== undefined && date > generatedOn) {
      issues.push(createIssue('export-date-after-generation', path, { field, date, generated: generatedOn }));
    }
  }
  return issues;
}
