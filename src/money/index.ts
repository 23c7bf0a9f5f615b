/**
 * Exact amounts of yuan (bigint fen): parsing 万元/亿元/million, arithmetic, largest-remainder allocation, sums and formatting.
 *
 * Import it as `pairing-aid/money`, or everything from `pairing-aid`.
 *
 * @module money
 */
export { addAmounts, absoluteAmount, negateAmount, subtractAmounts } from './add-amounts.js';
export { allocateAmount } from './allocate-amount.js';
export { allocateFen } from './allocate-fen.js';
export { amountFromFen, isAmount, ZERO_AMOUNT, type Amount } from './amount.js';
export {
  compareAmounts,
  isEqualAmount,
  isNegativeAmount,
  isZeroAmount,
  maxAmount,
  minAmount,
} from './compare-amounts.js';
export { convertAmount, formatAmount, type FormatAmountOptions } from './format-amount.js';
export { multiplyAmount, percentOf, ratioOfAmounts } from './multiply-amount.js';
export { amount, AMOUNT_MAX_LENGTH, parseAmount, type ParseAmountOptions } from './parse-amount.js';
export { roundingModes, type RoundingMode } from './rounding.js';
export { sumAmounts, sumFen } from './sum-amounts.js';
export { amountUnits, type AmountUnit } from './units.js';
export { amountSchema } from '../schema/common-schemas.js';
