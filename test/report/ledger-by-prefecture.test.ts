import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import { amountFromFen, isoDate, ledgerEntryId, regionCode, regionLevel, rollUpProgramme, type LedgerEntry, type RegionCode } from '../../src/index.js';
import { ledgerByPrefecture } from '../../src/report/internal/ledger-sums.js';
import { consistentProgramme } from '../model/arbitraries.js';

const asJson = (entries: Iterable<readonly [string, unknown]>) =>
  [...entries].map(([code, totals]) => [code, JSON.parse(JSON.stringify(totals))]).sort(([a], [b]) => (a < b ? -1 : 1));

describe("the report's money by prefecture", () => {
  it('is what the roll-up by region gives at prefecture level, old and new codes alike, zero sums left out', () => {
    fc.assert(
      fc.property(consistentProgramme, fc.constantFrom(isoDate('2011-06-30'), isoDate('2012-12-31'), 'as-recorded' as const), (programme, regionsAsOf) => {
        const byRegion = rollUpProgramme(programme, { regionsAsOf }).byRegion;
        const expected = Object.entries(byRegion).filter(([code]) => regionLevel(code as RegionCode) === 'prefecture');
        expect(asJson(ledgerByPrefecture(programme, { regionsAsOf }))).toEqual(asJson(expected));
      }),
      { numRuns: 200 },
    );
  });

  it('leaves out a prefecture whose money sums to zero in every kind, and keeps one whose kinds only net to zero', () => {
    const [first, second] = seedProgramme2011.projects;
    const entry = (id: string, project: typeof first, kind: 'budget' | 'commitment', fen: bigint): LedgerEntry => ({
      id: ledgerEntryId(id), kind, project: project!.id, category: 'counterpart-support', amount: amountFromFen(fen), date: isoDate('2011-06-30'),
    });
    const cancelling = {
      ...seedProgramme2011,
      projects: [{ ...first!, location: { region: regionCode('522701') }, subProjects: [] }, { ...second!, location: { region: regionCode('522401') }, subProjects: [] }],
      ledger: [entry('a', first, 'budget', 100n), entry('b', first, 'budget', -100n), entry('c', second, 'budget', 100n), entry('d', second, 'commitment', -100n)],
    };
    const found = ledgerByPrefecture(cancelling, { regionsAsOf: 'as-recorded' });
    expect([...found.keys()]).toEqual(['522400']);
    expect(found.get(regionCode('522400'))?.commitment.fen).toBe(-100n);
  });
});
