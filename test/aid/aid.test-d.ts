import { describe, expectTypeOf, it } from 'vitest';
import {
  personCount,
  personTimeCount,
  type Amount,
  type CadreTraining,
  type ChosenFigure,
  type NonProjectAid,
  type PersonCount,
  type ReportedFigure,
} from '../../src/index.js';

const source = { document: { en: 'Yearbook' }, completeness: 'incomplete' } as const;

describe('non-project aid types', () => {
  it('keeps persons and person-times apart in a training record', () => {
    const trainees: CadreTraining['trainees'] = [{ value: personCount(550), qualifier: 'exact', source }];
    // @ts-expect-error person-times are not persons
    const wrong: CadreTraining['trainees'] = [{ value: personTimeCount(550), qualifier: 'exact', source }];
    // @ts-expect-error a plain number is not a count of persons
    const plain: CadreTraining['trainees'] = [{ value: 550, qualifier: 'exact', source }];
    expectTypeOf(trainees).toEqualTypeOf<CadreTraining['trainees']>();
    void [wrong, plain];
  });

  it('accepts only the named qualifiers', () => {
    // @ts-expect-error "roughly" is not a qualifier
    const figure: ReportedFigure<PersonCount> = { value: personCount(1), qualifier: 'roughly', source };
    expectTypeOf(figure.qualifier).toEqualTypeOf<'exact' | 'at-least' | 'more-than' | 'about' | 'at-most'>();
  });

  it('narrows a record by its kind', () => {
    const record = {} as NonProjectAid;
    if (record.kind === 'labour-cooperation') expectTypeOf(record.workingInDonorCity).toEqualTypeOf<readonly ReportedFigure<PersonCount>[]>();
    if (record.kind === 'industrial-cooperation') expectTypeOf(record.farmingFunds).toEqualTypeOf<readonly ReportedFigure<Amount>[]>();
  });

  it('gives a chosen figure its value’s type', () => {
    expectTypeOf<ChosenFigure<Amount>['value']>().toEqualTypeOf<Amount>();
    // @ts-expect-error a figure is a count or an amount, not text
    expectTypeOf<ReportedFigure<string>>().toBeObject();
  });
});
