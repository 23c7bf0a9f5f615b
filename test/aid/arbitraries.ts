import fc from 'fast-check';
import {
  amountFromFen,
  figureQualifiers,
  personCount,
  type Amount,
  type FigureValue,
  type PersonCount,
  type ReportedFigure,
  type SourceReference,
} from '../../src/index.js';

export const anySource: fc.Arbitrary<SourceReference> = fc.record(
  {
    document: fc.constantFrom({ en: 'Yearbook 2012' }, { en: 'Shenzhen Daily', zh: '深圳特区报' }, { zh: '年度工作报告' }),
    section: fc.constantFrom({ en: 'Overview' }, { en: 'Funding', zh: '资金投入' }, { zh: '干部培训' }),
    completeness: fc.constantFrom('complete' as const, 'incomplete' as const),
  },
  { requiredKeys: ['document', 'completeness'] },
);

export const anyDateText = fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

const figure = <T extends FigureValue>(value: fc.Arbitrary<T>): fc.Arbitrary<ReportedFigure<T>> =>
  fc.record(
    { value, qualifier: fc.constantFrom(...figureQualifiers), source: anySource, reportedOn: anyDateText as fc.Arbitrary<never> },
    { requiredKeys: ['value', 'qualifier', 'source'] },
  );

export const anyPersonFigures: fc.Arbitrary<ReportedFigure<PersonCount>[]> = fc.array(figure(fc.nat({ max: 10_000_000 }).map(personCount)), { maxLength: 6 });
export const anyAmountFigures: fc.Arbitrary<ReportedFigure<Amount>[]> = fc.array(figure(fc.bigInt({ min: 0n, max: 10n ** 14n }).map(amountFromFen)), { maxLength: 6 });
