import { describe, expectTypeOf, it } from 'vitest';
import { addAmounts, amount, type Amount } from '../../src/index.js';

describe('Amount types', () => {
  it('cannot be mixed with a plain number', () => {
    const a = amount('1');
    // @ts-expect-error a number is not an amount
    addAmounts(a, 1);
    // @ts-expect-error an amount-shaped object made by hand is not an amount
    addAmounts(a, { fen: 1n });
    // @ts-expect-error no arithmetic operators on amounts
    const product = a * 2;
    expectTypeOf(addAmounts(a, a)).toEqualTypeOf<Amount>();
    expectTypeOf(a.fen).toEqualTypeOf<bigint>();
    void product;
  });
});
