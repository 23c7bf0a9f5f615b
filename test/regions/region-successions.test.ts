import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/dates/iso-date.js';
import {
  checkRegionInForce,
  createRegionRegistry,
  findRegion,
  followRegionCode,
  gb2260Registry,
  isSameRegion,
  isWithinRegion,
  regionAtLevel,
  regionCode,
  regionCovers,
  regionSuccessions,
  successorRegionCode,
  type RegionRegistry,
} from '../../src/regions/index.js';
import { bijieCounties } from './bijie-counties.js';

const registry = gb2260Registry();
const endOf2011 = isoDate('2011-12-31');
const code = regionCode;
const day = isoDate;

describe('successorRegionCode', () => {
  it('maps the old Bijie codes to the codes in force at the end of 2011', () => {
    expect(successorRegionCode(code('522400'), endOf2011)).toBe('520500');
    for (const [old, now] of bijieCounties) expect(successorRegionCode(code(old), endOf2011)).toBe(now);
  });

  it('follows 黔西县 on to 黔西市 520581 after 2021', () => {
    expect(successorRegionCode(code('522423'), day('2022-06-30'))).toBe('520581');
  });

  it('puts 2011 Bijie records written with old and new codes under one prefecture', () => {
    const records = ['522401', '520502', '522422', '520521', '522427', '520527'].map((found) => code(found));
    const prefectures = new Set(records.map((found) => regionAtLevel(successorRegionCode(found, endOf2011), 'prefecture')));
    expect([...prefectures]).toEqual(['520500']);
  });

  it('returns the code itself before the change, or where there is no succession', () => {
    expect(successorRegionCode(code('522401'), day('2011-10-21'))).toBe('522401');
    expect(successorRegionCode(code('522401'), day('2011-10-22'))).toBe('520502');
    expect(successorRegionCode(code('522701'), endOf2011)).toBe('522701');
    expect(successorRegionCode(code('440306'), day('2020-01-01'))).toBe('440306');
  });

  it('reads a reused code as the area it denoted when the record was written: 511403 李渡区 of 1996 is 500102 涪陵区 now, 彭山区 of 2015 is itself', () => {
    expect(successorRegionCode(code('511403'), day('2020-01-01'), { writtenOn: day('1996-06-01') })).toBe('500102');
    expect(successorRegionCode(code('511403'), day('2020-01-01'), { writtenOn: day('2015-06-01') })).toBe('511403');
  });

  it('reads a code passed on and listed again in the same release as the new area: 421000 荆沙市 went to 420800 in 1996, 421000 is 荆州市 from then on', () => {
    expect(successorRegionCode(code('421000'), day('2005-12-31'))).toBe('421000');
    expect(successorRegionCode(code('421000'), day('2005-12-31'), { writtenOn: day('1996-12-01') })).toBe('421000');
    expect(successorRegionCode(code('421000'), day('2005-12-31'), { writtenOn: day('1996-06-01') })).toBe('420800');
    expect(followRegionCode(registry, code('421000'), day('1995-06-30'), day('1996-12-31'))).toEqual(['420800']);
  });

  describe('a code reissued for another area', () => {
    // 110101 甲 is listed 1990–1995 and again 2000–2002. It passed wholly to 110102 at the end of 1995 while the 1995
    // release still lists it (reissued), then to 110103 in 1996, when it is not listed: retired until 2000.
    const years = [1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002];
    const listed = (year: number) => year <= 1995 || year >= 2000;
    const reissued: RegionRegistry = {
      ...createRegionRegistry(years.map((year) => ({ revision: `${year}12`, entries: listed(year) ? [{ code: '110101', name: '甲' }] : [{ code: '110199', name: '丙' }] }))),
      successions: [
        { from: code('110101'), to: [code('110102')], extent: 'whole', revision: '199512', date: day('1995-12-01'), dayKnown: false },
        { from: code('110101'), to: [code('110103')], extent: 'whole', revision: '199612', date: day('1996-12-01'), dayKnown: false },
        { from: code('110109'), to: [code('110101')], extent: 'whole', revision: '199512', date: day('1995-12-01'), dayKnown: false },
      ],
    };
    const successorOf = (found: string, writtenOn: string) => successorRegionCode(code(found), day('2002-06-30'), { registry: reissued, writtenOn: day(writtenOn) });

    it('follows the succession for a record written before the day of the change', () => {
      expect(successorOf('110101', '1995-06-30')).toBe('110102');
    });

    it('reads a record written from the day of the change on as the new area, which follows its own successions', () => {
      expect(successorOf('110101', '1995-12-01')).toBe('110103');
    });

    it('follows the retirement for a record written while the code was out of use', () => {
      expect(successorOf('110101', '1998-06-30')).toBe('110103');
    });

    it('reads a record written after the code came back as the area it names then', () => {
      expect(successorOf('110101', '2001-06-30')).toBe('110101');
    });

    it('follows a code the registry never lists, whenever the record was written', () => {
      expect(successorOf('110109', '1994-06-30')).toBe('110103');
      expect(successorOf('110109', '1996-06-30')).toBe('110103');
    });

    it('reads a change the release it is filed under shows only later by its day', () => {
      // Filed under 200012, dated 2000-03-01: from that day 110101 is the area the 200012 release names 乙.
      const dated: RegionRegistry = {
        ...createRegionRegistry([
          { revision: '199912', entries: [{ code: '110101', name: '甲' }] },
          { revision: '200012', entries: [{ code: '110101', name: '乙' }] },
        ]),
        successions: [{ from: code('110101'), to: [code('110102')], extent: 'whole', revision: '200012', date: day('2000-03-01'), dayKnown: true }],
      };
      const on = (writtenOn: string) => successorRegionCode(code('110101'), day('2000-12-31'), { registry: dated, writtenOn: day(writtenOn) });
      expect(on('2000-02-29')).toBe('110102');
      expect(on('2000-03-01')).toBe('110101');
      expect(on('2000-06-30')).toBe('110101');
    });

    it('reads a release between the day of a change and the release it is filed under as not showing it yet', () => {
      // Dated 2000-03-01, filed under 200012, which no longer lists 110101: the area passed on, and a record written
      // in June with the code, while the 200006 release still listed it, follows the change.
      const retired: RegionRegistry = {
        ...createRegionRegistry([
          { revision: '199912', entries: [{ code: '110101', name: '甲' }] },
          { revision: '200006', entries: [{ code: '110101', name: '甲' }] },
          { revision: '200012', entries: [{ code: '110102', name: '乙' }] },
        ]),
        successions: [{ from: code('110101'), to: [code('110102')], extent: 'whole', revision: '200012', date: day('2000-03-01'), dayKnown: true }],
      };
      expect(successorRegionCode(code('110101'), day('2000-12-31'), { registry: retired, writtenOn: day('2000-06-30') })).toBe('110102');
    });

    it('reads no release dated before a change as showing it', () => {
      // Filed under 199912 but dated 2000-01-01: the 199912 release that lists 110101 came before the change.
      const early: RegionRegistry = {
        ...createRegionRegistry([{ revision: '199912', entries: [{ code: '110101', name: '甲' }] }]),
        successions: [{ from: code('110101'), to: [code('110102')], extent: 'whole', revision: '199912', date: day('2000-01-01'), dayKnown: true }],
      };
      expect(followRegionCode(early, code('110101'), day('2000-06-01'), day('2000-06-30'))).toEqual(['110102']);
    });
  });

  it('gives a merged area’s records to the code it joined: 崇文区 110103 into 东城区 110101 in 2010', () => {
    expect(successorRegionCode(code('110103'), day('2011-01-01'))).toBe('110101');
  });

  describe('split areas', () => {
    it('puts the records of a split county under the prefecture that holds every part: 邯郸县 130421 went to 130402 and 130403 in 2016', () => {
      expect(followRegionCode(registry, code('130421'), day('2010-01-01'), day('2017-01-01'))).toEqual(['130402', '130403']);
      expect(successorRegionCode(code('130421'), day('2017-01-01'), { writtenOn: day('2010-01-01') })).toBe('130400');
    });

    it('puts them under the province when the parts lie in several prefectures: 镇江地区 322600 went to four cities in 1983', () => {
      expect(followRegionCode(registry, code('322600'), day('1982-06-01'), day('1984-12-31'))).toEqual(['320100', '320200', '320400', '321100']);
      expect(successorRegionCode(code('322600'), day('1984-12-31'), { writtenOn: day('1982-06-01') })).toBe('320000');
    });

    it('keeps the code before the split takes effect', () => {
      expect(successorRegionCode(code('130421'), day('2015-12-31'), { writtenOn: day('2010-01-01') })).toBe('130421');
    });

    it('gives a division in force on the date for every split of the registry', () => {
      const splits = registry.successions.filter((succession) => succession.extent === 'whole' && succession.to.length > 1);
      expect(splits.length).toBeGreaterThan(300);
      for (const split of splits) {
        const date = day(`${split.revision.slice(0, 4)}-12-31`);
        const under = successorRegionCode(split.from, date, { writtenOn: day(`${Number(split.revision.slice(0, 4)) - 1}-06-30`) });
        const parts = followRegionCode(registry, split.from, day(`${Number(split.revision.slice(0, 4)) - 1}-06-30`), date);
        if (parts.length === 1) continue; // a later whole succession joined the parts again
        expect(parts.every((part) => isWithinRegion(part, under)), `${split.from} → ${parts.join(', ')} under ${under}`).toBe(true);
        expect(findRegion(registry, under, date), `${split.from} under ${under} on ${date}`).toBeDefined();
      }
    });
  });

  describe('edge cases', () => {
    const hops = (list: [string, string[], string][]): RegionRegistry => ({
      ...createRegionRegistry([{ revision: '199912', entries: [{ code: '110101', name: '甲' }] }]),
      successions: list.map(([from, to, date]) => ({ from: code(from), to: to.map((target) => code(target)), extent: 'whole', revision: '199912', date: day(date), dayKnown: true })),
    });

    it('keeps a split county’s records under its prefecture after the registry’s last day', () => {
      expect(successorRegionCode(code('130421'), day('2030-01-01'), { writtenOn: day('2010-01-01') })).toBe('130400');
    });

    it('puts a split’s records under the prefecture listed on the date, even one retired since: 零陵县 432921 into 432901 and 432902 of 零陵地区 in 1984', () => {
      expect(successorRegionCode(code('432921'), day('1984-12-31'), { writtenOn: day('1983-06-30') })).toBe('432900');
    });

    it('puts a split’s records under the province when the registry lists no prefecture holding the parts', () => {
      const split = hops([['110101', ['110102', '110105'], '2000-01-01']]);
      expect(successorRegionCode(code('110101'), day('2005-01-01'), { registry: split, writtenOn: day('1999-12-01') })).toBe('110000');
    });

    it('keeps the code as written when the parts of a split lie in different provinces', () => {
      const split = hops([['110101', ['110102', '120101'], '2000-01-01']]);
      expect(successorRegionCode(code('110101'), day('2005-01-01'), { registry: split, writtenOn: day('1999-12-01') })).toBe('110101');
    });

    it('follows successions given in any order by their dates', () => {
      const unordered = hops([
        ['110102', ['110103'], '2010-01-01'],
        ['110101', ['110102'], '2000-01-01'],
      ]);
      expect(successorRegionCode(code('110101'), day('2015-01-01'), { registry: unordered, writtenOn: day('1999-12-01') })).toBe('110103');
    });

    it('takes a code’s changes in the order of their dates, however they are listed', () => {
      // 110101 passed to 110102 in 2000, came back for another area and passed to 110105 in 2010, and again to 110106 in 2020.
      const reused = hops([
        ['110101', ['110106'], '2020-01-01'],
        ['110101', ['110102'], '2000-01-01'],
        ['110101', ['110105'], '2010-01-01'],
      ]);
      const successorOn = (date: string) => successorRegionCode(code('110101'), day(date), { registry: reused, writtenOn: day('1999-12-01') });
      expect(successorOn('1999-12-31')).toBe('110101');
      expect(successorOn('2005-01-01')).toBe('110102');
      expect(successorOn('2015-01-01')).toBe('110102');
      expect(successorOn('2024-01-01')).toBe('110102');
    });

    it('follows a chain of successions up to the date', () => {
      const chain = hops([
        ['110101', ['110102'], '2000-01-01'],
        ['110102', ['110103'], '2010-01-01'],
      ]);
      expect(successorRegionCode(code('110101'), day('2005-01-01'), { registry: chain, writtenOn: day('1999-12-01') })).toBe('110102');
      expect(successorRegionCode(code('110101'), day('2010-01-01'), { registry: chain, writtenOn: day('1999-12-01') })).toBe('110103');
    });

    it('stops on a table with a cycle', () => {
      const cycle = hops([
        ['110101', ['110102'], '2000-01-01'],
        ['110102', ['110101'], '2000-01-01'],
      ]);
      expect(['110101', '110102']).toContain(successorRegionCode(code('110101'), day('2005-01-01'), { registry: cycle, writtenOn: day('1999-12-01') }));
    });
  });

  describe('properties', () => {
    it('is idempotent: the successor of a successor on the same date is itself', () => {
      const codes = [...new Set(registry.successions.flatMap((found) => [found.from, ...found.to]))];
      const when = fc.date({ min: new Date('1982-01-01T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true });
      fc.assert(
        fc.property(fc.constantFrom(...codes), when, (found, at) => {
          const date = isoDate(at.toISOString().slice(0, 10));
          const once = successorRegionCode(found, date);
          return successorRegionCode(once, date) === once;
        }),
      );
    });

    it('is idempotent for every code of a succession on the first day of every release', () => {
      const codes = [...new Set(registry.successions.flatMap((found) => [found.from, ...found.to]))];
      const wrong: string[] = [];
      for (const revision of registry.revisions) {
        const date = day(`${revision.slice(0, 4)}-${revision.slice(4, 6)}-01`);
        for (const found of codes) {
          const once = successorRegionCode(found, date);
          const twice = successorRegionCode(once, date);
          if (twice !== once) wrong.push(`${found} ${date}: ${once} → ${twice}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('ends every whole succession at codes the registry lists at its last year end', () => {
      const lastEnd = day('2024-12-31');
      for (const succession of registry.successions.filter((found) => found.extent === 'whole').slice(0, 400)) {
        for (const found of followRegionCode(registry, succession.from, succession.date, lastEnd)) {
          expect(checkRegionInForce(registry, found, lastEnd), `${succession.from} → ${found}`).toEqual([]);
        }
      }
    });
  });
});

describe('regionSuccessions', () => {
  it('returns the successions that passed an area to a code as well as those from it', () => {
    expect(regionSuccessions(registry, code('520502')).map((found) => [found.from, found.to, found.date])).toEqual([['522401', ['520502'], '2011-10-22']]);
  });

  it('returns nothing for a code no change concerns', () => {
    expect(regionSuccessions(registry, code('522722'))).toEqual([]);
  });
});

describe('followRegionCode', () => {
  it('returns a code the registry does not know as it is', () => {
    expect(followRegionCode(registry, code('522799'), day('2011-01-01'), day('2020-01-01'))).toEqual(['522799']);
  });

  it('does not follow a part of an area that passed to another code, in any registry', () => {
    const carved: RegionRegistry = {
      ...createRegionRegistry([
        { revision: '201512', entries: [{ code: '440306', name: '宝安区' }] },
        { revision: '201612', entries: [{ code: '440306', name: '宝安区' }, { code: '440309', name: '龙华区' }] },
      ]),
      successions: [{ from: code('440306'), to: [code('440309')], extent: 'part', revision: '201612', date: day('2016-10-11'), dayKnown: true }],
    };
    expect(followRegionCode(carved, code('440306'), day('2015-12-01'), day('2016-12-31'))).toEqual(['440306']);
  });

  it('returns every part of a split area', () => {
    expect(followRegionCode(registry, code('130421'), day('2010-01-01'), day('2017-01-01'))).toEqual(['130402', '130403']);
  });

  it('does not follow a part that passed to another code: 宝安区 gave 龙华区 part of its area in 2016', () => {
    expect(followRegionCode(registry, code('440306'), day('2011-01-01'), day('2020-01-01'))).toEqual(['440306']);
    const passedOn = regionSuccessions(registry, code('440306')).filter((found) => found.from === '440306');
    expect(passedOn.map((found) => [found.extent, found.to, found.revision])).toEqual([
      ['part', ['440309'], '201612'],
      ['part', ['440311'], '201812'],
    ]);
  });

  it('reads a reused code as the area it denoted on the day it was written', () => {
    // 511403 named a district of 乐山 in 1995–1996 and one of 眉山 from 2014.
    const early = followRegionCode(registry, code('511403'), day('1996-06-01'), day('2020-01-01'));
    const late = followRegionCode(registry, code('511403'), day('2015-06-01'), day('2020-01-01'));
    expect(late).toEqual(['511403']);
    expect(early).not.toEqual(['511403']);
  });
});

describe('followRegionCode on a reused code', () => {
  // 110101 is listed in 1999, left out in 2000 (its area passed to 110102 then) and listed again, for another area, in 2001.
  const reused: RegionRegistry = {
    ...createRegionRegistry([
      { revision: '199912', entries: [{ code: '110101', name: '甲' }] },
      { revision: '200012', entries: [{ code: '110102', name: '乙' }] },
      { revision: '200112', entries: [{ code: '110101', name: '丙' }, { code: '110102', name: '乙' }] },
    ]),
    successions: [{ from: code('110101'), to: [code('110102')], extent: 'whole', revision: '200012', date: day('2000-12-01'), dayKnown: false }],
  };

  it('follows the code written before its retirement to the code its area passed to', () => {
    expect(followRegionCode(reused, code('110101'), day('2000-06-01'), day('2002-06-01'))).toEqual(['110102']);
  });

  it('keeps the code written after it came back, even on the day its earlier area passed on', () => {
    expect(followRegionCode(reused, code('110101'), day('2002-01-01'), day('2002-06-01'))).toEqual(['110101']);
    expect(followRegionCode(reused, code('110101'), day('2001-12-01'), day('2002-06-01'))).toEqual(['110101']);
  });

  it('reads a code back under an earlier name as the area of its latest return', () => {
    // 110101 is 甲 in 1999, 乙 in 2001 and 甲 again in 2003, left out in the years between; the area of 2001 passed to 110102 in 2002.
    const returns: RegionRegistry = {
      ...createRegionRegistry([
        { revision: '199912', entries: [{ code: '110101', name: '甲' }] },
        { revision: '200012', entries: [{ code: '110105', name: '丁' }] },
        { revision: '200112', entries: [{ code: '110101', name: '乙' }] },
        { revision: '200212', entries: [{ code: '110102', name: '丙' }] },
        { revision: '200312', entries: [{ code: '110101', name: '甲' }, { code: '110102', name: '丙' }] },
      ]),
      successions: [{ from: code('110101'), to: [code('110102')], extent: 'whole', revision: '200212', date: day('2002-12-01'), dayKnown: false }],
    };
    expect(followRegionCode(returns, code('110101'), day('2001-12-15'), day('2003-12-15'))).toEqual(['110102']);
    expect(followRegionCode(returns, code('110101'), day('2003-12-15'), day('2003-12-31'))).toEqual(['110101']);
  });
});

describe('isSameRegion', () => {
  it('tells that 大方县 as 522422 in 2010 and as 520521 in 2012 is one county', () => {
    expect(isSameRegion(registry, [code('522422'), day('2010-05-01')], [code('520521'), day('2012-05-01')])).toBe(true);
    expect(isSameRegion(registry, [code('520521'), day('2012-05-01')], [code('522422'), day('2010-05-01')])).toBe(true);
  });

  it('tells apart two areas split into parts of which one is shared', () => {
    // 110101 went to 110105 and 110106, 110102 to 110105 and 110107: the new 110105 took a part of each.
    const splits: RegionRegistry = {
      ...createRegionRegistry([{ revision: '199912', entries: [{ code: '110101', name: '甲' }, { code: '110102', name: '乙' }] }]),
      successions: [
        { from: code('110101'), to: [code('110105'), code('110106')], extent: 'whole', revision: '199912', date: day('2000-01-01'), dayKnown: true },
        { from: code('110102'), to: [code('110105'), code('110107')], extent: 'whole', revision: '199912', date: day('2000-01-01'), dayKnown: true },
      ],
    };
    expect(followRegionCode(splits, code('110102'), day('1999-12-01'), day('2000-06-01'))).toEqual(['110105', '110107']);
    expect(isSameRegion(splits, [code('110101'), day('1999-12-01')], [code('110102'), day('2000-06-01')])).toBe(false);
    expect(isSameRegion(splits, [code('110101'), day('1999-12-01')], [code('110101'), day('1999-12-15')])).toBe(true);
  });

  it('tells two counties apart across the change', () => {
    expect(isSameRegion(registry, [code('522422'), day('2010-05-01')], [code('520522'), day('2012-05-01')])).toBe(false);
  });

  it('does not take a part of a split area for the whole', () => {
    expect(isSameRegion(registry, [code('130421'), day('2010-01-01')], [code('130402'), day('2017-01-01')])).toBe(false);
    expect(isSameRegion(registry, [code('130402'), day('2017-01-01')], [code('130421'), day('2010-01-01')])).toBe(false);
  });
});

describe('regionCovers', () => {
  it('lets a 1996 area recorded on 522400 cover a 2012 location in 520525', () => {
    expect(regionCovers(registry, [code('522400'), day('1996-01-01')], [code('520525'), day('2012-03-01')])).toBe(true);
    expect(regionCovers(registry, [code('522400'), day('1996-01-01')], [code('522426'), day('2010-03-01')])).toBe(true);
  });

  it('lets an area recorded on 520500 cover an older record in 522426', () => {
    expect(regionCovers(registry, [code('520500'), day('2012-01-01')], [code('522426'), day('2010-03-01')])).toBe(true);
  });

  it('does not let Bijie cover Qiannan', () => {
    expect(regionCovers(registry, [code('522400'), day('1996-01-01')], [code('522701'), day('2012-03-01')])).toBe(false);
  });

  it('split: an area covers every part it was split into, a part does not cover the old whole', () => {
    for (const part of ['130402', '130403']) {
      expect(regionCovers(registry, [code('130421'), day('2010-01-01')], [code(part), day('2017-01-01')])).toBe(true);
    }
    expect(regionCovers(registry, [code('130402'), day('2017-01-01')], [code('130421'), day('2010-01-01')])).toBe(false);
  });

  it('merge: an area merged into another covers the whole merged area', () => {
    expect(regionCovers(registry, [code('110103'), day('2009-01-01')], [code('110101'), day('2011-01-01')])).toBe(true);
  });

  it('part: an area no longer covers a part that passed to another code', () => {
    expect(regionCovers(registry, [code('440306'), day('2011-01-01')], [code('440309'), day('2017-01-01')])).toBe(false);
  });

  describe('properties', () => {
    it('lets the prefecture cover each Bijie county under its old code at any date, and its new one from 2011-10-22', () => {
      const when = fc.date({ min: new Date('1996-01-01T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true });
      fc.assert(
        fc.property(fc.constantFrom(...bijieCounties), fc.boolean(), when, ([old, now], useNew, at) => {
          const date = isoDate(at.toISOString().slice(0, 10));
          const written = useNew && date >= '2011-10-22' ? now : old;
          return regionCovers(registry, [code('522400'), day('1996-01-01')], [code(written), date]);
        }),
      );
    });
  });
});
