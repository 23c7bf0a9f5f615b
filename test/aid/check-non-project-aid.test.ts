import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedNonProjectAid2011 } from '../../examples/data/shenzhen-guizhou-2011.js';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import { amount, checkNonProjectAid, formatPath, isoDate, personCount, regionCode, type LabourCooperation, type NonProjectAid } from '../../src/index.js';

const codesAndPaths = (issues: readonly { code: string; path: readonly (string | number)[] }[]) => issues.map((issue) => [issue.code, formatPath(issue.path)]);
const [training] = seedNonProjectAid2011 as [NonProjectAid, ...NonProjectAid[]];
const labour = seedNonProjectAid2011.find((record): record is LabourCooperation => record.kind === 'labour-cooperation')!;

describe('checkNonProjectAid', () => {
  it('returns no issue for the 2011 records, alone or with their programme', () => {
    expect(checkNonProjectAid(seedNonProjectAid2011)).toEqual([]);
    expect(checkNonProjectAid(seedNonProjectAid2011, { programme: seedProgramme2011 })).toEqual([]);
  });

  it('returns every violation at once, record by record', () => {
    const records: NonProjectAid[] = [
      { ...training, date: { date: isoDate('2012-03-01'), precision: 'month' }, funds: [{ category: 'gifts', amount: amount('1万元'), recipient: regionCode('522700') }], recipients: [regionCode('522400')] },
      { ...training },
      { ...labour, recipients: [regionCode('530100')], placement: { basis: 'reported', buckets: { ...labour.placement!.buckets, inCounty: personCount(299) } } },
    ];
    expect(codesAndPaths(checkNonProjectAid(records, { programme: seedProgramme2011 }))).toEqual([
      ['aid-date-outside-year', '[0].date'],
      ['fund-category-unknown', '[0].funds[0].category'],
      ['fund-recipient-unlisted', '[0].funds[0].recipient'],
      ['id-duplicate', '[1].id'],
      ['labour-placement-sum', '[2].placement.buckets.total'],
      ['recipient-not-paired', '[2].recipients[0]'],
    ]);
  });

  it('names in each issue what is wrong: the repeated id and where it first stood, the date and year, the category, the recipient, the pairing', () => {
    const records: NonProjectAid[] = [
      { ...training, date: { date: isoDate('2012-03-01'), precision: 'month' }, funds: [{ category: 'gifts', amount: amount('1万元'), recipient: regionCode('522700') }], recipients: [regionCode('522400')] },
      { ...training },
      { ...labour, recipients: [regionCode('530100')] },
    ];
    expect(checkNonProjectAid(records, { programme: seedProgramme2011 }).map((issue) => [issue.code, issue.params])).toEqual([
      ['aid-date-outside-year', { date: '2012-03-01', year: training.year }],
      ['fund-category-unknown', { category: 'gifts' }],
      ['fund-recipient-unlisted', { recipient: '522700' }],
      ['id-duplicate', { kind: 'activity', id: training.id, first: '[0].id' }],
      ['recipient-not-paired', { donor: labour.donor, recipient: '530100', year: labour.year }],
    ]);
  });

  it('accepts a fund share for any one of the record’s recipients', () => {
    const shared = { ...training, recipients: [regionCode('522400'), regionCode('522700')], funds: [{ category: 'gifts', amount: amount(1), recipient: regionCode('522700') }] };
    expect(checkNonProjectAid([shared])).toEqual([]);
  });

  it('accepts labour cooperation that reports no placement split', () => {
    const { placement: _dropped, ...unsplit } = labour;
    expect(checkNonProjectAid([unsplit])).toEqual([]);
  });

  it('accepts a district of the donor city, paired through its city', () => {
    const luohu = seedNonProjectAid2011.find((record) => record.donor === '440303');
    expect(luohu).toBeDefined();
    expect(checkNonProjectAid([luohu!], { programme: seedProgramme2011 })).toEqual([]);
  });

  describe('edge cases', () => {
    it('checks categories and pairings only when given the programme', () => {
      const stray = { ...training, recipients: [regionCode('530100')], funds: [{ category: 'gifts', amount: amount(1) }] };
      expect(checkNonProjectAid([stray])).toEqual([]);
    });

    it('reports a pairing that had ended by the record’s year', () => {
      const ended = { ...seedProgramme2011, pairings: seedProgramme2011.pairings.map((pairing) => ({ ...pairing, to: isoDate('2010-12-31') })) };
      expect(checkNonProjectAid([training], { programme: ended }).map((issue) => issue.code)).toEqual(['recipient-not-paired', 'recipient-not-paired']);
    });
  });

  it('reports the labour buckets exactly when they do not sum to their total (property)', () => {
    const count = fc.nat({ max: 100_000 }).map(personCount);
    fc.assert(
      fc.property(count, count, count, count, (total, outsideProvince, inProvinceOutsideCounty, inCounty) => {
        const record = { ...labour, placement: { basis: 'reported' as const, buckets: { total, outsideProvince, inProvinceOutsideCounty, inCounty } } };
        const codes = checkNonProjectAid([record]).map((issue) => issue.code);
        expect(codes).toEqual(outsideProvince + inProvinceOutsideCounty + inCounty === total ? [] : ['labour-placement-sum']);
      }),
    );
  });
});
