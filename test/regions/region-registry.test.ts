import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createRegionRegistry,
  gb2260Registry,
  isoDate,
  PairingAidError,
  parseRegionRegistry,
  regionCode,
  regionReleases,
  revisionInForce,
  type RegionRelease,
} from '../../src/index.js';

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
