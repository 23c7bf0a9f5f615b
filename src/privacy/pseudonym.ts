import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
import { utf8ToBytes } from '@noble/hashes/utils';
import { createIssue } from '../errors/issue.js';
import { fail, succeed, unwrap, type Result } from '../errors/result.js';
import type { Brand } from '../internal/brand.js';
import { describeValue, readInput } from '../errors/read-input.js';

/**
 * A keyed pseudonym (化名): the HMAC-SHA-256 of an identifier under a key the app holds, as 43 base64url
 * characters. The same identifier under the same key always gives the same pseudonym; without the key it
 * can neither be reversed nor recomputed, and pseudonyms made under different keys do not link.
 */
export type Pseudonym = Brand<string, 'Pseudonym'>;

/** A secret key for {@link pseudonymise}: at least 16 bytes (32 random bytes recommended), held by the app. */
export type PseudonymKey = Brand<Uint8Array, 'PseudonymKey'>;

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// 32 bytes are 43 characters; the last one carries 4 bits, so only every fourth letter can end a pseudonym.
/** The text of a pseudonym: 43 base64url characters whose last carries no padding bits. @internal */
export const PSEUDONYM_SHAPE = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;
const HEX_KEY = /^(?:[0-9a-fA-F]{2}){16,}$/;

/**
 * Checks a pseudonym key: a `Uint8Array` of at least 16 bytes, or the same as hexadecimal text. The bytes
 * are copied, so later changes to the input do not change the key.
 *
 * @param input - the key bytes or their hex text
 * @returns the key, or the issue `pseudonym-key-invalid`
 *
 * @example
 * ```ts
 * parsePseudonymKey('00112233445566778899aabbccddeeff').ok
 * //=> true
 * parsePseudonymKey('secret').ok
 * //=> false
 * ```
 */
export function parsePseudonymKey(input: unknown): Result<PseudonymKey> {
  return readInput(() => {
    if (input instanceof Uint8Array && input.length >= 16) return succeed(Uint8Array.from(input) as PseudonymKey);
    if (typeof input === 'string' && HEX_KEY.test(input)) {
      const bytes = new Uint8Array(input.length / 2);
      for (let index = 0; index < bytes.length; index++) bytes[index] = parseInt(input.slice(index * 2, index * 2 + 2), 16);
      return succeed(bytes as PseudonymKey);
    }
    const length = input instanceof Uint8Array ? input.length : typeof input === 'string' ? input.length / 2 : 0;
    return fail([createIssue('pseudonym-key-invalid', [], { bytes: length })]);
  });
}

/**
 * Checks a pseudonym key like {@link parsePseudonymKey}, throwing instead of returning issues.
 *
 * @throws {@link PairingAidError} `pseudonym-key-invalid`
 *
 * @example
 * ```ts
 * pseudonymKey('00112233445566778899aabbccddeeff').length
 * //=> 16
 * ```
 */
export function pseudonymKey(input: Uint8Array | string): PseudonymKey {
  return unwrap(parsePseudonymKey(input));
}

/**
 * Makes the keyed pseudonym of an identifier: HMAC-SHA-256 over its UTF-8 bytes. Pass a resident ID
 * number through {@link parseResidentId} first, so that `…x` and `…X` give the same pseudonym.
 *
 * @param identifier - a resident ID number, an app's person or household id
 * @param key - the app's secret key
 * @returns the pseudonym
 *
 * @example
 * ```ts
 * const key = pseudonymKey('00112233445566778899aabbccddeeff')
 * pseudonymise('11010519491231002X', key) === pseudonymise('11010519491231002X', key)
 * //=> true
 * ```
 */
export function pseudonymise(identifier: string, key: PseudonymKey): Pseudonym {
  return encodePseudonym(hmac(sha256, key, utf8ToBytes(identifier)));
}

/**
 * Prepares a key once and returns a function that pseudonymises like {@link pseudonymise}, about twice as
 * fast for many identifiers (the key's HMAC state is computed once and copied).
 *
 * @param key - the app's secret key
 * @returns a function from identifier to pseudonym
 *
 * @example
 * ```ts
 * const key = pseudonymKey('00112233445566778899aabbccddeeff')
 * createPseudonymiser(key)('11010519491231002X') === pseudonymise('11010519491231002X', key)
 * //=> true
 * ```
 */
export function createPseudonymiser(key: PseudonymKey): (identifier: string) => Pseudonym {
  const prepared = hmac.create(sha256, key);
  return (identifier) => encodePseudonym(prepared.clone().update(utf8ToBytes(identifier)).digest());
}

/**
 * Checks the text of a pseudonym (43 base64url characters, as {@link pseudonymise} writes them).
 *
 * @param input - the text
 * @returns the pseudonym, or the issue `pseudonym-format`
 *
 * @example
 * ```ts
 * parsePseudonym('not a pseudonym').ok
 * //=> false
 * ```
 */
export function parsePseudonym(input: unknown): Result<Pseudonym> {
  return readInput(() => {
    if (typeof input === 'string' && PSEUDONYM_SHAPE.test(input)) return succeed(input as Pseudonym);
    return fail([createIssue('pseudonym-format', [], { input: typeof input === 'string' ? input.slice(0, 60) : describeValue(input) })]);
  });
}

function encodePseudonym(bytes: Uint8Array): Pseudonym {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index] ?? 0;
    const b = bytes[index + 1] ?? 0;
    const c = bytes[index + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const left = bytes.length - index;
    text += BASE64URL[triple >>> 18] ?? '';
    text += BASE64URL[(triple >>> 12) & 63] ?? '';
    if (left > 1) text += BASE64URL[(triple >>> 6) & 63] ?? '';
    if (left > 2) text += BASE64URL[triple & 63] ?? '';
  }
  return text as Pseudonym;
}
