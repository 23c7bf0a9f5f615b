import { z } from 'zod';
import { amountSchema, isoDateSchema } from '../../schema/common-schemas.js';
import { ledgerKinds, spendingPurposes, type LedgerEntry } from '../ledger.js';
import type { Snapshot } from '../snapshot.js';
import { nonEmptyText } from './fields.js';
import { ledgerEntryIdSchema, projectIdSchema, subProjectIdSchema } from './id-schemas.js';

/**
 * The JSON form of a {@link LedgerEntry}. A negative amount is a reversal; whether it names the entry it
 * reverses is checked by {@link checkProgramme}.
 */
export const ledgerEntrySchema: z.ZodType<LedgerEntry, Snapshot<LedgerEntry>> = /* @__PURE__ */ z.strictObject({
  id: ledgerEntryIdSchema,
  kind: z.enum(ledgerKinds),
  project: projectIdSchema,
  subProject: subProjectIdSchema.exactOptional(),
  category: nonEmptyText,
  amount: amountSchema,
  date: isoDateSchema,
  reverses: ledgerEntryIdSchema.exactOptional(),
  finalPayment: z.boolean().exactOptional(),
  purpose: z.enum(spendingPurposes).exactOptional(),
  note: z.string().exactOptional(),
});
