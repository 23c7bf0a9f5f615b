import * as z from 'zod';
import { amountSchema, isoDateSchema } from '../../schema/common-schemas.js';
import { fundSources, type Fund, type FundShare } from '../fund.js';
import type { FundCategory } from '../fund-category.js';
import type { Snapshot } from '../snapshot.js';
import { nonEmptyText, regionCodeField, yearField } from './fields.js';
import { fundIdSchema, organisationIdSchema } from './id-schemas.js';
import { localizedTextSchema, sourceReferenceSchema } from './text-schema.js';

/** The JSON form of a {@link FundCategory}: a code (built-in or the app's own) and its labels. */
export const fundCategorySchema: z.ZodType<FundCategory, Snapshot<FundCategory>> = /* @__PURE__ */ z.strictObject({
  code: nonEmptyText,
  label: localizedTextSchema,
});

/** The JSON form of a {@link FundShare}. */
export const fundShareSchema: z.ZodType<FundShare, Snapshot<FundShare>> = /* @__PURE__ */ z.strictObject({
  category: nonEmptyText,
  amount: amountSchema,
  recipient: regionCodeField.exactOptional(),
});

/**
 * The JSON form of a {@link Fund}. That the breakdown sums to the total is a rule, checked by
 * {@link checkProgramme} (`fund-breakdown-mismatch`), not a matter of shape.
 */
export const fundSchema: z.ZodType<Fund, Snapshot<Fund>> = /* @__PURE__ */ z.strictObject({
  id: fundIdSchema,
  donor: organisationIdSchema,
  source: z.enum(fundSources),
  year: yearField,
  total: amountSchema,
  breakdown: z.array(fundShareSchema),
  recipients: z.array(regionCodeField),
  date: isoDateSchema.exactOptional(),
  reportedIn: sourceReferenceSchema.exactOptional(),
});
