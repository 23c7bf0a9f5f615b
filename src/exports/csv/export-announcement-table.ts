import type { IsoDate } from '../../dates/iso-date.js';
import { createIssue, type Issue, type IssuePath } from '../../errors/issue.js';
import type { Result } from '../../errors/result.js';
import type { AnnouncementKind, AnnouncementRow } from '../../lifecycle/announcement.js';
import { buildAnnouncement } from '../../lifecycle/build-announcement.js';
import { checkAnnouncement } from '../../lifecycle/check-announcement.js';
import { checkProgramme } from '../../record/check-programme.js';
import { effectiveProgramme } from '../../record/effective-programme.js';
import type { ProgrammeRecord } from '../../record/programme-record.js';
import type { CheckProgrammeOptions } from '../../record/check-programme.js';
import { projectStatusesOn, type ProjectStatusOn } from '../../record/project-statuses-on.js';
import type { DeclaredCount } from '../../beneficiaries/declared-count.js';
import type { BuildAnnouncementOptions } from '../../lifecycle/build-announcement.js';
import type { Project } from '../../model/project.js';
import type { Amount } from '../../money/amount.js';
import { convertAmount } from '../../money/format-amount.js';
import { containsPersonalData } from '../../privacy/mask.js';
import { gb2260Registry } from '../../regions/gb2260-registry.js';
import type { RegionRegistry } from '../../regions/region-registry.js';
import { checkExportBeneficiaries } from '../internal/beneficiary-figures.js';
import { chooseExportProjects, planPublication, publishedResult } from '../internal/publish.js';
import { fullRegionName, locationDateOf, regionNamesIn } from '../internal/region-names.js';
import type { ExportResult, PublishOptions } from '../publish-options.js';
import { announcementTableColumns, type AnnouncementTableColumn } from './announcement-table-columns.js';
import { formatCsv } from './format-csv.js';

/** Options for {@link exportAnnouncementTable}; `projects` lists the projects to announce, in the table's order. */
export interface ExportAnnouncementTableOptions extends PublishOptions {
  /** Which announcement the table is for; default `pre-implementation` (实施前公示). */
  readonly kind?: AnnouncementKind;
  /** The language of the headers and texts: `zh` (default) or `en`. */
  readonly language?: 'zh' | 'en';
  /** A row per sub-project after its project's row (default `false`: one row per project). */
  readonly subProjects?: boolean;
  /** The unit of the amount column: `yuan` (default) or `wan` (万元); either way exact, never rounded. */
  readonly amountUnit?: 'yuan' | 'wan';
  /** Start the text with a byte order mark, for spreadsheet software (default `false`); see {@link formatCsv}. */
  readonly bom?: boolean;
  /** The registry that names the division codes; {@link gb2260Registry} by default. */
  readonly regionRegistry?: RegionRegistry;
  /**
   * Declared counts of households and persons (with their registered-poor parts) attached to the projects and
   * sub-projects: with them, the table has its four count columns (see {@link BuildAnnouncementOptions.declared}).
   */
  readonly declared?: readonly DeclaredCount[];
  /** The policies {@link checkProgramme} runs with before anything is exported. */
  readonly check?: CheckProgrammeOptions;
}

// Where each content of a row comes from in the project, for the issue's path.
const SOURCE_FIELD: Readonly<Record<string, string>> = {
  name: 'name',
  location: 'location',
  amount: 'budget',
  totalInvestment: 'totalInvestment',
  funding: 'funding',
  implementingUnit: 'implementingUnit',
  beneficiaries: 'povertyLinkage',
  performanceTarget: 'performanceTarget',
};

/**
 * Writes the announcement table (公示表) of a programme's projects as CSV: a header, then one row per
 * project (and, on request, per sub-project) with its number, name, location, amount (the donor's budget), total
 * investment and funding sources (筹资方式), the households and persons of the `declared` counts with their
 * registered-poor parts, implementing unit, beneficiaries / poverty-linkage mechanism, performance target and the
 * pool entry it was selected from (项目库编号, 入库日期), built by {@link buildAnnouncement}, so
 * personal data is masked. A sub-project without its own statement or target is announced with its
 * project's. A project is announced only when its log allows that announcement: before implementation once
 * the prefecture government approved it, on completion once its acceptance passed, a change once approved;
 * never when it was cancelled or rejected. A project is refused when a row lacks a required content
 * ({@link checkAnnouncement}) or a cell still shows personal data; with `projects` the table is refused only
 * for the problems of those projects, and with `refused: 'omit'` the refused projects are left out and listed
 * beside the table. CSV rules: see {@link formatCsv}.
 *
 * @param record - the programme with its projects' event logs
 * @param options - see {@link ExportAnnouncementTableOptions} and {@link PublishOptions}
 * @returns the CSV text — beside the refused projects with `refused: 'omit'` — or every issue, with its path
 *   into the record or the options: those of {@link checkProgramme} and {@link checkAnnouncement},
 *   `project-cancelled`, `project-rejected`, `announcement-needs-approval`,
 *   `completion-announcement-needs-acceptance`, `change-not-approved` (under `eventLogs.<project>`),
 *   `export-project-unknown`, `export-region-unknown`, `export-beneficiary-attachment-unknown` (under `options.declared`), `csv-personal-data`
 *
 * @example
 * ```ts
 * import { seedRecord2011 } from 'pairing-aid/examples/2011'
 * const completion = exportAnnouncementTable(seedRecord2011, { kind: 'completion', refused: 'omit' })
 * completion.ok && completion.value.refused.map((refused) => [refused.project, refused.issues[0]?.code])
 * //=> [['QN-2011-13', 'completion-announcement-needs-acceptance']]
 * const table = exportAnnouncementTable(seedRecord2011, { language: 'en' })
 * table.ok && table.value.split('\r\n')[1]
 * //=> 'BJ-2011-01,Bijie City 2011 entire-village advancement project,"Bijie (county-level city), Bijie Prefecture, Guizhou Province",500000.00,500000.00,east–west cooperation funds 500000.00,Bijie City People\'s Government,Registered poor households of the project villages benefit first.,完成子项目数 ≥ 2 个; 年内完工率 = 100 %'
 * ```
 */
export function exportAnnouncementTable<Options extends ExportAnnouncementTableOptions = { readonly refused?: 'refuse' }>(record: ProgrammeRecord, options?: Options): ExportResult<Options, string> {
  return writeAnnouncementTable(record, options ?? {}) as ExportResult<Options, string>;
}

const LAST_DAY = '9999-12-31' as IsoDate;

function writeAnnouncementTable(record: ProgrammeRecord, options: ExportAnnouncementTableOptions): Result<unknown> {
  const programme = effectiveProgramme(record, options.check);
  const issues: Issue[] = [...checkProgramme(record, options.check)];
  const kind = options.kind ?? 'pre-implementation';
  const standings = projectStatusesOn(record, LAST_DAY, options.check);
  const language = options.language ?? 'zh';
  const withSubProjects = options.subProjects ?? false;
  const unit = options.amountUnit ?? 'yuan';
  const registry = options.regionRegistry ?? gb2260Registry();
  const chosen = chooseExportProjects(programme, options, issues);
  if (options.declared !== undefined) issues.push(...checkExportBeneficiaries(programme, { declared: options.declared }, ['options']));
  const pooled = chosen.some(({ project }) => project.pool !== undefined);
  const columns = announcementTableColumns.filter(
    (column) =>
      (withSubProjects || column.key !== 'subProject') &&
      (options.declared !== undefined || !COUNT_COLUMNS.has(column.key)) &&
      (pooled || (column.key !== 'poolReference' && column.key !== 'pooledOn')),
  );
  const header = columns.map((column) => (MONEY_COLUMNS.has(column.key) ? `${column[language]}${amountHeaderUnit(unit, language)}` : column[language]));
  const records = new Map<string, string[][]>();
  for (const { project, index } of chosen) {
    const path: IssuePath = ['programme', 'projects', index];
    const standing = standings.get(project.id);
    if (standing !== undefined) issues.push(...checkAnnounceable(project, standing, kind));
    const date = locationDateOf(project);
    for (const [s, activity] of [project, ...project.subProjects].entries()) {
      if (s > 0 && !withSubProjects) break;
      if (fullRegionName(registry, activity.location.region, date) === undefined) {
        issues.push(createIssue('export-region-unknown', [...rowPath(path, s), 'location', 'region'], { region: activity.location.region, date }));
      }
    }
    const announcement = buildAnnouncement(project, kind, {
      language,
      organisations: programme.organisations,
      regionName: regionNamesIn(registry, date, language),
      subProjects: withSubProjects,
      ...(options.declared === undefined ? {} : { declared: options.declared }),
    });
    const rows = inheritProjectStatements(announcement.rows);
    const checked = checkAnnouncement({ ...announcement, rows });
    issues.push(...checked.map((found) => ({ ...found, path: programmePath(path, found.path) })));
    records.set(
      project.id,
      rows.map((row, r) => {
        const cells = columns.map((column) => cellOf(row, column.key, unit, language));
        cells.forEach((cell, c) => {
          if (containsPersonalData(cell)) issues.push(createIssue('csv-personal-data', [...rowPath(path, r), columns[c]?.key ?? '']));
        });
        return cells;
      }),
    );
  }
  const plan = planPublication(issues, programme, chosen, options);
  if (!plan.ok) return plan;
  const published = plan.value.published.flatMap(({ project }) => records.get(project.id) ?? []);
  return publishedResult(formatCsv([header, ...published], { bom: options.bom ?? false }), plan.value, options);
}

// A project is announced only when its log has reached the announcement: approval before implementation,
// a passed acceptance on completion, an approved change; a cancelled or rejected project never.
function checkAnnounceable(project: Project, standing: ProjectStatusOn, kind: AnnouncementKind): Issue[] {
  const path = ['eventLogs', project.id];
  const { lifecycle, status } = standing;
  if (status === 'cancelled' || status === 'rejected') return [createIssue(status === 'cancelled' ? 'project-cancelled' : 'project-rejected', path, { project: project.id })];
  switch (kind) {
    case 'pre-implementation':
      return standing.approvedOn === undefined ? [createIssue('announcement-needs-approval', path, { status, project: project.id })] : [];
    case 'completion':
      return lifecycle.acceptances.some((acceptance) => acceptance.grade !== 'fail')
        ? []
        : [createIssue('completion-announcement-needs-acceptance', path, { status, project: project.id })];
    case 'change':
      return lifecycle.changes.at(-1)?.approved === undefined ? [createIssue('change-not-approved', path, { project: project.id })] : [];
  }
}

// A sub-project shares its project's poverty linkage and target unless it states its own.
function inheritProjectStatements(rows: readonly AnnouncementRow[]): AnnouncementRow[] {
  const [first, ...rest] = rows;
  if (first === undefined) return [];
  return [
    first,
    ...rest.map((row) => ({
      ...row,
      ...(row.beneficiaries === undefined && first.beneficiaries !== undefined ? { beneficiaries: first.beneficiaries } : {}),
      ...(row.performanceTarget === undefined && first.performanceTarget !== undefined ? { performanceTarget: first.performanceTarget } : {}),
    })),
  ];
}

const MONEY_COLUMNS: ReadonlySet<AnnouncementTableColumn> = new Set(['amount', 'totalInvestment', 'funding']);
const COUNT_COLUMNS: ReadonlySet<AnnouncementTableColumn> = new Set(['households', 'registeredPoorHouseholds', 'persons', 'registeredPoorPersons']);

function cellOf(row: AnnouncementRow, key: AnnouncementTableColumn, unit: 'yuan' | 'wan', language: 'zh' | 'en'): string {
  switch (key) {
    case 'amount':
    case 'totalInvestment': {
      const value = row[key];
      return value === undefined ? '' : amountCell(value, unit);
    }
    case 'funding':
      return (row.funding ?? [])
        .map((line) => `${line.name} ${amountCell(line.amount, unit)}`)
        .join(language === 'zh' ? '；' : '; ');
    case 'households':
    case 'registeredPoorHouseholds':
    case 'persons':
    case 'registeredPoorPersons': {
      const count = row[key];
      return count === undefined ? '' : String(count);
    }
    case 'project':
      return row.project;
    case 'subProject':
      return row.subProject ?? '';
    default:
      return row[key] ?? '';
  }
}

// Exact in 万元: all six places when needed, never fewer than two.
function amountCell(amount: Amount, unit: 'yuan' | 'wan'): string {
  if (unit === 'yuan') return amount.toJSON();
  return convertAmount(amount, 'wan').replace(/(\.\d\d\d*?)0+$/, '$1');
}

function amountHeaderUnit(unit: 'yuan' | 'wan', language: 'zh' | 'en'): string {
  if (language === 'zh') return unit === 'yuan' ? '（元）' : '（万元）';
  return unit === 'yuan' ? ' (yuan)' : ' (10,000 yuan)';
}

function rowPath(projectPath: IssuePath, row: number): IssuePath {
  return row === 0 ? projectPath : [...projectPath, 'subProjects', row - 1];
}

// checkAnnouncement's ['rows', r, field] → ['programme', 'projects', p, ('subProjects', r - 1,) source field].
function programmePath(projectPath: IssuePath, found: IssuePath): IssuePath {
  const [, row, field] = found;
  if (typeof row !== 'number') return projectPath;
  return [...rowPath(projectPath, row), ...(typeof field === 'string' ? [SOURCE_FIELD[field] ?? field] : [])];
}
