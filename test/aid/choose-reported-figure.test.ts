import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amount, chooseReportedFigure, compareAmounts, isoDate, personCount, type ReportedFigure } from '../../src/index.js';
import { anyAmountFigures, anyPersonFigures } from './arbitraries.js';

const source = (section: string, document = 'Yearbook 2012') => ({ document: { en: document }, section: { en: section }, completeness: 'incomplete' as const });
const overview = { value: personCount(1100), qualifier: 'exact' as const, source: source('Overview'), reportedOn: isoDate('2012-06-01') };
const cadreSection = { value: personCount(550), qualifier: 'exact' as const, source: source('Cadre training'), reportedOn: isoDate('2012-07-01') };
const both = [overview, cadreSection];

describe('chooseReportedFigure', () => {
  it('returns the largest report with the rule and every report', () => {
    expect(chooseReportedFigure(both, { rule: 'largest' })).toEqual({ ok: true, value: { ...overview, rule: { rule: 'largest' }, reports: both } });
  });

  it('chooses the same one of two reports alike in value and source, whichever comes first', () => {
    const undated = { value: personCount(1100), qualifier: 'exact' as const, source: source('Overview') };
    const estimate = { ...overview, qualifier: 'about' as const };
    for (const pair of [[overview, undated], [overview, estimate]] as const) {
      for (const rule of ['largest', 'smallest', 'prefer-source'] as const) {
        const given = rule === 'prefer-source' ? { rule, sources: [{ document: 'Yearbook 2012' }] } : { rule };
        const forwards = chooseReportedFigure([...pair], given);
        const backwards = chooseReportedFigure([...pair].reverse(), given);
        expect(forwards.ok && backwards.ok && forwards.value?.qualifier === backwards.value?.qualifier && forwards.value?.reportedOn === backwards.value?.reportedOn).toBe(true);
        // The dated report before the same report undated, `about` before `exact`.
        expect(forwards.ok && [forwards.value?.reportedOn, forwards.value?.qualifier]).toEqual(pair[1] === undated ? ['2012-06-01', 'exact'] : ['2012-06-01', 'about']);
      }
    }
  });

  it('returns the smallest report', () => {
    const chosen = chooseReportedFigure(both, { rule: 'smallest' });
    expect(chosen.ok && [chosen.value?.value, chosen.value?.source.section]).toEqual([550, { en: 'Cadre training' }]);
  });

  it('returns the latest report', () => {
    const chosen = chooseReportedFigure(both, { rule: 'latest' });
    expect(chosen.ok && chosen.value?.source.section).toEqual({ en: 'Cadre training' });
  });

  it('returns the report of the first preferred source that has one', () => {
    const rule = { rule: 'prefer-source' as const, sources: [{ document: 'Work report' }, { document: 'Yearbook 2012', section: 'Overview' }] };
    const chosen = chooseReportedFigure(both, rule);
    expect(chosen.ok && chosen.value?.value).toBe(1100);
  });

  it('compares amounts by their fen', () => {
    const reports: ReportedFigure<ReturnType<typeof amount>>[] = [
      { value: amount('2 million'), qualifier: 'exact', source: source('Industry') },
      { value: amount('2000000.01'), qualifier: 'about', source: source('Overview') },
    ];
    const chosen = chooseReportedFigure(reports, { rule: 'largest' });
    expect(chosen.ok && chosen.value?.value.toJSON()).toBe('2000000.01');
  });

  it('chooses by each rule its own report when the rules disagree', () => {
    // The largest is the oldest, the smallest sorts last by source, the latest is neither.
    const reports = [
      { value: personCount(900), qualifier: 'exact' as const, source: source('Funding', 'B report'), reportedOn: isoDate('2012-01-10') },
      { value: personCount(100), qualifier: 'exact' as const, source: source('Overview', 'C report'), reportedOn: isoDate('2012-03-10') },
      { value: personCount(500), qualifier: 'exact' as const, source: source('Annex', 'D report'), reportedOn: isoDate('2012-09-10') },
      { value: personCount(300), qualifier: 'exact' as const, source: source('Annex', 'A report'), reportedOn: isoDate('2012-05-10') },
    ];
    const valueBy = (rule: 'largest' | 'smallest' | 'latest') => {
      const chosen = chooseReportedFigure(reports, { rule });
      return chosen.ok && chosen.value?.value;
    };
    expect([valueBy('largest'), valueBy('smallest'), valueBy('latest')]).toEqual([900, 100, 500]);
    expect(chooseReportedFigure([...reports].reverse(), { rule: 'latest' })).toMatchObject({ ok: true, value: { value: 500 } });
  });

  it('returns, among the reports of a preferred source, the one whose section sorts first', () => {
    const reports = [
      { ...overview, value: personCount(1200), source: source('Overview') },
      { ...overview, value: personCount(700), source: source('Annex') },
      { ...overview, value: personCount(9000), source: source('Annex', 'Work report') },
    ];
    const chosen = chooseReportedFigure(reports, { rule: 'prefer-source', sources: [{ document: 'Yearbook 2012' }] });
    expect(chosen.ok && [chosen.value?.value, chosen.value?.source.section]).toEqual([700, { en: 'Annex' }]);
  });

  it('does not take a report that names no section for a preferred section', () => {
    const { section: _dropped, ...noSection } = source('Overview');
    const reports = [{ ...overview, value: personCount(5000), source: noSection }, overview];
    const chosen = chooseReportedFigure(reports, { rule: 'prefer-source', sources: [{ document: 'Yearbook 2012', section: 'Overview' }] });
    expect(chosen.ok && chosen.value?.value).toBe(1100);
  });

  it('compares amounts to the fen however large they are', () => {
    const reports: ReportedFigure<ReturnType<typeof amount>>[] = [
      { value: amount('900000000000000.01'), qualifier: 'exact', source: source('Annex') },
      { value: amount('900000000000000.02'), qualifier: 'exact', source: source('Overview') },
    ];
    const chosen = chooseReportedFigure(reports, { rule: 'largest' });
    expect(chosen.ok && chosen.value?.value.toJSON()).toBe('900000000000000.02');
    const smallest = chooseReportedFigure([...reports].reverse(), { rule: 'smallest' });
    expect(smallest.ok && smallest.value?.value.toJSON()).toBe('900000000000000.01');
  });

  describe('edge cases', () => {
    it('breaks ties between equal amounts by source document, then section', () => {
      const reports: ReportedFigure<ReturnType<typeof amount>>[] = [
        { value: amount('2 million'), qualifier: 'exact', source: source('Overview') },
        { value: amount('2000000.00'), qualifier: 'about', source: source('Industry') },
      ];
      for (const order of [reports, [...reports].reverse()]) {
        const chosen = chooseReportedFigure(order, { rule: 'largest' });
        expect(chosen.ok && [chosen.value?.qualifier, chosen.value?.source.section]).toEqual(['about', { en: 'Industry' }]);
      }
    });

    it('breaks ties between reports of the same day by source under latest', () => {
      const sameDay = [overview, { ...cadreSection, reportedOn: overview.reportedOn }];
      for (const order of [sameDay, [...sameDay].reverse()]) {
        const chosen = chooseReportedFigure(order, { rule: 'latest' });
        expect(chosen.ok && chosen.value?.source.section).toEqual({ en: 'Cadre training' });
      }
    });

    it('gives a tie of values to the source document that sorts first, before any other field', () => {
      const yearbook = { ...overview, source: source('Overview', 'A yearbook') };
      const daily = { ...overview, qualifier: 'about' as const, source: source('Overview', 'B daily') };
      for (const reports of [[yearbook, daily], [daily, yearbook]]) {
        expect(chooseReportedFigure(reports, { rule: 'largest' })).toMatchObject({ ok: true, value: { source: { document: { en: 'A yearbook' } } } });
      }
    });

    it('tells apart reports that agree in value and source by their other fields, whichever is listed first', () => {
      const again = { ...overview, qualifier: 'about' as const };
      expect(chooseReportedFigure([overview, again], { rule: 'largest' })).toMatchObject({ ok: true, value: { qualifier: 'about' } });
      expect(chooseReportedFigure([again, overview], { rule: 'largest' })).toMatchObject({ ok: true, value: { qualifier: 'about' } });
    });

    it('names the figure and its place in the issues when no path is given', () => {
      const { reportedOn: _dropped, ...undated } = overview;
      const chosen = chooseReportedFigure([undated], { rule: 'latest' });
      expect(chosen.ok || chosen.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([['declared-count-undated', [0, 'reportedOn'], { figure: 'figure' }]]);
    });

    it('returns undefined for no reports', () => {
      expect(chooseReportedFigure([], { rule: 'largest' })).toEqual({ ok: true, value: undefined });
    });

    it('breaks ties by source document, then section', () => {
      const tied = [
        { ...overview, source: source('Overview', 'B report') },
        { ...overview, source: source('Funding', 'A report') },
        { ...overview, source: source('Annex', 'A report') },
      ];
      const chosen = chooseReportedFigure(tied, { rule: 'largest' });
      expect(chosen.ok && [chosen.value?.source.document, chosen.value?.source.section]).toEqual([{ en: 'A report' }, { en: 'Annex' }]);
    });

    it('names every undated report when the rule is latest', () => {
      const { reportedOn: _dropped, ...undated } = overview;
      const chosen = chooseReportedFigure([cadreSection, undated, undated], { rule: 'latest' }, ['nonProjectAid', 0, 'trainees']);
      expect(chosen.ok || chosen.issues.map((issue) => [issue.code, issue.path, issue.params.figure])).toEqual([
        ['declared-count-undated', ['nonProjectAid', 0, 'trainees', 1, 'reportedOn'], 'trainees'],
        ['declared-count-undated', ['nonProjectAid', 0, 'trainees', 2, 'reportedOn'], 'trainees'],
      ]);
    });

    it('reports that no preferred source has the figure', () => {
      const chosen = chooseReportedFigure(both, { rule: 'prefer-source', sources: [{ document: 'Work report' }] }, ['nonProjectAid', 0, 'trainees']);
      expect(chosen.ok || chosen.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
        ['declared-count-no-preferred-source', ['nonProjectAid', 0, 'trainees'], { figure: 'trainees' }],
      ]);
    });
  });

  describe('properties', () => {
    it('chooses the same report whatever the order of the reports', () => {
      fc.assert(
        fc.property(anyPersonFigures, fc.constantFrom('largest' as const, 'smallest' as const), (reports, rule) => {
          const forwards = chooseReportedFigure(reports, { rule });
          const backwards = chooseReportedFigure([...reports].reverse(), { rule });
          const strip = (result: typeof forwards) => (result.ok && result.value ? { ...result.value, reports: undefined } : result);
          expect(strip(backwards)).toEqual(strip(forwards));
        }),
      );
    });

    it('chooses a value no other report exceeds under largest, and keeps every report', () => {
      fc.assert(
        fc.property(anyAmountFigures, (reports) => {
          const chosen = chooseReportedFigure(reports, { rule: 'largest' });
          expect(chosen.ok).toBe(true);
          const picked = chosen.ok ? chosen.value : undefined;
          expect(picked === undefined).toBe(reports.length === 0);
          if (picked === undefined) return;
          expect(reports.every((report) => compareAmounts(report.value, picked.value) <= 0)).toBe(true);
          expect(picked.reports).toBe(reports);
        }),
      );
    });
  });
});
