import * as z from 'zod';
import { amountSchema, isoDateSchema } from '../../schema/common-schemas.js';
import { fundingSourceKinds } from '../funding-source.js';
import { ledgerKinds, spendingPurposes, type LedgerEntry } from '../ledger.js';
import type { Snapshot } from '../snapshot.js';
import { nonEmptyText } from './fields.js';
import { ledgerEntryIdSchema, projectIdSchema, subProjectIdSchema } from './id-schemas.js';
import { textOrStringSchema } from './text-schema.js';

// Before notes were bilingual an entry could carry an empty note; such a note says nothing and is dropped.
const noteSchema = /* @__PURE__ */ z.union([z.literal('').transform(() => undefined), textOrStringSchema]);

/**
 * The JSON form of a {@link LedgerEntry}. A negative amount is a reversal; whether it names the entry it
 * reverses is checked by {@link checkProgramme}. The note is a {@link LocalizedText}, or a plain string
 * as earlier snapshots wrote it (see {@link textOrStringSchema}).
 */
export const ledgerEntrySchema: z.ZodType<LedgerEntry, Snapshot<LedgerEntry>> = /* @__PURE__ */ z.strictObject({
  id: ledgerEntryIdSchema,
  kind: z.enum(ledgerKinds),
  project: projectIdSchema,
  subProject: subProjectIdSchema.exactOptional(),
  category: nonEmptyText,
  source: z.enum(fundingSourceKinds).exactOptional(),
  amount: amountSchema,
  date: isoDateSchema,
  reverses: ledgerEntryIdSchema.exactOptional(),
  finalPayment: z.boolean().exactOptional(),
  purpose: z.enum(spendingPurposes).exactOptional(),
  note: noteSchema.exactOptional(),
}).transform(({ note, ...entry }) => (note === undefined ? entry : { ...entry, note })) as unknown as z.ZodType<LedgerEntry, Snapshot<LedgerEntry>>;
