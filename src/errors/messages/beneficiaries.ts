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
  'count-invalid': (p) => `A count of ${p.unit} is a whole number from 0 to 2^53 − 1, not ${quote(p.value)}.`,
  'person-key-invalid': (p) => `An app's person number is a whole number from 0 to 2^52 − 2^46 − 1, not ${quote(p.input)}.`,
  'household-key-invalid': (p) => `An app's household number is a whole number from 0 to 2^52 − 1, not ${quote(p.input)}.`,
  'beneficiary-year-invalid': (p) => `A reporting year is a whole number from 0 to 65535, not ${quote(p.year)}.`,
  'beneficiary-columns-length': (p) => `Column ${p.column} has ${p.actual} records where personKeys has ${p.expected}.`,
  'beneficiary-columns-person-key': (p) => `A person key is a whole number from 0 to 2^53 − 1, not ${quote(p.value)}.`,
  'beneficiary-columns-household-key': (p) => `A household key is NaN (unknown) or a whole number from 0 to 2^53 − 1, not ${quote(p.value)}.`,
  'beneficiary-columns-index': (p) => `Index ${p.value} is outside the ${p.table} table (${p.size} entries).`,
  'beneficiary-columns-more-problems': (p) => `More problems were found; only the first ${p.limit} are listed.`,
  'beneficiary-summary-grouping': (p) => `Summaries grouped differently cannot be merged (${p.first} and ${p.second}).`,
  'beneficiary-summary-keys': () => 'The key text is not an ascending list of keys below 2^53 in the summary encoding.',
  'beneficiary-summary-count': (p) => `The key text holds ${p.actual} keys where the count says ${p.expected}.`,
  'beneficiary-summary-subset': () => 'The registered-poor keys are not all among the keys of the total.',
  'beneficiary-summary-order': () => 'Summary cells must be in order (group, then year) without repeats.',
  'declared-count-undated': (p) => `The rule "latest" needs a reportedOn date on every report of ${quote(p.figure)}.`,
  'declared-count-no-preferred-source': (p) => `No report of ${quote(p.figure)} comes from one of the preferred sources.`,
  'labour-placement-sum': (p) => `The labour-placement buckets sum to ${p.sum}, not to the total ${p.total}: every labourer belongs to exactly one bucket.`,
} as const satisfies MessageTable;
