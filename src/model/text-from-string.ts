import type { LocalizedText } from './text.js';

// Han ideographs (the unified blocks and their extensions, and the compatibility block).
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

/**
 * Reads a plain string as a {@link LocalizedText}, for fields that took plain strings before they became
 * bilingual: a string holding any Han character is Chinese (`zh`), any other string English (`en`).
 * Snapshots written before keep parsing and keep their meaning; a mixed text such as `"毕节 Bijie"` is
 * Chinese, the form its Chinese readers see.
 *
 * @param text - the plain string
 * @returns the text in the language it is written in
 *
 * @example
 * ```ts
 * textFromString('拨付第一期资金')
 * //=> { zh: '拨付第一期资金' }
 * textFromString('first instalment')
 * //=> { en: 'first instalment' }
 * ```
 */
export function textFromString(text: string): LocalizedText {
  return HAN.test(text) ? { zh: text } : { en: text };
}
