import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedNonProjectAid2011 } from '../../examples/data/shenzhen-guizhou-2011.js';
import { seedRecord2011 } from '../../examples/data/shenzhen-guizhou-2011-lifecycles.js';
import {
  assessPairingYear,
  illustrativeAssessmentConfiguration,
  regionCode,
  unwrap,
  type AssessmentConfiguration,
  type EnteredFigure,
  type PairingAssessment,
} from '../../src/index.js';

const options = { year: 2011, donor: regionCode('440300'), recipients: [regionCode('522400'), regionCode('522700')] };
const config = illustrativeAssessmentConfiguration;
const source = { document: { zh: '深圳市对口帮扶工作领导小组会议纪要', en: 'Minutes of the leading group' }, completeness: 'complete' } as const;
const input = (entered: readonly EnteredFigure[] = []) => ({ record: seedRecord2011, nonProjectAid: seedNonProjectAid2011, entered });
const assess = (entered: readonly EnteredFigure[] = [], configuration: AssessmentConfiguration = config) => assessPairingYear(input(entered), configuration, options);
const indicator = (assessment: PairingAssessment, id: string) => assessment.areas.flatMap((area) => area.indicators).find((entry) => entry.id === id);

describe('assessPairingYear', () => {

  it('computes the 2011 figures from the record and the non-project aid, naming the records they come from', () => {
    const assessed = unwrap(assess());
    expect(indicator(assessed, 'funds-given')).toMatchObject({ value: '46910000.00', status: 'met', sources: [{ kind: 'funds', ids: ['sz-2011-anti-poverty-funds'] }] });
    expect(indicator(assessed, 'labourers-placed')).toMatchObject({ value: '16000', unit: '人', status: 'met', rate: '160.00', score: '15.00' });
    expect(indicator(assessed, 'budget-disbursed-in-year')?.sources.map((entry) => entry.kind)).toEqual(['projects', 'ledger']);
    expect(indicator(assessed, 'budget-disbursed-in-year')?.sources[0]?.ids.length).toBe(38);
  });

  it('counts the smallest of conflicting reports under the configuration’s rule, and the largest when asked', () => {
    const assessed = unwrap(assess());
    expect(indicator(assessed, 'cadres-trained')?.value).toBe('550');
    const largest = unwrap(assess([], { ...config, figureRule: 'largest' }));
    expect(indicator(largest, 'cadres-trained')?.value).toBe('1100');
  });

  it('reports what the record cannot give as missing, never as zero: no plan, no secondment, nothing entered', () => {
    const assessed = unwrap(assess());
    expect(indicator(assessed, 'funds-against-agreed')).toMatchObject({ status: 'missing', missing: 'no-data' });
    expect(indicator(assessed, 'funds-against-agreed')?.score).toBeUndefined();
    expect(indicator(assessed, 'cadres-seconded')).toMatchObject({ status: 'missing', missing: 'no-data' });
    expect(indicator(assessed, 'leadership-meetings')).toMatchObject({ status: 'missing', missing: 'not-entered', sources: [] });
    expect([assessed.score, assessed.missingPoints, assessed.provisional, assessed.grade]).toEqual(['52.50', '35.00', true, 'poor']);
  });

  it('takes an entered figure with its source, scoring it like any other', () => {
    const withMeetings = unwrap(assess([{ indicator: 'leadership-meetings', value: '4', source }]));
    expect(indicator(withMeetings, 'leadership-meetings')).toMatchObject({ value: '4', status: 'met', score: '3.00', sources: [{ kind: 'entered', references: [source] }] });
    expect(withMeetings.score).toBe('55.50');
  });

  it('refuses a figure entered for a computed indicator, for no indicator, or twice', () => {
    const refused = assess([
      { indicator: 'funds-given', value: '1', source },
      { indicator: 'meetings', value: '1', source },
      { indicator: 'paired-townships', value: '3', source },
      { indicator: 'paired-townships', value: '4', source },
    ]);
    expect(refused.ok || refused.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['assessment-entered-computed', ['input', 'entered', 0, 'indicator']],
      ['assessment-entered-unknown', ['input', 'entered', 1, 'indicator']],
      ['assessment-entered-repeated', ['input', 'entered', 3, 'indicator']],
    ]);
  });

  it('refuses weights that do not add up, in an area and across the areas', () => {
    const [first, ...rest] = config.areas;
    const broken = { ...config, areas: [{ ...first!, weight: '12' }, ...rest] };
    const refused = assess([], broken);
    expect(refused.ok || refused.issues.map((issue) => [issue.code, issue.params])).toEqual([
      ['assessment-weights-mismatch', { area: 'organisation-leadership', sum: '10', total: '12' }],
      ['assessment-weights-mismatch', { sum: '102', total: '100' }],
    ]);
  });

  it('refuses a grade scale out of order', () => {
    const refused = assess([], { ...config, grades: [{ grade: 'good', from: '80' }, { grade: 'fair', from: '90' }, { grade: 'poor', from: '0' }] });
    expect(refused.ok || refused.issues.map((issue) => issue.code)).toEqual(['assessment-grades-invalid']);
  });

  it('assesses one recipient alone, and says a record for both together cannot be split', () => {
    const bijie = unwrap(assessPairingYear(input(), config, { ...options, recipients: [regionCode('522400')] }));
    expect(indicator(bijie, 'funds-given')).toMatchObject({ status: 'missing', missing: 'not-split' });
    expect(indicator(bijie, 'budget-disbursed-in-year')?.sources[0]?.ids.length).toBe(25);
  });

  describe('judgements', () => {
    const graded: AssessmentConfiguration = {
      ...config,
      areas: config.areas.map((area) =>
        area.area === 'organisation-leadership'
          ? { ...area, indicators: [...area.indicators.filter((entry) => entry.id !== 'on-party-agenda'), { id: 'leadership-rating', name: { zh: '组织领导评价' }, measure: 'entered', judgement: 'grade', points: '2', gradeShares: { 'good': '100', 'fairly-good': '75', 'fair': '50', 'poor': '0' } }] }
          : area,
      ),
    };

    it('scores a yes full marks and a no nothing, each with its source', () => {
      const assessed = unwrap(assess());
      const yes = unwrap(assess([{ indicator: 'on-party-agenda', value: 'yes', source }]));
      expect(indicator(yes, 'on-party-agenda')).toMatchObject({ judgement: 'yes-no', value: 'yes', status: 'met', score: '2.00', sources: [{ kind: 'entered', references: [source] }] });
      expect(indicator(yes, 'on-party-agenda')?.rate).toBeUndefined();
      const no = unwrap(assess([{ indicator: 'on-party-agenda', value: 'no', source }]));
      expect(indicator(no, 'on-party-agenda')).toMatchObject({ value: 'no', status: 'not-met', score: '0.00' });
      expect([yes.score, no.score, assessed.score]).toEqual(['54.50', '52.50', '52.50']);
      expect([yes.missingPoints, no.missingPoints, assessed.missingPoints]).toEqual(['33.00', '33.00', '35.00']);
    });

    it('scores a grade by the share the configuration gives it, full marks only for the top grade', () => {
      const scores = (['good', 'fairly-good', 'fair', 'poor'] as const).map((grade) => {
        const entry = indicator(unwrap(assess([{ indicator: 'leadership-rating', value: grade, source }], graded)), 'leadership-rating');
        return [entry?.status, entry?.score];
      });
      expect(scores).toEqual([['met', '2.00'], ['not-met', '1.50'], ['not-met', '1.00'], ['not-met', '0.00']]);
    });

    it('reports a judgement not entered as missing, never as a no', () => {
      const assessed = unwrap(assess());
      expect(indicator(assessed, 'on-party-agenda')).toMatchObject({ judgement: 'yes-no', status: 'missing', missing: 'not-entered' });
      expect(indicator(assessed, 'on-party-agenda')?.score).toBeUndefined();
    });

    it('refuses an answer the judgement does not take, and grade shares beyond 100 %', () => {
      const refused = assess([{ indicator: 'on-party-agenda', value: '1', source }]);
      expect(refused.ok || refused.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([['assessment-judgement-invalid', ['input', 'entered', 0, 'value'], { indicator: 'on-party-agenda', input: '1', allowed: 'yes, no' }]]);
      const gradedWrong = assess([{ indicator: 'leadership-rating', value: 'yes', source }], graded);
      expect(gradedWrong.ok || gradedWrong.issues[0]?.code).toBe('assessment-judgement-invalid');
      const [first, ...rest] = graded.areas;
      const shares = { ...graded, areas: [{ ...first!, indicators: first!.indicators.map((entry) => (entry.id === 'leadership-rating' ? { ...entry, gradeShares: { 'good': '120', 'fairly-good': '80', 'fair': '60', 'poor': '0' } } : entry)) }, ...rest] };
      const sharesRefused = assess([], shares);
      expect(sharesRefused.ok || sharesRefused.issues.map((issue) => [issue.code, issue.path.at(-1)])).toEqual([['assessment-value-invalid', 'good']]);
    });
  });

  describe('properties', () => {
    const entered = fc.record({
      meetings: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
      townships: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    });
    const figures = ({ meetings, townships }: { meetings: number | undefined; townships: number | undefined }): EnteredFigure[] => [
      ...(meetings === undefined ? [] : [{ indicator: 'leadership-meetings', value: String(meetings), source }]),
      ...(townships === undefined ? [] : [{ indicator: 'paired-townships', value: String(townships), source }]),
    ];
    const rule = fc.constantFrom('proportional' as const, 'zero' as const);

    it('keeps every score within its points and the total within the total, and gives the same result for the same data', () => {
      fc.assert(
        fc.property(entered, rule, (given, whenNotMet) => {
          const configuration = { ...config, whenNotMet };
          const result = unwrap(assess(figures(given), configuration));
          for (const area of result.areas) {
            expect(Number(area.score)).toBeLessThanOrEqual(Number(area.points));
            for (const entry of area.indicators) {
              if (entry.status === 'missing') expect(entry.score).toBeUndefined();
              else expect(Number(entry.score)).toBeLessThanOrEqual(Number(entry.points));
            }
          }
          expect(Number(result.score) + Number(result.missingPoints)).toBeLessThanOrEqual(Number(result.maxScore));
          expect(unwrap(assess(figures(given), configuration))).toEqual(result);
        }),
        { numRuns: 20 },
      );
    });

    it("moves only the area of the indicator whose figure changes", () => {
      fc.assert(
        fc.property(entered, fc.integer({ min: 0, max: 40 }), (given, townships) => {
          const before = unwrap(assess(figures(given)));
          const after = unwrap(assess(figures({ ...given, townships })));
          before.areas.forEach((area, i) => {
            if (area.area !== 'county-pairing') expect(after.areas[i]).toEqual(area);
          });
        }),
        { numRuns: 15 },
      );
    });
  });
});
