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

  describe('edge cases', () => {
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
      const chosen = chooseReportedFigure(both, { rule: 'prefer-source', sources: [{ document: 'Work report' }] }, ['trainees']);
      expect(chosen.ok || chosen.issues.map((issue) => issue.code)).toEqual(['declared-count-no-preferred-source']);
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
