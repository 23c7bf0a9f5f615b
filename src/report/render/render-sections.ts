import { createIssue, formatPath, type Issue } from '../../errors/issue.js';
import { translateIssue } from '../../errors/translate-issue.js';
import { planMeasureLabels, planUnitLabelsZh } from './plan-labels.js';
import { formatCount, formatTable, formatTableAmount, groupThousands, localText } from './format.js';
import type { ReportWriter } from './writer.js';

/** 1. Funds: the total, the table by category, and the split by recipient. */
export function renderFunds(w: ReportWriter): string[] {
  const { funds } = w.report;
  const p = w.phrases;
  const cited = funds.sources.map((source) => w.cite(source)).join('');
  const exact = w.locale === 'en' ? ` (¥${groupThousands(funds.total.toJSON())})` : '';
  const lines = [`${p.donated}${w.colon}${w.money(funds.total)}${exact}${cited}`];
  if (funds.byCategory.length > 0) {
    lines.push(
      ...formatTable([
        [...p.fundColumns],
        ...funds.byCategory.map((row) => [
          w.text(row.label),
          ...[row.donated, row.itemisedProjects, row.nonProjectAid, row.notItemised].map((value) => formatTableAmount(value, w.locale)),
        ]),
      ]),
    );
  }
  const parts = funds.byRecipient.map((row) => `${w.region(row.region)} ${w.money(row.amount)}`);
  if (funds.notSplitByRecipient.fen !== 0n) parts.push(p.notSplit(w.money(funds.notSplitByRecipient)));
  lines.push(`${p.byRecipient}${w.colon}${parts.length === 0 ? p.none : parts.join(w.semicolon)}`);
  return lines;
}

/** 2. Projects: declared beside itemised, by prefecture and by type. */
export function renderProjects(w: ReportWriter): string[] {
  const { projects } = w.report;
  const p = w.phrases;
  const lines: string[] = [];
  const programmeWide = projects.declared.filter((figure) => figure.region === undefined);
  for (const figure of programmeWide) {
    const label = figure.scope === 'all' ? p.declaredProjects : p.declaredInfrastructure;
    const chosen = { value: figure.chosen.projects, qualifier: figure.chosen.qualifier, source: figure.chosen.source, rule: figure.rule, reports: figure.reports.map((report) => ({ value: report.projects, qualifier: report.qualifier, source: report.source })) };
    const subProjects = figure.chosen.subProjects === undefined ? '' : w.paren(p.subProjects(figure.chosen.subProjects));
    lines.push(...w.chosen(label, chosen, p.projectsUnit, '', subProjects));
  }
  const { itemised } = projects;
  lines.push(p.itemised(itemised.projects, itemised.subProjects, w.money(itemised.budget)));
  const declaredAll = programmeWide.find((figure) => figure.scope === 'all');
  if (declaredAll !== undefined && declaredAll.chosen.projects > itemised.projects) lines.push(p.notItemised(declaredAll.chosen.projects - itemised.projects));
  const { year } = w.report;
  const { carriedOver, pending, withdrawn } = projects;
  if (carriedOver.projects > 0) lines.push(p.carriedOver(year, carriedOver.projects, w.money(carriedOver.ledger.disbursement), w.money(carriedOver.ledger.expenditure)));
  if (pending.projects > 0) lines.push(p.pending(year, pending.projects, w.money(pending.budget)));
  const { byClass } = w.report.assets;
  if (byClass.some((row) => row.count > 0)) lines.push(p.assets(year, byClass.filter((row) => row.count > 0).map((row) => [row.class, row.count, w.money(row.value)] as const)));
  if (withdrawn.projects > 0) {
    const { commitment, disbursement, expenditure } = withdrawn.ledger;
    lines.push(p.withdrawn(withdrawn.projects, w.money(withdrawn.budget), year, w.money(commitment), w.money(disbursement), w.money(expenditure)));
  }
  if (projects.byPrefecture.length > 0) {
    const declaredFor = (code: string) => projects.declared.find((figure) => figure.region?.code === code);
    const withDeclared = projects.byPrefecture.some((row) => declaredFor(row.region.code) !== undefined);
    const declaredCell = (code: string): string[] => {
      if (!withDeclared) return [];
      const declared = declaredFor(code)?.chosen;
      if (declared === undefined) return [''];
      const subProjects = declared.subProjects === undefined ? '' : `/${declared.subProjects}`;
      // The column's heading joins its figures with 、 in Chinese.
      const invested = declared.invested === undefined ? '' : `${w.locale === 'zh' ? '、' : ', '}${formatTableAmount(declared.invested, w.locale)}`;
      return [`${declared.projects}${subProjects}${invested}${w.cite(declared.source)}`];
    };
    lines.push(
      ...formatTable([
        withDeclared ? [...p.prefectureColumns] : p.prefectureColumns.slice(0, -1),
        ...projects.byPrefecture.map((row) => [
          w.region(row.region),
          String(row.projects),
          String(row.subProjects),
          formatTableAmount(row.budget, w.locale),
          formatTableAmount(row.ledger.disbursement, w.locale),
          formatTableAmount(row.ledger.expenditure, w.locale),
          ...declaredCell(row.region.code),
        ]),
      ]),
    );
  }
  if (projects.byType.length > 0) {
    lines.push(
      ...formatTable([
        [...p.typeColumns],
        ...projects.byType.map((row) => [w.text(row.label), String(row.projects), String(row.subProjects), formatTableAmount(row.budget, w.locale)]),
      ]),
    );
  }
  if (projects.rows.length > 0) lines.push(p.projectRowsHeading(year), ...renderProjectRows(w));
  return lines;
}

// One line per project: its place by name, its state at the end of the year, its budget and money of the year.
function renderProjectRows(w: ReportWriter): string[] {
  const p = w.phrases;
  const joiner = w.locale === 'zh' ? '' : ', ';
  return formatTable([
    [...p.projectColumns],
    ...w.report.projects.rows.map((row, index) => {
      const earlier = row.carriedOver ? w.paren(p.planYear(row.year)) : '';
      // The Chinese report numbers its rows: a project's id is the app's, in Latin letters.
      const label = w.locale === 'zh' ? `${index + 1}. ${w.text(row.name)}` : `${row.project} ${w.text(row.name)}`;
      const place = [localText(row.region.name, w.locale) || row.region.code, row.township, row.village].filter((part) => part !== undefined && part !== '').join(joiner);
      const persons = row.beneficiaries.identified ?? row.beneficiaries.declared;
      return [
        `${label}${earlier}`,
        place,
        w.text(row.statusLabel),
        formatTableAmount(row.budget, w.locale),
        ...[row.inYear.commitment, row.inYear.disbursement, row.inYear.expenditure].map((value) => formatTableAmount(value, w.locale)),
        persons === undefined ? '—' : formatCount(persons),
      ];
    }),
  ]);
}

/** 3. Beneficiaries: declared figures with their parts, identified counts, bounds, person-times. */
export function renderBeneficiaries(w: ReportWriter): string[] {
  const { beneficiaries } = w.report;
  const p = w.phrases;
  const lines: string[] = [];
  for (const declared of beneficiaries.declared) {
    const part = beneficiaries.parts.find((relation) => relation.part === declared.figure);
    const label = w.figureLabel(declared.figure, true);
    const chosen = { value: declared.count as number, qualifier: 'exact' as const, source: declared.source, rule: declared.rule, reports: declared.reports.map((report) => ({ value: report.count as number, qualifier: 'exact' as const, source: report.source })) };
    const unit = declared.unit === 'persons' ? p.persons : declared.unit === 'households' ? p.households : p.personTimes;
    const rendered = w.chosen(label, chosen, unit, part === undefined ? '' : '  ');
    if (part !== undefined && rendered[0] !== undefined) rendered[0] += w.paren(p.partOf(w.figureLabel(part.whole)));
    lines.push(...rendered);
  }
  const { identified, bounds } = beneficiaries;
  lines.push(
    identified === undefined
      ? p.identifiedNone
      : p.identified(formatCount(identified.persons), formatCount(identified.personTimes), formatCount(identified.households), formatCount(identified.registeredPoorPersons)),
  );
  lines.push(p.bounds(formatCount(bounds.lower), formatCount(bounds.upper), bounds.incomplete));
  lines.push(`${p.personTimesDeclared}${w.colon}${beneficiaries.declaredPersonTimes === 0 ? p.none : formatCount(beneficiaries.declaredPersonTimes)}`);
  return lines;
}

/** 9. Plans versus actual figures. */
export function renderPlans(w: ReportWriter): string[] {
  const { plans } = w.report.plans;
  const p = w.phrases;
  if (plans.length === 0) return [p.noPlan(w.report.year)];
  const rate = (percent: string | undefined) => (percent === undefined ? p.unknown : `${percent} %`);
  const { year } = w.report;
  return plans.flatMap((row) => [
    `${w.text(row.name)}${w.paren(`${p.planKind[row.kind]}${w.comma}${row.fromYear}–${row.toYear}`)}`,
    ...row.inYear.amounts.map((compared, i) => {
      const total = row.cumulative.amounts[i];
      const { category, recipient } = compared.agreed;
      const what = [category === undefined ? '' : w.categoryLabel(category, true), recipient === undefined ? '' : w.regionName(recipient, true)].filter(Boolean).join(w.comma) || w.atLineStart(p.all);
      return `  ${p.agreed(what, w.money(compared.agreed.amount), {
        year,
        fromYear: row.fromYear,
        inYear: w.money(compared.actual),
        inYearPercent: rate(compared.percent),
        cumulative: total === undefined ? p.unknown : w.money(total.actual),
        cumulativePercent: rate(total?.percent),
      })}`;
    }),
    ...row.inYear.targets.map((compared, i) => {
      const total = row.cumulative.targets[i];
      const { measure, recipient, value, unit } = compared.target;
      const measureLabel = planMeasureLabels[measure] === undefined ? w.figureLabel(measure, true) : w.atLineStart(w.text(planMeasureLabels[measure]));
      const what = [measureLabel, recipient === undefined ? '' : w.regionName(recipient, true)].filter(Boolean).join(w.comma);
      const unitText = w.locale === 'zh' ? (planUnitLabelsZh[unit] ?? unit) : ` ${unit}`;
      // Grouped in thousands, as every other figure: a long run of digits would also read as a personal number.
      const figure = (actual: string | undefined) => (actual === undefined ? p.unknown : groupThousands(actual));
      return `  ${p.target(what, `${groupThousands(value)}${unitText}`, {
        year,
        fromYear: row.fromYear,
        inYear: figure(compared.actual),
        inYearPercent: rate(compared.percent),
        cumulative: figure(total?.actual),
        cumulativePercent: rate(total?.percent),
      })}`;
    }),
  ]);
}

/**
 * 10. Every rule violation, its message in the report's language: in English with its code and path; in
 * Chinese the message alone (codes and paths are in the report's JSON). A Chinese report adds a warning
 * for each section that had texts without Chinese (`chinese-text-missing`).
 */
export function renderIssues(w: ReportWriter, untranslated: readonly { readonly section: string; readonly count: number }[] = []): string[] {
  const warnings: Issue[] = untranslated.map(({ section, count }) => createIssue('chinese-text-missing', [], { section, count }));
  const issues = [...w.report.issues, ...warnings];
  if (issues.length === 0) return [w.phrases.noIssues];
  const line = (issue: Issue) =>
    w.locale === 'zh' ? `  - ${translateIssue(issue, 'zh', w.terms).message}` : `  - [${issue.code}] ${formatPath(issue.path)}: ${issue.message}`;
  return [w.phrases.issueCount(issues.length), ...issues.map(line)];
}

/** The sources, numbered as cited. */
export function renderSources(w: ReportWriter): string[] {
  const lines: string[] = [];
  let document: string | undefined;
  w.report.sources.forEach((source, i) => {
    const title = w.text(source.document);
    if (title !== document) lines.push((document = title));
    const incomplete = source.completeness === 'incomplete' ? w.paren(w.phrases.incomplete) : '';
    const note = source.note === undefined ? '' : `${w.locale === 'zh' ? '' : ' '}${w.text(source.note)}`;
    lines.push(`  [${i + 1}] ${source.section === undefined ? '—' : w.text(source.section)}${incomplete}${note}`);
  });
  return lines;
}
