import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PairingAidError,
  addAmounts,
  allocateAmount,
  amount,
  amountFromFen,
  compareAmounts,
  convertAmount,
  formatAmount,
  isAmount,
  isEqualAmount,
  multiplyAmount,
  negateAmount,
  parseAmount,
  percentOf,
  ratioOfAmounts,
  subtractAmounts,
  sumAmounts,
  sumFen,
  type Amount,
} from '../../src/index.js';

const anyAmount = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(amountFromFen);

describe('sumAmounts', () => {
  it('sums the seed fund breakdown exactly', () => {
    const total = sumAmounts([amount('42.81 million'), amount('2.8 million'), amount('1.3 million')]);
    expect(total.toJSON()).toBe('46910000.00');
  });

  it('returns zero for no amounts', () => {
    expect(sumAmounts([]).fen).toBe(0n);
  });

  it('is exact where float addition is not', () => {
    const dimes = Array.from({ length: 1000 }, () => amount('0.10'));
    expect(sumAmounts(dimes).toJSON()).toBe('100.00');
  });

  it('sums any iterable of amounts as it sums an array of them', () => {
    fc.assert(
      fc.property(fc.array(anyAmount, { maxLength: 40 }), (values) => {
        const listed = sumAmounts(values);
        function* oneByOne() {
          yield* values;
        }
        return isEqualAmount(sumAmounts(oneByOne()), listed) && isEqualAmount(sumAmounts(new Map(values.map((value, index) => [index, value])).values()), listed);
      }),
    );
  });

  describe('properties', () => {
    it('does not depend on order or grouping', () => {
      fc.assert(
        fc.property(fc.array(anyAmount, { maxLength: 40 }), fc.integer({ min: 0, max: 40 }), (values, cut) => {
          const whole = sumAmounts(values);
          const reversed = sumAmounts([...values].reverse());
          const grouped = addAmounts(sumAmounts(values.slice(0, cut)), sumAmounts(values.slice(cut)));
          return isEqualAmount(whole, reversed) && isEqualAmount(whole, grouped);
        }),
      );
    });
  });
});

describe('sumFen', () => {
  it('sums a Float64Array of fen', () => {
    expect(sumFen(new Float64Array([4_281_000_000, 280_000_000, 130_000_000]))).toBe(4_691_000_000n);
  });

  it('stays exact past 2^53 by moving to big integers', () => {
    const big = Number.MAX_SAFE_INTEGER;
    expect(sumFen([big, big, 1, -1, 2])).toBe(2n * BigInt(big) + 2n);
  });

  it('throws on a fractional fen value', () => {
    expect(() => sumFen([1, 2.5])).toThrow(PairingAidError);
  });

  it('agrees with big-integer addition', () => {
    fc.assert(
      fc.property(fc.array(fc.maxSafeInteger(), { maxLength: 50 }), (values) => {
        return sumFen(values) === values.reduce((sum, value) => sum + BigInt(value), 0n);
      }),
    );
  });
});

describe('addAmounts, subtractAmounts and negateAmount', () => {
  it('subtracting is adding the negation', () => {
    fc.assert(
      fc.property(anyAmount, anyAmount, (a, b) => isEqualAmount(subtractAmounts(a, b), addAmounts(a, negateAmount(b)))),
    );
  });
});

describe('compareAmounts', () => {
  it('orders amounts by value', () => {
    const sorted = [amount('3'), amount('-1'), amount('2万元')].sort(compareAmounts).map(String);
    expect(sorted).toEqual(['-1.00', '3.00', '20000.00']);
  });
});

describe('multiplyAmount and percentOf', () => {
  it('takes 1 % of the seed project funds', () => {
    expect(percentOf(amount('42.81 million'), 1, 'down').toJSON()).toBe('428100.00');
  });

  it('rounds by the named mode', () => {
    expect(multiplyAmount(amount('0.05'), '0.5', 'half-up').toJSON()).toBe('0.03');
    expect(multiplyAmount(amount('0.05'), '0.5', 'half-even').toJSON()).toBe('0.02');
    expect(multiplyAmount(amount('0.05'), '0.5', 'down').toJSON()).toBe('0.02');
  });

  it('refuses a factor that is not a decimal', () => {
    expect(() => multiplyAmount(amount('1'), 'x', 'half-up')).toThrow(/factor-invalid/);
    expect(() => multiplyAmount(amount('1'), Number.NaN, 'half-up')).toThrow(/factor-invalid/);
  });

  it('is not changed by the host application configuring decimal.js', async () => {
    const { Decimal } = await import('decimal.js');
    const before = multiplyAmount(amount('0.05'), '0.5', 'half-up').toJSON();
    Decimal.set({ precision: 2, rounding: Decimal.ROUND_DOWN });
    try {
      expect(multiplyAmount(amount('0.05'), '0.5', 'half-up').toJSON()).toBe(before);
      expect(multiplyAmount(amount('123456789.01'), '1.001', 'half-up').toJSON()).toBe('123580245.80');
    } finally {
      Decimal.set({ precision: 20, rounding: Decimal.ROUND_HALF_UP });
    }
  });
});

describe('ratioOfAmounts', () => {
  it('gives completion rates above one uncapped', () => {
    expect(ratioOfAmounts(amount('12 million'), amount('10 million'), 2)).toBe('1.20');
  });

  it('refuses a zero denominator', () => {
    expect(() => ratioOfAmounts(amount('1'), amount('0'))).toThrow(/division-by-zero/);
  });
});

describe('allocateAmount', () => {
  it('splits one yuan into three, extra fen to the earliest tie', () => {
    expect(allocateAmount(amount('1.00'), [1, 1, 1]).map(String)).toEqual(['0.34', '0.33', '0.33']);
  });

  it('gives the leftover fen to the largest remainders', () => {
    expect(allocateAmount(amount('0.10'), ['0.3', '0.7']).map(String)).toEqual(['0.03', '0.07']);
    expect(allocateAmount(amount('0.05'), [1, 3]).map(String)).toEqual(['0.01', '0.04']);
  });

  it('splits a negative amount as the negated split of its size', () => {
    expect(allocateAmount(amount('-1.00'), [1, 1, 1]).map(String)).toEqual(['-0.34', '-0.33', '-0.33']);
  });

  describe('edge cases', () => {
    it.each([
      [[], 'ratios-empty'],
      [[0, 0], 'ratios-zero'],
      [[1, -1], 'ratio-negative'],
      [['a'], 'factor-invalid'],
    ])('refuses ratios %j with %s', (ratios, code) => {
      expect(() => allocateAmount(amount('1'), ratios as never)).toThrow(new RegExp(code));
    });
  });

  describe('properties', () => {
    const ratios = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }).filter((list) => list.some((r) => r > 0));

    it('parts sum exactly to the whole', () => {
      fc.assert(fc.property(anyAmount, ratios, (value, weights) => isEqualAmount(sumAmounts(allocateAmount(value, weights)), value)));
    });

    it('each part is within one fen of its exact share', () => {
      fc.assert(
        fc.property(anyAmount, ratios, (value, weights) => {
          const total = BigInt(weights.reduce((sum, weight) => sum + weight, 0));
          return allocateAmount(value, weights).every((part, index) => {
            // |part × total − value × weight| < total  ⇔  |part − exact share| < 1 fen
            const gap = part.fen * total - value.fen * BigInt(weights[index] ?? 0);
            return (gap < 0n ? -gap : gap) < total;
          });
        }),
      );
    });
  });
});

describe('formatAmount', () => {
  const seed = amount('46910000');

  it.each([
    [{}, '¥46,910,000.00'],
    [{ unit: 'million' }, '46.91 million yuan'],
    [{ locale: 'zh', unit: 'wan' }, '4,691.00万元'],
    [{ locale: 'zh', unit: 'yi' }, '0.47亿元'],
    [{ locale: 'zh' }, '46,910,000.00元'],
    [{ unit: 'yuan', grouping: false }, '¥46910000.00'],
    [{ locale: 'zh', unit: 'yi', decimals: 4 }, '0.4691亿元'],
  ] as const)('writes 46,910,000 yuan with %j as %s', (options, text) => {
    expect(formatAmount(seed, options)).toBe(text);
  });

  it('rounds shown places half-up by default and by the stated mode otherwise', () => {
    expect(formatAmount(amount('12345'), { unit: 'wan' })).toBe('1.23 wan yuan');
    expect(formatAmount(amount('12500'), { unit: 'wan', decimals: 1 })).toBe('1.3 wan yuan');
    expect(formatAmount(amount('12500'), { unit: 'wan', decimals: 1, rounding: 'half-even' })).toBe('1.2 wan yuan');
  });

  it('writes negative amounts with the sign first', () => {
    expect(formatAmount(amount('-1234.5'))).toBe('-¥1,234.50');
    expect(formatAmount(amount('-1234.5'), { locale: 'zh' })).toBe('-1,234.50元');
  });

  it('reads back what it writes at full precision, in every unit and language', () => {
    const precise = { yuan: 2, thousand: 5, wan: 6, million: 8, yi: 10 } as const;
    fc.assert(
      fc.property(
        anyAmount,
        fc.constantFrom('yuan', 'thousand', 'wan', 'million', 'yi' as const),
        fc.constantFrom('en', 'zh' as const),
        (value, unit, locale) => {
          const text = formatAmount(value, { unit, locale, decimals: precise[unit] });
          const back = parseAmount(text);
          return back.ok && isEqualAmount(back.value, value);
        },
      ),
    );
  });
});

describe('convertAmount', () => {
  it('converts between 元, 万元 and 亿元 exactly', () => {
    expect(convertAmount(amount('46910000'), 'wan')).toBe('4691.000000');
    expect(convertAmount(amount('46910000'), 'yi')).toBe('0.4691000000');
    expect(convertAmount(amount('4691万元'), 'yuan')).toBe('46910000.00');
  });
});

describe('JSON', () => {
  it('writes amounts as decimal strings', () => {
    expect(JSON.stringify({ total: amount('4691万元') })).toBe('{"total":"46910000.00"}');
    expect(JSON.stringify(amount('-0.05'))).toBe('"-0.05"');
  });

  it('round-trips every amount exactly', () => {
    fc.assert(
      fc.property(anyAmount, (value) => {
        const back = parseAmount(JSON.parse(JSON.stringify(value)) as string);
        return back.ok && isEqualAmount(back.value, value);
      }),
    );
  });

  it('recognises its own amounts only', () => {
    const made: Amount = amount('1');
    expect(isAmount(made)).toBe(true);
    expect(isAmount({ fen: 100n })).toBe(false);
    expect(Object.isFrozen(made)).toBe(true);
  });
});
