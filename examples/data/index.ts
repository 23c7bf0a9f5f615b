/**
 * The 2011 Shenzhen–Guizhou programme (Shenzhen 440300 with Bijie and Qiannan), built through the public API: the
 * worked data of the guides and the API examples, importable as `pairing-aid/examples/2011`; and the two-year
 * programme of 2011–2012 (`twoYearRecord`) that the regions and reports guides walk through.
 *
 * @module examples/2011
 */
export * from './shenzhen-guizhou-2011-projects.js';
export * from './shenzhen-guizhou-2011.js';
export * from './shenzhen-guizhou-2011-lifecycles.js';
export { recordSeedLifecycle, type RecordedLifecycle } from '../database/seed-lifecycle.js';
export * from './dafang-pool-2012.js';
export * from './bijie-qiannan-2011-2012.js';
export * from './shenzhen-guizhou-2011-assessment.js';
