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
  checkProgramme,
  followRegionCode,
  regionCovers,
  revisionInForce,
  type ProgrammeRecord,
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

  it('follows codes to readonly lists, and covers only checked codes with dates', () => {
    const registry = gb2260Registry();
    const date = isoDate('2012-01-01');
    expectTypeOf(followRegionCode(registry, regionCode('522401'), date, date)).toEqualTypeOf<readonly RegionCode[]>();
    expectTypeOf(regionCovers(registry, [regionCode('522400'), date], [regionCode('520525'), date])).toEqualTypeOf<boolean>();
    // @ts-expect-error a covered location needs its date
    regionCovers(registry, [regionCode('522400'), date], [regionCode('520525')]);
    expectTypeOf(revisionInForce(registry, date)).toEqualTypeOf<string | undefined>();
  });

  it('turns the region check off only by name', () => {
    const record = {} as ProgrammeRecord;
    checkProgramme(record, { regionCheck: false });
    // @ts-expect-error `true` is not a check: the default is on already
    checkProgramme(record, { regionCheck: true });
  });
});
