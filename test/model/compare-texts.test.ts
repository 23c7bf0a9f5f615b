import { describe, expect, it } from 'vitest';
// The order every list of sources and reports is shown in (the aid and beneficiary reports sort by it).
import { compareTexts } from '../../src/model/match-text.js';

describe('compareTexts', () => {
  it('orders texts by their English, then by their Chinese in code-unit order (乙 U+4E59 before 甲 U+7532), a text without English first', () => {
    const texts = [{ zh: '乙', en: 'Training' }, { zh: '甲', en: 'Training' }, { zh: '丙' }, { en: 'Aid' }, { zh: '甲', en: 'Aid' }];
    expect([...texts].sort(compareTexts)).toEqual([{ zh: '丙' }, { en: 'Aid' }, { zh: '甲', en: 'Aid' }, { zh: '乙', en: 'Training' }, { zh: '甲', en: 'Training' }]);
  });

  it('answers 0 for the same words however they were written down, and the opposite sign when the texts swap', () => {
    expect(compareTexts({ zh: '干部培训', en: 'Cadre training' }, { en: 'Cadre training', zh: '干部培训' })).toBe(0);
    expect(compareTexts(undefined, undefined)).toBe(0);
    expect([compareTexts(undefined, { en: 'Aid' }), compareTexts({ zh: '甲' }, undefined)]).toEqual([-1, 1]);
    expect([compareTexts({ en: 'A' }, { en: 'B' }), compareTexts({ en: 'B' }, { en: 'A' })]).toEqual([-1, 1]);
    // The English decides before the Chinese: 'A' + any Chinese comes before 'B'.
    expect(compareTexts({ zh: '乙', en: 'A' }, { zh: '甲', en: 'B' })).toBe(-1);
    // A shorter English comes first, whatever the Chinese.
    expect(compareTexts({ zh: '乙', en: 'Aid' }, { zh: '甲', en: 'Aid work' })).toBe(-1);
  });
});
