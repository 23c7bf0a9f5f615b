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

// A run of digits (X may stand among them, as a check character). Runs are judged whole, so numbers
// written straight after one another (two ids with no separator) cannot slip past as "part of a longer number".
const DIGIT_RUN = /\d[\dXx]*/g;
const MOBILE = /1[3-9]\d{9}/;
const LONGEST_ID = 15;

// What a run of digits is, for privacy: an id-like number (15 characters or more: resident ids, bank cards,
// ids written back to back), a run holding a mobile number, or neither.
function classifyRun(run: string): 'id' | 'mobile' | 'none' {
  if (run.length >= LONGEST_ID) return 'id';
  if (run.length >= 11 && MOBILE.test(run)) return 'mobile';
  return 'none';
}

/**
 * Masks every resident ID number and mainland mobile phone number found in a text, for names, notes and
 * statements that go into announcements, exports and public reports. Any run of 15 or more digits (an 18- or
 * 15-character id, a bank card, ids written back to back) is masked like an id; a run of 11 to 14 digits
 * that holds a mobile number keeps only its first 3 and last 4 digits (`138****5678`). Runs are judged
 * whole, so numbers written straight after one another cannot slip through.
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
  maskResidentId('000000000000000000', options); // refuses options that would show a birth date, even when no id is found
  return text.replace(DIGIT_RUN, (run) => {
    switch (classifyRun(run)) {
      case 'id':
        return maskResidentId(run, options);
      case 'mobile':
        return `${run.slice(0, 3)}${'*'.repeat(run.length - 7)}${run.slice(-4)}`;
      case 'none':
        return run;
    }
  });
}

/**
 * Whether a text still holds, in the clear, a run of digits that {@link redactPersonalData} would mask.
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
  for (const run of text.match(DIGIT_RUN) ?? []) if (classifyRun(run) !== 'none') return true;
  return false;
}
