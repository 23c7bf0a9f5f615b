import type { IssuePath } from '../../errors/issue.js';
import type { LocalizedText } from '../../model/text.js';
import { languageOfText, textsToPublish } from '../internal/texts.js';
import { xmlElement, xmlText, type XmlElement } from '../internal/xml.js';
import type { NarrativeLanguage } from './iati-options.js';

/** `<narrative xml:lang="…">` elements of a model text in the languages asked for (see {@link textsToPublish}). */
export function narratives(text: LocalizedText, languages: readonly NarrativeLanguage[], path: IssuePath): XmlElement[] {
  return textsToPublish(text, languages).map(([language, value]) =>
    xmlElement('narrative', { 'xml:lang': language }, [xmlText(value, [...path, language])]),
  );
}

/** Narratives of the library's own wording, which it has in both languages. */
export function fixedNarratives(text: { readonly zh: string; readonly en: string }, languages: readonly NarrativeLanguage[]): XmlElement[] {
  return languages.map((language) => xmlElement('narrative', { 'xml:lang': language }, [xmlText(text[language], [])]));
}

/** One narrative of an untagged free text, tagged with the language it is written in. */
export function freeNarrative(text: string, path: IssuePath): XmlElement {
  return xmlElement('narrative', { 'xml:lang': languageOfText(text) }, [xmlText(text, path)]);
}
