import { describe, expectTypeOf, it } from 'vitest';
import {
  findRegion,
  gb2260Registry,
  isoDate,
  regionCode,
  successorRegionCode,
  projectId,
  type Issue,
  type Region,
  type RegionCode,
  checkRegionInForce,
} from '../../src/index.js';

describe('region types', () => {
  it('keeps region codes apart from other identifiers and plain strings', () => {
    const date = isoDate('2011-12-31');
    expectTypeOf(successorRegionCode(regionCode('522401'), date)).toEqualTypeOf<RegionCode>();
    // @ts-expect-error a plain string is not a checked region code
    successorRegionCode('522401', date);
    // @ts-expect-error a project id is not a region code
    successorRegionCode(projectId('p-1'), date);
    // @ts-expect-error a date must be an IsoDate, not any string
    successorRegionCode(regionCode('522401'), '2011-12-31');
  });

  it('returns readonly results', () => {
    const registry = gb2260Registry();
    const date = isoDate('2011-06-01');
    expectTypeOf(findRegion(registry, '522401', date)).toEqualTypeOf<Region | undefined>();
    expectTypeOf(checkRegionInForce(registry, '522401', date)).toEqualTypeOf<readonly Issue[]>();
    // @ts-expect-error the registry is readonly
    registry.revisions.push('202012');
  });
});
