import { describe, expect, it } from 'vitest';
import { amount, createIssue, formatAmount, PairingAidError, parseAmount, parseProgramme, type Issue } from '../../src/index.js';
import { readInput } from '../../src/errors/read-input.js';
import { succeed } from '../../src/errors/result.js';

const issuesOf = (run: () => unknown): readonly Issue[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof PairingAidError) return error.issues;
    throw error;
  }
  return [];
};

describe('reading input', () => {
  it('gives input-unreadable when a getter in the input throws, instead of throwing', () => {
    const input = Object.defineProperty({}, 'projects', { enumerable: true, get: () => { throw new Error('offline'); } });
    const parsed = parseProgramme(input);
    expect(parsed.ok || parsed.issues).toEqual([createIssue('input-unreadable')]);
  });

  it('gives the issues of the library’s own error thrown while reading, not input-unreadable', () => {
    const refused = createIssue('amount-syntax', ['budget'], { input: 'abc' });
    expect(readInput(() => { throw new PairingAidError([refused]); })).toEqual({ ok: false, issues: [refused] });
    expect(readInput(() => succeed(amount('1.00'))).ok).toBe(true);
  });
});

describe('describing a value of the wrong kind', () => {
  const received = (value: unknown) => issuesOf(() => formatAmount(value as never))[0]?.params.received;

  it('names it by its kind, or writes it when it is a plain value', () => {
    expect(received('12.00')).toBe('12.00');
    expect(received(12)).toBe('12');
    expect(received(true)).toBe('true');
    expect(received(12n)).toBe('12');
    expect(received(undefined)).toBe('nothing');
    expect(received(null)).toBe('null');
    expect(received(Symbol('fen'))).toBe('symbol');
    expect(received(() => 12)).toBe('function');
    expect(received([12])).toBe('array');
    expect(received({ fen: 1200n })).toBe('object');
  });

  it('never calls the value’s own methods, so a hostile value cannot make describing it throw', () => {
    expect(received({ toString: () => { throw new Error('no'); } })).toBe('object');
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const parsed = parseAmount('12.00', { rounding: revoked.proxy as never });
    expect(parsed.ok || parsed.issues[0]?.params).toEqual({ input: 'object' });
  });
});
