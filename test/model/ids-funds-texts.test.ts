import { describe, expect, it } from 'vitest';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import {
  activityId,
  amount,
  formatPath,
  fundId,
  ledgerEntryId,
  organisationId,
  pairingId,
  PairingAidError,
  planId,
  programmeId,
  projectId,
  regionCode,
  subProjectId,
  textMatches,
  type Fund,
  type Programme,
} from '../../src/index.js';
import { checkProgrammeModel } from '../../src/model/check/check-programme-model.js';
import { compareTexts } from '../../src/model/match-text.js';

const refusalOf = (make: () => unknown) => {
  try {
    make();
  } catch (error) {
    if (error instanceof PairingAidError) return error.issues.map((issue) => [issue.code, issue.params]);
    throw error;
  }
  return [];
};

describe('ids', () => {
  it.each([
    ['project', projectId],
    ['sub-project', subProjectId],
    ['organisation', organisationId],
    ['programme', programmeId],
    ['fund', fundId],
    ['pairing', pairingId],
    ['plan', planId],
    ['ledger entry', ledgerEntryId],
    ['activity', activityId],
  ] as const)('of a %s are refused with white space at either end, and name their kind and input', (kind, make) => {
    expect(refusalOf(() => make(' BJ-2011-01'))).toEqual([['id-invalid', { kind, input: ' BJ-2011-01' }]]);
    expect(refusalOf(() => make('BJ-2011-01 '))).toEqual([['id-invalid', { kind, input: 'BJ-2011-01 ' }]]);
    expect(make('BJ-2011-01')).toBe('BJ-2011-01');
  });

  it('hold at most 128 characters', () => {
    expect(projectId('x'.repeat(128))).toHaveLength(128);
    expect(refusalOf(() => projectId('x'.repeat(129)))).toEqual([['id-invalid', { kind: 'project', input: 'x'.repeat(129) }]]);
  });

  it('are text: a number is refused even though it would print as an id', () => {
    expect(refusalOf(() => projectId(2011 as unknown as string))).toEqual([['id-invalid', { kind: 'project', input: '2011' }]]);
  });
});

describe('the funds of a programme', () => {
  const seed = seedProgramme2011;
  const [fund] = seed.funds;
  const withFund = (change: Partial<Fund>): Programme => ({ ...seed, funds: [{ ...fund!, ...change }] });
  const found = (programme: Programme) => checkProgrammeModel(programme, { regionCheck: false }).map((issue) => [issue.code, formatPath(issue.path), issue.params]);

  it('name a donor that is no organisation of the programme', () => {
    expect(found(withFund({ donor: organisationId('nobody') }))).toEqual([['organisation-unknown', 'funds[0].donor', { organisation: 'nobody' }]]);
  });

  it('may be nothing, but not less: a zero total and a zero share are accepted, a negative one is named in yuan and in 万元', () => {
    expect(found(withFund({ total: amount('0'), breakdown: [{ category: 'counterpart-support', amount: amount('0') }] }))).toEqual([]);
    expect(found(withFund({ total: amount('-1000'), breakdown: [{ category: 'counterpart-support', amount: amount('-1000') }] }))).toEqual([
      ['amount-negative', 'funds[0].total', { input: '-1000.00', wan: '-0.1' }],
      ['amount-negative', 'funds[0].breakdown[0].amount', { input: '-1000.00', wan: '-0.1' }],
    ]);
    expect(found(withFund({ total: amount('-100000'), breakdown: [{ category: 'counterpart-support', amount: amount('-100000') }] }))[0]?.[2]).toEqual({ input: '-100000.00', wan: '-10' });
  });

  it('name a category the programme does not define', () => {
    expect(found(withFund({ breakdown: [...fund!.breakdown.slice(1), { ...fund!.breakdown[0]!, category: 'roads' }] }))).toEqual([
      ['fund-category-unknown', `funds[0].breakdown[${fund!.breakdown.length - 1}].category`, { category: 'roads' }],
    ]);
  });

  it('send a share to one of the fund’s recipients or to a place within one, and to anywhere when the fund lists none', () => {
    const shares = (recipient: string) => [{ ...fund!.breakdown[0]!, amount: fund!.total, recipient: regionCode(recipient) }];
    const listed = { recipients: [regionCode('522400'), regionCode('522700')] };
    expect(found(withFund({ ...listed, breakdown: shares('522401') }))).toEqual([]);
    expect(found(withFund({ ...listed, breakdown: shares('522701') }))).toEqual([]);
    expect(found(withFund({ ...listed, breakdown: shares('520100') }))).toEqual([['fund-recipient-unlisted', 'funds[0].breakdown[0].recipient', { recipient: '520100' }]]);
    expect(found(withFund({ recipients: [], breakdown: shares('520100') }))).toEqual([]);
  });
});

describe('textMatches', () => {
  it('matches a text named in the languages both give, and only those', () => {
    const training = { zh: '干部培训', en: 'Cadre training' };
    expect(textMatches(training, { zh: '干部培训' })).toBe(true);
    expect(textMatches(training, { en: 'Cadre training' })).toBe(true);
    expect(textMatches(training, { zh: '干部培训', en: 'Cadre training' })).toBe(true);
    expect(textMatches(training, { zh: '劳务协作' })).toBe(false);
    expect(textMatches(training, { en: 'Labour' })).toBe(false);
    expect(textMatches(training, { zh: '干部培训', en: 'Labour' })).toBe(false);
    expect(textMatches(training, { zh: '劳务协作', en: 'Cadre training' })).toBe(false);
    // No language in common: nothing to agree on.
    expect(textMatches({ zh: '干部培训' }, { en: 'Cadre training' })).toBe(false);
    expect(textMatches({ en: 'Cadre training' }, { zh: '干部培训' })).toBe(false);
    expect(textMatches({ zh: '干部培训' }, { zh: '干部培训', en: 'Cadre training' })).toBe(true);
  });

  it('matches a plain string in either language', () => {
    expect(textMatches({ zh: '干部培训', en: 'Cadre training' }, '干部培训')).toBe(true);
    expect(textMatches({ zh: '干部培训', en: 'Cadre training' }, 'Cadre training')).toBe(true);
    expect(textMatches({ zh: '干部培训' }, 'Cadre training')).toBe(false);
  });
});

describe('compareTexts', () => {
  it('puts a text without English before every text with it, and ties equal texts', () => {
    expect(compareTexts({ zh: '劳务协作' }, { en: 'A' })).toBe(-1);
    expect(compareTexts({ en: 'A' }, { zh: '劳务协作' })).toBe(1);
    expect(compareTexts({ en: 'A', zh: '甲' }, { en: 'A', zh: '甲' })).toBe(0);
  });
});
