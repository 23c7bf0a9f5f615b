import type * as z from 'zod';
import type {
  ActivityId,
  FundId,
  LedgerEntryId,
  OrganisationId,
  PairingId,
  PlanId,
  ProgrammeId,
  ProjectId,
  SubProjectId,
} from '../ids.js';
import { idField } from './fields.js';

/** The JSON form of a {@link ProgrammeId}: a string, checked like {@link programmeId} checks it (`id-invalid`). */
export const programmeIdSchema: z.ZodType<ProgrammeId, string> = /* @__PURE__ */ idField<ProgrammeId>('programme');
/** The JSON form of a {@link ProjectId} (`id-invalid`). */
export const projectIdSchema: z.ZodType<ProjectId, string> = /* @__PURE__ */ idField<ProjectId>('project');
/** The JSON form of a {@link SubProjectId} (`id-invalid`). */
export const subProjectIdSchema: z.ZodType<SubProjectId, string> = /* @__PURE__ */ idField<SubProjectId>('sub-project');
/** The JSON form of an {@link OrganisationId} (`id-invalid`). */
export const organisationIdSchema: z.ZodType<OrganisationId, string> = /* @__PURE__ */ idField<OrganisationId>('organisation');
/** The JSON form of a {@link FundId} (`id-invalid`). */
export const fundIdSchema: z.ZodType<FundId, string> = /* @__PURE__ */ idField<FundId>('fund');
/** The JSON form of a {@link PairingId} (`id-invalid`). */
export const pairingIdSchema: z.ZodType<PairingId, string> = /* @__PURE__ */ idField<PairingId>('pairing');
/** The JSON form of a {@link PlanId} (`id-invalid`). */
export const planIdSchema: z.ZodType<PlanId, string> = /* @__PURE__ */ idField<PlanId>('plan');
/** The JSON form of a {@link LedgerEntryId} (`id-invalid`). */
export const ledgerEntryIdSchema: z.ZodType<LedgerEntryId, string> = /* @__PURE__ */ idField<LedgerEntryId>('ledger entry');
/** The JSON form of an {@link ActivityId} (`id-invalid`). */
export const activityIdSchema: z.ZodType<ActivityId, string> = /* @__PURE__ */ idField<ActivityId>('activity');
