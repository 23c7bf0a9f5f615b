import * as z from 'zod';
import { isoDateSchema } from '../../schema/common-schemas.js';
import type { PerformanceActual } from '../performance-actual.js';
import type { Snapshot } from '../snapshot.js';
import { decimalTextField, nonEmptyText } from './fields.js';
import { projectIdSchema, subProjectIdSchema } from './id-schemas.js';
import { sourceReferenceSchema } from './text-schema.js';

/** The JSON form of a {@link PerformanceActual}; its value is an exact decimal string. */
export const performanceActualSchema: z.ZodType<PerformanceActual, Snapshot<PerformanceActual>> = /* @__PURE__ */ z.strictObject({
  project: projectIdSchema,
  subProject: subProjectIdSchema.exactOptional(),
  indicator: nonEmptyText,
  value: decimalTextField,
  date: isoDateSchema,
  source: sourceReferenceSchema,
});
