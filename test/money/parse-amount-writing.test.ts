import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/money/index.js';

const fenOf = (input: string): bigint | undefined => {
  const parsed = parseAmount(input);
  return parsed.ok ? parsed.value.fen : undefined;
};
const issueOf = (input: unknown, options?: unknown) => {
  const parsed = parseAmount(input, options as never);
  return parsed.ok ? undefined : parsed.issues[0];
};

describe('parseAmount', () => {
  it('reads the yuan mark and the letters CNY or RMB before the figure, in any case', () => {
    expect(fenOf('¥1')).toBe(100n);
    expect(fenOf('CNY 46,910,000.00')).toBe(4691000000n);
    expect(fenOf('rmb 5')).toBe(500n);
    expect(fenOf('Rmb5万元')).toBe(5000000n);
  });

  it('reads the full-width yuan mark as the yuan mark, before the figure only', () => {
    expect(fenOf('￥46,910,000.00')).toBe(4691000000n);
    expect(issueOf('1￥')?.code).toBe('amount-unit');
    expect(issueOf('1¥')?.code).toBe('amount-unit');
  });

  it('reads spaces and tabs between the sign, the mark and the figure', () => {
    expect(fenOf('¥ 46,910,000.00')).toBe(4691000000n);
    expect(fenOf('¥\t1')).toBe(100n);
    expect(fenOf('- 1')).toBe(-100n);
    expect(fenOf('-\t¥ 2')).toBe(-200n);
    expect(fenOf('¥ - 3')).toBe(-300n);
  });

  it('refuses a vertical tab as it refuses every other line break, quoting the text', () => {
    const issue = issueOf('1\v');
    expect(issue?.code).toBe('amount-line-break');
    expect(issue?.message).toContain('1\\u000b');
  });

  it('reads a text of 64 characters and refuses one of 65, saying the limit', () => {
    expect(fenOf(`${' '.repeat(60)}1.00`)).toBe(100n);
    const issue = issueOf(`${' '.repeat(61)}1.00`);
    expect(issue?.code).toBe('amount-too-long');
    expect(issue?.message).toContain('64');
  });

  it('names the numeral it will not read as a digit', () => {
    expect(issueOf('4691¹万元')?.message).toContain('¹');
  });

  describe('options', () => {
    it.each([[5], [null], ['half-up']])('refuses options %j that are not an object, saying what it received', (options) => {
      const issue = issueOf('1', options);
      expect(issue).toMatchObject({ code: 'options-invalid', path: [], params: { received: String(options) } });
      expect(issue?.message).toContain(String(options));
    });

    it('refuses options whose rounding cannot be read, naming the option', () => {
      const options = {
        get rounding(): string {
          throw new Error('unreadable');
        },
      };
      expect(issueOf('1', options)).toMatchObject({ code: 'options-invalid', path: ['rounding'], params: { received: 'unreadable' } });
    });

    it('reads options given as undefined as no options', () => {
      expect(parseAmount('1.234', undefined).ok).toBe(false);
      expect(parseAmount('1.23', undefined).ok).toBe(true);
    });
  });
});
