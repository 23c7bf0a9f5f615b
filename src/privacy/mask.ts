import { createIssue } from '../errors/issue.js';
import { PairingAidError } from '../errors/pairing-aid-error.js';

/** Options for {@link maskResidentId} and {@link redactPersonalData}. */
export interface MaskOptions {
  /** Leading characters left visible: 0 to 6 (default 6, the region code). */
  readonly keepStart?: number;
  /** Trailing characters left visible: 0 to 4 (default 4). */
  readonly keepEnd?: number;
  /** The masking character (default `*`). */
  readonly maskCharacter?: string;
}

/**
 * Masks a resident ID number for anything public: by default the region code and the last four characters
 * stay, the birth date and sequence are hidden (`520502********1234`). The birth date is always hidden:
 * at most 6 leading and 4 trailing characters may stay.
 *
 * @param id - the number (validated or not; any 18 characters are masked the same way)
 * @param options - see {@link MaskOptions}
 * @returns the masked text, as long as the input
 * @throws {@link PairingAidError} `mask-options` when the options would show the birth date
 *
 * @example
 * ```ts
 * maskResidentId('520502199001011234')
 * //=> '520502********1234'
 * maskResidentId('520502199001011234', { keepStart: 3, keepEnd: 2 })
 * //=> '520*************34'
 * ```
 */
export function maskResidentId(id: string, options: MaskOptions = {}): string {
  const keepStart = options.keepStart ?? 6;
  const keepEnd = options.keepEnd ?? 4;
  const character = options.maskCharacter ?? '*';
  if (!Number.isInteger(keepStart) || !Number.isInteger(keepEnd) || keepStart < 0 || keepEnd < 0 || keepStart > 6 || keepEnd > 4 || [...character].length !== 1 || /[\dXx]/.test(character)) {
    throw new PairingAidError([createIssue('mask-options', [], { keepStart, keepEnd })]);
  }
  const hidden = Math.max(0, id.length - keepStart - keepEnd);
  return `${id.slice(0, keepStart)}${character.repeat(hidden)}${id.slice(id.length - keepEnd)}`;
}

// 18-character ids (17 digits and a check character) and 15-digit first-generation ids, not inside a longer
// run of digits; mainland mobile numbers (11 digits starting 13–19).
const RESIDENT_ID_IN_TEXT = /(?<![\dXx])(\d{17}[\dXx]|\d{15})(?![\dXx])/g;
const MOBILE_IN_TEXT = /(?<!\d)(1[3-9]\d{9})(?!\d)/g;

/**
 * Masks every resident ID number (18 or 15 characters) and mainland mobile phone number found in a text,
 * for names, notes and statements that go into announcements, exports and public reports. Mobile numbers
 * keep their first 3 and last 4 digits (`138****5678`).
 *
 * @param text - any text
 * @param options - how ids are masked, see {@link MaskOptions}
 * @returns the text with personal numbers masked
 *
 * @example
 * ```ts
 * redactPersonalData('户主 520502199001011234，电话 13812345678')
 * //=> '户主 520502********1234，电话 138****5678'
 * ```
 */
export function redactPersonalData(text: string, options: MaskOptions = {}): string {
  return text
    .replace(RESIDENT_ID_IN_TEXT, (found) => maskResidentId(found, options))
    .replace(MOBILE_IN_TEXT, (found) => `${found.slice(0, 3)}****${found.slice(7)}`);
}

/**
 * Whether a text still holds a resident ID number or mobile number in the clear.
 *
 * @example
 * ```ts
 * containsPersonalData('520502********1234')
 * //=> false
 * containsPersonalData('520502199001011234')
 * //=> true
 * ```
 */
export function containsPersonalData(text: string): boolean {
  RESIDENT_ID_IN_TEXT.lastIndex = 0;
  MOBILE_IN_TEXT.lastIndex = 0;
  const found = RESIDENT_ID_IN_TEXT.test(text) || MOBILE_IN_TEXT.test(text);
  RESIDENT_ID_IN_TEXT.lastIndex = 0;
  MOBILE_IN_TEXT.lastIndex = 0;
  return found;
}
