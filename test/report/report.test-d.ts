import { describe, expectTypeOf, it } from 'vitest';
import {
  renderAnnualReport,
  type Amount,
  type AnnualReport,
  type AnnualReportJson,
  type ChosenFigure,
  type PersonCount,
  type PersonTimeCount,
} from '../../src/index.js';

describe('annual report types', () => {
  it('holds amounts as Amount and counts by their kind', () => {
    expectTypeOf<AnnualReport['funds']['total']>().toEqualTypeOf<Amount>();
    expectTypeOf<AnnualReport['training']['personTimes']>().toEqualTypeOf<PersonTimeCount>();
    expectTypeOf<NonNullable<AnnualReport['training']['activities'][number]['trainees']>>().toEqualTypeOf<ChosenFigure<PersonCount>>();
    expectTypeOf<NonNullable<AnnualReport['industry']['activities'][number]['farmingFunds']>['value']>().toEqualTypeOf<Amount>();
  });

  it('writes amounts as text in its JSON form', () => {
    expectTypeOf<AnnualReportJson['funds']['total']>().toEqualTypeOf<string>();
  });

  it('renders in English or Chinese only', () => {
    const report = {} as AnnualReport;
    // @ts-expect-error no French rendering
    renderAnnualReport(report, { locale: 'fr' });
    expectTypeOf(renderAnnualReport(report, { locale: 'zh' })).toEqualTypeOf<string>();
  });

  it('is readonly data', () => {
    const report = {} as AnnualReport;
    // @ts-expect-error the report cannot be changed
    report.year = 2012;
  });
});
