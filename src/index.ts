/**
 * pairing-aid: the domain model and rules of east–west pairing-off poverty alleviation (东西部扶贫协作),
 * with exact money, typed problems and no I/O.
 *
 * @packageDocumentation
 */
export * from './errors/index.js';
export * from './money/index.js';
export * from './dates/index.js';
export * from './schema/index.js';
export * from './regions/index.js';
export * from './model/index.js';
export type { Brand } from './internal/brand.js';
export * from './privacy/index.js';
export * from './lifecycle/index.js';
export * from './record/index.js';
export * from './beneficiaries/index.js';
export * from './aid/index.js';
export * from './pool/index.js';
export * from './exports/index.js';
export * from './report/index.js';
export * from './assessment/index.js';
