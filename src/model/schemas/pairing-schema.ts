import * as z from 'zod';
import { isoDateSchema } from '../../schema/common-schemas.js';
import type { Pairing } from '../pairing.js';
import type { Snapshot } from '../snapshot.js';
import { regionCodeField } from './fields.js';
import { pairingIdSchema } from './id-schemas.js';
import { sourceReferenceSchema } from './text-schema.js';

/** The JSON form of a {@link Pairing}. */
export const pairingSchema: z.ZodType<Pairing, Snapshot<Pairing>> = /* @__PURE__ */ z.strictObject({
  id: pairingIdSchema,
  donor: regionCodeField,
  recipient: regionCodeField,
  from: isoDateSchema,
  to: isoDateSchema.exactOptional(),
  source: sourceReferenceSchema.exactOptional(),
});
