import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsPersonalData, maskResidentId, parseResidentId, redactPersonalData, residentIdCheckCharacter } from '../../src/index.js';

// Valid ids built with the published check-digit algorithm, over every region, birth date and sequence.
const validId = fc
  .tuple(
    fc.integer({ min: 110_000, max: 829_999 }),
    fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([region, date, sequence]) => {
    const first17 = `${region}${date.toISOString().slice(0, 10).replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
    return `${first17}${residentIdCheckCharacter(first17)}`;
  });

describe('maskResidentId', () => {
  it('never shows the birth date or sequence of any id, whatever the options', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom('*', '＊', '#'), (id, keepStart, keepEnd, maskCharacter) => {
        expect(parseResidentId(id).ok).toBe(true);
        const masked = maskResidentId(id, { keepStart, keepEnd, maskCharacter });
        expect(masked.slice(6, 14)).toBe(maskCharacter.repeat(8));
        expect(masked).not.toContain(id.slice(6, 14));
        expect(containsPersonalData(masked)).toBe(false);
      }),
    );
  });
});

describe('redactPersonalData', () => {
  it('leaves no id of a text in the clear, however many and wherever they are', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), validId), { minLength: 1, maxLength: 5 }), fc.string(), (pieces, tail) => {
        const text = `${pieces.map(([before, id]) => `${before} ${id} `).join('')}${tail}`;
        const redacted = redactPersonalData(text);
        for (const [, id] of pieces) expect(redacted).not.toContain(id);
        expect(containsPersonalData(redactPersonalData(pieces.map(([, id]) => id).join('，')))).toBe(false);
      }),
    );
  });
});

describe('redactPersonalData in every spelling', () => {
  const id = '520502199001011234';
  const wide = (text: string) => text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
  const digitsOf = (text: string) => text.normalize('NFKC').replace(/[^0-9X*]/g, '');

  it('masks ids written with spaces, dashes, line breaks or full-width digits, keeping the separators', () => {
    expect(redactPersonalData('520502 19900101 1234')).toBe('520502 ******** 1234');
    expect(redactPersonalData('5205-0219-9001-0112-34')).toBe('5205-02**-****-**12-34');
    expect(redactPersonalData('520502\n19900101\n1234')).toBe('520502\n********\n1234');
    expect(redactPersonalData(wide(id))).toBe(`${wide('520502')}********${wide('1234')}`);
  });

  it('masks mobile numbers with +86 or 86 in front, spaced or not', () => {
    expect(redactPersonalData('+86 138 1234 5678')).toBe('+86 138 **** 5678');
    expect(redactPersonalData('8613812345678')).toBe('861******5678');
    expect(redactPersonalData('138-1234-5678')).toBe('138-****-5678');
    expect(containsPersonalData('（+86）138 1234 5678')).toBe(true);
  });

  it('leaves dates, amounts and year ranges alone', () => {
    for (const text of ['2011-03-01', '46,910,000.00', '2011–2015', '4691万元', 'BJ-2011-01-a']) expect(redactPersonalData(text)).toBe(text);
  });

  it('never leaves the digits of an id readable in order, whatever separators stand between them', () => {
    const separator = fc.constantFrom('', ' ', '-', '－', '\u3000', '\n', ' - ', '—');
    fc.assert(
      fc.property(fc.array(separator, { minLength: 17, maxLength: 17 }), fc.boolean(), (separators, fullWidth) => {
        const spelled = [...id].map((digit, i) => `${digit}${separators[i] ?? ''}`).join('');
        const text = `户主${fullWidth ? wide(spelled) : spelled}。`;
        expect(digitsOf(redactPersonalData(text))).toBe('520502********1234');
        expect(containsPersonalData(text)).toBe(true);
      }),
    );
  });
});
