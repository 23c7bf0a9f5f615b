import { Decimal } from 'decimal.js';

/**
 * The library's own decimal.js constructor. A consumer's `Decimal.set(...)` changes only the global
 * constructor, never this clone, so results do not depend on the host app's settings.
 * 40 significant digits hold any amount in fen times any factor a report needs.
 */
export const LibDecimal = /* @__PURE__ */ Decimal.clone({
  precision: 40,
  rounding: 4,
  toExpNeg: -40,
  toExpPos: 40,
});

export type LibDecimalValue = InstanceType<typeof LibDecimal>;
