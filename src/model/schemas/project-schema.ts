import * as z from 'zod';
import { amountSchema, isoDateSchema } from '../../schema/common-schemas.js';
import type { Amount } from '../../money/amount.js';
import { contributionForms, type FundingSource } from '../funding-source.js';
import type { Location } from '../location.js';
import { performanceDimensions, type PerformanceIndicator, type PerformanceTarget } from '../performance-target.js';
import type { Project, SubProject } from '../project.js';
import type { ProjectType } from '../project-type.js';
import type { Snapshot } from '../snapshot.js';
import { decimalTextField, nonEmptyText, regionCodeField, yearField } from './fields.js';
import { organisationIdSchema, projectIdSchema, subProjectIdSchema } from './id-schemas.js';
import type { PoolReference } from '../project.js';
import { participationSchema } from './organisation-schema.js';
import { localizedTextSchema } from './text-schema.js';

/** The JSON form of a {@link ProjectType}. */
export const projectTypeSchema: z.ZodType<ProjectType, Snapshot<ProjectType>> = /* @__PURE__ */ z.strictObject({
  code: nonEmptyText,
  label: localizedTextSchema,
  infrastructure: z.boolean(),
});

/** The JSON form of a {@link Location}. */
export const locationSchema: z.ZodType<Location, Snapshot<Location>> = /* @__PURE__ */ z.strictObject({
  region: regionCodeField,
  township: nonEmptyText.exactOptional(),
  village: nonEmptyText.exactOptional(),
  area: nonEmptyText.exactOptional(),
});

/**
 * The JSON form of a {@link PerformanceIndicator}; its values are exact decimal strings, and a `range` has a `max`
 * (which no other comparator has). Fields are read back in the order the library writes them.
 */
export const performanceIndicatorSchema: z.ZodType<PerformanceIndicator, Snapshot<PerformanceIndicator>> =
  /* @__PURE__ */ z.union([
    z.strictObject({
      dimension: z.enum(performanceDimensions),
      name: nonEmptyText,
      comparator: z.enum(['>=', '<=', '=']),
      value: decimalTextField,
      unit: z.string(),
    }),
    z.strictObject({
      dimension: z.enum(performanceDimensions),
      name: nonEmptyText,
      comparator: z.literal('range'),
      value: decimalTextField,
      max: decimalTextField,
      unit: z.string(),
    }),
  ]);

/** The JSON form of a {@link PerformanceTarget}. */
export const performanceTargetSchema: z.ZodType<PerformanceTarget, Snapshot<PerformanceTarget>> = /* @__PURE__ */ z.strictObject({
  indicators: z.array(performanceIndicatorSchema),
});

/**
 * The JSON form of a {@link FundingSource} whose amount is read by `amount`: one shape per source.
 * @internal
 */
export function buildFundingSourceSchema(amount: z.ZodType<Amount, string>): z.ZodType<FundingSource, Snapshot<FundingSource>> {
  const core = { amount, note: localizedTextSchema.exactOptional() };
  const funder = { funder: organisationIdSchema.exactOptional(), name: localizedTextSchema.exactOptional() };
  return z.discriminatedUnion('source', [
    z.strictObject({ source: z.literal('east-west-cooperation'), ...core, donor: regionCodeField.exactOptional() }),
    z.strictObject({ source: z.literal('local-integrated'), ...core }),
    z.strictObject({ source: z.literal('other-departments'), ...core, ...funder }),
    z.strictObject({ source: z.literal('enterprise-social'), ...core, ...funder }),
    z.strictObject({ source: z.literal('beneficiary-contribution'), ...core, form: z.enum(contributionForms) }),
    z.strictObject({ source: z.literal('other'), ...core, name: localizedTextSchema }),
  ]);
}

/** The JSON form of a {@link FundingSource}: one line of a project's funding (筹资方式). */
export const fundingSourceSchema: z.ZodType<FundingSource, Snapshot<FundingSource>> = /* @__PURE__ */ buildFundingSourceSchema(amountSchema);

/** The JSON form of a {@link PoolReference}. */
export const poolReferenceSchema: z.ZodType<PoolReference, Snapshot<PoolReference>> = /* @__PURE__ */ z.strictObject({
  pooledOn: isoDateSchema,
  reference: nonEmptyText.exactOptional(),
});

// The fields projects and sub-projects share (ActivityCore), with the JSON form their budgets take.
const activityShapeOf = (amount: z.ZodType<Amount, string>) => ({
  name: localizedTextSchema,
  type: nonEmptyText,
  location: locationSchema,
  budget: amount,
  funding: z.array(buildFundingSourceSchema(amount)).exactOptional(),
  totalInvestment: amount.exactOptional(),
  implementingUnit: organisationIdSchema.exactOptional(),
  performanceTarget: performanceTargetSchema.exactOptional(),
  povertyLinkage: localizedTextSchema.exactOptional(),
  description: localizedTextSchema.exactOptional(),
});

/**
 * The JSON form of a {@link SubProject} whose budget is read by `amount` (a stored event log holds its
 * amounts in one form only).
 * @internal
 */
export function buildSubProjectSchema(amount: z.ZodType<Amount, string>): z.ZodType<SubProject, Snapshot<SubProject>> {
  return z.strictObject({ id: subProjectIdSchema, ...activityShapeOf(amount) });
}

/** The JSON form of a {@link SubProject}. */
export const subProjectSchema: z.ZodType<SubProject, Snapshot<SubProject>> = /* @__PURE__ */ buildSubProjectSchema(amountSchema);

/**
 * The JSON form of a {@link Project} with its sub-projects. Rules across records (budgets, regions,
 * references) are {@link checkProgramme}'s, not the schema's.
 */
export const projectSchema: z.ZodType<Project, Snapshot<Project>> = /* @__PURE__ */ projectShapeOf(amountSchema, subProjectSchema);

/**
 * The JSON form of a {@link Project} whose amounts are read by `amount` (a stored event holds them in one form).
 * @internal
 */
export function buildProjectSchema(amount: z.ZodType<Amount, string>): z.ZodType<Project, Snapshot<Project>> {
  return projectShapeOf(amount, buildSubProjectSchema(amount));
}

function projectShapeOf(amount: z.ZodType<Amount, string>, subProject: z.ZodType<SubProject, Snapshot<SubProject>>): z.ZodType<Project, Snapshot<Project>> {
  return z.strictObject({
    id: projectIdSchema,
    ...activityShapeOf(amount),
    year: yearField,
    endYear: yearField.exactOptional(),
    category: nonEmptyText,
    donor: regionCodeField.exactOptional(),
    participations: z.array(participationSchema),
    subProjects: z.array(subProject),
    locationDate: isoDateSchema.exactOptional(),
    pool: poolReferenceSchema.exactOptional(),
  });
}
