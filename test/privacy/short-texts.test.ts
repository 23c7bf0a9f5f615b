import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsPersonalData, redactPersonalData } from '../../src/privacy/index.js';

// A text with too few characters that could be digits is passed over quickly; these pin that nothing a personal
// number could be written in is passed over with it.
describe('redactPersonalData on short texts and texts with few digits', () => {
  it('masks the shortest mobile number, and leaves ten digits alone', () => {
    expect(redactPersonalData('13812345678')).toBe('138****5678');
    expect(containsPersonalData('13812345678')).toBe(true);
    expect(redactPersonalData('1381234567')).toBe('1381234567');
    expect(containsPersonalData('1381234567')).toBe(false);
  });

  it('counts the digits of other scripts, full-width ones included', () => {
    expect(redactPersonalData('１３８１２３４５６７８')).toBe('１３８****５６７８');
    expect(containsPersonalData('電話١٣٨١٢٣٤٥٦٧٨')).toBe(true);
  });

  it('finds a number among letters and separators, however long the text around it', () => {
    expect(redactPersonalData('tel: 138 1234 5678, ask for Wang')).toBe('tel: 138 **** 5678, ask for Wang');
    expect(redactPersonalData(`${'subProjects'.repeat(3)}520502199001011234`)).toBe(`${'subProjects'.repeat(3)}520502********1234`);
  });

  describe('properties', () => {
    it('return a text of ASCII letters and punctuation with fewer than eleven digits unchanged', () => {
      const text = fc
        .array(fc.oneof(fc.constantFrom(...'abcXYZ .,-_[]()'), fc.constantFrom(...'0123456789')), { maxLength: 60 })
        .filter((chars) => chars.filter((char) => /\d/.test(char)).length < 11)
        .map((chars) => chars.join(''));
      fc.assert(fc.property(text, (value) => redactPersonalData(value) === value && !containsPersonalData(value)));
    });

    it('mask a mobile number wherever it stands among letters', () => {
      const around = fc.string({ unit: fc.constantFrom(...'abcdefgXYZ .,_'), maxLength: 30 });
      fc.assert(
        fc.property(around, around, fc.integer({ min: 3, max: 9 }), (before, after, second) => {
          const text = `${before}1${second}912345678${after}`;
          return containsPersonalData(text) && !containsPersonalData(redactPersonalData(text));
        }),
      );
    });
  });
});
