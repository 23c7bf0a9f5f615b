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
