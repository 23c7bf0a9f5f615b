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
