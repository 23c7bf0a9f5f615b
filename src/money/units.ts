/**
 * The units an amount is written in, and the power of ten each stands for.
 *
 * | unit      | zh   | en          | yuan   |
 * |-----------|------|-------------|--------|
 * | `yuan`    | 元   | yuan (¥)    | 1      |
 * | `thousand`| 千元 | thousand yuan | 10³  |
 * | `wan`     | 万元 | wan yuan    | 10⁴    |
 * | `million` | 百万元 | million yuan | 10⁶ |
 * | `yi`      | 亿元 | yi yuan     | 10⁸    |
 */
export const amountUnits = {
  yuan: 0,
  thousand: 3,
  wan: 4,
  million: 6,
  yi: 8,
} as const;

/** A unit of {@link amountUnits}. */
export type AmountUnit = keyof typeof amountUnits;

// Unit words as people write them (full-width forms read as ASCII, lower case, single spaces). A map, so that
// words such as `constructor` or `__proto__` are simply unknown.
const unitWords: ReadonlyMap<string, AmountUnit> = /* @__PURE__ */ new Map<string, AmountUnit>(Object.entries({
  '': 'yuan',
  元: 'yuan',
  yuan: 'yuan',
  cny: 'yuan',
  rmb: 'yuan',
  千元: 'thousand',
  'thousand yuan': 'thousand',
  thousand: 'thousand',
  万元: 'wan',
  万: 'wan',
  'wan yuan': 'wan',
  wan: 'wan',
  百万元: 'million',
  million: 'million',
  'million yuan': 'million',
  亿元: 'yi',
  亿: 'yi',
  'yi yuan': 'yi',
  yi: 'yi',
} satisfies Record<string, AmountUnit>));

/** Finds the unit a word names, or `undefined`. */
export function unitFromWord(word: string): AmountUnit | undefined {
  return unitWords.get(word.toLowerCase().replace(/\s+/g, ' '));
}
