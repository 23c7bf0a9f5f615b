/**
 * The rounding modes the library accepts, by name.
 *
 * | mode        | 2.5 → | -2.5 → | 2.4 → | 2.6 → | meaning                                   |
 * |-------------|-------|--------|-------|-------|-------------------------------------------|
 * | `half-up`   | 3     | -3     | 2     | 3     | 四舍五入: halves away from zero            |
 * | `half-even` | 2     | -2     | 2     | 3     | banker's rounding: halves to the even digit |
 * | `half-down` | 2     | -2     | 2     | 3     | halves toward zero                         |
 * | `up`        | 3     | -3     | 3     | 3     | away from zero                             |
 * | `down`      | 2     | -2     | 2     | 2     | toward zero (truncate)                     |
 * | `ceil`      | 3     | -2     | 3     | 3     | toward +∞                                  |
 * | `floor`     | 2     | -3     | 2     | 2     | toward −∞                                  |
 */
export const roundingModes = ['half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor'] as const;

/** One of {@link roundingModes}. */
export type RoundingMode = (typeof roundingModes)[number];

/** decimal.js's number for each mode. */
export const decimalRounding: Readonly<Record<RoundingMode, 0 | 1 | 2 | 3 | 4 | 5 | 6>> = {
  up: 0,
  down: 1,
  ceil: 2,
  floor: 3,
  'half-up': 4,
  'half-down': 5,
  'half-even': 6,
};

/** Whether `value` names a rounding mode. */
export function isRoundingMode(value: unknown): value is RoundingMode {
  return typeof value === 'string' && (roundingModes as readonly string[]).includes(value);
}
