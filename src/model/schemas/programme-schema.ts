import * as z from 'zod';
import { isoDateSchema } from '../../schema/common-schemas.js';
import type { Programme } from '../programme.js';
import type { Snapshot } from '../snapshot.js';
import { regionCodeField, yearField } from './fields.js';
import { fundCategorySchema, fundSchema } from './fund-schema.js';
import { organisationIdSchema, programmeIdSchema } from './id-schemas.js';
import { ledgerEntrySchema } from './ledger-schema.js';
import { organisationSchema } from './organisation-schema.js';
import { pairingSchema } from './pairing-schema.js';
import { planSchema } from './plan-schema.js';
import { projectSchema, projectTypeSchema } from './project-schema.js';
import { localizedTextSchema, sourceReferenceSchema } from './text-schema.js';

/** The JSON form of a whole {@link Programme}: what `JSON.stringify(programme)` writes. */
export const programmeSchema: z.ZodType<Programme, Snapshot<Programme>> = /* @__PURE__ */ z.strictObject({
  id: programmeIdSchema,
  name: localizedTextSchema,
  donor: regionCodeField,
  reportingOrganisation: organisationIdSchema,
  fundCategories: z.array(fundCategorySchema),
  projectTypes: z.array(projectTypeSchema),
  organisations: z.array(organisationSchema),
  pairings: z.array(pairingSchema),
  funds: z.array(fundSchema),
  plans: z.array(planSchema),
  projects: z.array(projectSchema),
  ledger: z.array(ledgerEntrySchema),
  period: z.strictObject({ fromYear: yearField, toYear: yearField, name: localizedTextSchema.exactOptional() }).exactOptional(),
  referenceDate: isoDateSchema.exactOptional(),
  reportedIn: sourceReferenceSchema.exactOptional(),
});
