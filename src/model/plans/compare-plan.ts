import { isDonorEntry } from '../funding-sources-of.js';
import { createIssue } from '../../errors/issue.js';
import { PairingAidError } from '../../errors/pairing-aid-error.js';
import { LibDecimal, type LibDecimalValue } from '../../internal/decimal.js';
import { makeAmount, type Amount } from '../../money/amount.js';
import { decimalRounding, type RoundingMode } from '../../money/rounding.js';
import { amountUnits, unitFromWord, type AmountUnit } from '../../money/units.js';
import type { IsoDate } from '../../dates/iso-date.js';
import { gb2260Registry } from '../../regions/gb2260-registry.js';
import { regionCovers } from '../../regions/region-covers.js';
import type { RegionCode } from '../../regions/region-code.js';
import type { RegionRegistry } from '../../regions/region-registry.js';
import type { PlanId } from '../ids.js';
import type { LedgerKind } from '../ledger.js';
import type { AgreedAmount, Plan, PlanTarget } from '../plan.js';
import type { Programme } from '../programme.js';
import type { ActivityCore } from '../project.js';

/** An actual figure for a plan target the programme cannot count itself (beneficiaries, trained cadres…). */
export interface PlanActual {
  /** The target's measure, e.g. `"beneficiaries"`. */
  readonly measure: string;
  /** The actual value as an exact decimal string. */
  readonly value: string;
  /** The recipient region, when the target names one. */
  readonly recipient?: RegionCode;
  /**
   * Set when the actual is an amount of money, in this unit (`yuan`, `wan`…). It is then restated in the unit
   * of the target (a target of 250 `万元` meets an actual of 2,500,000 `yuan` at 100 %); a target whose unit
   * names no unit of money cannot be set beside it (see {@link PlanTargetComparison.unitMismatch}).
   */
  readonly unit?: AmountUnit;
}

/** Options for {@link comparePlan}. */
export interface ComparePlanOptions {
  /**
   * The ledger kind whose entries count as the actual amount; default `disbursement` (到位资金: money
   * placed at the recipient's disposal).
   */
  readonly kind?: LedgerKind;
  /** Actual figures for the targets other than `projects` and `sub-projects`. */
  readonly actuals?: readonly PlanActual[];
  /** Decimal places of the completion rates (default 2). */
  readonly decimals?: number;
  /** How rates are rounded to those places (default `half-up`, 四舍五入). */
  readonly rounding?: RoundingMode;
  /**
   * The registry whose successions decide whether a place lies in a plan's recipient: a plan made on
   * 522400 毕节地区 counts projects in 520500's counties. {@link gb2260Registry} unless given.
   */
  readonly registry?: RegionRegistry;
}

/** An agreed amount beside the actual amount, with the completion rate in percent. */
export interface AgreedAmountComparison {
  readonly agreed: AgreedAmount;
  readonly actual: Amount;
  /** `actual / agreed × 100` as a decimal string (`"105.32"`), above 100 when exceeded; absent when nothing was agreed. */
  readonly percent?: string;
}

/** A plan target beside the actual figure, with the completion rate in percent. */
export interface PlanTargetComparison {
  readonly target: PlanTarget;
  /** The actual figure as a decimal string, in the target's unit; absent when it is not known. */
  readonly actual?: string;
  /** `actual / target × 100` as a decimal string; absent when either is unknown or the target is zero. */
  readonly percent?: string;
  /**
   * Set when the actual is an amount of money and the target's unit (`人`, `个`…) is not a unit of money:
   * the two cannot be compared, so the comparison has neither actual nor rate.
   */
  readonly unitMismatch?: true;
}

/** A plan compared with what happened. Rates above 100 % are normal and never capped. */
export interface PlanComparison {
  readonly plan: PlanId;
  readonly amounts: readonly AgreedAmountComparison[];
  readonly targets: readonly PlanTargetComparison[];
}

/**
 * Compares a plan's agreed amounts (协议数) and targets with the actual figures of a programme over the
 * plan's years. An agreed amount is compared with the entries of one ledger kind (default disbursement)
 * dated in the plan's years, of its category and inside its recipient region when it names them. The
 * targets `projects` and `sub-projects` are counted from the programme (projects of the plan's years);
 * other targets take their actual figures from `options.actuals`, an amount of money restated in the target's
 * unit (`2500000` yuan is `250` against a target in `万元`). Rates are exact decimals rounded only
 * at the end, and above 100 % when the plan was exceeded.
 *
 * @param plan - the plan
 * @param programme - the programme holding the actuals
 * @param options - see {@link ComparePlanOptions}
 * @returns each agreed amount and target with its actual figure and rate
 * @throws {@link PairingAidError} `decimal-invalid` when an actual given in `options.actuals` is not a decimal
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const annual = plan({ id: '2011', kind: 'annual', name: { en: '2011 plan' }, fromYear: 2011, toYear: 2011,
 *   agreed: [{ recipient: '522400', amount: '10000000' }], targets: [{ measure: 'projects', value: '20', unit: '个', recipient: '522400' }] })
 * const compared = comparePlan(annual, seedProgramme2011, { kind: 'budget' });
 * [compared.amounts[0]?.percent, compared.targets[0]?.percent]
 * //=> ['120.00', '125.00']
 * ```
 */
export function comparePlan(plan: Plan, programme: Programme, options: ComparePlanOptions = {}): PlanComparison {
  const kind = options.kind ?? 'disbursement';
  const rate = (actual: LibDecimalValue, planned: LibDecimalValue): string | undefined =>
    planned.isZero()
      ? undefined
      : actual.times(100).dividedBy(planned).toFixed(options.decimals ?? 2, decimalRounding[options.rounding ?? 'half-up']);
  const inPeriod = (year: number): boolean => year >= plan.fromYear && year <= plan.toYear;
  const start = `${String(plan.fromYear).padStart(4, '0')}-01-01` as IsoDate;
  const end = `${String(plan.toYear).padStart(4, '0')}-12-31` as IsoDate;
  const covered = new Map<string, boolean>();
  const within = (region: RegionCode, recipient: RegionCode | undefined): boolean => {
    if (recipient === undefined) return true;
    const key = `${region}|${recipient}`;
    let found = covered.get(key);
    if (found === undefined) {
      // Both sides are followed to the plan's last day, so old and new codes of one area meet.
      found = regionCovers(options.registry ?? gb2260Registry(), [recipient, start], [region, end]);
      covered.set(key, found);
    }
    return found;
  };

  const places = new Map<string, ActivityCore>();
  for (const project of programme.projects) {
    places.set(project.id, project);
    for (const sub of project.subProjects) places.set(sub.id, sub);
  }
  const amounts = plan.agreed.map((agreed): AgreedAmountComparison => {
    let fen = 0n;
    for (const entry of programme.ledger) {
      if (entry.kind !== kind || !isDonorEntry(entry) || !inPeriod(Number(entry.date.slice(0, 4)))) continue;
      if (agreed.category !== undefined && entry.category !== agreed.category) continue;
      const place = places.get(entry.subProject ?? entry.project);
      if (agreed.recipient !== undefined && (place === undefined || !within(place.location.region, agreed.recipient))) continue;
      fen += entry.amount.fen;
    }
    const percent = rate(new LibDecimal(fen.toString()), new LibDecimal(agreed.amount.fen.toString()));
    return percent === undefined ? { agreed, actual: makeAmount(fen) } : { agreed, actual: makeAmount(fen), percent };
  });

  const actuals = options.actuals ?? [];
  actuals.forEach((given, i) => {
    if (!/^-?\d+(?:\.\d+)?$/.test(given.value)) {
      throw new PairingAidError([createIssue('decimal-invalid', ['actuals', i, 'value'], { input: given.value })]);
    }
  });
  const targets = plan.targets.map((target): PlanTargetComparison => {
    const found = actualOf(target, programme, actuals, inPeriod, within);
    if (found === undefined) return { target };
    const actual = inTargetUnit(found, target.unit);
    if (actual === undefined) return { target, unitMismatch: true };
    const percent = rate(new LibDecimal(actual), new LibDecimal(target.value));
    return percent === undefined ? { target, actual } : { target, actual, percent };
  });
  return { plan: plan.id, amounts, targets };
}

/**
 * An actual restated in the target's unit: a count as it is, an amount of money in the target's unit as it is
 * too, else shifted by the powers of ten between the two units (`2500000` yuan is `250` in 万元, exactly);
 * `undefined` when the target's unit is not a unit of money.
 */
function inTargetUnit(actual: { readonly value: string; readonly unit?: AmountUnit }, targetUnit: string): string | undefined {
  if (actual.unit === undefined) return actual.value;
  const unit = unitFromWord(targetUnit);
  if (unit === undefined) return undefined;
  const shift = amountUnits[actual.unit] - amountUnits[unit];
  return shift === 0 ? actual.value : new LibDecimal(actual.value).times(new LibDecimal(10).pow(shift)).toFixed();
}

function actualOf(
  target: PlanTarget,
  programme: Programme,
  actuals: readonly PlanActual[],
  inPeriod: (year: number) => boolean,
  within: (region: RegionCode, recipient: RegionCode | undefined) => boolean,
): { readonly value: string; readonly unit?: AmountUnit } | undefined {
  if (target.measure === 'projects' || target.measure === 'sub-projects') {
    let count = 0;
    for (const project of programme.projects) {
      if (!inPeriod(project.year)) continue;
      if (target.measure === 'projects') count += within(project.location.region, target.recipient) ? 1 : 0;
      else count += project.subProjects.filter((sub) => within(sub.location.region, target.recipient)).length;
    }
    return { value: String(count) };
  }
  return actuals.find((given) => given.measure === target.measure && given.recipient === target.recipient);
}
