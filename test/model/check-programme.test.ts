import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import {
  amount,
  checkRegionInForce,
  createIssue,
  formatPath,
  gb2260Registry,
  isoDate,
  ledgerEntryId,
  organisationId,
  projectId,
  createRegionRegistry,
  regionCode,
  subProjectId,
  type CheckProgrammeOptions,
  type IsoDate,
  type IssuePath,
  type LedgerEntry,
  type Programme,
  type Project,
  type RegionCode,
} from '../../src/index.js';
// The model's own rules; checkProgramme runs them on a record together with the lifecycles' rules.
import { checkProgrammeModel as checkProgramme } from '../../src/model/check/check-programme-model.js';
import { anyProgramme } from './arbitraries.js';

const seed = seedProgramme2011;
const found = (programme: Programme, options?: CheckProgrammeOptions) =>
  checkProgramme(programme, options).map((issue) => [issue.code, formatPath(issue.path)]);
const entryIndex = (id: string) => seed.ledger.findIndex((entry) => entry.id === id);
const entryOf = (id: string) => seed.ledger[entryIndex(id)] as LedgerEntry;
const withProject = (index: number, change: (project: Project) => Project): Programme => ({
  ...seed,
  projects: seed.projects.map((project, i) => (i === index ? change(project) : project)),
});
const withEntry = (id: string, change: (entry: LedgerEntry) => LedgerEntry): Programme => ({
  ...seed,
  ledger: seed.ledger.map((entry) => (entry.id === id ? change(entry) : entry)),
});
const addEntries = (...entries: LedgerEntry[]): Programme => ({ ...seed, ledger: [...seed.ledger, ...entries] });
const newEntry = (id: string, fields: Partial<LedgerEntry>): LedgerEntry => ({
  id: ledgerEntryId(id),
  kind: 'expenditure',
  project: projectId('BJ-2011-01'),
  category: 'counterpart-support',
  amount: amount('1000'),
  date: isoDate('2011-12-30'),
  ...fields,
});
const last = seed.ledger.length;

describe('the model rules of checkProgramme', () => {
  it('finds no violation in the seed programme', () => {
    expect(checkProgramme(seed)).toEqual([]);
  });

  describe('rule 1: funds', () => {
    it('reports a breakdown that does not sum to the total', () => {
      const programme = { ...seed, funds: [{ ...seed.funds[0]!, total: amount('47 million') }] };
      expect(found(programme)).toEqual([['fund-breakdown-mismatch', 'funds[0].breakdown']]);
      expect(checkProgramme(programme)[0]?.params).toEqual({ total: '47000000.00', sum: '46910000.00' });
    });

    it('reports a share whose recipient the fund does not list', () => {
      const fund = seed.funds[0]!;
      const breakdown = fund.breakdown.map((share, i) => (i === 1 ? { ...share, recipient: regionCode('520100') } : share));
      expect(found({ ...seed, funds: [{ ...fund, breakdown }] })).toEqual([['fund-recipient-unlisted', 'funds[0].breakdown[1].recipient']]);
    });
  });

  describe('definitions', () => {
    it('reports a fund category the programme does not define', () => {
      const programme = { ...seed, fundCategories: seed.fundCategories.filter((category) => category.code !== 'disaster-relief') };
      expect(found(programme)).toEqual([['fund-category-unknown', 'funds[0].breakdown[1].category']]);
    });

    it('reports a project type the programme does not define, and accepts the app’s own', () => {
      const teaGarden = withProject(0, (project) => ({ ...project, type: 'tea-garden' }));
      expect(found(teaGarden)).toEqual([['project-type-unknown', 'projects[0].type']]);
      const defined = { ...teaGarden, projectTypes: [...seed.projectTypes, { code: 'tea-garden', label: { zh: '茶园' }, infrastructure: false }] };
      expect(found(defined)).toEqual([]);
    });

    it('reports a duplicate category code', () => {
      const programme = { ...seed, fundCategories: [...seed.fundCategories, seed.fundCategories[0]!] };
      expect(found(programme)).toEqual([['id-duplicate', `fundCategories[${seed.fundCategories.length}].code`]]);
    });
  });

  describe('rule 2: the hierarchy', () => {
    it('reports sub-project budgets above the project budget', () => {
      const programme = withProject(0, (project) => ({ ...project, budget: amount('499999.99') }));
      const issues = found(programme);
      expect(issues[0]).toEqual(['sub-project-budget-exceeded', 'projects[0].subProjects']);
    });

    it('reports a sub-project outside its project’s region', () => {
      const programme = withProject(0, (project) => ({
        ...project,
        subProjects: project.subProjects.map((sub, s) => (s === 1 ? { ...sub, location: { region: regionCode('522701') } } : sub)),
      }));
      expect(found(programme)).toEqual([['sub-project-outside-region', 'projects[0].subProjects[1].location.region']]);
    });

    it('reports a sub-project id already used by a project (one id space)', () => {
      const programme = withProject(1, (project) => ({
        ...project,
        subProjects: project.subProjects.map((sub, s) => (s === 0 ? { ...sub, id: subProjectId('BJ-2011-01') } : sub)),
      }));
      const issues = checkProgramme(programme);
      expect([issues[0]?.code, issues[0]?.path, issues[0]?.params.first]).toEqual([
        'id-duplicate',
        ['projects', 1, 'subProjects', 0, 'id'],
        'projects[0].id',
      ]);
    });

    it('names where an id was first used: a sub-project of an earlier project, an earlier ledger entry', () => {
      const usedBySub = seed.projects[0]!.subProjects[1]!.id;
      const programme = withProject(1, (project) => ({ ...project, id: projectId(usedBySub) }));
      const duplicate = checkProgramme(programme).find((issue) => issue.code === 'id-duplicate');
      expect([duplicate?.path, duplicate?.params.first]).toEqual([['projects', 1, 'id'], 'projects[0].subProjects[1].id']);
      const again = checkProgramme(addEntries({ ...seed.ledger[3]!, amount: amount('1') })).find((issue) => issue.code === 'id-duplicate');
      expect([again?.path, again?.params.first]).toEqual([['ledger', seed.ledger.length, 'id'], 'ledger[3].id']);
    });

    it('reports duplicate ledger entry and organisation ids', () => {
      const programme = { ...addEntries(entryOf('BJ-2011-01-a-budget')), organisations: [...seed.organisations, seed.organisations[2]!] };
      expect(found(programme).slice(0, 2)).toEqual([
        ['id-duplicate', `organisations[${seed.organisations.length}].id`],
        ['id-duplicate', `ledger[${last}].id`],
      ]);
    });
  });

  describe('references', () => {
    it('reports entries of unknown projects and of sub-projects of another project', () => {
      const programme = addEntries(
        newEntry('x1', { project: projectId('BJ-2099-01') }),
        newEntry('x2', { subProject: subProjectId('QN-2011-01-a'), amount: amount('1') }),
      );
      expect(found(programme)).toEqual([
        ['ledger-project-unknown', `ledger[${last}].project`],
        ['ledger-sub-project-unknown', `ledger[${last + 1}].subProject`],
      ]);
    });

    it('reports unknown organisations wherever they are named', () => {
      const programme = withProject(2, (project) => ({
        ...project,
        implementingUnit: organisationId('nobody'),
        participations: [...project.participations, { organisation: organisationId('ghost'), role: 'funding' }],
      }));
      expect(found({ ...programme, reportingOrganisation: organisationId('office') })).toEqual([
        ['organisation-unknown', 'reportingOrganisation'],
        ['organisation-unknown', 'projects[2].implementingUnit'],
        ['organisation-unknown', 'projects[2].participations[4].organisation'],
      ]);
    });

    it('reports a ledger category the programme does not define', () => {
      expect(found(addEntries(newEntry('x', { category: 'lottery' })))).toEqual(
        expect.arrayContaining([['fund-category-unknown', `ledger[${last}].category`]]),
      );
    });
  });

  describe('reversals', () => {
    const target = 'BJ-2011-03-a-disbursement-1';
    const reversal = (fields: Partial<LedgerEntry>) =>
      newEntry('r', { ...entryOf(target), id: ledgerEntryId('r'), amount: amount('-100'), date: isoDate('2011-07-01'), reverses: ledgerEntryId(target), ...fields });

    it('accepts a reversal of part of an entry', () => {
      expect(found(addEntries(reversal({})))).toEqual([]);
    });

    it('reports a reversal of an entry not in the ledger', () => {
      expect(found(addEntries(reversal({ reverses: ledgerEntryId('nowhere') })))).toEqual([['reversal-target-unknown', `ledger[${last}].reverses`]]);
    });

    it('reports a reversal of another kind or project', () => {
      // Taking back a commitment also leaves more disbursed than committed: both are reported.
      expect(found(addEntries(reversal({ kind: 'commitment' })))[0]).toEqual(['reversal-target-mismatch', `ledger[${last}].kind`]);
      expect(found(addEntries(reversal({ project: projectId('BJ-2011-04'), subProject: subProjectId('BJ-2011-04-a') })))).toEqual([
        ['reversal-target-mismatch', `ledger[${last}].project`],
        ['reversal-target-mismatch', `ledger[${last}].subProject`],
      ]);
    });

    it('reports a reversal that is not negative, or takes back more than the entry', () => {
      expect(found(addEntries(reversal({ amount: amount('100') })))).toEqual(
        expect.arrayContaining([['reversal-not-negative', `ledger[${last}].amount`]]),
      );
      const whole = entryOf(target).amount;
      expect(found(addEntries(reversal({ amount: amount(`-${whole.toJSON()}`) }), { ...reversal({}), id: ledgerEntryId('r2') }))).toEqual(
        expect.arrayContaining([['reversal-exceeds-entry', `ledger[${last + 1}].amount`]]),
      );
    });

    it('reports a reversal dated before its entry, and a negative entry that reverses nothing', () => {
      // Before the entry it reverses, the reversal leaves a negative disbursed total, below what is spent.
      expect(found(addEntries(reversal({ date: isoDate('2011-06-01') })))[0]).toEqual(['reversal-before-entry', `ledger[${last}].date`]);
      expect(found(addEntries(newEntry('n', { kind: 'disbursement', amount: amount('-5') })))).toEqual([
        ['negative-entry-without-reversal', `ledger[${last}].amount`],
      ]);
    });
  });

  describe('rule 3: money flow', () => {
    it('checks over time: a disbursement before any commitment breaks the rule on its date', () => {
      const id = 'BJ-2011-01-a-disbursement-1';
      const programme = withEntry(id, (entry) => ({ ...entry, date: isoDate('2011-04-01') }));
      expect(found(programme)).toEqual([
        ['disbursed-exceeds-committed', `ledger[${entryIndex(id)}]`],
        ['disbursed-exceeds-committed', `ledger[${entryIndex(id)}]`],
      ]);
      expect(checkProgramme(programme).map((issue) => issue.params.scope)).toEqual([
        'project "BJ-2011-01"',
        'project "BJ-2011-01", category "counterpart-support"',
      ]);
    });

    it('counts entries of one date together, whatever their order in the ledger', () => {
      const [first, ...rest] = seed.ledger;
      expect(found({ ...seed, ledger: [...rest.reverse(), first!] })).toEqual([]);
    });

    it('reports more spent than disbursed, per project and per category', () => {
      const programme = addEntries(newEntry('x', { amount: amount('200000'), purpose: 'project' }));
      expect(found(programme)).toEqual([
        ['expenditure-exceeds-disbursed', `ledger[${last}]`],
        ['expenditure-exceeds-disbursed', `ledger[${last}]`],
      ]);
    });

    it('reports a category committed beyond its budget even when the project as a whole is not', () => {
      const programme = addEntries(
        newEntry('b', { kind: 'budget', category: 'disaster-relief', amount: amount('100'), date: isoDate('2011-05-01') }),
        newEntry('c', { kind: 'commitment', category: 'cadre-training', amount: amount('100'), date: isoDate('2011-05-01') }),
      );
      expect(found(programme)).toEqual([
        ['committed-exceeds-budget', `ledger[${last + 1}]`],
        ['budget-entries-exceed-approved', `ledger[${last}]`],
      ]);
      expect(checkProgramme(programme)[0]?.params.category).toBe('cadre-training');
    });

    it('reports budget entries beyond the approved budget of a project or sub-project', () => {
      const programme = addEntries(newEntry('b', { kind: 'budget', subProject: subProjectId('BJ-2011-01-b'), amount: amount('0.01'), date: isoDate('2011-03-15') }));
      expect(found(programme)).toEqual([
        ['budget-entries-exceed-approved', `ledger[${last}]`],
        ['budget-entries-exceed-approved', `ledger[${last}]`],
      ]);
    });
  });

  describe('rule 4: pairing', () => {
    it('accepts a district of the donor city as the project’s donor', () => {
      expect(found(withProject(0, (project) => ({ ...project, donor: regionCode('440303') })))).toEqual([]);
    });

    it('reports a recipient not paired with the donor', () => {
      expect(found(withProject(0, (project) => ({ ...project, donor: regionCode('440100') })))).toEqual([
        ['recipient-not-paired', 'projects[0].location.region'],
      ]);
    });

    it('reports projects of a year outside the pairing', () => {
      const ended = { ...seed, pairings: seed.pairings.map((pairing, i) => (i === 1 ? { ...pairing, to: isoDate('2010-12-31') } : pairing)) };
      const issues = found(ended);
      expect(issues).toHaveLength(13);
      expect(new Set(issues.map(([code]) => code))).toEqual(new Set(['recipient-not-paired']));
      expect(issues[0]).toEqual(['recipient-not-paired', 'projects[25].location.region']);
    });

    it('reports a pairing that ends before it starts, and a plan likewise', () => {
      const programme = {
        ...seed,
        pairings: [...seed.pairings, { ...seed.pairings[0]!, id: 'late' as never, from: isoDate('2012-01-01'), to: isoDate('2011-01-01') }],
        plans: [{ id: 'p' as never, kind: 'multi-year' as const, name: { en: 'plan' }, fromYear: 2015, toYear: 2011, agreed: [], targets: [] }],
      };
      expect(found(programme)).toEqual([
        ['pairing-period-invalid', 'pairings[2].to'],
        ['plan-period-invalid', 'plans[0].toYear'],
        // 522400 was retired in 2011, so the built-in registry refuses it for a pairing of 2012.
        ['region-not-in-force', 'pairings[2].recipient'],
      ]);
    });

    it('follows a pairing recorded on 522400 in 1996 to a 2012 project in 520525', () => {
      const nayong = withProject(0, (project) => ({
        ...project,
        year: 2012,
        location: { ...project.location, region: regionCode('520525') },
        subProjects: project.subProjects.map((sub) => ({ ...sub, location: { ...sub.location, region: regionCode('520525') } })),
      }));
      expect(found(nayong)).toEqual([]);
    });

    it('accepts a pairing on 520500 from the day the code came into force', () => {
      const renewed = { ...seed, pairings: [...seed.pairings, { ...seed.pairings[0]!, id: 'bijie-city' as never, recipient: regionCode('520500'), from: isoDate('2011-10-22') }] };
      expect(found(renewed)).toEqual([]);
      const early = { ...seed, pairings: [...seed.pairings, { ...seed.pairings[0]!, id: 'bijie-city' as never, recipient: regionCode('520500'), from: isoDate('2011-10-21') }] };
      expect(found(early)).toEqual([['region-not-in-force', 'pairings[2].recipient']]);
    });

    it('refuses a project in a year no pairing covers', () => {
      const ended = { ...seed, pairings: seed.pairings.map((pairing) => ({ ...pairing, to: isoDate('2010-12-31') })) };
      expect(found(ended).every(([code]) => code === 'recipient-not-paired')).toBe(true);
      expect(found(ended)).toHaveLength(38);
    });
  });

  describe('periods of programmes and projects', () => {
    it('accepts projects within the programme’s period, and one that spans years', () => {
      const twelfth = { ...seed, period: { fromYear: 2011, toYear: 2015, name: { en: '12th Five-Year Plan' } } };
      expect(found(twelfth)).toEqual([]);
      expect(found(withProject(0, (project) => ({ ...project, endYear: 2013 })))).toEqual([]);
    });

    it('reports a project outside the programme’s period, one ending before it starts, and a programme likewise', () => {
      const twelfth = { ...seed, period: { fromYear: 2012, toYear: 2015 } };
      expect(found(twelfth)).toHaveLength(38);
      expect(found(twelfth)[0]).toEqual(['project-outside-programme-period', 'projects[0].year']);
      expect(found(withProject(0, (project) => ({ ...project, endYear: 2010 })))).toEqual([['project-period-invalid', 'projects[0].endYear']]);
      expect(found({ ...seed, period: { fromYear: 2015, toYear: 2011 } })[0]).toEqual(['programme-period-invalid', 'period.toYear']);
    });
  });

  describe('rule 13: management fees', () => {
    const extraFee = newEntry('fee', { amount: amount('3000'), purpose: 'management-fee' });

    it('reports fees beyond 1 % of the budget, rounded down to the fen', () => {
      // BJ-2011-01: budget 500,000.00, cap 5,000.00; 2,500.00 booked, 3,000.00 more is 5,500.00.
      expect(found(addEntries(extraFee))).toEqual([['management-fee-exceeded', `ledger[${last}]`]]);
      expect(checkProgramme(addEntries(extraFee))[0]?.params).toEqual({ spent: '5500.00', cap: '5000.00', percent: '1' });
    });

    it('takes the cap as a policy, or none', () => {
      expect(found(addEntries(extraFee), { managementFee: { percent: '1.5', rounding: 'down' } })).toEqual([]);
      expect(found(addEntries(extraFee), { managementFee: false })).toEqual([]);
      expect(found(seed, { managementFee: { percent: '0.4', rounding: 'down' } })).toHaveLength(38);
    });
  });

  describe('rule 14: the negative list', () => {
    const bonus = newEntry('bonus', { amount: amount('100'), purpose: 'bonuses' });

    it('rejects spending on the nine items by default', () => {
      expect(found(addEntries(bonus))).toEqual([['negative-list-expenditure', `ledger[${last}].purpose`]]);
    });

    it('takes the list as a policy', () => {
      expect(found(addEntries(bonus), { negativeList: { rejected: ['vehicles-communications'] } })).toEqual([]);
    });

    it('reports a purpose on an entry that is not spending', () => {
      expect(found(addEntries(newEntry('c', { kind: 'budget', amount: amount('0'), purpose: 'project' })))).toEqual([
        ['ledger-field-misplaced', `ledger[${last}].purpose`],
      ]);
    });
  });

  describe('rule 19: region codes by date', () => {
    it('hands every code to the region check with the date it must be valid on', () => {
      const calls: [RegionCode, IsoDate, IssuePath][] = [];
      checkProgramme(seed, { regionCheck: (code, date, path) => (calls.push([code, date, path]), []) });
      const at = (path: string) => calls.filter(([, , p]) => formatPath(p) === path).map(([code, date]) => [code, date]);
      expect(at('donor')).toEqual([['440300', '2011-01-01']]);
      expect(at('pairings[0].recipient')).toEqual([['522400', '1996-01-01']]);
      expect(at('funds[0].recipients[1]')).toEqual([['522700', '2011-01-01']]);
      expect(at('projects[0].subProjects[1].location.region')).toEqual([['522401', '2011-01-01']]);
      // donor + 46 organisations' regions + 4 pairing codes + 2 fund recipients + 38 projects + 71 sub-projects
      expect(calls).toHaveLength(1 + 46 + 4 + 2 + 38 + 71);
    });

    it('reports what the region check reports, at the code’s path', () => {
      // A stand-in registry: 毕节市 522401 was abolished late in 2011, 七星关区 520502 created.
      const regionCheck = (code: RegionCode, date: IsoDate, path: IssuePath) =>
        (code === '522401' && date >= '2011-11-01') || (code === '520502' && date < '2011-11-01')
          ? [createIssue('invalid-value', path, { input: code, allowed: `codes in force on ${date}` })]
          : [];
      expect(found(seed, { regionCheck })).toEqual([]);
      const moved = withProject(0, (project) => ({ ...project, locationDate: isoDate('2011-12-01') }));
      expect(found(moved, { regionCheck })).toEqual([
        ['invalid-value', 'projects[0].location.region'],
        ['invalid-value', 'projects[0].subProjects[0].location.region'],
        ['invalid-value', 'projects[0].subProjects[1].location.region'],
      ]);
    });
  });

  describe('rule 19 by default', () => {
    it('checks an organisation’s region on the day it was registered with it, else on the programme’s reference date', () => {
      const township = { id: organisationId('township-dafang'), name: { zh: '大方县某乡人民政府' }, kind: 'township-government' as const, region: regionCode('520521') };
      // 520521 came into force late in 2011: not yet on the 2011 programme's reference date, but on a 2012 registration.
      expect(found({ ...seed, organisations: [...seed.organisations, township] })).toEqual([['region-not-in-force', `organisations[${seed.organisations.length}].region`]]);
      expect(found({ ...seed, organisations: [...seed.organisations, { ...township, regionAsOf: isoDate('2012-02-01') }] })).toEqual([]);
      // And the county's old code, given as of a day after it was replaced, is refused.
      const office = { ...township, region: regionCode('522422'), regionAsOf: isoDate('2012-02-01') };
      expect(found({ ...seed, organisations: [...seed.organisations, office] })).toEqual([['region-not-in-force', `organisations[${seed.organisations.length}].region`]]);
    });

    it('checks every code against the built-in registry unless turned off by name', () => {
      const guangming = withProject(0, (project) => ({ ...project, donor: regionCode('440311') }));
      expect(found(guangming)).toEqual([['region-not-in-force', 'projects[0].donor']]);
      expect(found(guangming, { regionCheck: false })).toEqual([]);
    });

    it('refuses a record dated beyond the registry, never judging it by the nearest year', () => {
      const late = withProject(0, (project) => ({ ...project, locationDate: isoDate('2030-06-01') }));
      expect(found(late).filter(([code]) => code === 'region-date-outside-registry')).toEqual([
        ['region-date-outside-registry', 'projects[0].location.region'],
        ['region-date-outside-registry', 'projects[0].subProjects[0].location.region'],
        ['region-date-outside-registry', 'projects[0].subProjects[1].location.region'],
      ]);
    });

    it('reads an app’s own registry', () => {
      const own = createRegionRegistry([{ revision: '201012', entries: [{ code: '440300', name: '深圳市' }] }]);
      expect(found(seed, { regionRegistry: own }).some(([code]) => code === 'region-code-unknown')).toBe(true);
    });
  });

  describe('rule 19 with the GB/T 2260 registry', () => {
    const regionCheck = (code: RegionCode, date: IsoDate, path: IssuePath) => checkRegionInForce(registry, code, date, path);
    const registry = gb2260Registry();

    it('finds the seed’s 2011 county codes in force', () => {
      expect(found(seed, { regionCheck })).toEqual([]);
    });

    it('refuses a code from after the record’s date', () => {
      const guangming = withProject(0, (project) => ({ ...project, donor: regionCode('440311') }));
      expect(found(guangming, { regionCheck })).toEqual([['region-not-in-force', 'projects[0].donor']]);
    });
  });

  describe('edge cases', () => {
    it('checks an empty programme', () => {
      const empty = { ...seed, organisations: [], pairings: [], funds: [], projects: [], ledger: [] };
      expect(found(empty)).toEqual([['organisation-unknown', 'reportingOrganisation']]);
    });

    it('never throws on programmes of any content', () => {
      fc.assert(
        fc.property(anyProgramme, (programme) => {
          expect(Array.isArray(checkProgramme(programme))).toBe(true);
        }),
        { numRuns: 200 },
      );
    });
  });
});
