import { createIssue } from '../errors/issue.js';
import { PairingAidError } from '../errors/pairing-aid-error.js';
import { DEFAULT_PERSONAL_NUMBER_MASK, holdsPersonalNumber, maskPersonalNumbers } from '../internal/personal-data.js';

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

/**
 * Masks every resident ID number and mainland mobile phone number found in a text, for names, notes and
 * statements that go into announcements, exports and public reports. This is the masker every public output of
 * the library uses. A number is a run of decimal digits in any script (ASCII, full-width `０`–`９`, …) in which
 * up to three separators (` - `) may stand between digits: white space, line breaks, hyphens and dashes (`-`, `－`, `–`,
 * `—`, …); an ID's check character `X` (or `ｘ`) counts as a digit. A run of 15 or more digits (an 18- or
 * 15-character ID however it is spaced, a bank card, IDs written back to back) is masked like an ID; a run of 11
 * to 14 digits that holds a mobile number (`1[3-9]` and nine digits, with or without `86` or `+86` in front)
 * keeps only its first 3 and last 4 digits. Separators stay where they were; runs are judged whole, so numbers
 * written straight after one another cannot slip through.
 *
 * @param text - any text
 * @param options - how IDs are masked, see {@link MaskOptions}
 * @returns the text with personal numbers masked
 * @throws {@link PairingAidError} `mask-options` when the options would show the birth date
 *
 * @example
 * ```ts
 * redactPersonalData('户主 520502199001011234，电话 13812345678')
 * //=> '户主 520502********1234，电话 138****5678'
 * redactPersonalData('身份证 520502 19900101 1234，电话 +86 138-1234-5678')
 * //=> '身份证 520502 ******** 1234，电话 +86 138-****-5678'
 * ```
 */
export function redactPersonalData(text: string, options: MaskOptions = {}): string {
  maskResidentId('000000000000000000', options); // refuses options that would show a birth date, even when no id is found
  return maskPersonalNumbers(text, {
    keepStart: options.keepStart ?? DEFAULT_PERSONAL_NUMBER_MASK.keepStart,
    keepEnd: options.keepEnd ?? DEFAULT_PERSONAL_NUMBER_MASK.keepEnd,
    character: options.maskCharacter ?? DEFAULT_PERSONAL_NUMBER_MASK.character,
  });
}

/**
 * Whether a text still holds, in the clear, a number that {@link redactPersonalData} would mask: the detector
 * behind every output that refuses personal data instead of masking it.
 *
 * @param text - any text
 * @returns `true` when a resident ID or mobile number is found, in any of the spellings {@link redactPersonalData} knows
 *
 * @example
 * ```ts
 * containsPersonalData('520502********1234')
 * //=> false
 * containsPersonalData('520502199001011234')
 * //=> true
 * containsPersonalData('５２０５-０２１９-９００１-０１１２-３４')
 * //=> true
 * ```
 */
export function containsPersonalData(text: string): boolean {
  return holdsPersonalNumber(text);
}
