import { describe, expect, it } from 'vitest';
import { beneficiarySummary, beneficiarySummaryToJSON, parseBeneficiarySummary, type BeneficiarySummary } from '../../src/index.js';

const none = new Float64Array(0);
const summaryOf = (persons: readonly number[], registeredPoorPersons: readonly number[] = []): BeneficiarySummary => ({
  groupBy: null,
  totals: [
    {
      year: 2011,
      personTimes: persons.length as never,
      persons: Float64Array.from(persons),
      registeredPoorPersons: Float64Array.from(registeredPoorPersons),
      households: none,
      registeredPoorHouseholds: none,
    },
  ],
  groups: [],
});
const textOf = (persons: readonly number[]): string => beneficiarySummaryToJSON(summaryOf(persons)).totals[0]!.persons.keys;
const readBack = (summary: BeneficiarySummary): BeneficiarySummary => beneficiarySummary(JSON.parse(JSON.stringify(beneficiarySummaryToJSON(summary))));

describe('the key text of a summary in JSON', () => {
  it('writes each gap between keys in base64url characters, five bits each, least significant first', () => {
    expect(
      [[], [0], [0, 1, 3], [31], [32], [33], [1023], [1024], [2 ** 30 - 1], [2 ** 30], [2 ** 31 - 1], [2 ** 31], [2 ** 32], [2 ** 53 - 1], [5, 2 ** 53 - 1]].map(textOf),
    ).toEqual(['', 'A', 'AAB', 'f', 'gB', 'hB', '_f', 'ggB', '_____f', 'ggggggB', '______B', 'ggggggC', 'ggggggE', '__________H', 'F5_________H']);
  });

  it('reads back every gap on either side of a change in the number of characters', () => {
    const gaps = [0, 1, 31, 32, 33, 1023, 1024, 1025, 2 ** 30 - 1, 2 ** 30, 2 ** 30 + 1, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 2 ** 40];
    let previous = -1;
    const keys = gaps.map((gap) => (previous = previous + 1 + gap));
    expect([...readBack(summaryOf(keys, keys.slice(0, 4))).totals[0]!.persons]).toEqual(keys);
    for (const gap of gaps) expect([...readBack(summaryOf([gap])).totals[0]!.persons]).toEqual([gap]);
  });

  it('writes and reads key sets of more than 8,192 characters whole', () => {
    const dense = Array.from({ length: 10_000 }, (_, key) => key);
    expect(textOf(dense)).toBe('A'.repeat(10_000));
    const spread = Array.from({ length: 5_000 }, (_, index) => index * 40);
    expect(textOf(spread)).toBe(`A${'nB'.repeat(4_999)}`);
    expect([...readBack(summaryOf(spread)).totals[0]!.persons]).toEqual(spread);
  });

  it('refuses registered-poor keys that fall between the total’s keys', () => {
    const json = JSON.parse(JSON.stringify(beneficiarySummaryToJSON(summaryOf([3, 7], [3])))) as { totals: { registeredPoorPersons: { count: number; keys: string } }[] };
    json.totals[0]!.registeredPoorPersons = { count: 1, keys: 'F' };
    const parsed = parseBeneficiarySummary(json);
    expect(!parsed.ok && parsed.issues.map((issue) => [issue.code, issue.path])).toEqual([['beneficiary-summary-subset', ['totals', 0, 'registeredPoorPersons']]]);
    json.totals[0]!.registeredPoorPersons = { count: 2, keys: 'DD' };
    expect(parseBeneficiarySummary(json).ok).toBe(true);
  });
});
