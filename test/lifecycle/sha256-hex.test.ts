import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portableSha256Hex, sha256Hex } from '../../src/internal/sha256-hex.js';

describe('the SHA-256 of an event log', () => {
  it('is the standard digest of the UTF-8 bytes', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('毕节')).toBe(portableSha256Hex('毕节'));
  });

  it('is the same from the runtime and from the portable implementation, for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => sha256Hex(text) === portableSha256Hex(text)));
  });

  it('hashes a lone surrogate as U+FFFD in both', () => {
    expect(sha256Hex('a\uD800b')).toBe(sha256Hex('a\uFFFDb'));
    expect(portableSha256Hex('a\uD800b')).toBe(sha256Hex('a\uFFFDb'));
    expect(sha256Hex('\uDC00')).toBe(portableSha256Hex('\uDC00'));
  });
});
