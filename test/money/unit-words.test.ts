import { describe, expect, it } from 'vitest';
import { amount, amountUnits } from '../../src/money/index.js';

describe('parseAmount unit words', () => {
  it.each([
    ['12', 1200n],
    ['12元', 1200n],
    ['12 yuan', 1200n],
    ['12 CNY', 1200n],
    ['12 rmb', 1200n],
    ['12千元', 1_200_000n],
    ['12 thousand yuan', 1_200_000n],
    ['12 thousand', 1_200_000n],
    ['12万元', 12_000_000n],
    ['12万', 12_000_000n],
    ['12 wan yuan', 12_000_000n],
    ['12 wan', 12_000_000n],
    ['12百万元', 1_200_000_000n],
    ['12 million', 1_200_000_000n],
    ['12 million yuan', 1_200_000_000n],
    ['12亿元', 120_000_000_000n],
    ['12亿', 120_000_000_000n],
    ['12 yi yuan', 120_000_000_000n],
    ['12 yi', 120_000_000_000n],
  ])('reads %s as %s fen', (input, fen) => {
    expect(amount(input).fen).toBe(fen);
  });

  it('reads unit words in any case and with any run of spaces', () => {
    expect(amount('46.91 Million  Yuan').fen).toBe(4_691_000_000n);
    expect(amount('46.91\tMILLION\u3000yuan').fen).toBe(4_691_000_000n);
    expect(amount('1.2 Thousand   YUAN').fen).toBe(120_000n);
  });

  it('knows each unit by the power of ten it stands for', () => {
    expect(amountUnits).toEqual({ yuan: 0, thousand: 3, wan: 4, million: 6, yi: 8 });
  });
});
