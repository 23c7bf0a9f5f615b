import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedFund2011, seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import {
  formatPath,
  fund,
  ledgerEntry,
  PairingAidError,
  parseFund,
  parseLedgerEntry,
  parseOrganisation,
  parsePairing,
  parsePlan,
  parseProgramme,
  parseProject,
  parseSubProject,
  programme,
  project,
} from '../../src/index.js';
import { anyLedgerEntry, anyProgramme, anyProject } from './arbitraries.js';

const snapshot = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));
const seedJson = snapshot(seedProgramme2011) as { projects: { subProjects: Record<string, unknown>[] }[] } & Record<string, unknown>;
const codesAndPaths = (issues: readonly { code: string; path: readonly (string | number)[] }[]) =>
  issues.map((issue) => [issue.code, formatPath(issue.path)]);

describe('parseProgramme', () => {
  it('reads the seed programme back from its JSON', () => {
    const parsed = parseProgramme(snapshot(seedProgramme2011));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value).toEqual(seedProgramme2011);
  });

  it('names the full path of a bad sub-project budget', () => {
    const projects = structuredClone(seedJson.projects);
    (projects[3]?.subProjects[1] as Record<string, unknown>).budget = '1.234';
    const parsed = parseProgramme({ ...seedJson, projects });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues[0]?.path).toEqual(['projects', 3, 'subProjects', 1, 'budget']);
      expect(codesAndPaths(parsed.issues)).toEqual([['amount-too-precise', 'projects[3].subProjects[1].budget']]);
    }
  });

  it('reports every problem at once, not only the first', () => {
    const projects = structuredClone(seedJson.projects);
    (projects[0]?.subProjects[0] as Record<string, unknown>).location = { region: '52242' };
    (projects[2] as unknown as Record<string, unknown>).year = 2011.5;
    const parsed = parseProgramme({ ...seedJson, donor: 440300, projects, pairings: 'none', extra: true });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(codesAndPaths(parsed.issues)).toEqual(
        expect.arrayContaining([
          ['unrecognized-key', '(root)'],
          ['invalid-type', 'donor'],
          ['invalid-type', 'pairings'],
          ['region-code-format', 'projects[0].subProjects[0].location.region'],
          ['invalid-type', 'projects[2].year'],
        ]),
      );
      expect(parsed.issues).toHaveLength(5);
    }
  });

  it('refuses a text with neither Chinese nor English, and an id with spaces at its ends', () => {
    const parsed = parseProgramme({ ...seedJson, name: {}, id: ' sz ' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(codesAndPaths(parsed.issues)).toEqual([['id-invalid', 'id'], ['text-empty', 'name']]);
  });

  it('has a throwing twin that carries every issue', () => {
    expect(() => programme({ ...seedJson, donor: 'x' } as never)).toThrow(PairingAidError);
    expect(programme(seedJson as never).projects).toHaveLength(38);
  });

  describe('properties', () => {
    it('reads back any programme from its JSON as an equal value', () => {
      fc.assert(
        fc.property(anyProgramme, (value) => {
          const parsed = parseProgramme(snapshot(value));
          expect(parsed.ok ? parsed.value : parsed.issues).toEqual(value);
        }),
        { numRuns: 150 },
      );
    });

    it('never throws, whatever the input', () => {
      fc.assert(
        fc.property(fc.anything(), (input) => {
          expect(parseProgramme(input).ok).toBe(false);
        }),
      );
    });
  });
});

describe('parseProject', () => {
  it('gives paths relative to the project', () => {
    const json = structuredClone(seedJson.projects[0]) as unknown as { subProjects: Record<string, unknown>[] };
    (json.subProjects[1] as Record<string, unknown>).budget = 'lots';
    const parsed = parseProject(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(codesAndPaths(parsed.issues)).toEqual([['amount-syntax', 'subProjects[1].budget']]);
  });

  it('reads any project back from its JSON', () => {
    fc.assert(
      fc.property(anyProject, (value) => {
        expect(project(snapshot(value) as never)).toEqual(value);
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseSubProject', () => {
  it('refuses a sub-project without a budget', () => {
    const parsed = parseSubProject({ id: 'a', name: { en: 'Road' }, type: 'rural-road', location: { region: '522422' } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((issue) => issue.path)).toEqual([['budget']]);
  });
});

describe('parseFund', () => {
  it('reads the seed fund back', () => {
    expect(fund(snapshot(seedFund2011) as never)).toEqual(seedFund2011);
  });

  it('names a bad share by its index', () => {
    const json = snapshot(seedFund2011) as { breakdown: Record<string, unknown>[] };
    (json.breakdown[2] as Record<string, unknown>).amount = '1.3 million yuan and some';
    const parsed = parseFund(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(codesAndPaths(parsed.issues)).toEqual([['amount-unit', 'breakdown[2].amount']]);
  });
});

describe('parseLedgerEntry', () => {
  it('reads amounts as decimal strings of yuan', () => {
    expect(ledgerEntry({ id: 'e1', kind: 'budget', project: 'p', category: 'disaster-relief', amount: '280000', date: '2011-05-01' }).amount.fen).toBe(
      28_000_000n,
    );
  });

  it('refuses numbers and written forms as amounts: JSON carries decimal strings (amount() reads the rest)', () => {
    for (const written of ['28万元', '280,000.00', '+280000', ' 280000', 280000, 2800.5]) {
      const parsed = parseLedgerEntry({ id: 'e1', kind: 'budget', project: 'p', category: 'disaster-relief', amount: written, date: '2011-05-01' });
      expect(parsed.ok || codesAndPaths(parsed.issues)).toEqual([['amount-json-form', 'amount']]);
    }
    const parsed = parseLedgerEntry({ id: 'e1', kind: 'budget', project: 'p', category: 'disaster-relief', amount: [2800.5], date: '2011-05-01' });
    expect(parsed.ok || parsed.issues[0]?.message).toBe('An amount in JSON is a decimal string of yuan with at most two decimals, such as "46910000.00": received [2800.5].');
  });

  it('refuses dates in any form but YYYY-MM-DD', () => {
    for (const written of ['2011-05-01T10:00:00+08:00', ' 2011-05-01', '2011-5-1', '20110501']) {
      const parsed = parseLedgerEntry({ id: 'e1', kind: 'budget', project: 'p', category: 'disaster-relief', amount: '1', date: written });
      expect(parsed.ok || codesAndPaths(parsed.issues)).toEqual([['invalid-date', 'date']]);
    }
  });

  it('refuses an unknown kind and purpose', () => {
    const parsed = parseLedgerEntry({ id: 'e', kind: 'refund', project: 'p', category: 'c', amount: '1', date: '2011-02-30', purpose: 'party' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(codesAndPaths(parsed.issues)).toEqual([
        ['invalid-value', 'kind'],
        ['invalid-date', 'date'],
        ['invalid-value', 'purpose'],
      ]);
    }
  });

  it('reads any entry back from its JSON', () => {
    fc.assert(
      fc.property(anyLedgerEntry, (value) => {
        const parsed = parseLedgerEntry(snapshot(value));
        expect(parsed.ok ? parsed.value : parsed.issues).toEqual(value);
      }),
    );
  });
});

describe('parseOrganisation, parsePairing, parsePlan', () => {
  it('read valid snapshots', () => {
    expect(parseOrganisation({ id: 'o', name: { zh: '办' }, kind: 'support-office', region: '440300' }).ok).toBe(true);
    expect(parsePairing({ id: 'p', donor: '440300', recipient: '522700', from: '1996-01-01' }).ok).toBe(true);
    expect(parsePlan({ id: 'p', kind: 'annual', name: { en: '2011' }, fromYear: 2011, toYear: 2011, agreed: [], targets: [] }).ok).toBe(true);
  });

  it('refuse bad values with their paths', () => {
    const organisation = parseOrganisation({ id: 'o', name: { zh: '办' }, kind: 'ministry' });
    const pairing = parsePairing({ id: 'p', donor: '440300', recipient: '992700', from: '1996-01-01' });
    const plan = parsePlan({ id: 'p', kind: 'annual', name: { en: '2011' }, fromYear: 2011, toYear: 2011, agreed: [], targets: [{ measure: 'm', value: '1e3', unit: '' }] });
    expect([organisation, pairing, plan].map((parsed) => (parsed.ok ? [] : codesAndPaths(parsed.issues)))).toEqual([
      [['invalid-value', 'kind']],
      [['region-code-province', 'recipient']],
      [['decimal-invalid', 'targets[0].value']],
    ]);
  });
});
