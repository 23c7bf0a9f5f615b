import * as z from 'zod';
import type { LabourPlacement } from '../../beneficiaries/labour-placement.js';
import type { CadreSecondment } from '../cadre-secondment.js';
import type { CadreTraining } from '../cadre-training.js';
import { exchangeDirections, exchangeLevels, type ExchangeVisit } from '../exchange-visit.js';
import { industrialZoneStatuses, type FrameworkAgreement, type IndustrialCooperation, type IndustrialZone } from '../industrial-cooperation.js';
import { figureBases, type LabourCooperation, type LabourPlacementSplit } from '../labour-cooperation.js';
import type { NonProjectAid } from '../non-project-aid.js';
import type { StudentSubsidy } from '../student-subsidy.js';
import { fundShareSchema } from '../../model/schemas/fund-schema.js';
import { regionCodeField, yearField } from '../../model/schemas/fields.js';
import { activityIdSchema } from '../../model/schemas/id-schemas.js';
import { localizedTextSchema, sourceReferenceSchema, textOrStringSchema } from '../../model/schemas/text-schema.js';
import {
  amountFigures,
  countField,
  countFigures,
  partialDateSchema,
  personCountField,
  personFigures,
  personTimeFigures,
} from './figure-schemas.js';

const core = {
  id: activityIdSchema,
  name: localizedTextSchema,
  year: yearField,
  donor: regionCodeField,
  recipients: /* @__PURE__ */ z.array(regionCodeField),
  funds: /* @__PURE__ */ z.array(fundShareSchema),
  source: sourceReferenceSchema,
  date: /* @__PURE__ */ partialDateSchema.exactOptional(),
  description: /* @__PURE__ */ localizedTextSchema.exactOptional(),
};

const cadreTrainingObject = /* @__PURE__ */ z.strictObject({
  kind: z.literal('cadre-training'),
  ...core,
  provider: localizedTextSchema.exactOptional(),
  courses: countFigures,
  trainees: personFigures,
  personTimes: personTimeFigures,
  expertsOrganised: personFigures,
});

const studentSubsidyObject = /* @__PURE__ */ z.strictObject({
  kind: z.literal('student-subsidy'),
  ...core,
  students: personFigures,
  amount: amountFigures,
});

/** The JSON form of a {@link LabourPlacement}. */
export const labourPlacementSchema: z.ZodType<LabourPlacement, unknown> = /* @__PURE__ */ z.strictObject({
    total: personCountField,
    outsideProvince: personCountField,
    inProvinceOutsideCounty: personCountField,
    inCounty: personCountField,
  });

/** The JSON form of a {@link LabourPlacementSplit}. */
export const labourPlacementSplitSchema = /* @__PURE__ */ z.strictObject({
  buckets: labourPlacementSchema,
  basis: z.enum(figureBases),
  note: textOrStringSchema.exactOptional(),
});

const labourCooperationObject = /* @__PURE__ */ z.strictObject({
  kind: z.literal('labour-cooperation'),
  ...core,
  placed: personFigures,
  placement: labourPlacementSplitSchema.exactOptional(),
  workingInDonorCity: personFigures,
});

const partySchema = /* @__PURE__ */ z.strictObject({ name: localizedTextSchema, region: regionCodeField });

/** The JSON form of a {@link FrameworkAgreement}. */
export const frameworkAgreementSchema = /* @__PURE__ */ z.strictObject({
  title: localizedTextSchema,
  parties: z.array(partySchema),
  signed: partialDateSchema,
  place: localizedTextSchema.exactOptional(),
  fromYear: yearField.exactOptional(),
  toYear: yearField.exactOptional(),
  source: sourceReferenceSchema,
});

/** The JSON form of an {@link IndustrialZone}. */
export const industrialZoneSchema = /* @__PURE__ */ z.strictObject({
  name: localizedTextSchema,
  region: regionCodeField,
  partners: z.array(partySchema),
  status: z.enum(industrialZoneStatuses),
});

const industrialCooperationObject = /* @__PURE__ */ z.strictObject({
  kind: z.literal('industrial-cooperation'),
  ...core,
  agreements: z.array(frameworkAgreementSchema),
  industrialZones: z.array(industrialZoneSchema),
  enterprises: countFigures,
  investment: amountFigures,
  farmingFunds: amountFigures,
});

const exchangeVisitObject = /* @__PURE__ */ z.strictObject({
  kind: z.literal('exchange-visit'),
  ...core,
  direction: z.enum(exchangeDirections),
  level: z.enum(exchangeLevels),
  delegation: localizedTextSchema,
  visits: countFigures,
  purpose: localizedTextSchema.exactOptional(),
});

const cadreSecondmentObject = /* @__PURE__ */ z.strictObject({
  kind: z.literal('cadre-secondment'),
  ...core,
  direction: z.enum(exchangeDirections),
  level: z.enum(exchangeLevels),
  cadres: personFigures,
  months: countField.exactOptional(),
});

/** The JSON form of a {@link CadreTraining} record. */
export const cadreTrainingSchema: z.ZodType<CadreTraining, unknown> = cadreTrainingObject;

/** The JSON form of a {@link StudentSubsidy} record. */
export const studentSubsidySchema: z.ZodType<StudentSubsidy, unknown> = studentSubsidyObject;

/** The JSON form of a {@link LabourCooperation} record; that the buckets sum to their total is a rule, checked by {@link checkNonProjectAid}. */
export const labourCooperationSchema: z.ZodType<LabourCooperation, unknown> = labourCooperationObject;

/** The JSON form of an {@link IndustrialCooperation} record. */
export const industrialCooperationSchema: z.ZodType<IndustrialCooperation, unknown> = industrialCooperationObject;

/** The JSON form of an {@link ExchangeVisit} record. */
export const exchangeVisitSchema: z.ZodType<ExchangeVisit, unknown> = exchangeVisitObject;

/** The JSON form of a {@link CadreSecondment} record. */
export const cadreSecondmentSchema: z.ZodType<CadreSecondment, unknown> = cadreSecondmentObject;

/** The JSON form of any {@link NonProjectAid} record, chosen by its `kind`. */
export const nonProjectAidSchema: z.ZodType<NonProjectAid, unknown> = /* @__PURE__ */ z.discriminatedUnion('kind', [
  cadreTrainingObject,
  studentSubsidyObject,
  labourCooperationObject,
  industrialCooperationObject,
  exchangeVisitObject,
  cadreSecondmentObject,
]);
