import type { LocalizedText } from './text.js';

/**
 * Whether a text is the one named: a plain string names a text holding it in either language; a
 * {@link LocalizedText} names a text that agrees with it in a language both give.
 *
 * @example
 * ```ts
 * textMatches({ zh: '干部培训', en: 'Cadre training' }, 'Cadre training')
 * //=> true
 * textMatches({ zh: '干部培训', en: 'Cadre training' }, { zh: '劳务协作' })
 * //=> false
 * ```
 */
export function textMatches(text: LocalizedText, named: string | LocalizedText): boolean {
  if (typeof named === 'string') return text.zh === named || text.en === named;
  const zh = named.zh !== undefined && text.zh !== undefined;
  const en = named.en !== undefined && text.en !== undefined;
  return (zh || en) && (!zh || text.zh === named.zh) && (!en || text.en === named.en);
}

/** Orders texts by their English, then their Chinese (code-unit order, locale-free, for stable ties). */
export function compareTexts(a: LocalizedText | undefined, b: LocalizedText | undefined): number {
  const key = (text: LocalizedText | undefined) => `${text?.en ?? ''}\u0000${text?.zh ?? ''}`;
  const left = key(a);
  const right = key(b);
  return left === right ? 0 : left < right ? -1 : 1;
}
