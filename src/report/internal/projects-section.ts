import { pickReport } from '../../aid/internal/pick-report.js';
import { createIssue, type IssueParams } from '../../errors/issue.js';
import { remapIssues } from './remap-issues.js';
import { makeAmount } from '../../money/amount.js';
import type { Project } from '../../model/project.js';
import { addLedgerTotals, zeroLedgerTotals, type LedgerTotals } from '../../model/rollup/roll-up.js';
import { isWithinRegion, regionAtLevel, type RegionCode } from '../../regions/region-code.js';
import type { Programme } from '../../model/programme.js';
import type { DeclaredProjectFigure, ItemisedProjects, PrefectureRow, ProjectGroup, ProjectsSection, ProjectTypeRow } from '../annual-report.js';
import type { DeclaredProjectCount } from '../declared-project-count.js';
import { ledgerByPrefecture, totalsOfProjects, type LedgerSums } from './ledger-sums.js';
import { buildProjectRows } from './project-rows.js';
import type { ReportContext } from './report-context.js';
import type { ReportData } from './report-data.js';
import type { Indexed, ReportSelection } from './select-input.js';

interface Tally {
  projects: number;
  subProjects: number;
  fen: bigint;
}

const emptyTally = (): Tally => ({ projects: 0, subProjects: 0, fen: 0n });
const itemisedOf = (tally: Tally): ItemisedProjects => ({ projects: tally.projects, subProjects: tally.subProjects, budget: makeAmount(tally.fen) });
const tallyOf = (projects: readonly Project[]): Tally =>
  projects.reduce((tally, project) => {
    tally.projects += 1;
    tally.subProjects += project.subProjects.length;
    tally.fen += project.budget.fen;
    return tally;
  }, emptyTally());

/** The number, sub-projects, budgets and in-year money of some projects (their totals alone: no region is needed). */
export function groupOf(part: Programme, inYearByProject: ReadonlyMap<string, LedgerSums>): ProjectGroup {
  return { ...itemisedOf(tallyOf(part.projects)), ledger: totalsOfProjects(inYearByProject, part.projects) };
}

/**
 * The year's approved projects by prefecture and type, money carried over, projects pending or withdrawn,
 * declared project counts beside the itemised ones (and their differences as issues), and a row per project.
 */
export function buildProjectsSection(input: ReportData, selection: ReportSelection, context: ReportContext): ProjectsSection {
  const programme = selection.itemised;
  const infrastructureTypes = new Set(programme.projectTypes.filter((type) => type.infrastructure).map((type) => type.code as string));
  const isInfrastructure = (project: Project) => infrastructureTypes.has(project.type);
  // Regions as the report shows them: the codes in force on its date.
  const ledger = ledgerByPrefecture(programme, context.rollUpOptions);
  const carried = ledgerByPrefecture(selection.carriedOver, context.rollUpOptions);

  const prefectures = new Map<RegionCode, { tally: Tally; ledger: LedgerTotals; carriedOver: LedgerTotals; codes: Set<RegionCode> }>();
  const prefectureRow = (code: RegionCode) => {
    const key = context.prefectureOf(code);
    let row = prefectures.get(key);
    if (row === undefined) prefectures.set(key, (row = { tally: emptyTally(), ledger: zeroLedgerTotals, carriedOver: zeroLedgerTotals, codes: new Set() }));
    row.codes.add(regionAtLevel(code, 'prefecture') ?? code);
    return row;
  };
  for (const project of programme.projects) {
    const row = prefectureRow(project.location.region);
    row.tally.projects += 1;
    row.tally.fen += project.budget.fen;
    for (const sub of project.subProjects) prefectureRow(sub.location.region).tally.subProjects += 1;
  }
  // The codes the carried-over projects were written with stand for their prefecture's row too.
  for (const project of selection.carriedOver.projects) prefectureRow(project.location.region);
  for (const [byPrefecture, field] of [[ledger, 'ledger'], [carried, 'carriedOver']] as const) {
    for (const [code, totals] of byPrefecture) {
      const row = prefectureRow(code);
      row[field] = addLedgerTotals(row[field], totals);
    }
  }
  const byPrefecture = [...prefectures.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, row]): PrefectureRow => ({ region: context.region(code, row.codes), ...itemisedOf(row.tally), ledger: row.ledger, carriedOver: row.carriedOver }));

  const types = new Map<string, Tally>();
  const typeTally = (type: string) => types.get(type) ?? (types.set(type, emptyTally()).get(type) as Tally);
  for (const project of programme.projects) {
    const tally = typeTally(project.type);
    tally.projects += 1;
    tally.fen += project.budget.fen;
    for (const sub of project.subProjects) typeTally(sub.type).subProjects += 1;
  }
  const known = programme.projectTypes.map((type) => type.code as string);
  const byType = [...known.filter((code) => types.has(code)), ...[...types.keys()].filter((code) => !known.includes(code)).sort()].map(
    (code): ProjectTypeRow => {
      const type = programme.projectTypes.find((candidate) => candidate.code === code);
      return { type: code, label: type?.label ?? { en: code }, infrastructure: type?.infrastructure ?? false, ...itemisedOf(types.get(code) ?? emptyTally()) };
    },
  );

  return {
    itemised: groupOf(programme, selection.inYearByProject),
    infrastructure: itemisedOf(tallyOf(programme.projects.filter(isInfrastructure))),
    carriedOver: groupOf(selection.carriedOver, selection.inYearByProject),
    pending: groupOf(selection.pending, selection.inYearByProject),
    withdrawn: groupOf(selection.withdrawn, selection.inYearByProject),
    declared: declaredFigures(selection, context, isInfrastructure),
    byPrefecture,
    byType,
    rows: buildProjectRows(input, selection, context),
  };
}

function declaredFigures(selection: ReportSelection, context: ReportContext, isInfrastructure: (project: Project) => boolean): DeclaredProjectFigure[] {
  const groups = new Map<string, Indexed<DeclaredProjectCount>[]>();
  for (const declared of selection.declaredProjects) {
    const key = `${declared.value.scope}|${declared.value.region === undefined ? '' : context.current(declared.value.region)}`;
    groups.set(key, [...(groups.get(key) ?? []), declared]);
  }
  const figures: DeclaredProjectFigure[] = [];
  for (const group of groups.values()) {
    const first = (group[0] as Indexed<DeclaredProjectCount>).value;
    const figure = `projects.${first.scope}`;
    let rule = context.ruleFor(figure);
    const reports = group.map((declared) => declared.value);
    // The whole report is the view, so that reports alike in count and source are told apart by their other fields.
    const views = reports.map((report) => ({ ...report, value: report.projects }));
    let picked = pickReport(views, rule, [], figure);
    if ('issues' in picked) {
      context.issues.push(...remapIssues(picked.issues, 'declaredProjects', group));
      // The figure names the rule that chose it: largest, when the rule asked for could not choose.
      rule = { rule: 'largest' };
      picked = pickReport(views, rule, [], figure) as { index: number };
    }
    const chosen = group[picked.index] as Indexed<DeclaredProjectCount>;
    const region = first.region === undefined ? undefined : context.current(first.region);
    const inRegion = (project: Project) => region === undefined || isWithinRegion(context.current(project.location.region), region);
    const matching = selection.itemised.projects.filter((project) => inRegion(project) && (first.scope === 'all' || isInfrastructure(project)));
    const itemised = itemisedOf(tallyOf(matching));
    compareWithItemised(chosen, itemised, context);
    const regionCodes = group.flatMap((declared) => (declared.value.region === undefined ? [] : [declared.value.region]));
    reports.forEach((report) => context.cite(report.source));
    figures.push({
      scope: first.scope,
      ...(region === undefined ? {} : { region: context.region(region, regionCodes) }),
      chosen: chosen.value,
      rule,
      reports,
      itemised,
    });
  }
  return figures;
}

// A declared count of all projects may exceed what the data itemises; a declared infrastructure figure
// names the itemised projects themselves, so it must match them.
function compareWithItemised(chosen: Indexed<DeclaredProjectCount>, itemised: ItemisedProjects, context: ReportContext): void {
  const declared = chosen.value;
  const path = ['declaredProjects', chosen.index];
  const base: IssueParams = { scope: declared.scope, ...(declared.region === undefined ? {} : { region: declared.region }) };
  if (declared.scope === 'all') {
    if (declared.projects < itemised.projects) {
      context.issues.push(createIssue('declared-projects-below-itemised', [...path, 'projects'], { ...base, declared: declared.projects, itemised: itemised.projects }));
    }
    return;
  }
  const differ = (measure: string, field: string, declaredValue: string | number, itemisedValue: string | number) =>
    context.issues.push(
      createIssue('declared-projects-differ-from-itemised', [...path, field], { ...base, measure, declared: declaredValue, itemised: itemisedValue }),
    );
  if (declared.projects !== itemised.projects) differ('projects', 'projects', declared.projects, itemised.projects);
  if (declared.subProjects !== undefined && declared.subProjects !== itemised.subProjects) {
    differ('sub-projects', 'subProjects', declared.subProjects, itemised.subProjects);
  }
  if (declared.invested !== undefined && declared.invested.fen !== itemised.budget.fen) {
    differ('amount invested', 'invested', declared.invested.toJSON(), itemised.budget.toJSON());
  }
}
