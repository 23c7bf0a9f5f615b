import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PairingAidError,
  packedResidentIdLimit,
  packResidentId,
  parseResidentId,
  residentId,
  residentIdCheckCharacter,
  unpackResidentId,
} from '../../src/index.js';

// Builds a valid id from its parts with the published check-digit algorithm.
const build = (region: string, birth: string, sequence: string): string => {
  const first17 = `${region}${birth}${sequence}`;
  return `${first17}${residentIdCheckCharacter(first17)}`;
};

const validIds = fc
  .tuple(
    fc.integer({ min: 110_000, max: 829_999 }),
    fc.date({ min: new Date('1850-01-01T00:00:00Z'), max: new Date('2117-08-02T00:00:00Z'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([region, date, sequence]) =>
    residentId(build(String(region), date.toISOString().slice(0, 10).replaceAll('-', ''), String(sequence).padStart(3, '0'))),
  );

describe('packResidentId', () => {
  it('packs the standard example into a number below 2^46', () => {
    const packed = packResidentId(residentId('11010519491231002X'));
    expect(packed).toBe(10_298_593_002);
    expect(packedResidentIdLimit).toBeLessThanOrEqual(2 ** 46);
  });

  it('round-trips every valid id exactly, check character included', () => {
    fc.assert(fc.property(validIds, (id) => unpackResidentId(packResidentId(id)) === id));
  });

  it('keeps the order of the id texts', () => {
    fc.assert(
      fc.property(validIds, validIds, (a, b) => Math.sign(packResidentId(a) - packResidentId(b)) === Math.sign(a.localeCompare(b))),
    );
  });

  describe('edge cases', () => {
    it('packs the first and last packable days', () => {
      expect(packResidentId(residentId(build('110000', '18500101', '000')))).toBe(0);
      expect(packResidentId(residentId(build('829999', '21170802', '999')))).toBe(packedResidentIdLimit - 1);
    });

    it('refuses birth dates after 2117-08-02', () => {
      const late = residentId(build('520502', '21170803', '001'));
      expect(() => packResidentId(late)).toThrow(PairingAidError);
      expect(() => packResidentId(late)).toThrow(/resident-id-pack-range/);
    });
  });
});

describe('unpackResidentId', () => {
  it('unpacks every number below the limit to a valid id that packs back to it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: packedResidentIdLimit - 1 }), (packed) => {
        const id = unpackResidentId(packed);
        return parseResidentId(id).ok && packResidentId(id) === packed;
      }),
    );
  });

  describe('edge cases', () => {
    it.each([-1, 0.5, packedResidentIdLimit, Number.NaN, 2 ** 53])('refuses %s', (packed) => {
      expect(() => unpackResidentId(packed)).toThrow(/resident-id-packed-invalid/);
    });
  });
});
