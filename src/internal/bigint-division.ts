import type { RoundingMode } from '../money/rounding.js';

/** Divides two big integers (divisor > 0) and rounds the quotient by `mode`; exact, no floating point. */
export function divideRounded(numerator: bigint, divisor: bigint, mode: RoundingMode): bigint {
  const quotient = numerator / divisor; // truncates toward zero
  const remainder = numerator % divisor;
  if (remainder === 0n) return quotient;
  const negative = numerator < 0n;
  const away = negative ? quotient - 1n : quotient + 1n;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  switch (mode) {
    case 'down':
      return quotient;
    case 'up':
      return away;
    case 'ceil':
      return negative ? quotient : away;
    case 'floor':
      return negative ? away : quotient;
    case 'half-up':
      return twice >= divisor ? away : quotient;
    case 'half-down':
      return twice > divisor ? away : quotient;
    case 'half-even':
      if (twice !== divisor) return twice > divisor ? away : quotient;
      return quotient % 2n === 0n ? quotient : away;
  }
}

/** 10 to the power `exponent`, as a big integer. */
export function powerOfTen(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}
