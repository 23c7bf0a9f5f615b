import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/dates/iso-date.js';
import { PairingAidError } from '../../src/errors/pairing-aid-error.js';
import {
  createRegionRegistry,
  gb2260Registry,
  parseRegionRegistry,
  regionCode,
  regionReleases,
  revisionInForce,
  type RegionRelease,
} from '../../src/regions/index.js';

const issuesOf = (input: unknown) => {
  const parsed = parseRegionRegistry(input);
  return parsed.ok ? [] : parsed.issues.map((found) => ({ code: found.code, path: found.path }));
};

const bijie2010: RegionRelease = {
  revision: '201012',
  entries: [
    { code: '520000', name: '贵州省' },
    { code: '522400', name: '毕节地区' },
    { code: '522401', name: '毕节市' },
  ],
};
const bijie2011: RegionRelease = {
  revision: '201112',
  entries: [
    { code: '520000', name: '贵州省' },
    { code: '520500', name: '毕节市' },
    { code: '520502', name: '七星关区' },
  ],
};

describe('parseRegionRegistry', () => {
  it('returns a registry of releases given in any order', () => {
    const parsed = parseRegionRegistry([bijie2011, bijie2010]);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.revisions).toEqual(['201012', '201112']);
    expect(parsed.value.listings.get(regionCode('520000'))).toEqual([
      { code: '520000', name: '贵州省', spans: [{ first: '201012', last: '201112' }] },
    ]);
    expect([...parsed.value.listings.keys()]).toEqual(['520000', '520500', '520502', '522400', '522401']);
    expect(parsed.value.successions).toEqual([]);
  });

  it('reports every problem with its path', () => {
    expect(
      issuesOf([
        { revision: '2010-12', entries: [{ code: '52240', name: '毕节地区' }] },
        { revision: '201013', entries: 'none' },
        { revision: '201112', entries: [{ code: '990000', name: ' ' }, 7] },
        { revision: '201112', entries: [] },
      ]),
    ).toEqual([
      { code: 'region-revision-format', path: [0, 'revision'] },
      { code: 'region-code-format', path: [0, 'entries', 0, 'code'] },
      { code: 'region-revision-format', path: [1, 'revision'] },
      { code: 'invalid-type', path: [1, 'entries'] },
      { code: 'region-code-province', path: [2, 'entries', 0, 'code'] },
      { code: 'region-name-empty', path: [2, 'entries', 0, 'name'] },
      { code: 'invalid-type', path: [2, 'entries', 1] },
      { code: 'region-revision-duplicate', path: [3, 'revision'] },
    ]);
  });

  describe('edge cases', () => {
    it('refuses no releases', () => {
      expect(issuesOf([])).toEqual([{ code: 'region-releases-empty', path: [] }]);
    });

    it('refuses input that is not a list of releases', () => {
      expect(issuesOf({ revision: '201012', entries: [] })).toEqual([{ code: 'invalid-type', path: [] }]);
      expect(issuesOf([null])).toEqual([{ code: 'invalid-type', path: [0] }]);
    });

    it.each(['201000', '20101', '2010120', ' 201012', '201012 ', 'x201012', '2010-1', 'abcd12'])('refuses the revision %j', (revision) => {
      expect(issuesOf([{ revision, entries: [] }])).toEqual([{ code: 'region-revision-format', path: [0, 'revision'] }]);
    });

    it('names the revision given twice', () => {
      const parsed = parseRegionRegistry([bijie2010, { ...bijie2011, revision: '201012' }]);
      expect(parsed.ok ? [] : parsed.issues.map((found) => found.params)).toEqual([{ revision: '201012' }]);
    });

    it('refuses a revision given as a number, quoting it', () => {
      const parsed = parseRegionRegistry([{ revision: 201012, entries: [] }]);
      expect(parsed.ok ? [] : parsed.issues.map((found) => [found.code, found.params])).toEqual([
        ['region-revision-format', { input: '201012' }],
      ]);
    });

    it('accepts every month of a year as a revision', () => {
      const months = Array.from({ length: 12 }, (_, i) => `2010${String(i + 1).padStart(2, '0')}`);
      const parsed = parseRegionRegistry(months.map((revision) => ({ revision, entries: [] })));
      expect(parsed.ok && parsed.value.revisions).toEqual(months);
    });

    it('names what it received in place of a release or its entries', () => {
      const parsed = parseRegionRegistry([null, [], 'release', { revision: '201012', entries: null }, { revision: '201112', entries: [[]] }]);
      expect(parsed.ok ? [] : parsed.issues.map((found) => [found.path, found.params])).toEqual([
        [[0], { expected: 'release', received: 'null' }],
        [[1], { expected: 'release', received: 'array' }],
        [[2], { expected: 'release', received: 'string' }],
        [[3, 'entries'], { expected: 'array of entries', received: 'null' }],
        [[4, 'entries', 0], { expected: 'entry', received: 'array' }],
      ]);
      const notAList = parseRegionRegistry('201012');
      expect(notAList.ok ? undefined : notAList.issues[0]?.message).toBe('Expected array of releases, received string.');
    });

    it('refuses an entry without a name, or with a name that is not text, naming the code', () => {
      const parsed = parseRegionRegistry([{ revision: '201012', entries: [{ code: '520000' }, { code: '522400', name: 7 }, { code: '522401', name: '' }] }]);
      expect(parsed.ok ? [] : parsed.issues.map((found) => [found.code, found.path, found.params])).toEqual([
        ['region-name-empty', [0, 'entries', 0, 'name'], { code: '520000' }],
        ['region-name-empty', [0, 'entries', 1, 'name'], { code: '522400' }],
        ['region-name-empty', [0, 'entries', 2, 'name'], { code: '522401' }],
      ]);
    });

    it('holds an entry a release repeats as one listing of that revision', () => {
      const registry = createRegionRegistry([
        { revision: '201012', entries: [{ code: '520000', name: '贵州省' }, { code: '520000', name: '贵州省' }] },
        { revision: '201112', entries: [{ code: '520000', name: '贵州省' }] },
      ]);
      expect(registry.listings.get(regionCode('520000'))).toEqual([
        { code: '520000', name: '贵州省', spans: [{ first: '201012', last: '201112' }] },
      ]);
    });

    it('holds a code given as a number as text', () => {
      const registry = createRegionRegistry([{ revision: '201012', entries: [{ code: 520000 as unknown as string, name: '贵州省' }] }]);
      expect([...registry.listings.keys()]).toEqual(['520000']);
    });

    it('keeps a code listed twice in one release, in the order given', () => {
      const registry = createRegionRegistry([
        { revision: '200412', entries: [{ code: '230123', name: '依兰县' }, { code: '230123', name: '方正县' }] },
      ]);
      expect(regionReleases(registry)[0]?.entries.map((entry) => entry.name)).toEqual(['依兰县', '方正县']);
    });

    it('splits the revisions of a code into runs where a release leaves it out', () => {
      const registry = createRegionRegistry([
        { revision: '200312', entries: [{ code: '230124', name: '方正县' }] },
        { revision: '200412', entries: [{ code: '230123', name: '方正县' }] },
        { revision: '200512', entries: [{ code: '230124', name: '方正县' }] },
      ]);
      expect(registry.listings.get(regionCode('230124'))?.[0]?.spans).toEqual([
        { first: '200312', last: '200312' },
        { first: '200512', last: '200512' },
      ]);
    });
  });
});

describe('createRegionRegistry', () => {
  it('throws a PairingAidError carrying the issues', () => {
    expect(() => createRegionRegistry([{ revision: 'x', entries: [] }])).toThrow(PairingAidError);
  });

  describe('properties', () => {
    const release = fc.record({
      revision: fc
        .tuple(fc.integer({ min: 1980, max: 2030 }), fc.integer({ min: 1, max: 12 }))
        .map(([year, month]) => `${year}${String(month).padStart(2, '0')}`),
      entries: fc
        .uniqueArray(fc.integer({ min: 110000, max: 829999 }), { maxLength: 30 })
        .chain((numbers) =>
          fc.tuple(...numbers.map((number) => fc.constantFrom('甲', '乙', '丙').map((name) => ({ code: String(number), name })))),
        ),
    });

    it('gives back the releases it was built from, ordered by revision and code', () => {
      fc.assert(
        fc.property(fc.uniqueArray(release, { minLength: 1, maxLength: 8, selector: (r) => r.revision }), (releases) => {
          const expected = [...releases]
            .sort((a, b) => (a.revision < b.revision ? -1 : 1))
            .map((r) => ({ revision: r.revision, entries: [...r.entries].sort((a, b) => (a.code < b.code ? -1 : 1)) }));
          expect(regionReleases(createRegionRegistry(releases))).toEqual(expected);
        }),
      );
    });
  });
});

describe('revisionInForce', () => {
  const registry = gb2260Registry();

  it('returns the latest release at or before the date', () => {
    expect(revisionInForce(registry, isoDate('2011-06-01'))).toBe('201012');
    expect(revisionInForce(registry, isoDate('2012-01-01'))).toBe('201112');
    expect(revisionInForce(registry, isoDate('2013-06-30'))).toBe('201212');
    expect(revisionInForce(registry, isoDate('2019-06-30'))).toBe('201904');
    expect(revisionInForce(registry, isoDate('2024-12-31'))).toBe('202412');
  });

  describe('edge cases', () => {
    it('takes a release as in force from the first day of its month', () => {
      expect(revisionInForce(registry, isoDate('2010-11-30'))).toBe('200912');
      expect(revisionInForce(registry, isoDate('2019-03-31'))).toBe('201812');
      expect(revisionInForce(registry, isoDate('2010-12-01'))).toBe('201012');
      expect(revisionInForce(registry, isoDate('2019-04-01'))).toBe('201904');
    });

    it('covers a registry to the last day of its last release’s month, in a leap year too', () => {
      const february = createRegionRegistry([
        { revision: '202312', entries: [{ code: '520000', name: '贵州省' }] },
        { revision: '202402', entries: [{ code: '520000', name: '贵州省' }] },
      ]);
      expect(revisionInForce(february, isoDate('2023-11-30'))).toBeUndefined();
      expect(revisionInForce(february, isoDate('2023-12-01'))).toBe('202312');
      expect(revisionInForce(february, isoDate('2024-02-29'))).toBe('202402');
      expect(revisionInForce(february, isoDate('2024-03-01'))).toBeUndefined();
      const january = createRegionRegistry([{ revision: '202401', entries: [{ code: '520000', name: '贵州省' }] }]);
      expect(revisionInForce(january, isoDate('2024-01-31'))).toBe('202401');
      expect(revisionInForce(january, isoDate('2024-02-01'))).toBeUndefined();
    });

    it('returns none for a date the registry does not cover, rather than the nearest release', () => {
      expect(revisionInForce(registry, isoDate('1981-11-30'))).toBeUndefined();
      expect(revisionInForce(registry, isoDate('2025-01-01'))).toBeUndefined();
      expect(revisionInForce(registry, isoDate('2030-01-01'))).toBeUndefined();
    });
  });

  describe('properties', () => {
    const day = fc.date({ min: new Date('1980-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true });

    it('returns a revision at or before the date for a date the registry covers, and none otherwise', () => {
      fc.assert(
        fc.property(day, (when) => {
          const date = isoDate(when.toISOString().slice(0, 10));
          const revision = revisionInForce(registry, date);
          const month = date.slice(0, 7).replace('-', '');
          if (month < '198112' || month > '202412') return revision === undefined;
          const next = registry.revisions[registry.revisions.indexOf(revision ?? '') + 1];
          return revision !== undefined && revision <= month && (next === undefined || next > month);
        }),
      );
    });
  });
});
