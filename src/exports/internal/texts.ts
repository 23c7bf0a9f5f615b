import type { LocalizedText } from '../../model/text.js';

/** The languages the library's texts come in. */
export type TextLanguage = 'zh' | 'en';

/** The text in one language, if given and not blank. */
export function textIn(text: LocalizedText, language: TextLanguage): string | undefined {
  const value = language === 'zh' ? text.zh : text.en;
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** The text in a language, or in the other one where it is missing; `undefined` only when both are blank. */
export function textPreferring(text: LocalizedText, language: TextLanguage): string | undefined {
  return textIn(text, language) ?? textIn(text, language === 'zh' ? 'en' : 'zh');
}

/** Whether two texts say the same in each language: the same source named in two records, read apart. */
export function isSameText(text: LocalizedText, other: LocalizedText): boolean {
  return text.zh === other.zh && text.en === other.en;
}

/**
 * The texts to publish in the languages asked for; where none of them is given, the text in the language
 * it has, so that a name is never dropped for want of a translation.
 */
export function textsToPublish(text: LocalizedText, languages: readonly TextLanguage[]): readonly (readonly [TextLanguage, string])[] {
  const asked = languages.flatMap((language) => {
    const value = textIn(text, language);
    return value === undefined ? [] : [[language, value] as const];
  });
  if (asked.length > 0) return asked;
  return (['zh', 'en'] as const).flatMap((language) => {
    const value = textIn(text, language);
    return value === undefined ? [] : [[language, value] as const];
  });
}

// Any Han character makes a free text Chinese; the model's indicator names and units carry no language tag.
const HAN = /\p{Script=Han}/u;

/** The language of a text without a tag: Chinese when it holds a Han character, English otherwise. */
export function languageOfText(text: string): TextLanguage {
  return HAN.test(text) ? 'zh' : 'en';
}
