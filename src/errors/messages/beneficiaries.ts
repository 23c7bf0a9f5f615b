import { quote, type MessageTable } from './table.js';

/** Messages for resident ids, privacy and beneficiary counting. */
export const beneficiariesMessages = {
  'resident-id-format': (p) =>
    `A resident ID number is 17 digits and a check character (0–9 or X), received ${p.length} characters.`,
  'resident-id-region': (p) => `The resident ID number does not start with a region code: ${quote(p.prefix)}.`,
  'resident-id-birth-date': (p) => `The resident ID number's birth date ${quote(p.birthDate)} is not a real date.`,
  'resident-id-future-birth': (p) => `The resident ID number's birth date ${p.birthDate} is after ${p.asOf}.`,
  'resident-id-check-digit': (p) => `The resident ID number's check character should be ${p.expected}, not ${p.actual}.`,
  'mask-options': (p) => `Masking must hide the birth date and sequence: keep at most 6 leading and 4 trailing characters (asked ${p.keepStart} and ${p.keepEnd}).`,
  'resident-id-pack-range': (p) => `Only birth dates from 18500101 to 21170802 can be packed, not ${quote(p.birthDate)}.`,
  'resident-id-packed-invalid': (p) => `Not a packed resident ID number (an integer from 0 to 70368479999999): ${quote(p.packed)}.`,
  'pseudonym-key-invalid': (p) => `A pseudonym key is at least 16 bytes (or 32 hexadecimal digits), received ${p.bytes} bytes.`,
  'pseudonym-format': (p) => `Not a pseudonym (43 base64url characters): ${quote(p.input)}.`,
} as const satisfies MessageTable;
