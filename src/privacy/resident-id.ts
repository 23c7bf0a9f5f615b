import { createIssue, type Issue } from '../errors/issue.js';
import { fail, succeed, unwrap, type Result } from '../errors/result.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { Brand } from '../internal/brand.js';
import { parseRegionCode } from '../regions/region-code.js';
import { readInput } from '../errors/read-input.js';

/**
 * An 18-character Chinese resident identity number (公民身份号码, GB 11643) whose form, birth date and
 * check character have been verified. Upper-case `X` for the check value 10.
 */
export type ResidentId = Brand<string, 'ResidentId'>;

/** Options for {@link parseResidentId}. */
export interface ParseResidentIdOptions {
  /** Refuse birth dates after this day (the library has no clock; pass the app's today). */
  readonly asOf?: IsoDate;
}

// ISO 7064 MOD 11-2: weight of position i is 2^(17−i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

/**
 * The ISO 7064 MOD 11-2 check character for the first 17 digits of a resident ID number.
 *
 * @param first17 - the 17 digits before the check character
 * @returns `'0'`–`'9'` or `'X'`
 *
 * @example
 * ```ts
 * residentIdCheckCharacter('11010519491231002')
 * //=> 'X'
 * ```
 */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += (first17.charCodeAt(index) - 48) * (WEIGHTS[index] ?? 0);
  return CHECK_CHARACTERS[sum % 11] ?? '?';
}

/**
 * Validates an 18-character resident ID number: its shape, the region prefix, the embedded birth date
 * (`YYYYMMDD`, a real day, not after `asOf`) and the ISO 7064 MOD 11-2 check character. A lower-case `x`
 * is read as `X`; spaces around the number are dropped.
 *
 * @param input - the number as text
 * @param options - see {@link ParseResidentIdOptions}
 * @returns the id, or the issues `resident-id-format`, `resident-id-region`, `resident-id-birth-date`,
 *   `resident-id-future-birth`, `resident-id-check-digit` (every one that applies)
 *
 * @example
 * ```ts
 * parseResidentId('11010519491231002X').ok
 * //=> true
 * parseResidentId('110105194912310021').ok
 * //=> false
 * ```
 */
export function parseResidentId(input: unknown, options: ParseResidentIdOptions = {}): Result<ResidentId> {
  return readInput(() => {
    const text = typeof input === 'string' ? input.trim().toUpperCase() : '';
    if (!SHAPE.test(text)) {
      return fail([createIssue('resident-id-format', [], { length: typeof input === 'string' ? input.trim().length : 0 })]);
    }
    const issues: Issue[] = [];
    if (!parseRegionCode(text.slice(0, 6)).ok) issues.push(createIssue('resident-id-region', [], { prefix: text.slice(0, 6) }));
    const birth = `${text.slice(6, 10)}-${text.slice(10, 12)}-${text.slice(12, 14)}`;
    if (!isRealDate(birth)) issues.push(createIssue('resident-id-birth-date', [], { birthDate: text.slice(6, 14) }));
    else if (options.asOf !== undefined && birth > options.asOf) {
      issues.push(createIssue('resident-id-future-birth', [], { birthDate: birth, asOf: options.asOf }));
    }
    const expected = residentIdCheckCharacter(text);
    if (expected !== text[17]) issues.push(createIssue('resident-id-check-digit', [], { expected, actual: text[17] ?? '' }));
    return issues.length > 0 ? fail(issues) : succeed(text as ResidentId);
  });
}

/**
 * Validates a resident ID number like {@link parseResidentId}, throwing instead of returning issues.
 *
 * @throws {@link PairingAidError} with the codes {@link parseResidentId} lists
 *
 * @example
 * ```ts
 * residentId('11010519491231002x')
 * //=> '11010519491231002X'
 * ```
 */
export function residentId(input: string, options: ParseResidentIdOptions = {}): ResidentId {
  return unwrap(parseResidentId(input, options));
}

function isRealDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (year < 1850 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}
