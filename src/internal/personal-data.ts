/**
 * The one detector and masker of personal numbers (resident IDs, mainland mobile numbers) behind every public
 * output and every issue. It lives here, below the errors, so that issue messages can be masked where they are
 * made; the public face is `redactPersonalData` and `containsPersonalData` in `src/privacy/`.
 *
 * A number is a run of decimal digits (any script's: ASCII, full-width, mathematical), with an ID's check
 * character `X` among them, where up to three separators may stand between digits: white space (line breaks
 * included), and the hyphens and dashes `-` `‐` `‑` `‒` `–` `—` `―` `−` `－` `﹣`. A run of 15 or more digits is
 * treated as an ID; a run of 11 to 14 digits holding `1[3-9]` and nine more digits (a mobile number, with or
 * without `86` or `+86` in front; in a run written in groups, filling whole groups) as a mobile number.
 * @internal
 */
const SEPARATOR = '[\\s\\-\\u2010-\\u2015\\u2212\\uFE63\\uFF0D]';
// Separators and digits are disjoint, so the run is matched in one pass without backtracking.
const RUN = new RegExp(`\\p{Nd}(?:${SEPARATOR}{0,3}[\\p{Nd}Xx\\uFF38\\uFF58])*`, 'gu');
const MOBILE = /1[3-9]\d{9}/;
const SHORTEST_ID = 15;
const SHORTEST_MOBILE = 11;

/** How a found number is masked: digits kept visible at each end of an ID, and the masking character. */
export interface PersonalNumberMask {
  readonly keepStart: number;
  readonly keepEnd: number;
  readonly character: string;
}

/** The default: region code and the last four characters of an ID stay (`520502********1234`). */
export const DEFAULT_PERSONAL_NUMBER_MASK: PersonalNumberMask = { keepStart: 6, keepEnd: 4, character: '*' };

// The digit positions of a run to hide: all but the ends of an ID; all but the first 3 and the last 4 digits
// of a run holding a mobile number (`138****5678`); none for any other number. In a run written in groups
// (`+86 138 1234 5678`) the mobile number must fill whole groups, so two codes such as `199612–200312` are not
// taken for one.
function hiddenRange(run: string, mask: PersonalNumberMask): readonly [number, number] | undefined {
  const { count, digits, groupStarts } = digitsOf(run);
  if (count >= SHORTEST_ID) return [mask.keepStart, count - mask.keepEnd];
  if (count < SHORTEST_MOBILE) return undefined;
  const ascii = digits.map(asciiDigit).join('');
  if (groupStarts.length === 1) return MOBILE.test(ascii) ? [3, count - 4] : undefined;
  const groupEnds = new Set([...groupStarts.slice(1), count]);
  const starts = groupStarts.flatMap((start) => (ascii.startsWith('86', start) ? [start, start + 2] : [start]));
  const found = starts.find((start) => groupEnds.has(start + 11) && MOBILE.test(ascii.slice(start, start + 11)));
  return found === undefined ? undefined : [found + 3, found + 7];
}

const DIGIT = /[\p{Nd}Xx\uFF38\uFF58]/u;
const DIGITS = /[\p{Nd}Xx\uFF38\uFF58]/gu;

// How many digits a run has; for a run short enough to be a mobile number, also its digits and where each group
// of them (between separators) starts. A long run is only counted, so the work stays linear and small.
function digitsOf(run: string): { count: number; digits: string[]; groupStarts: number[] } {
  const digits: string[] = [];
  const groupStarts: number[] = [];
  let count = 0;
  let afterSeparator = true;
  for (const character of run) {
    if (!DIGIT.test(character)) {
      afterSeparator = true;
      continue;
    }
    if (count < SHORTEST_ID) {
      if (afterSeparator) groupStarts.push(count);
      digits.push(character);
    }
    afterSeparator = false;
    count += 1;
  }
  return { count, digits, groupStarts };
}

// Any script's decimal digit as its ASCII digit: full-width and mathematical digits by compatibility, the
// digits of other scripts by their place in their block of ten consecutive code points.
function asciiDigit(character: string): string {
  const compatible = character.normalize('NFKC');
  if (/^[0-9]$/.test(compatible)) return compatible;
  if (!/\p{Nd}/u.test(character)) return 'X';
  const code = character.codePointAt(0) ?? 0;
  let zero = code;
  while (zero > code - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero -= 1;
  return String((code - zero) % 10);
}

// Whether a text has enough characters that could be digits to hold the shortest personal number: ASCII digits
// and any character outside ASCII (every other script's digits are), counted until there are enough. Most texts an
// issue quotes (field names, short values) have too few, and are then passed over without the run expression.
function mayHoldPersonalNumber(text: string): boolean {
  if (text.length < SHORTEST_MOBILE) return false;
  let candidates = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 48 && code <= 57) || code >= 0x80) {
      candidates += 1;
      if (candidates >= SHORTEST_MOBILE) return true;
    }
  }
  return false;
}

/** Masks every personal number in a text; separators stay where they were. */
export function maskPersonalNumbers(text: string, mask: PersonalNumberMask = DEFAULT_PERSONAL_NUMBER_MASK): string {
  if (!mayHoldPersonalNumber(text)) return text;
  return text.replace(RUN, (run) => {
    const hidden = hiddenRange(run, mask);
    if (hidden === undefined) return run;
    let position = 0;
    return run.replace(DIGITS, (digit) => {
      const shown = position < hidden[0] || position >= hidden[1];
      position += 1;
      return shown ? digit : mask.character;
    });
  });
}

/** Whether a text holds a personal number in the clear. */
export function holdsPersonalNumber(text: string): boolean {
  if (!mayHoldPersonalNumber(text)) return false;
  for (const run of text.match(RUN) ?? []) if (hiddenRange(run, DEFAULT_PERSONAL_NUMBER_MASK) !== undefined) return true;
  return false;
}
