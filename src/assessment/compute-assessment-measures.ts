import { isDonorEntry } from '../model/funding-sources-of.js';
import type { NonProjectAid } from '../aid/non-project-aid.js';
import { chooseReportedFigure } from '../aid/choose-reported-figure.js';
import type { FigureValue, ReportedFigure } from '../aid/reported-figure.js';
import type { IsoDate } from '../dates/iso-date.js';
import { LibDecimal, type LibDecimalValue } from '../internal/decimal.js';
import { isAmount } from '../money/amount.js';
import type { Programme } from '../model/programme.js';
import type { SourceReference } from '../model/source.js';
import { gb2260Registry } from '../regions/gb2260-registry.js';
import type { RegionCode } from '../regions/region-code.js';
import { regionCovers } from '../regions/region-covers.js';
import type { RegionRegistry } from '../regions/region-registry.js';
import type { AssessmentMeasure } from './assessment-measures.js';

/**
 * Where a figure of an assessment comes from: the records of the programme it was computed from (by kind and
 * id), or the source an entered figure or a non-project report names.
 */
export interface AssessmentSource {
  readonly kind: 'funds' | 'plans' | 'projects' | 'ledger' | 'pairings' | 'non-project-aid' | 'entered';
  /** The ids of the records the figure was computed from (empty for an entered figure). */
  readonly ids: readonly string[];
  /** The documents the reports chosen, or the entered figure, come from. */
  readonly references?: readonly SourceReference[];
}

/** A figure computed for an assessment, or why it could not be. */
export type MeasuredFigure =
  | { readonly value: string; readonly sources: readonly AssessmentSource[] }
  | { readonly unavailable: 'no-data' | 'not-split'; readonly sources: readonly AssessmentSource[] };

/** What a measure is computed from. @internal */
export interface MeasureContext {
  readonly programme: Programme;
  readonly nonProjectAid: readonly NonProjectAid[];
  readonly year: number;
  readonly donor: RegionCode;
  readonly recipients: readonly RegionCode[];
  readonly figureRule: 'smallest' | 'largest';
  readonly registry?: RegionRegistry;
}

const ZERO = new LibDecimal(0);

/**
 * One measure of a pairing's year, computed from the programme and its non-project aid. A record that is for
 * the assessed recipients and others together (a fund share or an activity without its own recipient) cannot be
 * split: the figure is then `not-split` rather than a guess. A figure with nothing to count from is `no-data`
 * where zero would be a claim (no agreed amount, no budget), zero where the records were all looked at.
 * @internal
 */
export function computeMeasure(measure: AssessmentMeasure, context: MeasureContext): MeasuredFigure {
  const registry = context.registry ?? gb2260Registry();
  const start = `${String(context.year).padStart(4, '0')}-01-01` as IsoDate;
  const end = `${String(context.year).padStart(4, '0')}-12-31` as IsoDate;
  const assessed = (code: RegionCode): boolean => context.recipients.some((recipient) => regionCovers(registry, [recipient, start], [code, end]));
  const { programme } = context;
  switch (measure) {
    case 'funds-given':
      return fundsGiven(context, assessed);
    case 'funds-against-agreed': {
      const given = fundsGiven(context, assessed);
      const plans = (programme.plans ?? []).filter((plan) => plan.kind === 'annual' && plan.fromYear <= context.year && plan.toYear >= context.year);
      const agreed = plans.flatMap((plan) => plan.agreed.filter((entry) => entry.recipient === undefined || assessed(entry.recipient)));
      const sources = [...given.sources, { kind: 'plans' as const, ids: plans.map((plan) => plan.id) }];
      const total = agreed.reduce((sum, entry) => sum.plus(entry.amount.fen.toString()), ZERO);
      if (!('value' in given)) return { unavailable: given.unavailable, sources };
      if (total.isZero()) return { unavailable: 'no-data', sources };
      return { value: new LibDecimal(given.value).times(10_000).dividedBy(total).toFixed(2, 1), sources };
    }
    case 'budget-disbursed-in-year': {
      const projects = programme.projects.filter((project) => project.year === context.year && assessed(project.location.region));
      const ids = new Set<string>(projects.map((project) => project.id));
      const entries = programme.ledger.filter((entry) => entry.kind === 'disbursement' && isDonorEntry(entry) && ids.has(entry.project) && entry.date >= start && entry.date <= end);
      const budget = projects.reduce((sum, project) => sum.plus(project.budget.fen.toString()), ZERO);
      const disbursed = entries.reduce((sum, entry) => sum.plus(entry.amount.fen.toString()), ZERO);
      const sources = [{ kind: 'projects' as const, ids: [...ids] }, { kind: 'ledger' as const, ids: entries.map((entry) => entry.id) }];
      return budget.isZero() ? { unavailable: 'no-data', sources } : { value: disbursed.times(100).dividedBy(budget).toFixed(2, 1), sources };
    }
    case 'projects': {
      const projects = programme.projects.filter((project) => project.year === context.year && assessed(project.location.region));
      return { value: String(projects.length), sources: [{ kind: 'projects', ids: projects.map((project) => project.id) }] };
    }
    case 'paired-counties': {
      const inForce = programme.pairings.filter(
        (pairing) => pairing.from <= end && (pairing.to === undefined || pairing.to >= start) && regionCovers(registry, [context.donor, start], [pairing.donor, end]),
      );
      // The pairings looked at are those of the recipients assessed: another prefecture's pairings are not a source.
      const ofAssessed = inForce.filter((pairing) => assessed(pairing.recipient));
      const counties = ofAssessed.filter((pairing) => !pairing.recipient.endsWith('00'));
      return { value: String(new Set(counties.map((pairing) => pairing.recipient)).size), sources: [{ kind: 'pairings', ids: ofAssessed.map((pairing) => pairing.id) }] };
    }
    case 'cadres-trained':
      return aidFigure(context, assessed, (aid) => (aid.kind === 'cadre-training' ? [aid.trainees] : []));
    case 'cadres-seconded':
      return aidFigure(context, assessed, (aid) => (aid.kind === 'cadre-secondment' ? [aid.cadres] : []));
    case 'exchange-visits':
      return aidFigure(context, assessed, (aid) => (aid.kind === 'exchange-visit' ? [aid.visits] : []));
    case 'enterprises':
      return aidFigure(context, assessed, (aid) => (aid.kind === 'industrial-cooperation' ? [aid.enterprises] : []));
    case 'investment':
      return aidFigure(context, assessed, (aid) => (aid.kind === 'industrial-cooperation' ? [aid.investment] : []));
    case 'labourers-placed':
      return aidFigure(context, assessed, (aid) => (aid.kind === 'labour-cooperation' ? [aid.placed] : []));
    case 'industrial-zones': {
      const activities = context.nonProjectAid.filter((aid) => aid.kind === 'industrial-cooperation' && aid.year === context.year && aid.recipients.some(assessed));
      const sources = [{ kind: 'non-project-aid' as const, ids: activities.map((aid) => aid.id) }];
      const zones = activities.flatMap((aid) => (aid.kind === 'industrial-cooperation' ? aid.industrialZones : []));
      if (zones.some((zone) => !assessed(zone.region))) return { unavailable: 'not-split', sources };
      return { value: String(zones.length), sources };
    }
  }
}

function fundsGiven(context: MeasureContext, assessed: (code: RegionCode) => boolean): MeasuredFigure {
  const funds = context.programme.funds.filter((fund) => fund.year === context.year && fund.recipients.some(assessed));
  const sources = [{ kind: 'funds' as const, ids: funds.map((fund) => fund.id) }];
  let total = ZERO;
  for (const fund of funds) {
    for (const share of fund.breakdown) {
      if (share.recipient !== undefined) {
        if (assessed(share.recipient)) total = total.plus(share.amount.fen.toString());
      } else if (fund.recipients.every(assessed)) total = total.plus(share.amount.fen.toString());
      else return { unavailable: 'not-split', sources };
    }
  }
  return { value: fen(total), sources };
}

// The year's activities of one kind for the assessed recipients, each figure chosen among its reports by the rule.
function aidFigure(
  context: MeasureContext,
  assessed: (code: RegionCode) => boolean,
  figures: (aid: NonProjectAid) => readonly (readonly ReportedFigure<FigureValue>[])[],
): MeasuredFigure {
  const activities = context.nonProjectAid.filter((aid) => aid.year === context.year && aid.recipients.some(assessed) && figures(aid).length > 0);
  const ids = activities.map((aid) => aid.id);
  const references: SourceReference[] = [];
  let total: LibDecimalValue = ZERO;
  let amounts = false;
  for (const aid of activities) {
    if (!aid.recipients.every(assessed)) return { unavailable: 'not-split', sources: [{ kind: 'non-project-aid', ids }] };
    for (const reports of figures(aid)) {
      const chosen = chooseReportedFigure(reports, { rule: context.figureRule });
      if (!chosen.ok || chosen.value === undefined) continue;
      references.push(chosen.value.source);
      const value = chosen.value.value;
      if (isAmount(value)) {
        amounts = true;
        total = total.plus(value.fen.toString());
      } else total = total.plus(value);
    }
  }
  const sources = [{ kind: 'non-project-aid' as const, ids, ...(references.length === 0 ? {} : { references }) }];
  if (references.length === 0) return { unavailable: 'no-data', sources };
  return { value: amounts ? fen(total) : total.toFixed(), sources };
}

const fen = (value: LibDecimalValue): string => value.dividedBy(100).toFixed(2);
