/**
 * A name or statement in Chinese and English. At least one is given; the Chinese is the authoritative
 * form for documents of Chinese governments, the English for international reporting.
 */
export type LocalizedText =
  | { readonly zh: string; readonly en?: string }
  | { readonly zh?: string; readonly en: string };
