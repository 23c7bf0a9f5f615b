import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/dates/iso-date.js';
import type { Location } from '../../src/model/location.js';
import { checkRegionInForce, gb2260Registry, resolveFunctionalArea, shenzhenFunctionalAreas } from '../../src/regions/index.js';

describe('resolveFunctionalArea', () => {
  it('returns the parent district and the area name for each Shenzhen functional area', () => {
    expect(resolveFunctionalArea('光明新区')).toEqual({ region: '440306', area: '光明新区' });
    expect(resolveFunctionalArea('坪山新区')).toEqual({ region: '440307', area: '坪山新区' });
    expect(resolveFunctionalArea('龙华新区')).toEqual({ region: '440306', area: '龙华新区' });
    expect(resolveFunctionalArea('大鹏新区')).toEqual({ region: '440307', area: '大鹏新区' });
  });

  it('reads English names too', () => {
    expect(resolveFunctionalArea('Guangming New District')).toEqual({ region: '440306', area: '光明新区' });
    expect(resolveFunctionalArea('Pingshan New District')).toEqual({ region: '440307', area: '坪山新区' });
    expect(resolveFunctionalArea('LONGHUA NEW DISTRICT')).toEqual({ region: '440306', area: '龙华新区' });
    expect(resolveFunctionalArea(' dapeng new district ')).toEqual({ region: '440307', area: '大鹏新区' });
  });

  it('gives a location the model accepts', () => {
    const found = resolveFunctionalArea('光明新区');
    const location: Location | undefined = found && { ...found, township: '公明街道' };
    expect(location).toEqual({ region: '440306', area: '光明新区', township: '公明街道' });
  });

  it('returns the district an area became, from the day that was approved', () => {
    expect(resolveFunctionalArea('光明新区', { date: isoDate('2018-05-24') })).toEqual({ region: '440306', area: '光明新区' });
    expect(resolveFunctionalArea('光明新区', { date: isoDate('2018-05-25') })).toEqual({ region: '440311' });
    expect(resolveFunctionalArea('坪山新区', { date: isoDate('2017-01-01') })).toEqual({ region: '440310' });
    expect(resolveFunctionalArea('大鹏新区', { date: isoDate('2024-01-01') })).toEqual({ region: '440307', area: '大鹏新区' });
  });

  describe('edge cases', () => {
    it('returns undefined for a name the table does not know', () => {
      expect(resolveFunctionalArea('前海')).toBeUndefined();
      expect(resolveFunctionalArea('')).toBeUndefined();
    });

    it('uses the table the options give', () => {
      const areas = [{ ...shenzhenFunctionalAreas[3]!, name: { zh: '前海', en: 'Qianhai' } }];
      expect(resolveFunctionalArea('前海', { areas })).toEqual({ region: '440307', area: '前海' });
      expect(resolveFunctionalArea('光明新区', { areas })).toBeUndefined();
    });
  });

  describe('the table', () => {
    const registry = gb2260Registry();

    it('names parent districts that were in force when each area was set up', () => {
      for (const area of shenzhenFunctionalAreas) expect(checkRegionInForce(registry, area.region, area.established)).toEqual([]);
    });

    it('cites where each area and its change of status are recorded', () => {
      for (const area of shenzhenFunctionalAreas) {
        expect(area.source, area.name.zh).toContain(area.established.slice(0, 4));
        if (area.becameDistrict) expect(area.source, area.name.zh).toContain(area.becameDistrict.date);
      }
    });

    it('cites for each new district a release of the Ministry that lists it', () => {
      for (const { becameDistrict, source } of shenzhenFunctionalAreas) {
        if (becameDistrict === undefined) continue;
        const revision = /MCA release (\d{4})(\d{2})/.exec(source);
        expect(revision, source).not.toBeNull();
        expect(checkRegionInForce(registry, becameDistrict.code, isoDate(`${revision?.[1]}-${revision?.[2]}-01`))).toEqual([]);
      }
    });

    it('names districts that the releases list once the area became one', () => {
      for (const { becameDistrict } of shenzhenFunctionalAreas) {
        if (becameDistrict === undefined) continue;
        expect(checkRegionInForce(registry, becameDistrict.code, becameDistrict.date, [], { acceptNextRevision: true })).toEqual([]);
      }
    });
  });
});
