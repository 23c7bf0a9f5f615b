import { redactPersonalData } from './mask.js';

/**
 * A copy of a JSON-shaped value (plain objects, arrays, strings, numbers, booleans, `null`) with every string in
 * it passed through {@link redactPersonalData}; for public outputs built as data. Numbers stay numbers.
 * @internal
 */
export function redactStrings<T>(value: T): T {
  return redactValue(value) as T;
}

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redactPersonalData(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (typeof value !== 'object' || value === null) return value;
  // Keys are written as own fields, so a field named `__proto__` (JSON.parse makes one) stays a field of the copy
  // instead of setting its prototype.
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redactValue(inner)]));
}
