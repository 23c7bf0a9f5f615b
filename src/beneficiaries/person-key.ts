import { createIssue } from '../errors/issue.js';
import { PairingAidError } from '../errors/pairing-aid-error.js';
import type { Brand } from '../internal/brand.js';
import { packResidentId } from '../privacy/pack-resident-id.js';
import type { Pseudonym } from '../privacy/pseudonym.js';
import type { ResidentId } from '../privacy/resident-id.js';

/**
 * One person as an integer below 2^53, exact in a `number` and in a `Float64Array`, so tens of millions of
 * records can be counted in typed arrays. The kinds occupy separate ranges and never collide:
 *
 * | range | kind | made by |
 * |---|---|---|
 * | [0, 2^46) | packed resident ID number | {@link personKeyFromResidentId} |
 * | [2^46, 2^52) | the app's own person number | {@link personKeyFromAppNumber} |
 * | [2^52, 2^53) | first 52 bits of a pseudonym | {@link personKeyFromPseudonym} |
 */
export type PersonKey = Brand<number, 'PersonKey'>;

/**
 * One household as an integer below 2^53: the app's own household number in [0, 2^52), or the first 52
 * bits of a household pseudonym in [2^52, 2^53).
 */
export type HouseholdKey = Brand<number, 'HouseholdKey'>;

/** The kinds of {@link PersonKey}, in the order of their ranges. */
export const personKeyKinds = ['resident-id', 'app', 'pseudonym'] as const;

/** One of {@link personKeyKinds}. */
export type PersonKeyKind = (typeof personKeyKinds)[number];

const APP_START = 2 ** 46;
const PSEUDONYM_START = 2 ** 52;
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * The person key of a resident ID number: its packed form ({@link packResidentId}), exact and reversible.
 *
 * @param id - a validated resident ID number
 * @returns a key below 2^46
 * @throws {@link PairingAidError} `resident-id-pack-range` for a birth date after 2117-08-02
 *
 * @example
 * ```ts
 * personKeyFromResidentId(residentId('11010519491231002X'))
 * //=> 10298593002
 * ```
 */
export function personKeyFromResidentId(id: ResidentId): PersonKey {
  return packResidentId(id) as PersonKey;
}

/**
 * The person key of an app's own person number (a row number in its register, say).
 *
 * @param appNumber - a whole number from 0 to 2^52 − 2^46 − 1
 * @returns the key, 2^46 + `appNumber`
 * @throws {@link PairingAidError} `person-key-invalid` for any other number
 *
 * @example
 * ```ts
 * personKeyFromAppNumber(7) - 2 ** 46
 * //=> 7
 * ```
 */
export function personKeyFromAppNumber(appNumber: number): PersonKey {
  if (!Number.isSafeInteger(appNumber) || appNumber < 0 || appNumber >= PSEUDONYM_START - APP_START) {
    throw new PairingAidError([createIssue('person-key-invalid', [], { input: String(appNumber) })]);
  }
  return (APP_START + appNumber) as PersonKey;
}

/**
 * The person key of a pseudonym: 2^52 plus its first 52 bits. Two different people's pseudonyms share a
 * key with probability 2^−52 per pair: among n distinct people the chance that any two do is below
 * n² / 2^53 (about 1 % for 10 million people, and likely for 100 million). A shared key counts two people
 * as one. {@link findPseudonymKeyCollisions} finds every such case in a list of pseudonyms;
 * {@link countBeneficiaries} compares full pseudonyms and is always exact.
 *
 * @param pseudonym - a pseudonym made by {@link pseudonymise}
 * @returns a key in [2^52, 2^53)
 *
 * @example
 * ```ts
 * const key = pseudonymKey('00112233445566778899aabbccddeeff')
 * personKeyFromPseudonym(pseudonymise('11010519491231002X', key)) >= 2 ** 52
 * //=> true
 * ```
 */
export function personKeyFromPseudonym(pseudonym: Pseudonym): PersonKey {
  return (PSEUDONYM_START + pseudonymBits(pseudonym)) as PersonKey;
}

/**
 * The household key of an app's own household number.
 *
 * @param appNumber - a whole number from 0 to 2^52 − 1
 * @returns the key (the number itself)
 * @throws {@link PairingAidError} `household-key-invalid` for any other number
 *
 * @example
 * ```ts
 * householdKeyFromAppNumber(42)
 * //=> 42
 * ```
 */
export function householdKeyFromAppNumber(appNumber: number): HouseholdKey {
  if (!Number.isSafeInteger(appNumber) || appNumber < 0 || appNumber >= PSEUDONYM_START) {
    throw new PairingAidError([createIssue('household-key-invalid', [], { input: String(appNumber) })]);
  }
  return appNumber as HouseholdKey;
}

/**
 * The household key of a household pseudonym (of a household register number, say): 2^52 plus its first
 * 52 bits, with the collision risk {@link personKeyFromPseudonym} describes.
 *
 * @param pseudonym - a pseudonym made by {@link pseudonymise}
 * @returns a key in [2^52, 2^53)
 *
 * @example
 * ```ts
 * const key = pseudonymKey('00112233445566778899aabbccddeeff')
 * householdKeyFromPseudonym(pseudonymise('520502-0001', key)) >= 2 ** 52
 * //=> true
 * ```
 */
export function householdKeyFromPseudonym(pseudonym: Pseudonym): HouseholdKey {
  return (PSEUDONYM_START + pseudonymBits(pseudonym)) as HouseholdKey;
}

/**
 * Which kind of identity a person key was made from, read from its range.
 *
 * @param key - a person key
 * @returns `'resident-id'`, `'app'` or `'pseudonym'`
 *
 * @example
 * ```ts
 * personKeyKind(personKeyFromAppNumber(7))
 * //=> 'app'
 * ```
 */
export function personKeyKind(key: PersonKey): PersonKeyKind {
  if (key < APP_START) return 'resident-id';
  return key < PSEUDONYM_START ? 'app' : 'pseudonym';
}

// The first 8 characters carry 48 bits, the top 4 bits of the ninth complete 52.
function pseudonymBits(pseudonym: string): number {
  let bits = 0;
  for (let index = 0; index < 8; index++) bits = bits * 64 + BASE64URL.indexOf(pseudonym[index] ?? 'A');
  return bits * 16 + (BASE64URL.indexOf(pseudonym[8] ?? 'A') >> 2);
}
