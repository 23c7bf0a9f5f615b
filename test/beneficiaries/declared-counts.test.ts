import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundBeneficiaries,
  boundDeclaredPersons,
  chooseDeclaredCounts,
  declaredCount,
  isoDate,
  parseDeclaredCount,
  personCount,
  personTimeCount,
  projectId,
  regionCode,
  sameDeclaredFigure,
  selectDeclaredCounts,
  sumDeclaredPersonTimes,
  type DeclaredCount,
  type DeclaredPersonCount,
  type SourceReference,
} from '../../src/index.js';

const seed = readFileSync(new URL('../fixtures/seed/shenzhen-guizhou-2011.txt', import.meta.url), 'utf8');
const yearbook = 'Shenzhen Yearbook 2012: Shenzhen–Guizhou Pairing-off Poverty Alleviation';
const from = (section: string): SourceReference => ({ document: { en: yearbook }, section: { en: section }, completeness: 'incomplete' });
const persons = (figure: string, count: number, section: string, extra: Partial<DeclaredPersonCount> = {}): DeclaredPersonCount => ({
  figure,
  unit: 'persons',
  count: personCount(count),
  year: 2011,
  source: from(section),
  ...extra,
});

// The seed's own figures, each checked against the text it is quoted from.
const overview1100 = persons('cadres-trained', 1100, 'Overview');
const cadreTraining550 = persons('cadres-trained', 550, 'Cadre training');
const residents130000 = persons('residents-benefited', 130_000, 'Overview');
const infrastructure60400 = persons('infrastructure-beneficiaries', 60_400, 'Entire village advancement');

describe('the seed figures', () => {
  it('are the ones the yearbook reports', () => {
    expect(seed).toMatch(/【Overview】[^【]*organized trainings for 1100 poverty relief cadres/);
    expect(seed).toMatch(/【Cadre training】[^【]*training courses for 550 poverty relief/);
    expect(seed).toMatch(/【Overview】[^【]*directly benefit 130,000 local residents/);
    expect(seed).toMatch(/【Entire village advancement】[^【]*directly benefited 60,400 people/);
    expect(seed).toMatch(/According to incomplete statistics/);
  });
});

describe('chooseDeclaredCounts', () => {
  it('keeps both reports of trained cadres and says which source and rule chose', () => {
    const largest = chooseDeclaredCounts([overview1100, cadreTraining550], { rule: 'largest' });
    const smallest = chooseDeclaredCounts([cadreTraining550, overview1100], { rule: 'smallest' });
    expect(largest.ok && largest.value.map((c) => [c.count, c.source.section, c.rule.rule, c.reports.length])).toEqual([[1100, { en: 'Overview' }, 'largest', 2]]);
    expect(smallest.ok && smallest.value.map((c) => [c.count, c.source.section, c.rule.rule, c.reports])).toEqual([
      [550, { en: 'Cadre training' }, 'smallest', [cadreTraining550, overview1100]],
    ]);
  });

  it('prefers sources in the given order, a document alone matching any section', () => {
    const chosen = chooseDeclaredCounts([overview1100, cadreTraining550], {
      rule: 'prefer-source',
      sources: [{ document: 'Another report' }, { document: yearbook, section: 'Cadre training' }, { document: yearbook }],
    });
    expect(chosen.ok && chosen.value[0]?.count).toBe(550);
  });

  it('takes the latest report', () => {
    const early = { ...overview1100, reportedOn: isoDate('2012-03-01') };
    const late = { ...cadreTraining550, reportedOn: isoDate('2012-06-30') };
    const chosen = chooseDeclaredCounts([late, early], { rule: 'latest' });
    expect(chosen.ok && chosen.value[0]?.count).toBe(550);
  });

  it('chooses one report per figure, whatever the order of the reports', () => {
    const reports = [overview1100, cadreTraining550, residents130000, infrastructure60400];
    fc.assert(
      fc.property(fc.shuffledSubarray(reports, { minLength: reports.length }), fc.constantFrom('largest' as const, 'smallest' as const), (shuffled, rule) => {
        const chosen = chooseDeclaredCounts(shuffled, { rule });
        const expected = chooseDeclaredCounts(reports, { rule });
        expect(chosen.ok && expected.ok).toBe(true);
        if (!chosen.ok || !expected.ok) return;
        const byFigure = (list: readonly { figure: string; count: number; source: SourceReference }[]) =>
          Object.fromEntries(list.map((c) => [c.figure, [c.count, c.source.section]]));
        expect(byFigure(chosen.value)).toEqual(byFigure(expected.value));
        expect(chosen.value).toHaveLength(3);
      }),
    );
  });

  it('breaks ties by source document, then section, then the larger count, whatever the order of the reports', () => {
    const other = (document: string, count: number, section?: string): DeclaredPersonCount => ({
      ...cadreTraining550,
      count: personCount(count),
      source: { document: { en: document }, ...(section === undefined ? {} : { section: { en: section } }), completeness: 'complete' },
    });
    const chosenFrom = (reports: readonly DeclaredCount[], rule: Parameters<typeof chooseDeclaredCounts>[1]) => {
      const chosen = chooseDeclaredCounts(reports, rule);
      return chosen.ok ? chosen.value.map((c) => [c.count, c.source.document, c.source.section]) : chosen.issues;
    };
    const byDocument = [other('B report', 550), other('A report', 550)];
    const bySection = [other('A report', 550, 'Overview'), other('A report', 550, 'Cadre training')];
    const byCount = [other('A report', 300, 'Overview'), other('A report', 550, 'Overview')];
    for (const rule of [{ rule: 'largest' }, { rule: 'smallest' }, { rule: 'prefer-source', sources: [{ document: 'A report' }, { document: 'B report' }] }] as const) {
      for (const reports of [byDocument, [...byDocument].reverse()]) expect(chosenFrom(reports, rule)).toEqual([[550, { en: 'A report' }, undefined]]);
      for (const reports of [bySection, [...bySection].reverse()]) expect(chosenFrom(reports, rule)).toEqual([[550, { en: 'A report' }, { en: 'Cadre training' }]]);
    }
    for (const reports of [byCount, [...byCount].reverse()]) {
      expect(chosenFrom(reports, { rule: 'prefer-source', sources: [{ document: 'A report', section: 'Overview' }] })).toEqual([[550, { en: 'A report' }, { en: 'Overview' }]]);
      const sameDay = reports.map((report) => ({ ...report, reportedOn: isoDate('2012-06-30') }));
      expect(chosenFrom(sameDay, { rule: 'latest' })).toEqual([[550, { en: 'A report' }, { en: 'Overview' }]]);
    }
  });

  it('chooses by count or date before the order of the sources', () => {
    const report = (document: string, count: number, reportedOn: string): DeclaredPersonCount => ({
      ...cadreTraining550,
      count: personCount(count),
      source: { document: { en: document }, completeness: 'complete' },
      reportedOn: isoDate(reportedOn),
    });
    const reports = [report('A report', 900, '2012-01-15'), report('B report', 300, '2012-03-01'), report('C report', 600, '2012-09-30')];
    fc.assert(
      fc.property(fc.shuffledSubarray(reports, { minLength: reports.length }), (shuffled) => {
        const countBy = (rule: 'largest' | 'smallest' | 'latest') => {
          const chosen = chooseDeclaredCounts(shuffled, { rule });
          return chosen.ok && chosen.value.map((c) => c.count);
        };
        expect([countBy('largest'), countBy('smallest'), countBy('latest')]).toEqual([[900], [300], [600]]);
      }),
    );
  });

  it('returns one choice per figure in the order the figures first appear', () => {
    const chosen = chooseDeclaredCounts([residents130000, overview1100, infrastructure60400, cadreTraining550], { rule: 'smallest' });
    expect(chosen.ok && chosen.value.map((c) => [c.figure, c.count])).toEqual([
      ['residents-benefited', 130_000],
      ['cadres-trained', 550],
      ['infrastructure-beneficiaries', 60_400],
    ]);
  });

  describe('edge cases', () => {
    it('names the undated reports by their place among all the reports', () => {
      const dated = { ...residents130000, reportedOn: isoDate('2012-03-01') };
      const chosen = chooseDeclaredCounts([dated, { ...overview1100, reportedOn: isoDate('2012-03-01') }, cadreTraining550, residents130000], { rule: 'latest' });
      expect(!chosen.ok && chosen.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
        ['declared-count-undated', [3, 'reportedOn'], { figure: 'residents-benefited' }],
        ['declared-count-undated', [2, 'reportedOn'], { figure: 'cadres-trained' }],
      ]);
    });

    it('names the first report of a figure no preferred source reported', () => {
      const chosen = chooseDeclaredCounts([residents130000, overview1100], { rule: 'prefer-source', sources: [{ document: yearbook, section: 'Overview' }, { document: 'Another report' }] });
      expect(chosen.ok).toBe(true);
      const missing = chooseDeclaredCounts([residents130000, infrastructure60400], { rule: 'prefer-source', sources: [{ document: yearbook, section: 'Overview' }] });
      expect(!missing.ok && missing.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
        ['declared-count-no-preferred-source', [1], { figure: 'infrastructure-beneficiaries' }],
      ]);
    });

    it('does not match a preferred section on a report that names no section', () => {
      const { section: _section, ...whole } = overview1100.source;
      const chosen = chooseDeclaredCounts([{ ...overview1100, source: whole }], { rule: 'prefer-source', sources: [{ document: yearbook, section: 'Overview' }] });
      expect(!chosen.ok && chosen.issues[0]?.code).toBe('declared-count-no-preferred-source');
    });

    it('needs a date on every report for the latest rule', () => {
      const chosen = chooseDeclaredCounts([overview1100, { ...cadreTraining550, reportedOn: isoDate('2012-06-30') }], { rule: 'latest' });
      expect(!chosen.ok && chosen.issues.map((issue) => [issue.code, issue.path])).toEqual([['declared-count-undated', [0, 'reportedOn']]]);
    });

    it('reports a figure no preferred source reported', () => {
      const chosen = chooseDeclaredCounts([overview1100], { rule: 'prefer-source', sources: [{ document: 'Another report' }] });
      expect(!chosen.ok && chosen.issues[0]?.code).toBe('declared-count-no-preferred-source');
    });

    it('treats persons and person-times of one figure as different figures', () => {
      const times: DeclaredCount = { ...overview1100, unit: 'person-times', count: personTimeCount(1100) };
      expect(sameDeclaredFigure(overview1100, cadreTraining550)).toBe(true);
      expect(sameDeclaredFigure(overview1100, times)).toBe(false);
      expect(sameDeclaredFigure(overview1100, { ...cadreTraining550, year: 2012 })).toBe(false);
      expect(sameDeclaredFigure(overview1100, { ...cadreTraining550, region: regionCode('520500') })).toBe(false);
      expect(sameDeclaredFigure({ ...overview1100, region: regionCode('520500') }, { ...cadreTraining550, region: regionCode('520500') })).toBe(true);
      expect(sameDeclaredFigure(overview1100, { ...cadreTraining550, attachedTo: { kind: 'project', project: projectId('road') } })).toBe(false);
      expect(sameDeclaredFigure(overview1100, { ...cadreTraining550, figure: 'residents-benefited' })).toBe(false);
      const { year: _year, ...undated } = cadreTraining550;
      expect(sameDeclaredFigure(overview1100, undated)).toBe(false);
    });
  });
});

describe('boundDeclaredPersons', () => {
  it('bounds the seed residents by the largest and the sum, flagged incomplete', () => {
    expect(boundDeclaredPersons([residents130000, infrastructure60400])).toEqual({ lower: 130_000, upper: 190_400, incomplete: true });
  });

  it('always contains the true number of people behind the counts', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.nat({ max: 40 }), { maxLength: 30 }), { maxLength: 6 }), (groups) => {
        const truth = new Set(groups.flat()).size;
        const bounds = boundDeclaredPersons(groups.map((people, index) => persons(`project-${index}`, people.length, 'Overview')));
        expect(bounds.lower).toBeLessThanOrEqual(truth);
        expect(truth).toBeLessThanOrEqual(bounds.upper);
      }),
    );
  });

  it('bounds identified and declared people together', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 40 })), fc.array(fc.uniqueArray(fc.nat({ max: 40 })), { maxLength: 5 }), (identified, declared) => {
        const truth = new Set([...identified, ...declared.flat()]).size;
        const bounds = boundBeneficiaries(
          personCount(identified.length),
          declared.map((people, index) => persons(`activity-${index}`, people.length, 'Overview', { source: { document: { en: 'x' }, completeness: 'complete' } })),
        );
        expect(bounds.identified).toBe(identified.length);
        expect(bounds.lower).toBeLessThanOrEqual(truth);
        expect(truth).toBeLessThanOrEqual(bounds.upper);
        expect(bounds.incomplete).toBe(false);
        expect(bounds.declared.upper).toBe(declared.reduce((sum, people) => sum + people.length, 0));
      }),
    );
  });

  describe('edge cases', () => {
    it('takes the identified count as the lower bound when it is the larger', () => {
      expect(boundBeneficiaries(personCount(200_000), [residents130000, infrastructure60400])).toEqual({
        identified: 200_000,
        declared: { lower: 130_000, upper: 190_400, incomplete: true },
        lower: 200_000,
        upper: 390_400,
        incomplete: true,
      });
      expect(boundBeneficiaries(personCount(100), [residents130000])).toMatchObject({ lower: 130_000, upper: 130_100 });
    });

    it('is incomplete when any source says it is', () => {
      const complete = { ...residents130000, source: { document: { en: 'x' }, completeness: 'complete' as const } };
      expect(boundDeclaredPersons([complete, infrastructure60400]).incomplete).toBe(true);
      expect(boundDeclaredPersons([infrastructure60400, complete]).incomplete).toBe(true);
      expect(boundDeclaredPersons([complete, complete]).incomplete).toBe(false);
    });

    it('gives zero bounds for no counts', () => {
      expect(boundDeclaredPersons([])).toEqual({ lower: 0, upper: 0, incomplete: false });
      expect(boundBeneficiaries(personCount(7), [])).toMatchObject({ lower: 7, upper: 7 });
    });
  });
});

describe('sumDeclaredPersonTimes', () => {
  it('adds person-times exactly', () => {
    const times = (count: number): DeclaredCount & { unit: 'person-times' } => ({ ...overview1100, unit: 'person-times', count: personTimeCount(count) });
    expect(sumDeclaredPersonTimes([times(3), times(4)])).toBe(7);
  });
});

describe('selectDeclaredCounts', () => {
  const road = persons('villagers-reached', 300, 'Overview', { attachedTo: { kind: 'project', project: projectId('road') }, region: regionCode('520502') });

  it('keeps the counts that meet every condition', () => {
    expect(selectDeclaredCounts([road, residents130000], { years: [2011], projects: [projectId('road')] })).toEqual([road]);
    expect(selectDeclaredCounts([road, residents130000], { regions: [regionCode('520000')] })).toEqual([road]);
    expect(selectDeclaredCounts([road, residents130000], {})).toEqual([road, residents130000]);
  });

  describe('edge cases', () => {
    it('keeps a region inside a selected region, and drops one outside every selected region', () => {
      expect(selectDeclaredCounts([road], { regions: [regionCode('522700'), regionCode('520500')] })).toEqual([road]);
      expect(selectDeclaredCounts([road], { regions: [regionCode('522700')] })).toEqual([]);
      expect(selectDeclaredCounts([road], { years: [2012] })).toEqual([]);
      expect(selectDeclaredCounts([road], { projects: [projectId('water')] })).toEqual([]);
    });

    it('drops counts that lack a field a condition asks about', () => {
      expect(selectDeclaredCounts([residents130000], { regions: [regionCode('520000')] })).toEqual([]);
      expect(selectDeclaredCounts([residents130000], { projects: [projectId('road')] })).toEqual([]);
      expect(selectDeclaredCounts([residents130000], { fundCategories: ['counterpart-support'] })).toEqual([]);
      const { year: _year, ...undated } = road;
      expect(selectDeclaredCounts([undated], { years: [2011] })).toEqual([]);
    });
  });
});

describe('parseDeclaredCount', () => {
  it('reads a declared count with its source', () => {
    const parsed = parseDeclaredCount({
      figure: 'cadres-trained',
      unit: 'persons',
      count: 550,
      year: 2011,
      region: '520500',
      attachedTo: { kind: 'activity', activity: 'cadre-training-2011' },
      source: { document: yearbook, section: 'Cadre training', completeness: 'incomplete' },
      reportedOn: '2012-06-30',
    });
    expect(parsed.ok && parsed.value).toMatchObject({ unit: 'persons', count: 550, region: '520500', reportedOn: '2012-06-30' });
  });

  describe('edge cases', () => {
    it('reports every problem with its path', () => {
      const parsed = parseDeclaredCount({ figure: '', unit: 'persons', count: -1, region: '99', source: { document: 'x', completeness: 'maybe' } });
      const found = !parsed.ok && parsed.issues.map((issue) => [issue.code, issue.path.join('.')]);
      expect(found).toEqual(
        expect.arrayContaining([
          ['too-small', 'figure'],
          ['too-small', 'count'],
          ['region-code-format', 'region'],
          ['invalid-value', 'source.completeness'],
        ]),
      );
    });

    it('reads counts from 0 to 2^53 − 1 in every unit, and refuses fractions and larger counts', () => {
      const read = (unit: string, count: number, extra: object = {}) =>
        parseDeclaredCount({ figure: 'x', unit, count, ...extra, source: { document: 'x', completeness: 'complete' } });
      for (const unit of ['persons', 'households', 'person-times']) {
        expect(read(unit, 0).ok && read(unit, Number.MAX_SAFE_INTEGER).ok).toBe(true);
        expect([read(unit, 1.5), read(unit, 2 ** 53), read(unit, -1)].map((parsed) => !parsed.ok && parsed.issues[0]?.code)).toEqual(['invalid-type', 'too-big', 'too-small']);
      }
      expect(read('persons', 10, { registeredPoor: 1.5 }).ok).toBe(false);
      expect(read('households', 10, { registeredPoor: -1 }).ok).toBe(false);
      expect(read('persons', 10, { registeredPoor: 0 }).ok).toBe(true);
    });

    it('reads years of four digits only', () => {
      const read = (year: number) => parseDeclaredCount({ figure: 'x', unit: 'persons', count: 1, year, source: { document: 'x', completeness: 'complete' } });
      expect([read(1000).ok, read(9999).ok, read(999).ok, read(10_000).ok, read(2011.5).ok]).toEqual([true, true, false, false, false]);
    });

    it('refuses an unknown unit and throws from the twin', () => {
      expect(parseDeclaredCount({ figure: 'x', unit: 'families', count: 1, source: { document: 'x', completeness: 'complete' } }).ok).toBe(false);
      expect(() => declaredCount({})).toThrow();
    });
  });
});
