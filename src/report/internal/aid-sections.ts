import { chooseReportedFigure, type ChosenFigure } from '../../aid/choose-reported-figure.js';
import type { NonProjectAid } from '../../aid/non-project-aid.js';
import type { FigureValue, ReportedFigure } from '../../aid/reported-figure.js';
import { boundDeclaredPersons } from '../../beneficiaries/bound-beneficiaries.js';
import { addCounts, personTimeCount, type PersonCount } from '../../beneficiaries/counts.js';
import type { DeclaredPersonCount } from '../../beneficiaries/declared-count.js';
import { checkLabourPlacement } from '../../beneficiaries/labour-placement.js';
import { createIssue } from '../../errors/issue.js';
import { makeAmount, type Amount } from '../../money/amount.js';
import type {
  AidRow,
  ExchangesSection,
  IndustryRow,
  IndustrySection,
  LabourRow,
  LabourSection,
  SecondmentRow,
  StudentRow,
  StudentsSection,
  TrainingRow,
  TrainingSection,
  VisitRow,
} from '../annual-report.js';
import type { ReportContext } from './report-context.js';
import type { Indexed, ReportSelection } from './select-input.js';

/** Chooses a record's figure by the figure's rule; a rule that cannot choose is an issue, and `largest` chooses instead. */
function choose<F extends string, T extends FigureValue>(
  record: Indexed<NonProjectAid>,
  field: F,
  reports: readonly ReportedFigure<T>[],
  context: ReportContext,
): { readonly [Key in F]?: ChosenFigure<T> } {
  const path = ['nonProjectAid', record.index, field];
  let chosen = chooseReportedFigure(reports, context.ruleFor(`${record.value.kind}.${field}`), path);
  if (!chosen.ok) {
    context.issues.push(...chosen.issues);
    chosen = chooseReportedFigure(reports, { rule: 'largest' }, path);
  }
  for (const report of reports) context.cite(report.source);
  return (chosen.ok && chosen.value !== undefined ? { [field]: chosen.value } : {}) as { readonly [Key in F]?: ChosenFigure<T> };
}

function aidRow(record: Indexed<NonProjectAid>, context: ReportContext): AidRow {
  const { value } = record;
  const byCategory = new Map<string, bigint>();
  for (const share of value.funds) byCategory.set(share.category, (byCategory.get(share.category) ?? 0n) + share.amount.fen);
  context.cite(value.source);
  return {
    id: value.id,
    kind: value.kind,
    name: value.name,
    donor: context.region(context.current(value.donor), [value.donor]),
    recipients: value.recipients.map((code) => context.region(context.current(code), [code])),
    ...(value.date === undefined ? {} : { date: value.date }),
    funds: makeAmount([...byCategory.values()].reduce((sum, fen) => sum + fen, 0n)),
    fundsByCategory: [...byCategory.entries()].map(([category, fen]) => ({ category, amount: makeAmount(fen) })),
    source: value.source,
  };
}

const personBounds = (counts: readonly (ChosenFigure<PersonCount> | undefined)[], figure: string) =>
  boundDeclaredPersons(
    counts.flatMap((chosen): DeclaredPersonCount[] => (chosen === undefined ? [] : [{ figure, unit: 'persons', count: chosen.value, source: chosen.source }])),
  );

const sumAmounts = (amounts: readonly (ChosenFigure<Amount> | undefined)[]): Amount =>
  makeAmount(amounts.reduce((sum, chosen) => sum + (chosen?.value.fen ?? 0n), 0n));

const ofKind = <K extends NonProjectAid['kind']>(selection: ReportSelection, kind: K) =>
  selection.aid.filter((record): record is Indexed<Extract<NonProjectAid, { kind: K }>> => record.value.kind === kind);

/** Cadre training, student subsidies, labour, industry and exchanges, each record with its chosen figures. */
export function buildAidSections(selection: ReportSelection, context: ReportContext) {
  const training = ofKind(selection, 'cadre-training').map((record): TrainingRow => {
    const { value } = record;
    return {
      ...aidRow(record, context),
      ...(value.provider === undefined ? {} : { provider: value.provider }),
      ...choose(record, 'courses', value.courses, context),
      ...choose(record, 'trainees', value.trainees, context),
      ...choose(record, 'personTimes', value.personTimes, context),
      ...choose(record, 'expertsOrganised', value.expertsOrganised, context),
    };
  });
  const students = ofKind(selection, 'student-subsidy').map(
    (record): StudentRow => ({
      ...aidRow(record, context),
      ...choose(record, 'students', record.value.students, context),
      ...choose(record, 'amount', record.value.amount, context),
    }),
  );
  const labour = ofKind(selection, 'labour-cooperation').map((record): LabourRow => {
    const { value } = record;
    const { placed } = choose(record, 'placed', value.placed, context);
    const row: LabourRow = {
      ...aidRow(record, context),
      ...(placed === undefined ? {} : { placed }),
      ...choose(record, 'workingInDonorCity', value.workingInDonorCity, context),
    };
    if (value.placement === undefined) return row;
    const { buckets } = value.placement;
    const differs = placed !== undefined && buckets.total !== placed.value;
    if (differs) {
      context.issues.push(
        createIssue('labour-placement-differs-from-reported', ['nonProjectAid', record.index, 'placement', 'buckets', 'total'], {
          total: buckets.total,
          reported: placed.value,
        }),
      );
    }
    return { ...row, placement: value.placement, placementHolds: !differs && checkLabourPlacement(buckets).length === 0 };
  });
  const industry = ofKind(selection, 'industrial-cooperation').map((record): IndustryRow => {
    const { value } = record;
    value.agreements.forEach((agreement) => context.cite(agreement.source));
    return {
      ...aidRow(record, context),
      agreements: value.agreements,
      industrialZones: value.industrialZones,
      ...choose(record, 'enterprises', value.enterprises, context),
      ...choose(record, 'investment', value.investment, context),
      ...choose(record, 'farmingFunds', value.farmingFunds, context),
    };
  });
  const visits = ofKind(selection, 'exchange-visit').map((record): VisitRow => {
    const { value } = record;
    return {
      ...aidRow(record, context),
      direction: value.direction,
      level: value.level,
      delegation: value.delegation,
      ...(value.purpose === undefined ? {} : { purpose: value.purpose }),
      ...choose(record, 'visits', value.visits, context),
    };
  });
  const secondments = ofKind(selection, 'cadre-secondment').map((record): SecondmentRow => {
    const { value } = record;
    return {
      ...aidRow(record, context),
      direction: value.direction,
      level: value.level,
      ...(value.months === undefined ? {} : { months: value.months }),
      ...choose(record, 'cadres', value.cadres, context),
    };
  });

  const trainingSection: TrainingSection = {
    activities: training,
    trainees: personBounds(training.map((row) => row.trainees), 'trainees'),
    personTimes: training.reduce((sum, row) => (row.personTimes === undefined ? sum : addCounts(sum, row.personTimes.value)), personTimeCount(0)),
    funds: makeAmount(training.reduce((sum, row) => sum + row.funds.fen, 0n)),
  };
  const studentsSection: StudentsSection = {
    activities: students,
    students: personBounds(students.map((row) => row.students), 'students'),
    amount: sumAmounts(students.map((row) => row.amount)),
  };
  const labourSection: LabourSection = { activities: labour, placed: personBounds(labour.map((row) => row.placed), 'placed') };
  const industrySection: IndustrySection = {
    activities: industry,
    agreements: industry.reduce((sum, row) => sum + row.agreements.length, 0),
    industrialZones: industry.reduce((sum, row) => sum + row.industrialZones.length, 0),
    investment: sumAmounts(industry.map((row) => row.investment)),
    farmingFunds: sumAmounts(industry.map((row) => row.farmingFunds)),
  };
  const exchanges: ExchangesSection = { visits, secondments };
  return { training: trainingSection, students: studentsSection, labour: labourSection, industry: industrySection, exchanges };
}
