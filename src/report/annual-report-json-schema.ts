import * as z from 'zod';
import { exchangeDirections, exchangeLevels } from '../aid/exchange-visit.js';
import { figureQualifiers } from '../aid/figure-qualifier.js';
import { nonProjectAidKinds } from '../aid/non-project-aid.js';
import { frameworkAgreementSchema, industrialZoneSchema, labourPlacementSplitSchema } from '../aid/schemas/aid-schemas.js';
import { partialDateSchema } from '../aid/schemas/figure-schemas.js';
import { declaredCountSchema } from '../beneficiaries/declared-count.js';
import { issueCodes } from '../errors/catalogue.js';
import { planKinds } from '../model/plan.js';
import { assetClasses } from '../model/project-asset.js';
import { ledgerTotalsSchema } from '../model/rollup/parse-roll-up.js';
import { decimalTextField, nonEmptyText, regionCodeField, yearField } from '../model/schemas/fields.js';
import { activityIdSchema, fundIdSchema, ledgerEntryIdSchema, planIdSchema, projectIdSchema, subProjectIdSchema } from '../model/schemas/id-schemas.js';
import { lifecycleStatuses } from '../lifecycle/lifecycle-states.js';
import { agreedAmountSchema, planTargetSchema } from '../model/schemas/plan-schema.js';
import { localizedTextSchema, sourceReferenceSchema } from '../model/schemas/text-schema.js';
import { amountSchema, isoDateSchema } from '../schema/common-schemas.js';
import { amountUnits, type AmountUnit } from '../money/units.js';
import { declaredProjectCountSchema, projectScopes } from './declared-project-count.js';

// The shape annualReportToJSON writes, built from the same field schemas as the inputs it reports on. Built on
// first use: a report is written far more often than its schema is asked for.
let built: ReturnType<typeof buildAnnualReportJsonSchema> | undefined;

/**
 * The zod schema of {@link AnnualReportJson}, the source of the shipped `schemas/annual-report.json`: the test
 * suite checks that the reports {@link annualReportToJSON} writes pass it.
 * @internal
 */
export function annualReportJsonSchema(): z.ZodType {
  built ??= buildAnnualReportJsonSchema();
  return built.schema;
}

/**
 * The parts of {@link annualReportJsonSchema} that recur, with the names they take under `$defs`.
 * @internal
 */
export function annualReportJsonParts(): readonly (readonly [z.ZodType, string, string])[] {
  built ??= buildAnnualReportJsonSchema();
  const { region, rule, bounds, chosenCount, chosenAmount } = built;
  return [
    [region, 'ReportRegion', "A division as the report shows it: the code in force on the report's date, its name, and the codes the data used for it."],
    [rule, 'DeclaredCountRule', 'How one of several reports of a figure was chosen.'],
    [bounds, 'DeclaredPersonBounds', 'The bounds of the distinct persons behind declared counts.'],
    [chosenCount, 'ChosenCount', 'The report chosen for a count, with the rule and every report of it.'],
    [chosenAmount, 'ChosenAmount', 'The report chosen for an amount, with the rule and every report of it.'],
  ];
}

function buildAnnualReportJsonSchema() {
  const count = z.int().min(0);
  const textOrString = z.union([z.string(), localizedTextSchema]);
  const region = z.strictObject({
    code: regionCodeField,
    name: z.strictObject({ zh: z.string(), en: z.string().exactOptional() }).exactOptional(),
    codesInData: z.array(regionCodeField),
  });
  const rule = z.discriminatedUnion('rule', [
    z.strictObject({ rule: z.literal('largest') }),
    z.strictObject({ rule: z.literal('smallest') }),
    z.strictObject({ rule: z.literal('latest') }),
    z.strictObject({ rule: z.literal('prefer-source'), sources: z.array(z.strictObject({ document: textOrString, section: textOrString.exactOptional() })) }),
  ]);
  const report = <T extends z.ZodType>(value: T) => ({
    value,
    qualifier: z.enum(figureQualifiers),
    source: sourceReferenceSchema,
    description: localizedTextSchema.exactOptional(),
    reportedOn: isoDateSchema.exactOptional(),
  });
  const chosenOf = <T extends z.ZodType>(value: T) => z.strictObject({ ...report(value), rule, reports: z.array(z.strictObject(report(value))) });
  const chosenCount = chosenOf(z.int().min(0));
  const chosenAmount = chosenOf(amountSchema);
  const chosen = (value: 'count' | 'amount') => (value === 'count' ? chosenCount : chosenAmount).exactOptional();
  const bounds = z.strictObject({ lower: count, upper: count, incomplete: z.boolean() });
  const itemised = { projects: count, subProjects: count, budget: amountSchema };
  const group = z.strictObject({ ...itemised, ledger: ledgerTotalsSchema });
  const comparison = z.strictObject({
    plan: planIdSchema,
    amounts: z.array(z.strictObject({ agreed: agreedAmountSchema, actual: amountSchema, percent: decimalTextField.exactOptional() })),
    targets: z.array(
      z.strictObject({ target: planTargetSchema, actual: decimalTextField.exactOptional(), percent: decimalTextField.exactOptional(), unitMismatch: z.literal(true).exactOptional() }),
    ),
  });
  const aidRow = {
    id: activityIdSchema,
    kind: z.enum(nonProjectAidKinds),
    name: localizedTextSchema,
    donor: region,
    recipients: z.array(region),
    date: partialDateSchema.exactOptional(),
    funds: amountSchema,
    fundsByCategory: z.array(z.strictObject({ category: nonEmptyText, amount: amountSchema })),
    source: sourceReferenceSchema,
  };
  const chosenCounts = declaredCountSchema.options.map((option) => option.extend({ rule, reports: z.array(declaredCountSchema) }));
  const schema = z.strictObject({
    year: yearField,
    donor: region,
    recipients: z.array(region),
    regionsAsOf: isoDateSchema,
    olderCodes: z.array(
      z.strictObject({
        code: regionCodeField,
        name: z.strictObject({ zh: z.string(), en: z.string().exactOptional() }).exactOptional(),
        countedUnder: region,
        projects: z.array(projectIdSchema),
        subProjects: z.array(subProjectIdSchema),
        ledgerEntries: z.array(ledgerEntryIdSchema),
        declaredBeneficiaries: z.array(count),
        identifiedBeneficiaries: z.array(count),
      }),
    ),
    figureRule: rule,
    funds: z.strictObject({
      funds: z.array(fundIdSchema),
      total: amountSchema,
      byCategory: z.array(
        z.strictObject({ category: nonEmptyText, label: localizedTextSchema, donated: amountSchema, itemisedProjects: amountSchema, nonProjectAid: amountSchema, notItemised: amountSchema }),
      ),
      byRecipient: z.array(z.strictObject({ region, amount: amountSchema })),
      notSplitByRecipient: amountSchema,
      sources: z.array(sourceReferenceSchema),
      incomplete: z.boolean(),
    }),
    projects: z.strictObject({
      itemised: group,
      infrastructure: z.strictObject(itemised),
      carriedOver: group,
      pending: group,
      withdrawn: group,
      declared: z.array(
        z.strictObject({
          scope: z.enum(projectScopes),
          region: region.exactOptional(),
          chosen: declaredProjectCountSchema,
          rule,
          reports: z.array(declaredProjectCountSchema),
          itemised: z.strictObject(itemised),
        }),
      ),
      byPrefecture: z.array(z.strictObject({ ...itemised, region, ledger: ledgerTotalsSchema, carriedOver: ledgerTotalsSchema })),
      byType: z.array(z.strictObject({ ...itemised, type: nonEmptyText, label: localizedTextSchema, infrastructure: z.boolean() })),
      rows: z.array(
        z.strictObject({
          project: projectIdSchema,
          name: localizedTextSchema,
          region,
          township: z.string().exactOptional(),
          village: z.string().exactOptional(),
          year: yearField,
          status: z.enum(lifecycleStatuses as unknown as [string, ...string[]]),
          statusLabel: localizedTextSchema,
          standing: z.enum(['approved', 'pending', 'withdrawn']),
          carriedOver: z.boolean(),
          budget: amountSchema,
          inYear: ledgerTotalsSchema,
          toDate: ledgerTotalsSchema,
          beneficiaries: z.strictObject({ identified: count.exactOptional(), declared: count.exactOptional() }),
        }),
      ),
    }),
    assets: z.strictObject({
      byClass: z.array(z.strictObject({ class: z.enum(assetClasses), count, value: amountSchema })),
      assets: z.array(
        z.strictObject({ project: projectIdSchema, class: z.enum(assetClasses), name: localizedTextSchema, value: amountSchema, handedOverOn: isoDateSchema, registeredOn: isoDateSchema }),
      ),
    }),
    beneficiaries: z.strictObject({
      declared: z.array(z.discriminatedUnion('unit', [chosenCounts[0]!, ...chosenCounts.slice(1)])),
      parts: z.array(z.strictObject({ part: z.string(), whole: z.string(), source: sourceReferenceSchema })),
      identified: z
        .strictObject({ year: yearField, personTimes: count, persons: count, registeredPoorPersons: count, households: count, registeredPoorHouseholds: count })
        .exactOptional(),
      bounds: z.strictObject({ identified: count, declared: bounds, lower: count, upper: count, incomplete: z.boolean() }),
      declaredPersonTimes: count,
    }),
    training: z.strictObject({
      activities: z.array(
        z.strictObject({
          ...aidRow,
          provider: localizedTextSchema.exactOptional(),
          courses: chosen('count'),
          trainees: chosen('count'),
          personTimes: chosen('count'),
          expertsOrganised: chosen('count'),
        }),
      ),
      trainees: bounds,
      personTimes: count,
      funds: amountSchema,
    }),
    students: z.strictObject({
      activities: z.array(z.strictObject({ ...aidRow, students: chosen('count'), amount: chosen('amount') })),
      students: bounds,
      amount: amountSchema,
    }),
    labour: z.strictObject({
      activities: z.array(
        z.strictObject({
          ...aidRow,
          placed: chosen('count'),
          placement: labourPlacementSplitSchema.exactOptional(),
          placementHolds: z.boolean().exactOptional(),
          workingInDonorCity: chosen('count'),
        }),
      ),
      placed: bounds,
    }),
    industry: z.strictObject({
      activities: z.array(
        z.strictObject({
          ...aidRow,
          agreements: z.array(frameworkAgreementSchema),
          industrialZones: z.array(industrialZoneSchema),
          enterprises: chosen('count'),
          investment: chosen('amount'),
          farmingFunds: chosen('amount'),
        }),
      ),
      agreements: count,
      industrialZones: count,
      investment: amountSchema,
      farmingFunds: amountSchema,
    }),
    exchanges: z.strictObject({
      visits: z.array(
        z.strictObject({
          ...aidRow,
          direction: z.enum(exchangeDirections),
          level: z.enum(exchangeLevels),
          delegation: localizedTextSchema,
          purpose: localizedTextSchema.exactOptional(),
          visits: chosen('count'),
        }),
      ),
      secondments: z.array(
        z.strictObject({
          ...aidRow,
          direction: z.enum(exchangeDirections),
          level: z.enum(exchangeLevels),
          cadres: chosen('count'),
          months: count.exactOptional(),
        }),
      ),
    }),
    plans: z.strictObject({
      plans: z.array(
        z.strictObject({
          plan: planIdSchema,
          kind: z.enum(planKinds),
          name: localizedTextSchema,
          fromYear: yearField,
          toYear: yearField,
          inYear: comparison,
          cumulative: comparison,
        }),
      ),
      actuals: z.array(
        z.strictObject({ measure: z.string(), value: decimalTextField, recipient: regionCodeField.exactOptional(), unit: z.enum(Object.keys(amountUnits) as [AmountUnit, ...AmountUnit[]]).exactOptional() }),
      ),
    }),
    sources: z.array(sourceReferenceSchema),
    issues: z.array(
      z.strictObject({
        code: z.enum(issueCodes as unknown as [string, ...string[]]),
        path: z.array(z.union([z.string(), z.number()])),
        message: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
      }),
    ),
  });
  return { schema, region, rule, bounds, chosenCount, chosenAmount };
}
