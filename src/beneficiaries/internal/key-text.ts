// Compact text for ascending unique keys: each gap (key − previous − 1, the first from −1) as a base64url
// variable-length number, 5 bits a character, least significant first; a character from the upper half of
// the alphabet means more follow. Dense keys take one character each, random 46-bit keys among 7 million
// about five.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const MORE = 32;
// The tables from character to digit and back, made on first use.
let tables: { readonly digits: Int8Array; readonly codes: Uint8Array } | undefined;

function keyTextTables(): { readonly digits: Int8Array; readonly codes: Uint8Array } {
  if (tables !== undefined) return tables;
  const digits = new Int8Array(128).fill(-1);
  for (let digit = 0; digit < ALPHABET.length; digit++) digits[ALPHABET.charCodeAt(digit)] = digit;
  tables = { digits, codes: Uint8Array.from(ALPHABET, (character) => character.charCodeAt(0)) };
  return tables;
}

function digitAt(digits: Int8Array, text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < 128 ? (digits[code] as number) : -1;
}

/** Writes ascending unique keys as text. */
export function encodeSortedKeys(keys: Float64Array): string {
  const { codes: characterCodes } = keyTextTables();
  // Character codes go into a byte buffer first; strings are made from slices of it and joined once.
  const codes = new Uint8Array(keys.length * 11);
  let size = 0;
  let previous = -1;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as number;
    let gap = key - previous - 1;
    previous = key;
    // Whole-number arithmetic on doubles for large gaps, 32-bit operations once the rest fits in 30 bits.
    while (gap >= 1_073_741_824) {
      const digit = gap % MORE;
      codes[size++] = characterCodes[digit + MORE] as number;
      gap = (gap - digit) / MORE;
    }
    let small = gap | 0;
    while (small >= MORE) {
      codes[size++] = characterCodes[(small & 31) + MORE] as number;
      small >>>= 5;
    }
    codes[size++] = characterCodes[small] as number;
  }
  const parts: string[] = [];
  for (let start = 0; start < size; start += 8192) {
    // `apply` over a typed array is several times faster than spreading it.
    parts.push(String.fromCharCode.apply(null, codes.subarray(start, Math.min(size, start + 8192)) as unknown as number[]));
  }
  return parts.join('');
}

/** Reads text written by {@link encodeSortedKeys}; `undefined` when it is malformed or a key passes 2^53. */
export function decodeSortedKeys(text: string): Float64Array | undefined {
  const { digits } = keyTextTables();
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const digit = digitAt(digits, text, index);
    if (digit < 0) return undefined;
    if (digit < MORE) count++;
  }
  if (text.length > 0 && digitAt(digits, text, text.length - 1) >= MORE) return undefined;
  const keys = new Float64Array(count);
  let previous = -1;
  let gap = 0;
  let scale = 1;
  let written = 0;
  for (let index = 0; index < text.length; index++) {
    const digit = digitAt(digits, text, index);
    gap += (digit % MORE) * scale;
    if (digit >= MORE) {
      scale *= MORE;
      if (scale > 2 ** 53) return undefined;
      continue;
    }
    const key = previous + 1 + gap;
    if (!Number.isSafeInteger(key)) return undefined;
    keys[written++] = key;
    previous = key;
    gap = 0;
    scale = 1;
  }
  return keys;
}
