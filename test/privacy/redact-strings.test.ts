import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsPersonalData } from '../../src/privacy/index.js';
import { redactStrings } from '../../src/privacy/redact-strings.js';

// The masker every document the library publishes as data (the OC4IDS package) goes through before it is handed out.
const id = '520502199001011234';

describe('redactStrings', () => {
  it('masks a resident ID or mobile number in any text of a document, however deep it sits', () => {
    const document = {
      publisher: { name: `户主 ${id}` },
      projects: [{ title: '联系 13812345678', parties: [{ name: `${id}`, roles: ['beneficiary'] }] }],
    };
    expect(redactStrings(document)).toEqual({
      publisher: { name: '户主 520502********1234' },
      projects: [{ title: '联系 138****5678', parties: [{ name: '520502********1234', roles: ['beneficiary'] }] }],
    });
  });

  it('masks a document that is a single text or a list of texts', () => {
    expect(redactStrings(`户主 ${id}`)).toBe('户主 520502********1234');
    expect(redactStrings(['13812345678', 'Bijie'])).toEqual(['138****5678', 'Bijie']);
  });

  it('keeps numbers, booleans and empty values as they are, and lists as lists', () => {
    const document = { amount: 46_910_000, beneficiaries: 1_260, announced: true, closed: false, note: null, phases: [2011, null, [true]] };
    const redacted = redactStrings(document);
    expect(redacted).toEqual(document);
    expect(Array.isArray(redacted.phases)).toBe(true);
    expect(Array.isArray(redacted.phases[2])).toBe(true);
  });

  it('hands out a copy and leaves the document it was given unmasked', () => {
    const document = { parties: [{ name: `户主 ${id}` }] };
    const redacted = redactStrings(document);
    expect(document.parties[0]?.name).toBe(`户主 ${id}`);
    expect(redacted).not.toBe(document);
    expect(redacted.parties).not.toBe(document.parties);
  });

  it('keeps a field named __proto__ as a field, masked like any other', () => {
    const redacted = redactStrings(JSON.parse('{"__proto__": "户主 13812345678", "name": "x"}') as Record<string, unknown>);
    expect(Object.getPrototypeOf(redacted)).toBe(Object.prototype);
    expect(Object.keys(redacted)).toEqual(['__proto__', 'name']);
    expect(JSON.stringify(redacted)).not.toMatch(/13812345678/);
  });

  describe('properties', () => {
    it('gives back any document without personal numbers unchanged', () => {
      const clean = fc.jsonValue().filter((value) => !JSON.stringify(value).match(/\d{11}/));
      fc.assert(
        fc.property(clean, (document) => {
          expect(redactStrings(document)).toStrictEqual(document);
        }),
      );
    });

    it('leaves no personal number in the clear in any text of a document', () => {
      const withNumbers = fc.jsonValue({ maxDepth: 3 }).map((value) => [value, { name: `户主 ${id}`, phone: ['13812345678'] }]);
      const strings = (value: unknown): string[] =>
        typeof value === 'string'
          ? [value]
          : typeof value === 'object' && value !== null
            ? Object.values(value).flatMap(strings)
            : [];
      fc.assert(
        fc.property(withNumbers, (document) => {
          expect(strings(redactStrings(document)).some(containsPersonalData)).toBe(false);
        }),
      );
    });
  });
});
