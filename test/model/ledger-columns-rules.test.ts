import { describe, expect, it } from 'vitest';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import {
  amount,
  amountFromFen,
  appendLedgerRow,
  createLedgerColumnsBuilder,
  emptyRollUp,
  finishLedgerColumns,
  gb2260Registry,
  isoDate,
  ledgerColumnsFromProgramme,
  ledgerDimensions,
  ledgerKeyIndex,
  ledgerTotalsOf,
  mergeRollUps,
  PairingAidError,
  projectId,
  regionCode,
  rollUp,
  rollUpLedgerColumns,
  rollUpProgramme,
  subProjectId,
  summariseLedgerTotals,
  type LedgerColumns,
  type LedgerEntry,
  type LedgerKeys,
  type LedgerRow,
  type Programme,
  type Project,
  type RollUp,
} from '../../src/index.js';

const dimensions = ['project', 'category', 'type', 'region', 'year'] as const;

const handKeys: LedgerKeys = {
  project: ['BJ-2011-01', 'BJ-2011-02'],
  category: ['counterpart-support'],
  type: ['rural-road'],
  region: ['522401', '522422'],
  year: ['2011'],
};

const fineRow: LedgerRow = { fen: 10_000, kind: 0, project: 0, category: 0, type: 0, region: 0, year: 0 };

// Columns as an app fills them from its own database, without the builder's checks.
function columnsByHand(rows: readonly LedgerRow[], length = rows.length, keys: LedgerKeys = handKeys): LedgerColumns {
  return {
    length,
    fen: Float64Array.from(rows, (row) => row.fen),
    kind: Uint8Array.from(rows, (row) => row.kind),
    project: Int32Array.from(rows, (row) => row.project),
    category: Int32Array.from(rows, (row) => row.category),
    type: Int32Array.from(rows, (row) => row.type),
    region: Int32Array.from(rows, (row) => row.region),
    year: Int32Array.from(rows, (row) => row.year),
    keys,
  };
}

interface Refusal {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly params: unknown;
}

function refusalOf(attempt: () => unknown): readonly Refusal[] | undefined {
  try {
    attempt();
  } catch (error) {
    if (error instanceof PairingAidError) return error.issues.map(({ code, path, params }) => ({ code, path, params }));
    throw error;
  }
  return undefined;
}

function rowInvalid(index: number, field: string, value: string): Refusal {
  return { code: 'ledger-row-invalid', path: [index, field], params: { index, field, value } };
}

function seedProject(id: string): Project {
  return seedProgramme2011.projects.find((project) => project.id === id)!;
}

function seedEntriesOf(id: string): LedgerEntry[] {
  return seedProgramme2011.ledger.filter((entry) => entry.project === id);
}

function programmeOf(projects: readonly Project[], ledger: readonly LedgerEntry[]): Programme {
  return { ...seedProgramme2011, projects, ledger };
}

const sortedKeys = (record: Readonly<Record<string, unknown>>): string[] => Object.keys(record).sort();

describe('rollUpLedgerColumns', () => {
  describe('refusing columns filled by hand', () => {
    it.each(dimensions)('names the first row whose %s index is one past its keys, after rows that are fine', (dimension) => {
      const past = handKeys[dimension].length;
      const columns = columnsByHand([fineRow, { ...fineRow, [dimension]: past }, { ...fineRow, [dimension]: past }]);
      expect(refusalOf(() => rollUpLedgerColumns(columns))).toEqual([rowInvalid(1, dimension, String(past))]);
    });

    it('refuses a negative index', () => {
      const columns = columnsByHand([fineRow, fineRow, { ...fineRow, region: -1 }]);
      expect(refusalOf(() => rollUpLedgerColumns(columns))).toEqual([rowInvalid(2, 'region', '-1')]);
    });

    it('refuses a kind after expenditure (there are four kinds, 0–3)', () => {
      const columns = columnsByHand([fineRow, { ...fineRow, kind: 4 }]);
      expect(refusalOf(() => rollUpLedgerColumns(columns))).toEqual([rowInvalid(1, 'kind', '4')]);
    });

    it('refuses an amount that is not a whole number of fen', () => {
      const columns = columnsByHand([fineRow, { ...fineRow, fen: 0.5 }]);
      expect(refusalOf(() => rollUpLedgerColumns(columns))).toEqual([rowInvalid(1, 'fen', '0.5')]);
    });

    it('refuses an amount beyond the safe integers, even when the other rows are fine', () => {
      const columns = columnsByHand([fineRow, { ...fineRow, fen: 1e21 }]);
      expect(refusalOf(() => rollUpLedgerColumns(columns))).toEqual([rowInvalid(1, 'fen', '1e+21')]);
      const infinite = columnsByHand([fineRow, fineRow, { ...fineRow, fen: -Infinity }]);
      expect(refusalOf(() => rollUpLedgerColumns(infinite))).toEqual([rowInvalid(2, 'fen', '-Infinity')]);
    });

    it('reports the amount first when a row is wrong in several fields', () => {
      const columns = columnsByHand([{ ...fineRow, fen: 0.25, kind: 7, region: 5 }]);
      expect(refusalOf(() => rollUpLedgerColumns(columns))).toEqual([rowInvalid(0, 'fen', '0.25')]);
      const badKindAndRegion = columnsByHand([{ ...fineRow, kind: 7, region: 5 }]);
      expect(refusalOf(() => rollUpLedgerColumns(badKindAndRegion))).toEqual([rowInvalid(0, 'kind', '7')]);
    });
  });

  describe('exactness', () => {
    it('counts only the first `length` rows, also past 2^52 fen', () => {
      const big = Number.MAX_SAFE_INTEGER;
      const rows = [
        { ...fineRow, fen: big },
        { ...fineRow, fen: 5, region: 1 },
        { ...fineRow, fen: 1_000 },
      ];
      const totals = rollUpLedgerColumns(columnsByHand(rows, 2));
      expect(totals.total).toEqual([BigInt(big) + 5n, 0n, 0n, 0n]);
      expect(ledgerTotalsOf(totals, 'project', 'BJ-2011-01')?.budget.fen).toBe(BigInt(big) + 5n);
      expect(ledgerTotalsOf(totals, 'region', '522401')?.budget.fen).toBe(BigInt(big));
      expect(ledgerTotalsOf(totals, 'region', '522422')?.budget.fen).toBe(5n);
      expect(summariseLedgerTotals(totals).byRegion['522400']?.budget.fen).toBe(BigInt(big) + 5n);
    });

    it('counts only the first `length` rows of small amounts', () => {
      const totals = rollUpLedgerColumns(columnsByHand([fineRow, { ...fineRow, kind: 2 }, { ...fineRow, kind: 3 }], 2));
      expect(totals.total).toEqual([10_000n, 0n, 10_000n, 0n]);
    });
  });
});

describe('createLedgerColumnsBuilder and appendLedgerRow', () => {
  it('keep every row of a builder started with no room', () => {
    const builder = createLedgerColumnsBuilder(0);
    for (const dimension of ledgerDimensions) ledgerKeyIndex(builder, dimension, dimension === 'year' ? '2011' : 'k');
    for (const fen of [100, 200, 300]) appendLedgerRow(builder, { ...fineRow, fen });
    const columns = finishLedgerColumns(builder);
    expect(columns.length).toBe(3);
    expect(Array.from(columns.fen)).toEqual([100, 200, 300]);
  });

  it('refuse a negative kind, at the index the row would have had', () => {
    const builder = createLedgerColumnsBuilder();
    for (const dimension of ledgerDimensions) ledgerKeyIndex(builder, dimension, 'k');
    appendLedgerRow(builder, fineRow);
    expect(refusalOf(() => appendLedgerRow(builder, { ...fineRow, kind: -1 }))).toEqual([rowInvalid(1, 'kind', '-1')]);
    expect(builder.length).toBe(1);
  });

  it('refuse a negative or fractional bucket index', () => {
    const builder = createLedgerColumnsBuilder();
    for (const dimension of ledgerDimensions) ledgerKeyIndex(builder, dimension, 'k');
    ledgerKeyIndex(builder, 'year', '2012');
    expect(refusalOf(() => appendLedgerRow(builder, { ...fineRow, region: -1 }))).toEqual([rowInvalid(0, 'region', '-1')]);
    expect(refusalOf(() => appendLedgerRow(builder, { ...fineRow, year: 0.5 }))).toEqual([rowInvalid(0, 'year', '0.5')]);
    expect(builder.length).toBe(0);
  });
});

describe('ledgerColumnsFromProgramme', () => {
  it('leaves out the money of other funding sources and keeps the donor’s, named or not', () => {
    const [budgetA, , , , budgetB] = seedEntriesOf('BJ-2011-01');
    const local: LedgerEntry = { ...budgetA!, source: 'local-integrated', amount: amount('70000') };
    const donor: LedgerEntry = { ...budgetB!, source: 'east-west-cooperation' };
    const columns = ledgerColumnsFromProgramme(seedProgramme2011, [budgetA!, local, donor]);
    expect(columns.length).toBe(2);
    expect(Array.from(columns.fen)).toEqual([30_000_000, 20_000_000]);
    expect(rollUpLedgerColumns(columns).total).toEqual([50_000_000n, 0n, 0n, 0n]);
  });

  it('refuses an entry that names a sub-project where its project belongs', () => {
    const fee = seedEntriesOf('BJ-2011-01').find((entry) => entry.subProject === undefined)!;
    const stray: LedgerEntry = { ...fee, project: projectId('BJ-2011-01-a') };
    expect(refusalOf(() => ledgerColumnsFromProgramme(seedProgramme2011, [fee, stray]))).toEqual([
      { code: 'ledger-project-unknown', path: [1, 'project'], params: { project: 'BJ-2011-01-a' } },
    ]);
  });

  it('refuses entries of an unknown sub-project and of another project’s sub-project, all at once', () => {
    const [budget] = seedEntriesOf('BJ-2011-01');
    const unknown: LedgerEntry = { ...budget!, subProject: subProjectId('BJ-2011-01-z') };
    const elsewhere: LedgerEntry = { ...budget!, subProject: subProjectId('BJ-2011-02-a') };
    expect(refusalOf(() => ledgerColumnsFromProgramme(seedProgramme2011, [unknown, budget!, elsewhere]))).toEqual([
      { code: 'ledger-sub-project-unknown', path: [0, 'subProject'], params: { subProject: 'BJ-2011-01-z', project: 'BJ-2011-01' } },
      { code: 'ledger-sub-project-unknown', path: [2, 'subProject'], params: { subProject: 'BJ-2011-02-a', project: 'BJ-2011-01' } },
    ]);
  });

  it('refuses an entry whose amount is beyond 2^53 fen, by its place in the entries', () => {
    const [budget, commitment] = seedEntriesOf('BJ-2011-01');
    const local: LedgerEntry = { ...commitment!, source: 'local-integrated' };
    const huge: LedgerEntry = { ...budget!, amount: amountFromFen(2n ** 53n + 1n) };
    const stray: LedgerEntry = { ...budget!, project: projectId('BJ-2099-01') };
    expect(refusalOf(() => ledgerColumnsFromProgramme(seedProgramme2011, [local, huge, stray]))).toEqual([
      { code: 'ledger-row-invalid', path: [1, 'amount'], params: { index: 1, field: 'fen', value: '90071992547409.93' } },
      { code: 'ledger-project-unknown', path: [2, 'project'], params: { project: 'BJ-2099-01' } },
    ]);
  });
});

describe('rollUpProgramme, the date its regions are totalled under', () => {
  // 黔西县 522423 became 520522 in 2011, and 黔西市 520581 in 2021.
  it('is the end of the latest year a project runs to, when the programme has no period', () => {
    const project = { ...seedProject('BJ-2011-07'), endYear: 2022 };
    const summary = rollUpProgramme(programmeOf([project], seedEntriesOf('BJ-2011-07')));
    expect(sortedKeys(summary.byRegion)).toEqual(['520000', '520500', '520581']);
    expect(summary.byRegion['520581']?.budget.toJSON()).toBe('460000.00');
    expect(summary.activitiesByRegion['520581']).toEqual({ projects: 1, subProjects: 3 });
  });

  it('is the end of the year of the latest entry, when that is later than every project', () => {
    const ledger = seedEntriesOf('BJ-2011-07').map((entry, e) => (e === 0 ? { ...entry, date: isoDate('2022-03-01') } : entry));
    const summary = rollUpProgramme(programmeOf([seedProject('BJ-2011-07')], ledger));
    expect(sortedKeys(summary.byRegion)).toEqual(['520000', '520500', '520581']);
    expect(sortedKeys(summary.byYear)).toEqual(['2011', '2022']);
  });

  it('follows the successions of the registry it is given: one that records none keeps the codes as written', () => {
    const registry = { ...gb2260Registry(), successions: [] };
    const summary = rollUpProgramme(programmeOf([seedProject('BJ-2011-07')], seedEntriesOf('BJ-2011-07')), { registry });
    expect(sortedKeys(summary.byRegion)).toEqual(['520000', '522400', '522423']);
    expect(sortedKeys(summary.activitiesByRegion)).toEqual(['520000', '522400', '522423']);
    const columns = ledgerColumnsFromProgramme(programmeOf([seedProject('BJ-2011-07')], seedEntriesOf('BJ-2011-07')), undefined, { registry });
    expect(columns.keys.region).toEqual(['522423']);
  });

  // 421000 was 荆沙市 until its area passed to 420800 in December 1996; the code was then reissued to 荆州市.
  it('reads a reissued code as the area it denoted when the project’s locations were written: 1 January of its year', () => {
    const fee = { ...seedEntriesOf('BJ-2011-01').find((entry) => entry.subProject === undefined)!, date: isoDate('1995-06-30') };
    const project: Project = { ...seedProject('BJ-2011-01'), year: 1995, location: { region: regionCode('421000') }, subProjects: [] };
    const summary = rollUpProgramme(programmeOf([project], [fee]), { regionsAsOf: isoDate('1997-12-31') });
    expect(sortedKeys(summary.byRegion)).toEqual(['420000', '420800']);
    expect(summary.byRegion['420800']?.expenditure.toJSON()).toBe('2500.00');
    expect(sortedKeys(summary.activitiesByRegion)).toEqual(['420000', '420800']);
  });

  it('reads a reissued code as the area it denoted on the project’s location date when it has one', () => {
    const fee = { ...seedEntriesOf('BJ-2011-01').find((entry) => entry.subProject === undefined)!, date: isoDate('1995-06-30') };
    const project: Project = {
      ...seedProject('BJ-2011-01'),
      year: 1995,
      locationDate: isoDate('1997-01-01'),
      location: { region: regionCode('421000') },
      subProjects: [],
    };
    const summary = rollUpProgramme(programmeOf([project], [fee]), { regionsAsOf: isoDate('1997-12-31') });
    expect(sortedKeys(summary.byRegion)).toEqual(['420000', '421000']);
    expect(summary.byRegion['421000']?.expenditure.toJSON()).toBe('2500.00');
    expect(sortedKeys(summary.activitiesByRegion)).toEqual(['420000', '421000']);
  });
});

describe('summariseLedgerTotals', () => {
  it('summarises only the dimensions asked for, with the grand total always', () => {
    const totals = rollUpLedgerColumns(columnsByHand([fineRow, { ...fineRow, project: 1, kind: 1 }]));
    const summary = summariseLedgerTotals(totals, { dimensions: ['region'] });
    expect([summary.byProject, summary.byCategory, summary.byType, summary.byYear]).toEqual([{}, {}, {}, {}]);
    expect(sortedKeys(summary.byRegion)).toEqual(['520000', '522400', '522401']);
    expect(summary.byRegion['522400']?.commitment.toJSON()).toBe('100.00');
    expect(summary.total.budget.toJSON()).toBe('100.00');
  });

  it('leaves out a prefecture and province where its counties’ totals cancel out', () => {
    const totals = rollUpLedgerColumns(columnsByHand([{ ...fineRow, fen: 50_000 }, { ...fineRow, fen: -50_000, region: 1 }]));
    const summary = summariseLedgerTotals(totals);
    expect(sortedKeys(summary.byRegion)).toEqual(['522401', '522422']);
    expect(summary.byRegion['522401']?.budget.toJSON()).toBe('500.00');
    expect(summary.byRegion['522422']?.budget.toJSON()).toBe('-500.00');
    expect(summary.byProject).toEqual({});
    expect(summary.total.budget.toJSON()).toBe('0.00');
  });

  it('puts only regions at every level: a project numbered like a division code stays one key', () => {
    const keys: LedgerKeys = { ...handKeys, project: ['522422'] };
    const summary = summariseLedgerTotals(rollUpLedgerColumns(columnsByHand([fineRow], 1, keys)));
    expect(sortedKeys(summary.byProject)).toEqual(['522422']);
    expect(sortedKeys(summary.byRegion)).toEqual(['520000', '522400', '522401']);
  });

  it('keeps a region key that is not a division code as it is', () => {
    const keys: LedgerKeys = { ...handKeys, region: ['unassigned'] };
    const summary = summariseLedgerTotals(rollUpLedgerColumns(columnsByHand([fineRow], 1, keys)));
    expect(sortedKeys(summary.byRegion)).toEqual(['unassigned']);
    expect(summary.byRegion['unassigned']?.budget.toJSON()).toBe('100.00');
  });
});

describe('mergeRollUps', () => {
  it('leaves out a region whose counts are zero, and keeps one with a sub-project only', () => {
    const part: RollUp = {
      ...emptyRollUp,
      activitiesByRegion: { '522401': { projects: 0, subProjects: 0 }, '522422': { projects: 0, subProjects: 1 } },
    };
    expect(mergeRollUps(emptyRollUp, part).activitiesByRegion).toEqual({ '522422': { projects: 0, subProjects: 1 } });
  });
});

describe('rollUp', () => {
  it('reads a roll-up back from its JSON', () => {
    const summary = rollUpProgramme(seedProgramme2011);
    const read = rollUp(JSON.parse(JSON.stringify(summary)));
    expect(read).toEqual(summary);
    expect(read.byRegion['522700']?.budget.toJSON()).toBe('12000000.00');
  });

  it('throws every issue parseRollUp finds', () => {
    const json = JSON.parse(JSON.stringify(emptyRollUp));
    json.total.budget = '12,00';
    json.activityTotal.projects = -1;
    expect(refusalOf(() => rollUp(json))?.map(({ code, path }) => [code, path])).toEqual([
      ['amount-grouping', ['total', 'budget']],
      ['too-small', ['activityTotal', 'projects']],
    ]);
  });
});
