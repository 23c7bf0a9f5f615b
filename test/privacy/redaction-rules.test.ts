import { describe, expect, it } from 'vitest';
import { PairingAidError } from '../../src/errors/pairing-aid-error.js';
import { containsPersonalData, maskResidentId, redactPersonalData, type MaskOptions } from '../../src/privacy/index.js';

const id = '520502199001011234';

const refusal = (options: MaskOptions): PairingAidError => {
  try {
    maskResidentId(id, options);
  } catch (error) {
    if (error instanceof PairingAidError) return error;
    throw error;
  }
  throw new Error('the options were accepted');
};

describe('maskResidentId', () => {
  it('keeps at most the region code and the last four characters', () => {
    expect(maskResidentId(id, { keepStart: 6, keepEnd: 4 })).toBe('520502********1234');
    expect(maskResidentId(id, { keepStart: 0, keepEnd: 0 })).toBe('*'.repeat(18));
    expect(maskResidentId(id, { keepStart: 3, keepEnd: 1 })).toBe('520**************4');
  });

  it('masks with any one character that is not a digit or X, however it is encoded', () => {
    expect(maskResidentId(id, { maskCharacter: '＊' })).toBe('520502＊＊＊＊＊＊＊＊1234');
    expect(maskResidentId(id, { maskCharacter: '🔒' })).toBe(`520502${'🔒'.repeat(8)}1234`);
  });

  describe('edge cases', () => {
    it.each([
      [{ keepStart: -1 }],
      [{ keepStart: 7 }],
      [{ keepStart: 1.5 }],
      [{ keepEnd: -1 }],
      [{ keepEnd: 5 }],
      [{ keepEnd: 2.5 }],
      [{ maskCharacter: '' }],
      [{ maskCharacter: '**' }],
      [{ maskCharacter: '0' }],
      [{ maskCharacter: 'X' }],
      [{ maskCharacter: 'x' }],
    ] as [MaskOptions][])('refuses the options %j, which could show part of the birth date or sequence', (options) => {
      const error = refusal(options);
      expect(error.issues.map((issue) => issue.code)).toEqual(['mask-options']);
      expect(error.issues[0]?.path).toEqual([]);
      expect(error.issues[0]?.params).toEqual({ keepStart: options.keepStart ?? 6, keepEnd: options.keepEnd ?? 4 });
    });
  });
});

describe('redactPersonalData', () => {
  it('keeps the first three and last four digits of a mobile number', () => {
    expect(redactPersonalData('电话 13812345678。')).toBe('电话 138****5678。');
    expect(redactPersonalData('tel 19912345678')).toBe('tel 199****5678');
  });

  it('masks a run of 11 to 14 digits that holds a mobile number, keeping only its ends', () => {
    expect(redactPersonalData('013812345678')).toBe('013*****5678');
    expect(redactPersonalData('86 13812345678 and 8613812345678')).toBe('86 138****5678 and 861******5678');
  });

  it('masks every run of 15 digits or more as an id, keeping the region code and the last four', () => {
    expect(redactPersonalData('old id 520502900101123')).toBe('old id 520502*****1123');
    expect(redactPersonalData(`id ${id}.`)).toBe('id 520502********1234.');
  });

  it('leaves runs of digits that are neither ids nor mobile numbers as they are', () => {
    const text = 'Funds 46910000 yuan, 12345678901234 and 20111301000001 (14-digit file numbers), 12345678901, year 2011.';
    expect(redactPersonalData(text)).toBe(text);
  });

  it('uses the mask options for ids', () => {
    expect(redactPersonalData(`id ${id}`, { keepStart: 0, keepEnd: 0, maskCharacter: '#' })).toBe(`id ${'#'.repeat(18)}`);
  });
});

describe('containsPersonalData', () => {
  it('finds an id or a mobile number anywhere in a text', () => {
    expect(containsPersonalData(`户主 ${id}`)).toBe(true);
    expect(containsPersonalData('联系 13812345678')).toBe(true);
    expect(containsPersonalData('old id 520502900101123')).toBe(true);
  });

  it('finds nothing in amounts, years and numbers too short to be an id that hold no mobile number', () => {
    expect(containsPersonalData('Funds 46910000 yuan, 12345678901234, 12345678901, year 2011.')).toBe(false);
    expect(containsPersonalData('')).toBe(false);
    expect(containsPersonalData(redactPersonalData(`户主 ${id}，联系 13812345678`))).toBe(false);
  });
});
