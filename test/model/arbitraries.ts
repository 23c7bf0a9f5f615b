import fc from 'fast-check';
import {
  amountFromFen,
  builtInFundCategories,
  builtInProjectTypes,
  contributionForms,
  comparators,
  fundSources,
  isoDate,
  fundingSourceKinds,
  ledgerKinds,
  organisationKinds,
  performanceDimensions,
  planKinds,
  regionCode,
  spendingPurposes,
  type Amount,
  type IsoDate,
  type LedgerEntry,
  type LocalizedText,
  type Programme,
  type Project,
  type RegionCode,
} from '../../src/index.js';

// Generators for the model's tests: shape-valid values for parsing, and consistent programmes for roll-ups.

export const counties = ['522401', '522422', '522428', '522701', '522702', '522732', '440303', '440306'].map((code) => regionCode(code));
export const anyRegion: fc.Arbitrary<RegionCode> = fc.constantFrom(...counties, regionCode('522400'), regionCode('522700'), regionCode('520000'));
export const anyId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,12}$/);
export const anyAmount: fc.Arbitrary<Amount> = fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }).map(amountFromFen);
export const anyDate: fc.Arbitrary<IsoDate> = fc
  .integer({ min: 0, max: 365 * 30 })
  .map((days) => isoDate(new Date(Date.UTC(1996, 0, 1) + days * 86_400_000).toISOString().slice(0, 10)));
export const anyYear = fc.integer({ min: 1996, max: 2030 });
const text = fc.string({ minLength: 1, maxLength: 12 });
export const anyText: fc.Arbitrary<LocalizedText> = fc.oneof(
  fc.record({ zh: text }),
  fc.record({ en: text }),
  fc.record({ zh: text, en: text }),
);
const decimal = fc.tuple(fc.nat({ max: 100_000 }), fc.option(fc.nat({ max: 99 }), { nil: undefined })).map(([whole, part]) =>
  part === undefined ? String(whole) : `${whole}.${part}`,
);
const categoryCode = fc.constantFrom(...builtInFundCategories.map((category) => category.code));
const typeCode = fc.constantFrom(...builtInProjectTypes.map((type) => type.code));

const anyLocation = fc.record(
  { region: anyRegion, township: text, village: text, area: text },
  { requiredKeys: ['region'] },
);
const anyTarget = fc.record({
  indicators: fc.array(
    fc.oneof(
      fc.record({
        dimension: fc.constantFrom(...performanceDimensions),
        name: text,
        comparator: fc.constantFrom(...comparators.filter((comparator) => comparator !== 'range')),
        value: decimal,
        unit: fc.string({ maxLength: 3 }),
      }),
      fc.record({
        dimension: fc.constantFrom(...performanceDimensions),
        name: text,
        comparator: fc.constant('range' as const),
        value: decimal,
        max: decimal,
        unit: fc.string({ maxLength: 3 }),
      }),
    ),
    { maxLength: 2 },
  ),
});
/** Any funding line of the right shape (amounts of any sign). */
export const anyFundingSource = fc.oneof(
  fc.record({ source: fc.constant('east-west-cooperation' as const), amount: anyAmount, donor: anyRegion, note: anyText }, { requiredKeys: ['source', 'amount'] }),
  fc.record({ source: fc.constant('local-integrated' as const), amount: anyAmount }),
  fc.record(
    { source: fc.constantFrom('other-departments' as const, 'enterprise-social' as const), amount: anyAmount, funder: anyId, name: anyText },
    { requiredKeys: ['source', 'amount'] },
  ),
  fc.record({ source: fc.constant('beneficiary-contribution' as const), amount: anyAmount, form: fc.constantFrom(...contributionForms) }),
  fc.record({ source: fc.constant('other' as const), amount: anyAmount, name: anyText }),
);
const activityFields = {
  name: anyText,
  type: typeCode,
  location: anyLocation,
  budget: anyAmount,
  funding: fc.array(anyFundingSource, { maxLength: 3 }),
  totalInvestment: anyAmount,
  implementingUnit: anyId,
  performanceTarget: anyTarget,
  povertyLinkage: anyText,
  description: anyText,
};
const anySubProject = fc.record({ id: anyId, ...activityFields }, { requiredKeys: ['id', 'name', 'type', 'location', 'budget'] });

/** Any project snapshot-worthy value: right shape, not necessarily keeping the rules. */
export const anyProject = fc.record(
  {
    id: anyId,
    ...activityFields,
    year: anyYear,
    category: categoryCode,
    donor: anyRegion,
    participations: fc.array(
      fc.record({ organisation: anyId, role: fc.constantFrom('funding', 'accountable', 'extending', 'implementing' as const) }),
      { maxLength: 3 },
    ),
    subProjects: fc.array(anySubProject, { maxLength: 3 }),
    locationDate: anyDate,
    pool: fc.record({ pooledOn: anyDate, reference: anyId }, { requiredKeys: ['pooledOn'] }),
  },
  { requiredKeys: ['id', 'name', 'type', 'location', 'budget', 'year', 'category', 'participations', 'subProjects'] },
) as unknown as fc.Arbitrary<Project>;

export const anyLedgerEntry = fc.record(
  {
    id: anyId,
    kind: fc.constantFrom(...ledgerKinds),
    project: anyId,
    subProject: anyId,
    category: categoryCode,
    source: fc.constantFrom(...fundingSourceKinds),
    amount: anyAmount,
    date: anyDate,
    reverses: anyId,
    finalPayment: fc.boolean(),
    purpose: fc.constantFrom(...spendingPurposes),
    note: anyText,
  },
  { requiredKeys: ['id', 'kind', 'project', 'category', 'amount', 'date'] },
) as unknown as fc.Arbitrary<LedgerEntry>;

const source = fc.record(
  { document: anyText, section: anyText, completeness: fc.constantFrom('complete', 'incomplete' as const), note: anyText },
  { requiredKeys: ['document', 'completeness'] },
);

/** Any programme of the right shape. */
export const anyProgramme = fc.record(
  {
    id: anyId,
    name: anyText,
    donor: anyRegion,
    reportingOrganisation: anyId,
    fundCategories: fc.array(fc.record({ code: text, label: anyText }), { maxLength: 3 }),
    projectTypes: fc.array(fc.record({ code: text, label: anyText, infrastructure: fc.boolean() }), { maxLength: 3 }),
    organisations: fc.array(
      fc.record(
        { id: anyId, name: anyText, kind: fc.constantFrom(...organisationKinds), region: anyRegion, parent: anyId },
        { requiredKeys: ['id', 'name', 'kind'] },
      ),
      { maxLength: 3 },
    ),
    pairings: fc.array(
      fc.record({ id: anyId, donor: anyRegion, recipient: anyRegion, from: anyDate, to: anyDate }, { requiredKeys: ['id', 'donor', 'recipient', 'from'] }),
      { maxLength: 2 },
    ),
    funds: fc.array(
      fc.record(
        {
          id: anyId,
          donor: anyId,
          source: fc.constantFrom(...fundSources),
          year: anyYear,
          total: anyAmount,
          breakdown: fc.array(fc.record({ category: categoryCode, amount: anyAmount, recipient: anyRegion }, { requiredKeys: ['category', 'amount'] }), {
            maxLength: 3,
          }),
          recipients: fc.array(anyRegion, { maxLength: 2 }),
          date: anyDate,
          reportedIn: source,
        },
        { requiredKeys: ['id', 'donor', 'source', 'year', 'total', 'breakdown', 'recipients'] },
      ),
      { maxLength: 2 },
    ),
    plans: fc.array(
      fc.record({
        id: anyId,
        kind: fc.constantFrom(...planKinds),
        name: anyText,
        fromYear: anyYear,
        toYear: anyYear,
        agreed: fc.array(fc.record({ category: categoryCode, recipient: anyRegion, amount: anyAmount }, { requiredKeys: ['amount'] }), { maxLength: 2 }),
        targets: fc.array(fc.record({ measure: text, value: decimal, unit: text, recipient: anyRegion }, { requiredKeys: ['measure', 'value', 'unit'] }), {
          maxLength: 2,
        }),
      }),
      { maxLength: 2 },
    ),
    projects: fc.array(anyProject, { maxLength: 4 }),
    ledger: fc.array(anyLedgerEntry, { maxLength: 6 }),
    referenceDate: anyDate,
    reportedIn: source,
  },
  {
    requiredKeys: [
      'id',
      'name',
      'donor',
      'reportingOrganisation',
      'fundCategories',
      'projectTypes',
      'organisations',
      'pairings',
      'funds',
      'plans',
      'projects',
      'ledger',
    ],
  },
) as unknown as fc.Arbitrary<Programme>;

const fixedYears = [2011, 2012, 2013];

/**
 * A programme whose ledger only names its own projects and sub-projects (so it can be rolled up):
 * projects and sub-projects with unique ids, entries of every kind and sign.
 */
export const consistentProgramme: fc.Arbitrary<Programme> = fc
  .record({
    projects: fc.array(
      fc.record({
        region: fc.constantFrom(...counties),
        type: typeCode,
        subRegions: fc.array(fc.constantFrom(...counties), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    entries: fc.array(
      fc.record({
        project: fc.nat(),
        sub: fc.option(fc.nat(), { nil: undefined }),
        kind: fc.constantFrom(...ledgerKinds),
        category: categoryCode,
        fen: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        year: fc.constantFrom(...fixedYears),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ projects: shapes, entries: rows }) => {
    const projects: Project[] = shapes.map((shape, p) => ({
      id: `P${p}` as Project['id'],
      name: { en: `Project ${p}` },
      type: shape.type,
      location: { region: shape.region },
      budget: amountFromFen(0n),
      year: 2011,
      category: 'counterpart-support',
      participations: [],
      subProjects: shape.subRegions.map((region, s) => ({
        id: `P${p}-S${s}` as Project['subProjects'][number]['id'],
        name: { en: `Sub-project ${p}.${s}` },
        type: shape.type,
        location: { region },
        budget: amountFromFen(0n),
      })),
    }));
    const ledger: LedgerEntry[] = rows.map((row, e) => {
      const project = projects[row.project % projects.length] as Project;
      const sub = row.sub === undefined || project.subProjects.length === 0 ? undefined : project.subProjects[row.sub % project.subProjects.length];
      return {
        id: `E${e}` as LedgerEntry['id'],
        kind: row.kind,
        project: project.id,
        ...(sub === undefined ? {} : { subProject: sub.id }),
        category: row.category,
        amount: amountFromFen(row.fen),
        date: isoDate(`${row.year}-06-30`),
      };
    });
    return {
      id: 'generated' as Programme['id'],
      name: { en: 'Generated' },
      donor: regionCode('440300'),
      reportingOrganisation: 'office' as Programme['reportingOrganisation'],
      fundCategories: builtInFundCategories,
      projectTypes: builtInProjectTypes,
      organisations: [],
      pairings: [],
      funds: [],
      plans: [],
      projects,
      ledger,
    };
  });
