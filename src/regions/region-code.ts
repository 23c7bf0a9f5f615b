import { createIssue } from '../errors/issue.js';
import { fail, succeed, unwrap, type Result } from '../errors/result.js';
import type { Brand } from '../internal/brand.js';
import { describeValue, readInput } from '../errors/read-input.js';

/**
 * A six-digit administrative division code of GB/T 2260: `XX0000` a province, `XXXX00` a prefecture
 * (地级), any other a county-level division (县级: county, county-level city, district).
 */
export type RegionCode = Brand<string, 'RegionCode'>;

/** The levels of the administrative hierarchy a code can name. */
export const regionLevels = ['province', 'prefecture', 'county'] as const;

/** One of {@link regionLevels}. */
export type RegionLevel = (typeof regionLevels)[number];

/** Options for {@link parseRegionCode}. */
export interface ParseRegionCodeOptions {
  /** Refuse codes of any other level (`region-code-level`). */
  readonly level?: RegionLevel;
}

const SIX_DIGITS = /^\d{6}$/;

/**
 * Reads a GB/T 2260 code and checks its form (six digits, a province part from 11 to 82, the level if one
 * is required). Whether the code was in force on a date is a question for a region registry.
 *
 * @param input - the code, as a string or a number
 * @param options - see {@link ParseRegionCodeOptions}
 * @returns the code, or issues `region-code-format`, `region-code-province`, `region-code-level`
 *
 * @example
 * ```ts
 * const parsed = parseRegionCode('520502', { level: 'county' })
 * parsed.ok && parsed.value
 * //=> '520502'
 * parseRegionCode('520500', { level: 'county' }).ok
 * //=> false
 * ```
 */
export function parseRegionCode(input: unknown, options: ParseRegionCodeOptions = {}): Result<RegionCode> {
  return readInput(() => {
    const text = typeof input === 'number' && Number.isInteger(input) ? String(input) : input;
    if (typeof text !== 'string' || !SIX_DIGITS.test(text)) {
      return fail([createIssue('region-code-format', [], { input: describeValue(input) })]);
    }
    const province = Number(text.slice(0, 2));
    if (province < 11 || province > 82) return fail([createIssue('region-code-province', [], { input: text })]);
    const code = text as RegionCode;
    if (options.level !== undefined && regionLevel(code) !== options.level) {
      return fail([createIssue('region-code-level', [], { input: text, expected: options.level, actual: regionLevel(code) })]);
    }
    return succeed(code);
  });
}

/**
 * Reads a GB/T 2260 code like {@link parseRegionCode}, throwing instead of returning issues.
 *
 * @throws {@link PairingAidError} with the codes {@link parseRegionCode} lists
 *
 * @example
 * ```ts
 * regionCode('440300')
 * //=> '440300'
 * ```
 */
export function regionCode(input: string, options: ParseRegionCodeOptions = {}): RegionCode {
  return unwrap(parseRegionCode(input, options));
}

/**
 * The level a code names, read from its zeros.
 *
 * @example
 * ```ts
 * regionLevel(regionCode('522700'))
 * //=> 'prefecture'
 * ```
 */
export function regionLevel(code: RegionCode): RegionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

/**
 * The code of the division one level up, read from the code itself; `undefined` for a province. (A
 * county directly under a province, such as a 省直辖县, reads as belonging to the `XX90` prefecture
 * group; a registry knows better.)
 *
 * @example
 * ```ts
 * parentRegionCode(regionCode('520502'))
 * //=> '520500'
 * ```
 */
export function parentRegionCode(code: RegionCode): RegionCode | undefined {
  switch (regionLevel(code)) {
    case 'province':
      return undefined;
    case 'prefecture':
      return `${code.slice(0, 2)}0000` as RegionCode;
    case 'county':
      return `${code.slice(0, 4)}00` as RegionCode;
  }
}

/**
 * Whether `inner` is `outer` or lies inside it (a county in its prefecture or province, a prefecture in
 * its province).
 *
 * @example
 * ```ts
 * isWithinRegion(regionCode('522701'), regionCode('522700'))
 * //=> true
 * isWithinRegion(regionCode('520502'), regionCode('522700'))
 * //=> false
 * ```
 */
export function isWithinRegion(inner: RegionCode, outer: RegionCode): boolean {
  switch (regionLevel(outer)) {
    case 'province':
      return inner.slice(0, 2) === outer.slice(0, 2);
    case 'prefecture':
      return inner.slice(0, 4) === outer.slice(0, 4);
    case 'county':
      return inner === outer;
  }
}

/**
 * The code of the division at `level` that contains `code` (itself if already at that level), or
 * `undefined` when `level` is below the code's own.
 *
 * @example
 * ```ts
 * regionAtLevel(regionCode('520502'), 'province')
 * //=> '520000'
 * ```
 */
export function regionAtLevel(code: RegionCode, level: RegionLevel): RegionCode | undefined {
  const own = regionLevels.indexOf(regionLevel(code));
  const wanted = regionLevels.indexOf(level);
  if (wanted > own) return undefined;
  if (level === 'province') return `${code.slice(0, 2)}0000` as RegionCode;
  if (level === 'prefecture') return `${code.slice(0, 4)}00` as RegionCode;
  return code;
}
