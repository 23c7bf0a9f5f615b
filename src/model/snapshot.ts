import type { IsoDate } from '../dates/iso-date.js';
import type { Brand } from '../internal/brand.js';
import type { Amount } from '../money/amount.js';

/**
 * The JSON form of a model value, as the `parse…` functions accept it: amounts as decimal strings
 * (`"46910000.00"`), dates and identifiers as plain strings, everything else as it is.
 * `JSON.parse(JSON.stringify(value))` of a model value is its snapshot.
 *
 * @example
 * ```ts
 * const json: Snapshot<Pairing> = { id: 'sz-bijie', donor: '440300', recipient: '522400', from: '1996-01-01' }
 * parsePairing(json).ok
 * //=> true
 * ```
 */
export type Snapshot<T> = T extends Amount
  ? string
  : T extends IsoDate
    ? string
    : T extends Brand<string, string>
      ? string
      : T extends string | number | boolean
        ? T
        : T extends readonly (infer Element)[]
          ? readonly Snapshot<Element>[]
          : T extends object
            ? { readonly [Key in keyof T]: Snapshot<T[Key]> }
            : T;
