/**
 * GB/T 2260 administrative division codes with their history: levels, parents, successions, the code in force on a date, and Shenzhen's functional areas.
 *
 * Import it as `pairing-aid/regions`, or everything from `pairing-aid`.
 *
 * @module regions
 */
export {
  isWithinRegion,
  parentRegionCode,
  parseRegionCode,
  regionAtLevel,
  regionCode,
  regionLevel,
  regionLevels,
  type ParseRegionCodeOptions,
  type RegionCode,
  type RegionLevel,
} from './region-code.js';
export type {
  RegionListing,
  RegionRegistry,
  RegionRelease,
  RegionReleaseEntry,
  RegionSuccession,
  RevisionSpan,
} from './region-registry.js';
export type { Region, RegionDateOptions, RegionName } from './region.js';
export { createRegionRegistry, parseRegionRegistry } from './create-region-registry.js';
export { gb2260Registry, gb2260ReleaseUrl } from './gb2260-registry.js';
export { regionReleases } from './region-releases.js';
export { revisionInForce } from './revision-in-force.js';
export { findRegion, parentRegion } from './find-region.js';
export { childRegions } from './child-regions.js';
export { regionHistory } from './region-history.js';
export { checkRegionInForce } from './check-region-in-force.js';
export { englishRegionName, seedRegionEnglishNames, type RegionEnglishName } from './english-region-names.js';
export { regionSuccessions, successorRegionCode, type SuccessorRegionCodeOptions } from './region-successions.js';
export { followRegionCode } from './follow-region-code.js';
export { isSameRegion } from './is-same-region.js';
export { regionCovers } from './region-covers.js';
export {
  resolveFunctionalArea,
  shenzhenFunctionalAreas,
  type FunctionalArea,
  type FunctionalAreaLocation,
  type ResolveFunctionalAreaOptions,
} from './functional-areas.js';
export { regionLevelLabelsZh } from './region-level-labels.js';
