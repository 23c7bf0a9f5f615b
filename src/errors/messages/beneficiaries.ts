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
} as const satisfies MessageTable;
