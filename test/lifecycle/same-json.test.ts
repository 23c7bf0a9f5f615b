import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amount, canonicalJson } from '../../src/index.js';
import { isSameJson } from '../../src/lifecycle/canonical-json.js';

// Values as events hold them: JSON, with amounts (written by their toJSON) and fields left undefined.
const eventValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -3, max: 3 }),
    fc.constantFrom('', 'a', 'b', '0.50'),
    fc.constantFrom('0.50', '1.00', '0.5').map((text) => amount(text)),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 }),
  ),
})).value;
// An event is an object.
const eventObject = fc.dictionary(fc.constantFrom('a', 'b', 'c'), eventValue, { maxKeys: 3 });

describe('an event decided again is the stored one', () => {
  it('exactly when both have the same canonical JSON', () => {
    fc.assert(
      fc.property(eventObject, eventObject, (left, right) => {
        expect(isSameJson(left, right)).toBe(canonicalJson(left) === canonicalJson(right));
      }),
      { numRuns: 500 },
    );
  });

  it('whatever order its fields were written in, and with fields left undefined as if absent', () => {
    expect(isSameJson({ a: 1, b: [2, { c: 'x' }] }, { b: [2, { c: 'x' }], a: 1 })).toBe(true);
    expect(isSameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(isSameJson({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(isSameJson({ a: undefined }, { b: undefined })).toBe(true);
  });

  it('with an amount the same as its decimal text, and not as another amount', () => {
    expect(isSameJson({ budget: amount('800000.00') }, { budget: '800000.00' })).toBe(true);
    expect(isSameJson(amount('0.50'), amount('0.5'))).toBe(true);
    expect(isSameJson(amount('0.50'), amount('0.51'))).toBe(false);
  });

  it('not when a list is longer, shorter or in another order, nor when a list stands for an object', () => {
    expect(isSameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(isSameJson([1, 2, 3], [1, 2])).toBe(false);
    expect(isSameJson([1, 2], [2, 1])).toBe(false);
    expect(isSameJson([], {})).toBe(false);
    expect(isSameJson({}, [])).toBe(false);
    expect(isSameJson({ 0: 'a' }, ['a'])).toBe(false);
    expect(isSameJson(['a'], { 0: 'a' })).toBe(false);
  });

  it('with a hole or an undefined item of a list read as null, as JSON writes it', () => {
    expect(isSameJson([undefined, 1], [null, 1])).toBe(true);
    expect(isSameJson([null, 1], [undefined, 1])).toBe(true);
    expect(isSameJson([undefined], [0])).toBe(false);
  });

  it('not when a field is missing, added or of another value, nor for null against an object', () => {
    expect(isSameJson({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(isSameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(isSameJson({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(isSameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(isSameJson(null, {})).toBe(false);
    expect(isSameJson({}, null)).toBe(false);
    expect(isSameJson(1, '1')).toBe(false);
    expect(isSameJson('x', { x: 1 })).toBe(false);
    expect(isSameJson({ x: 1 }, 'x')).toBe(false);
  });
});

describe('canonicalJson of what JSON cannot hold', () => {
  it('refuses a bigint, wherever it is', () => {
    expect(() => canonicalJson(1n)).toThrow(new TypeError('A bigint has no JSON form.'));
    expect(() => canonicalJson({ a: [1n] })).toThrow(TypeError);
  });

  it('writes null for nothing at the top and in a list, and leaves out fields holding nothing', () => {
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson([undefined, () => 1, Symbol('s')])).toBe('[null,null,null]');
    expect(canonicalJson({ a: undefined, b: () => 1, c: 1 })).toBe('{"c":1}');
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(canonicalJson({ a: undefined })).toBe('{}');
  });
});
