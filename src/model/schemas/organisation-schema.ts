import * as z from 'zod';
import {
  organisationKinds,
  participationRoles,
  type Organisation,
  type Participation,
  type ParticipationRole,
} from '../organisation.js';
import { isoDateSchema } from '../../schema/common-schemas.js';
import type { Snapshot } from '../snapshot.js';
import { regionCodeField } from './fields.js';
import { organisationIdSchema } from './id-schemas.js';
import { localizedTextSchema } from './text-schema.js';

const roles = /* @__PURE__ */ Object.keys(participationRoles) as [ParticipationRole, ...ParticipationRole[]];

/** The JSON form of an {@link Organisation}. */
export const organisationSchema: z.ZodType<Organisation, Snapshot<Organisation>> = /* @__PURE__ */ z.strictObject({
  id: organisationIdSchema,
  name: localizedTextSchema,
  kind: z.enum(organisationKinds),
  region: regionCodeField.exactOptional(),
  regionAsOf: isoDateSchema.exactOptional(),
  parent: organisationIdSchema.exactOptional(),
});

/** The JSON form of a {@link Participation}: an organisation and its IATI role by name. */
export const participationSchema: z.ZodType<Participation, Snapshot<Participation>> = /* @__PURE__ */ z.strictObject({
  organisation: organisationIdSchema,
  role: z.enum(roles),
});
