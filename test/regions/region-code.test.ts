import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairingAidError } from '../../src/errors/pairing-aid-error.js';
import {
  isWithinRegion,
  parentRegionCode,
  parseRegionCode,
  regionAtLevel,
  regionCode,
  regionLevel,
  regionLevelLabelsZh,
  regionLevels,
  type RegionCode,
} from '../../src/regions/index.js';

const codes = (input: unknown, options?: Parameters<typeof parseRegionCode>[1]) => {
  const parsed = parseRegionCode(input, options);
  return parsed.ok ? [] : parsed.issues.map((found) => found.code);
};

const anyCode = fc
  .tuple(fc.integer({ min: 11, max: 82 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
  .map(([p, q, r]) => [p, q, r].map((part) => String(part).padStart(2, '0')).join('') as RegionCode);

describe('parseRegionCode', () => {
  it('returns the code for six digits with a province part', () => {
    const parsed = parseRegionCode('520502');
    expect(parsed).toEqual({ ok: true, value: '520502' });
  });

  it('accepts a whole number', () => {
    expect(parseRegionCode(522401)).toEqual({ ok: true, value: '522401' });
  });

  it('returns region-code-level when a required level does not match', () => {
    const parsed = parseRegionCode('520500', { level: 'county' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues[0]?.code).toBe('region-code-level');
      expect(parsed.issues[0]?.message).toBe('"520500" is a prefecture code where a county code is required.');
    }
    expect(codes('520502', { level: 'prefecture' })).toEqual(['region-code-level']);
    expect(codes('520000', { level: 'province' })).toEqual([]);
  });

  describe('edge cases', () => {
    it.each(['52050', '5205021', '', '52 0502'])('refuses the wrong length %j', (input) => {
      expect(codes(input)).toEqual(['region-code-format']);
    });

    it.each(['52O502', '５２０５０２', ' 520502', '520502 ', '52050a', '-52050'])('refuses non-digits %j', (input) => {
      expect(codes(input)).toEqual(['region-code-format']);
    });

    it.each([null, undefined, 5205.02, {}, ['520502']])('refuses a value that is not a code: %j', (input) => {
      expect(codes(input)).toEqual(['region-code-format']);
    });

    it.each(['000000', '100000', '102030', '830000', '990101'])('refuses a province part out of 11–82: %s', (input) => {
      expect(codes(input)).toEqual(['region-code-province']);
    });

    it('quotes what it read in the message', () => {
      const message = (input: unknown) => {
        const parsed = parseRegionCode(input);
        return parsed.ok ? undefined : [parsed.issues[0]?.message, parsed.issues[0]?.path];
      };
      expect(message('52050')).toEqual([expect.stringContaining('"52050"'), []]);
      expect(message('990000')).toEqual([expect.stringContaining('"990000"'), []]);
      const level = parseRegionCode('520500', { level: 'county' });
      expect(level.ok ? undefined : level.issues[0]?.path).toEqual([]);
    });

    it('accepts the first and last province parts', () => {
      expect(codes('110000')).toEqual([]);
      expect(codes('820000')).toEqual([]);
    });

    it('throws a PairingAidError from the throwing twin', () => {
      expect(() => regionCode('52050')).toThrow(PairingAidError);
    });
  });

  describe('properties', () => {
    it('accepts every six-digit string with a province part from 11 to 82', () => {
      fc.assert(fc.property(anyCode, (code) => parseRegionCode(code).ok));
    });

    it('refuses every string that is not six digits', () => {
      fc.assert(
        fc.property(
          fc.string().filter((text) => !/^\d{6}$/.test(text)),
          (text) => codes(text).join() === 'region-code-format',
        ),
      );
    });
  });
});

describe('regionLevel', () => {
  it('reads the level from the zeros', () => {
    expect(regionLevel(regionCode('520000'))).toBe('province');
    expect(regionLevel(regionCode('522700'))).toBe('prefecture');
    expect(regionLevel(regionCode('522732'))).toBe('county');
  });
});

describe('regionLevelLabelsZh', () => {
  it('names each level as Chinese reports write it', () => {
    expect(regionLevels.map((level) => regionLevelLabelsZh[level])).toEqual(['省级', '地级', '县级']);
  });
});

describe('isWithinRegion', () => {
  it('places a county in its prefecture and its province, and in no other', () => {
    expect(isWithinRegion(regionCode('520502'), regionCode('520500'))).toBe(true);
    expect(isWithinRegion(regionCode('520502'), regionCode('520000'))).toBe(true);
    expect(isWithinRegion(regionCode('520502'), regionCode('522400'))).toBe(false);
    expect(isWithinRegion(regionCode('520502'), regionCode('440000'))).toBe(false);
  });

  it('places a county in itself only among counties', () => {
    expect(isWithinRegion(regionCode('520502'), regionCode('520502'))).toBe(true);
    expect(isWithinRegion(regionCode('520502'), regionCode('520521'))).toBe(false);
  });

  it('does not place a division inside one of its own parts', () => {
    expect(isWithinRegion(regionCode('520500'), regionCode('520502'))).toBe(false);
    expect(isWithinRegion(regionCode('520000'), regionCode('520500'))).toBe(false);
  });
});

describe('regionAtLevel', () => {
  it('returns the province, prefecture or county that holds a county', () => {
    expect(regionAtLevel(regionCode('520502'), 'province')).toBe('520000');
    expect(regionAtLevel(regionCode('520502'), 'prefecture')).toBe('520500');
    expect(regionAtLevel(regionCode('520502'), 'county')).toBe('520502');
  });

  it('returns a division itself at its own level', () => {
    expect(regionAtLevel(regionCode('520500'), 'prefecture')).toBe('520500');
    expect(regionAtLevel(regionCode('520000'), 'province')).toBe('520000');
  });

  it('returns undefined below the level of the code', () => {
    expect(regionAtLevel(regionCode('520500'), 'county')).toBeUndefined();
    expect(regionAtLevel(regionCode('520000'), 'prefecture')).toBeUndefined();
    expect(regionAtLevel(regionCode('520000'), 'county')).toBeUndefined();
  });
});

describe('parentRegionCode', () => {
  it('returns the prefecture of a county and the province of a prefecture', () => {
    expect(parentRegionCode(regionCode('522727'))).toBe('522700');
    expect(parentRegionCode(regionCode('522700'))).toBe('520000');
    expect(parentRegionCode(regionCode('520000'))).toBeUndefined();
  });

  describe('properties', () => {
    it('returns a parent that contains the code, one level up', () => {
      fc.assert(
        fc.property(anyCode, (code) => {
          const parent = parentRegionCode(code);
          if (parent === undefined) return regionLevel(code) === 'province';
          return isWithinRegion(code, parent) && parent !== code && parseRegionCode(parent).ok;
        }),
      );
    });

    it('places a code inside every division regionAtLevel names for it', () => {
      fc.assert(
        fc.property(anyCode, fc.constantFrom('province', 'prefecture', 'county' as const), (code, level) => {
          const outer = regionAtLevel(code, level);
          return outer === undefined || isWithinRegion(code, outer);
        }),
      );
    });
  });
});
