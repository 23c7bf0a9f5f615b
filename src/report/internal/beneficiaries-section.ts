import { boundBeneficiaries, sumDeclaredPersonTimes } from '../../beneficiaries/bound-beneficiaries.js';
import { chooseDeclaredCounts, type ChosenDeclaredCount } from '../../beneficiaries/choose-declared-counts.js';
import { checkDeclaredCounts } from '../../beneficiaries/check-declared-counts.js';
import { countBeneficiaryColumns } from '../../beneficiaries/count-beneficiary-columns.js';
import { personCount } from '../../beneficiaries/counts.js';
import type { DeclaredCount, DeclaredPersonCount, DeclaredPersonTimeCount } from '../../beneficiaries/declared-count.js';
import { createIssue } from '../../errors/issue.js';
import type { RegionCode } from '../../regions/region-code.js';
import type { ReportData } from './report-data.js';
import type { BeneficiariesSection } from '../annual-report.js';
import { remapIssues } from './remap-issues.js';
import type { ReportContext } from './report-context.js';
import type { Indexed, ReportSelection } from './select-input.js';

/** Declared counts chosen per figure, their part-of relations checked, identified records counted, and the bounds of the whole. */
export function buildBeneficiariesSection(
  input: ReportData,
  selection: ReportSelection,
  recipients: readonly RegionCode[],
  context: ReportContext,
): BeneficiariesSection {
  context.issues.push(...remapIssues(checkDeclaredCounts(selection.declaredBeneficiaries.map((entry) => entry.value)), 'declaredBeneficiaries', selection.declaredBeneficiaries));
  const byFigure = new Map<string, Indexed<DeclaredCount>[]>();
  for (const declared of selection.declaredBeneficiaries) byFigure.set(declared.value.figure, [...(byFigure.get(declared.value.figure) ?? []), declared]);
  const declared: ChosenDeclaredCount[] = [];
  for (const [figure, group] of byFigure) {
    const reports = group.map((entry) => entry.value);
    let chosen = chooseDeclaredCounts(reports, context.ruleFor(figure));
    if (!chosen.ok) {
      context.issues.push(...remapIssues(chosen.issues, 'declaredBeneficiaries', group));
      chosen = chooseDeclaredCounts(reports, { rule: 'largest' });
    }
    if (chosen.ok) declared.push(...chosen.value);
    reports.forEach((report) => context.cite(report.source));
  }

  const parts = input.declaredParts.filter((part) => byFigure.has(part.part) || byFigure.has(part.whole));
  input.declaredParts.forEach((relation, index) => {
    const part = declared.find((count) => count.figure === relation.part);
    const whole = declared.find((count) => count.figure === relation.whole);
    if (part === undefined && whole === undefined) return;
    if (part === undefined || whole === undefined) {
      const missing = part === undefined ? relation.part : relation.whole;
      context.issues.push(createIssue('declared-part-unknown', ['declaredParts', index, part === undefined ? 'part' : 'whole'], { figure: missing }));
      return;
    }
    context.cite(relation.source);
    if (part.count > whole.count) {
      context.issues.push(
        createIssue('declared-part-exceeds-whole', ['declaredParts', index], { part: part.figure, whole: whole.figure, partCount: part.count, wholeCount: whole.count }),
      );
    }
  });

  const chosenFigures = new Set(declared.map((count) => count.figure));
  const partFigures = new Set(parts.filter((part) => chosenFigures.has(part.part) && chosenFigures.has(part.whole)).map((part) => part.part));
  const persons = declared.filter((count): count is ChosenDeclaredCount & DeclaredPersonCount => count.unit === 'persons' && !partFigures.has(count.figure));
  const personTimes = declared.filter((count): count is ChosenDeclaredCount & DeclaredPersonTimeCount => count.unit === 'person-times');
  const regions = [...new Set(recipients.flatMap((code) => [code, context.current(code)]))];
  const identified = countBeneficiaryColumns(input.identified, { selection: { years: [context.year], regions, exceptProjects: selection.withdrawnProjects } }).totals[0];
  return {
    declared,
    parts,
    ...(identified === undefined ? {} : { identified }),
    bounds: boundBeneficiaries(identified?.persons ?? personCount(0), persons),
    declaredPersonTimes: sumDeclaredPersonTimes(personTimes),
  };
}
