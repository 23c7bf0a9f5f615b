import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amount,
  amountFromFen,
  checkProgramme,
  donorShareOf,
  contributionFormLabels,
  formatFundingSource,
  fundingSourceLabels,
  formatPath,
  fundingSourcesOf,
  isDonorEntry,
  ledgerEntryId,
  organisationId,
  regionCode,
  totalInvestmentOf,
  type FundingSource,
  type LedgerEntry,
  type Project,
  type ProgrammeRecord,
} from '../../src/index.js';
import { seedRecord2011 } from '../../examples/data/shenzhen-guizhou-2011-lifecycles.js';
import { strayLatin } from '../errors/latin-letters.js';

const seed = seedRecord2011.programme;
const first = seed.projects[0]!;

// The seed's first project (a 500,000-yuan village project of 毕节市) co-financed four ways.
const cofinancing: readonly FundingSource[] = [
  { source: 'east-west-cooperation', amount: amount('400000'), donor: regionCode('440300') },
  { source: 'east-west-cooperation', amount: amount('100000'), donor: regionCode('440305') },
  { source: 'local-integrated', amount: amount('250000') },
  { source: 'beneficiary-contribution', form: 'money', amount: amount('20000') },
  { source: 'beneficiary-contribution', form: 'labour', amount: amount('35000') },
];

function withFirst(change: (project: Project) => Project, ledger: readonly LedgerEntry[] = []): ProgrammeRecord {
  return {
    ...seedRecord2011,
    programme: { ...seed, projects: seed.projects.map((project, p) => (p === 0 ? change(project) : project)), ledger: [...seed.ledger, ...ledger] },
  };
}

const codesOf = (record: ProgrammeRecord) => checkProgramme(record).map((issue) => [issue.code, formatPath(issue.path)]);
const entryOf = (id: string, fields: Partial<LedgerEntry>): LedgerEntry => ({
  id: ledgerEntryId(id),
  kind: 'budget',
  project: first.id,
  category: 'counterpart-support',
  amount: amount('100000'),
  date: seed.ledger[0]!.date,
  ...fields,
});

describe('fundingSourcesOf', () => {
  it('gives a project without funding lines one east–west line of its whole budget', () => {
    expect(fundingSourcesOf(first)).toEqual([{ source: 'east-west-cooperation', amount: first.budget }]);
    expect(fundingSourcesOf({ ...first, donor: regionCode('440305') })).toEqual([{ source: 'east-west-cooperation', amount: first.budget, donor: '440305' }]);
  });

  it('gives the lines of a co-financed project as they are', () => {
    expect(fundingSourcesOf({ ...first, funding: cofinancing })).toBe(cofinancing);
  });
});

describe('totalInvestmentOf and donorShareOf', () => {
  it('sum every line, and the east–west lines alone', () => {
    const project = { ...first, funding: cofinancing };
    expect(totalInvestmentOf(project).toJSON()).toBe('805000.00');
    expect(donorShareOf(project).toJSON()).toBe('500000.00');
  });

  it('are the budget of a project without funding lines', () => {
    expect([totalInvestmentOf(first), donorShareOf(first)]).toEqual([first.budget, first.budget]);
  });
});

describe('isDonorEntry', () => {
  it('takes an entry without a source, or of east–west funds, as the donor’s', () => {
    const entry = seed.ledger[0]!;
    expect([isDonorEntry(entry), isDonorEntry({ ...entry, source: 'east-west-cooperation' }), isDonorEntry({ ...entry, source: 'beneficiary-contribution' })]).toEqual([true, true, false]);
  });
});

describe('fundingSourceLabels', () => {
  it('name every source and form in Chinese without a Latin letter, and in English', () => {
    for (const label of [...Object.values(fundingSourceLabels), ...Object.values(contributionFormLabels)]) {
      expect(strayLatin(label.zh), label.zh).toEqual([]);
      expect(label.en).toMatch(/^[a-z]/);
    }
  });
});

describe('formatFundingSource', () => {
  it('names the form of a contribution and who gives it, in either language', () => {
    const funders = [{ id: organisationId('dafang-transport'), name: { zh: '大方县交通运输局', en: 'Dafang County Transport Bureau' }, kind: 'county-department' as const }];
    const department = { source: 'other-departments', funder: organisationId('dafang-transport'), amount: amount('1') } as const;
    expect(formatFundingSource(department, { organisations: funders })).toBe('其他部门（行业）资金（大方县交通运输局）');
    expect(formatFundingSource(department, { organisations: funders, language: 'en' })).toBe("other departments' funds (Dafang County Transport Bureau)");
    expect(formatFundingSource({ source: 'other', name: { zh: '村集体经济收益' }, amount: amount('1') })).toBe('村集体经济收益');
    expect(formatFundingSource({ source: 'other', name: { zh: '村集体经济收益' }, amount: amount('1') }, { language: 'en' })).toBe('other funds');
  });
});

describe('checkProgramme: funding sources', () => {
  it('accepts a co-financed project whose east–west lines are its budget and whose total is the sum', () => {
    expect(codesOf(withFirst((project) => ({ ...project, funding: cofinancing, totalInvestment: amount('805000') })))).toEqual([]);
  });

  it('refuses east–west lines that are not the budget, and a total that is not the sum', () => {
    const short = cofinancing.filter((line) => !(line.source === 'east-west-cooperation' && line.donor === '440305'));
    expect(codesOf(withFirst((project) => ({ ...project, funding: short, totalInvestment: amount('805000') })))).toEqual([
      ['funding-donor-share-mismatch', 'programme.projects[0].funding'],
      ['funding-total-mismatch', 'programme.projects[0].totalInvestment'],
    ]);
    // Without funding lines the total investment is the budget.
    expect(codesOf(withFirst((project) => ({ ...project, totalInvestment: amount('500001') })))).toEqual([['funding-total-mismatch', 'programme.projects[0].totalInvestment']]);
  });

  it('refuses a line of no money, a line twice, an unknown funder and a donor outside the programme’s region', () => {
    const funding: readonly FundingSource[] = [
      ...cofinancing,
      { source: 'local-integrated', amount: amount('1') },
      { source: 'enterprise-social', amount: amount('0'), funder: organisationId('nobody') },
    ];
    const issues = checkProgramme(withFirst((project) => ({ ...project, funding: [...funding.slice(0, 1), { source: 'east-west-cooperation', amount: amount('100000'), donor: regionCode('440100') }, ...funding.slice(2)] })));
    expect(issues.map((issue) => [issue.code, formatPath(issue.path)])).toEqual([
      ['funding-donor-outside-programme', 'programme.projects[0].funding[1].donor'],
      ['funding-source-duplicate', 'programme.projects[0].funding[5]'],
      ['funding-amount-not-positive', 'programme.projects[0].funding[6].amount'],
      ['organisation-unknown', 'programme.projects[0].funding[6].funder'],
    ]);
    expect(issues[1]?.params).toMatchObject({ source: 'local-integrated', first: 2 });
  });

  it('checks the donor region of an east–west line by rule 19, on the project’s date', () => {
    // 440309 (龙华区) was created in 2016: no 2011 project is funded by it.
    const funding: readonly FundingSource[] = [{ source: 'east-west-cooperation', amount: first.budget, donor: regionCode('440309') }];
    expect(codesOf(withFirst((project) => ({ ...project, funding })))).toEqual([['region-not-in-force', 'programme.projects[0].funding[0].donor']]);
  });

  it('checks a sub-project’s own funding by the same rules', () => {
    const record = withFirst((project) => ({
      ...project,
      subProjects: project.subProjects.map((sub, s) => (s === 1 ? { ...sub, funding: [{ source: 'local-integrated', amount: amount('5') }] } : sub)),
    }));
    expect(codesOf(record)).toEqual([['funding-donor-share-mismatch', 'programme.projects[0].subProjects[1].funding']]);
  });

  it('keeps co-financed sub-projects within their project’s total investment, as their budgets within its budget', () => {
    const villagersOn = (sub: (typeof first.subProjects)[number], money: string) => ({
      ...sub,
      funding: [{ source: 'east-west-cooperation' as const, amount: sub.budget }, { source: 'beneficiary-contribution' as const, form: 'labour' as const, amount: amount(money) }],
    });
    // The villagers' labour on a sub-project is counted in the project's total too: within it, nothing is found.
    const labour = amount('1000');
    const within = withFirst((project) => ({
      ...project,
      funding: [{ source: 'east-west-cooperation', amount: project.budget }, { source: 'beneficiary-contribution', form: 'labour', amount: labour }],
      subProjects: project.subProjects.map((sub, s) => (s === 0 ? villagersOn(sub, '1000') : sub)),
    }));
    expect(codesOf(within)).toEqual([]);
    // Labour on the sub-project the project's own lines leave out takes the sub-projects past the project's total.
    const past = withFirst((project) => ({ ...project, subProjects: project.subProjects.map((sub, s) => (s === 0 ? villagersOn(sub, '900000') : sub)) }));
    const subBudgets = first.subProjects.reduce((total, sub) => total + sub.budget.fen, 0n);
    expect(subBudgets + 90_000_000n > first.budget.fen).toBe(true);
    const issues = checkProgramme(past);
    expect(issues.map((issue) => [issue.code, formatPath(issue.path)])).toEqual([['sub-project-investment-exceeded', 'programme.projects[0].subProjects']]);
    expect(issues[0]?.params).toEqual({ sum: amountFromFen(subBudgets + 90_000_000n).toJSON(), totalInvestment: first.budget.toJSON() });
  });

  it('refuses a ledger entry of a source the project does not list, and a reversal of another source', () => {
    const record = withFirst(
      (project) => ({ ...project, funding: cofinancing }),
      [
        entryOf('local-budget', { source: 'local-integrated' }),
        entryOf('enterprise-budget', { source: 'enterprise-social' }),
        entryOf('local-reversal', { amount: amount('-10'), reverses: ledgerEntryId('local-budget') }),
      ],
    );
    // The reversal, as the donor's money, also takes the donor's budget below its commitments: leave those issues aside.
    const issues = checkProgramme(record).filter((issue) => issue.code !== 'committed-exceeds-budget');
    const at = seed.ledger.length;
    expect(issues.map((issue) => [issue.code, formatPath(issue.path)])).toEqual([
      ['ledger-source-unlisted', `programme.ledger[${at + 1}].source`],
      ['reversal-target-mismatch', `programme.ledger[${at + 2}].source`],
    ]);
  });

  it('lets each source’s money flow against its own lines, the donor’s against the budget', () => {
    const within = withFirst((project) => ({ ...project, funding: cofinancing }), [
      entryOf('local-budget', { source: 'local-integrated', amount: amount('250000') }),
      entryOf('local-commitment', { kind: 'commitment', source: 'local-integrated', amount: amount('250000'), date: seed.ledger[1]!.date }),
    ]);
    // 250,000 more in budget entries than the donor's 500,000, yet no budget is exceeded: they are the county's.
    expect(codesOf(within)).toEqual([]);
    const over = withFirst((project) => ({ ...project, funding: cofinancing }), [entryOf('local-budget', { source: 'local-integrated', amount: amount('250000.01') })]);
    const issues = checkProgramme(over);
    expect(issues.map((issue) => issue.code)).toEqual(['budget-entries-exceed-approved']);
    expect(issues[0]?.params).toMatchObject({ approved: '250000.00', entered: '250000.01' });
  });

  describe('properties', () => {
    const positiveLines = fc.array(
      fc.oneof(
        fc.bigInt({ min: 1n, max: 10n ** 12n }).map((fen): FundingSource => ({ source: 'local-integrated', amount: amountFromFen(fen) })),
        fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.constantFrom('money' as const, 'labour' as const)).map(([fen, form]): FundingSource => ({ source: 'beneficiary-contribution', form, amount: amountFromFen(fen) })),
      ),
      { maxLength: 3 },
    );
    const split = fc.bigInt({ min: 0n, max: first.budget.fen }).map((city): FundingSource[] =>
      [
        { source: 'east-west-cooperation' as const, amount: amountFromFen(city) },
        { source: 'east-west-cooperation' as const, amount: amountFromFen(first.budget.fen - city), donor: regionCode('440305') },
      ].filter((line) => line.amount.fen > 0n),
    );

    it('the sources always sum to the total investment, which the check accepts and no other', () => {
      fc.assert(
        fc.property(split, positiveLines, fc.bigInt({ min: -1000n, max: 1000n }), (donor, others, off) => {
          const seen = new Set<string>();
          const funding = [...donor, ...others].filter((line) => {
            const key = `${line.source} ${'form' in line ? line.form : ''} ${'donor' in line ? line.donor : ''}`;
            return !seen.has(key) && (seen.add(key), true);
          });
          const project = { ...first, funding };
          const total = totalInvestmentOf(project);
          expect(total.fen).toBe(funding.reduce((sum, line) => sum + line.amount.fen, 0n));
          expect(donorShareOf(project)).toEqual(first.budget);
          const declared = codesOf(withFirst(() => ({ ...project, totalInvestment: amountFromFen(total.fen + off) })));
          expect(declared).toEqual(off === 0n ? [] : [['funding-total-mismatch', 'programme.projects[0].totalInvestment']]);
        }),
        { numRuns: 25 },
      );
    });
  });
});
