import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedNonProjectAid2011 } from '../../examples/data/shenzhen-guizhou-2011.js';
import { formatPath, nonProjectAid, nonProjectAidKinds, nonProjectAidSchema, PairingAidError, parseNonProjectAid, parseNonProjectAidRecords } from '../../src/index.js';
import { anyAmountFigures, anyPersonFigures } from './arbitraries.js';

const snapshot = <T>(value: T): Record<string, unknown> => JSON.parse(JSON.stringify(value));
const codesAndPaths = (issues: readonly { code: string; path: readonly (string | number)[] }[]) => issues.map((issue) => [issue.code, formatPath(issue.path)]);
const training = snapshot(seedNonProjectAid2011[0]);

describe('parseNonProjectAid', () => {
  it('reads every seed record back from its JSON', () => {
    for (const record of seedNonProjectAid2011) {
      const parsed = parseNonProjectAid(snapshot(record));
      expect(parsed).toEqual({ ok: true, value: record });
    }
  });

  it('covers every kind in the seed except seconded cadres, which the source does not report for 2011', () => {
    expect(new Set(seedNonProjectAid2011.map((record) => record.kind))).toEqual(new Set(nonProjectAidKinds.filter((kind) => kind !== 'cadre-secondment')));
  });

  it('reads a seconded-cadres record', () => {
    const parsed = parseNonProjectAid({
      kind: 'cadre-secondment', id: 'sz-2012-secondment', name: { zh: '挂职干部' }, year: 2012, donor: '440300', recipients: ['520500'],
      funds: [], source: { document: 'Work report', completeness: 'complete' }, direction: 'donor-to-recipient', level: 'district',
      cadres: [{ value: 12, qualifier: 'exact', source: { document: 'Work report', completeness: 'complete' } }], months: 24,
    });
    expect(parsed.ok && parsed.value.kind === 'cadre-secondment' && [parsed.value.cadres[0]?.value, parsed.value.months]).toEqual([12, 24]);
  });

  it('reads amounts from decimal strings exactly', () => {
    const farming = snapshot(seedNonProjectAid2011.find((record) => record.id === 'sz-2011-farming-funds'));
    expect(JSON.stringify(farming)).toContain('"value":"2000000.00"');
    const parsed = parseNonProjectAid(farming);
    expect(parsed.ok && parsed.value.kind === 'industrial-cooperation' && parsed.value.farmingFunds[0]?.value.fen).toBe(200_000_000n);
  });

  it('reports every problem at once, each with its path', () => {
    const parsed = parseNonProjectAid({
      ...training,
      year: 2011.5,
      donor: '44030',
      trainees: [{ value: -3, qualifier: 'roughly', source: { document: '', completeness: 'incomplete' } }],
      funds: [{ category: 'cadre-training', amount: '1.234' }],
      date: { date: '2011-09-18', precision: 'month' },
      extra: true,
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(codesAndPaths(parsed.issues)).toEqual(
        expect.arrayContaining([
          ['unrecognized-key', '(root)'],
          ['invalid-type', 'year'],
          ['region-code-format', 'donor'],
          ['too-small', 'trainees[0].value'],
          ['invalid-value', 'trainees[0].qualifier'],
          ['too-small', 'trainees[0].source.document'],
          ['amount-too-precise', 'funds[0].amount'],
          ['partial-date-precision', 'date.date'],
        ]),
      );
    }
  });

  describe('edge cases', () => {
    it('refuses an unknown kind, naming it and the kinds there are', () => {
      const parsed = parseNonProjectAid({ ...training, kind: 'gift' });
      expect(parsed.ok || codesAndPaths(parsed.issues)).toEqual([['invalid-value', 'kind']]);
      expect(parsed.ok || parsed.issues[0]?.params).toEqual({ input: 'gift', allowed: nonProjectAidKinds.join(', ') });
      expect(nonProjectAidKinds.join(', ')).toContain('cadre-training, student-subsidy');
    });

    it.each([
      ['null', null],
      ['array', [training]],
      ['string', 'cadre-training'],
      ['number', 2011],
    ])('refuses a %s in place of a record, naming what it is', (received, input) => {
      expect(parseNonProjectAid(input)).toEqual({
        ok: false,
        issues: [expect.objectContaining({ code: 'invalid-type', path: [], params: { expected: 'object', received } })],
      });
    });

    it('reads the person-times of a training as reported', () => {
      const personTimes = [{ value: 3200, qualifier: 'about', source: { document: 'Y', completeness: 'complete' } }];
      const parsed = parseNonProjectAid({ ...training, personTimes });
      expect(parsed.ok && parsed.value.kind === 'cadre-training' && parsed.value.personTimes.map((report) => [report.value, report.qualifier])).toEqual([[3200, 'about']]);
    });

    it('reads each kind the same way however often it is read', () => {
      for (let round = 0; round < 2; round++) {
        for (const record of seedNonProjectAid2011) expect(parseNonProjectAid(snapshot(record))).toEqual({ ok: true, value: record });
      }
    });

    it('refuses person-times that are not whole', () => {
      const parsed = parseNonProjectAid({ ...training, personTimes: [{ value: 2.5, qualifier: 'exact', source: { document: 'Y', completeness: 'complete' } }] });
      expect(parsed.ok || codesAndPaths(parsed.issues)).toEqual([['invalid-type', 'personTimes[0].value']]);
    });

    it('accepts a year-precise date on 1 January only', () => {
      expect(parseNonProjectAid({ ...training, date: { date: '2011-01-01', precision: 'year' } }).ok).toBe(true);
      expect(parseNonProjectAid({ ...training, date: { date: '2011-02-01', precision: 'year' } }).ok).toBe(false);
    });

    it('accepts a month-precise date on the first of the month only, naming the date and precision it refuses', () => {
      expect(parseNonProjectAid({ ...training, date: { date: '2011-01-01', precision: 'month' } }).ok).toBe(true);
      const parsed = parseNonProjectAid({ ...training, date: { date: '2011-01-15', precision: 'month' } });
      expect(parsed.ok || parsed.issues.map((issue) => [issue.code, formatPath(issue.path), issue.params])).toEqual([
        ['partial-date-precision', 'date.date', { date: '2011-01-15', precision: 'month' }],
      ]);
    });

    it('leaves the labour buckets’ sum to the rule check', () => {
      const labour = snapshot(seedNonProjectAid2011.find((record) => record.kind === 'labour-cooperation'));
      const placement = labour.placement as { buckets: Record<string, number> };
      expect(parseNonProjectAid({ ...labour, placement: { ...placement, buckets: { ...placement.buckets, inCounty: 1 } } }).ok).toBe(true);
    });
  });

  it('reads any reported figures back from their JSON (property)', () => {
    fc.assert(
      fc.property(anyPersonFigures, anyAmountFigures, (students, amount) => {
        const record = { ...snapshot(seedNonProjectAid2011[1]), students, amount };
        const parsed = parseNonProjectAid(snapshot(record));
        expect(parsed.ok && parsed.value).toEqual(record);
      }),
    );
  });
});

describe('nonProjectAidSchema', () => {
  it('reads every seed record by its kind, as parseNonProjectAid does', () => {
    for (const record of seedNonProjectAid2011) expect(nonProjectAidSchema.safeParse(snapshot(record))).toEqual({ success: true, data: record });
  });

  it('refuses a record of no known kind, and one that mixes the fields of two kinds', () => {
    expect(nonProjectAidSchema.safeParse({ ...training, kind: 'gift' }).success).toBe(false);
    expect(nonProjectAidSchema.safeParse({ ...training, kind: 'student-subsidy' }).success).toBe(false);
  });
});

describe('nonProjectAid', () => {
  it('returns the record', () => {
    expect(nonProjectAid(training)).toEqual(seedNonProjectAid2011[0]);
  });

  it('throws one PairingAidError with every issue', () => {
    expect(() => nonProjectAid({ ...training, id: ' ', year: 'x' })).toThrow(PairingAidError);
  });
});

describe('parseNonProjectAidRecords', () => {
  it('reads the seed list', () => {
    expect(parseNonProjectAidRecords(seedNonProjectAid2011.map(snapshot))).toEqual({ ok: true, value: seedNonProjectAid2011 });
  });

  it.each([
    ['null', null],
    ['object', { records: [] }],
  ])('refuses a %s in place of a list, naming what it is', (received, input) => {
    expect(parseNonProjectAidRecords(input)).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'invalid-type', path: [], params: { expected: 'array', received } })],
    });
  });

  it('refuses a record that is not an object at its index', () => {
    const parsed = parseNonProjectAidRecords([snapshot(seedNonProjectAid2011[0]), null]);
    expect(parsed.ok || parsed.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([['invalid-type', [1], { expected: 'object', received: 'null' }]]);
  });

  it('starts each path with the record’s index', () => {
    const records = seedNonProjectAid2011.map(snapshot);
    records[2] = { ...records[2], placed: [{ value: 'many', qualifier: 'exact', source: { document: 'Y', completeness: 'complete' } }] };
    const parsed = parseNonProjectAidRecords(records);
    expect(parsed.ok || codesAndPaths(parsed.issues)).toEqual([['invalid-type', '[2].placed[0].value']]);
  });
});
