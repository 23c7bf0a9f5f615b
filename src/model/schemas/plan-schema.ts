import * as z from 'zod';
import { amountSchema } from '../../schema/common-schemas.js';
import { planKinds, type AgreedAmount, type Plan, type PlanTarget } from '../plan.js';
import type { Snapshot } from '../snapshot.js';
import { decimalTextField, nonEmptyText, regionCodeField, yearField } from './fields.js';
import { planIdSchema } from './id-schemas.js';
import { localizedTextSchema } from './text-schema.js';

/** The JSON form of an {@link AgreedAmount}. */
export const agreedAmountSchema: z.ZodType<AgreedAmount, Snapshot<AgreedAmount>> = /* @__PURE__ */ z.strictObject({
  category: nonEmptyText.exactOptional(),
  recipient: regionCodeField.exactOptional(),
  amount: amountSchema,
});

/** The JSON form of a {@link PlanTarget}; its value is an exact decimal string (`decimal-invalid`). */
export const planTargetSchema: z.ZodType<PlanTarget, Snapshot<PlanTarget>> = /* @__PURE__ */ z.strictObject({
  measure: nonEmptyText,
  value: decimalTextField,
  unit: z.string(),
  recipient: regionCodeField.exactOptional(),
});

/** The JSON form of a {@link Plan}. */
export const planSchema: z.ZodType<Plan, Snapshot<Plan>> = /* @__PURE__ */ z.strictObject({
  id: planIdSchema,
  kind: z.enum(planKinds),
  name: localizedTextSchema,
  fromYear: yearField,
  toYear: yearField,
  agreed: z.array(agreedAmountSchema),
  targets: z.array(planTargetSchema),
});
