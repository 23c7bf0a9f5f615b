import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupThousands } from '../../src/report/render/format.js';

describe('figures in the report text', () => {
  it('group the whole part of an amount in thousands and leave its sign and decimals alone', () => {
    expect(groupThousands('46910000.00')).toBe('46,910,000.00');
    expect(groupThousands('-1234567')).toBe('-1,234,567');
    expect(groupThousands('999')).toBe('999');
    expect(groupThousands('-0.05')).toBe('-0.05');
  });

  it('read back as the same number, with groups of three after the first of one to three digits', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.boolean(), (value, decimals) => {
        const text = decimals ? `${value}.25` : String(value);
        const grouped = groupThousands(text);
        expect(grouped.replaceAll(',', '')).toBe(text);
        expect(grouped).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d+)?$/);
      }),
    );
  });
});
