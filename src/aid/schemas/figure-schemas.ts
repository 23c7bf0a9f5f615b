import * as z from 'zod';
import type { PersonCount, PersonTimeCount } from '../../beneficiaries/counts.js';
import { createIssue } from '../../errors/issue.js';
import type { Amount } from '../../money/amount.js';
import { localizedTextSchema, sourceReferenceSchema } from '../../model/schemas/text-schema.js';
import { amountSchema, isoDateSchema } from '../../schema/common-schemas.js';
import { addLibraryIssues } from '../../schema/parse-with-schema.js';
import { figureQualifiers } from '../figure-qualifier.js';
import { datePrecisions, type PartialDate } from '../partial-date.js';
import type { FigureValue, ReportedFigure } from '../reported-figure.js';

const wholeNumber = /* @__PURE__ */ z.int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A count of anything (courses, visits, enterprises): a whole number from 0. */
export const countField: z.ZodType<number, number> = wholeNumber;
/** A number of distinct persons. */
export const personCountField: z.ZodType<PersonCount, number> = /* @__PURE__ */ wholeNumber.transform((value) => value as PersonCount);
/** A number of person-times. */
export const personTimeCountField: z.ZodType<PersonTimeCount, number> = /* @__PURE__ */ wholeNumber.transform((value) => value as PersonTimeCount);

/** The reports of one figure, each with its value schema. */
export function reportedFigures<T extends FigureValue>(value: z.ZodType<T, unknown>): z.ZodType<readonly ReportedFigure<T>[], unknown> {
  return z.array(
    z.strictObject({
      value,
      qualifier: z.enum(figureQualifiers),
      source: sourceReferenceSchema,
      description: localizedTextSchema.exactOptional(),
      reportedOn: isoDateSchema.exactOptional(),
    }),
  ) as unknown as z.ZodType<readonly ReportedFigure<T>[], unknown>;
}

/** Reports of a count of persons. */
export const personFigures = /* @__PURE__ */ reportedFigures<PersonCount>(personCountField);
/** Reports of a count of person-times. */
export const personTimeFigures = /* @__PURE__ */ reportedFigures<PersonTimeCount>(personTimeCountField);
/** Reports of a plain count. */
export const countFigures = /* @__PURE__ */ reportedFigures<number>(countField);
/** Reports of an amount. */
export const amountFigures = /* @__PURE__ */ reportedFigures<Amount>(amountSchema);

const firstDayOf: Readonly<Record<PartialDate['precision'], RegExp>> = { day: /^/, month: /-01$/, year: /-01-01$/ };

/** A {@link PartialDate}: for `month` and `year` the date is the first day of the period (`partial-date-precision`). */
export const partialDateSchema: z.ZodType<PartialDate, unknown> = /* @__PURE__ */ z
  .strictObject({ date: isoDateSchema, precision: z.enum(datePrecisions) })
  .superRefine((value, ctx) => {
    if (!firstDayOf[value.precision].test(value.date)) {
      addLibraryIssues(ctx, [createIssue('partial-date-precision', ['date'], { date: value.date, precision: value.precision })], value);
    }
  });
