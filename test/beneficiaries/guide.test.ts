import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boundDeclaredPersons, chooseDeclaredCounts, personCount, type DeclaredPersonCount } from '../../src/index.js';

const guide = readFileSync(new URL('../../docs/beneficiaries.md', import.meta.url), 'utf8');

describe('the beneficiaries guide', () => {
  it('states the collision chances that the pseudonym key length gives', () => {
    const chance = (people: number) => 1 - Math.exp(-(people * (people - 1)) / 2 ** 53);
    expect(chance(1e6) * 100).toBeCloseTo(0.01, 2);
    expect(chance(1e7) * 100).toBeCloseTo(1.1, 1);
    expect(Math.round(chance(1e8) * 100)).toBe(67);
    expect(guide).toContain('| 1,000,000 | about 0.01 % |');
    expect(guide).toContain('| 10,000,000 | about 1.1 % |');
    expect(guide).toContain('| 100,000,000 | about 67 % (about one pair expected) |');
  });

  it('states the choices and bounds the library computes for the seed figures', () => {
    const source = (section: string) => ({ document: { en: 'Yearbook' }, section: { en: section }, completeness: 'incomplete' as const });
    const report = (figure: string, count: number, section: string): DeclaredPersonCount => ({ figure, unit: 'persons', count: personCount(count), source: source(section) });
    const reports = [report('cadres', 1100, 'Overview'), report('cadres', 550, 'Cadre training')];
    const largest = chooseDeclaredCounts(reports, { rule: 'largest' });
    const smallest = chooseDeclaredCounts(reports, { rule: 'smallest' });
    expect(largest.ok && largest.value[0]?.source.section).toEqual({ en: 'Overview' });
    expect(smallest.ok && smallest.value[0]?.source.section).toEqual({ en: 'Cadre training' });
    expect(guide).toContain('| 1,100 (Overview) |');
    expect(guide).toContain('| 550 (Cadre training) |');
    const bounds = boundDeclaredPersons([report('residents', 130_000, 'Overview'), report('infrastructure', 60_400, 'Entire village advancement')]);
    expect([bounds.lower, bounds.upper]).toEqual([130_000, 190_400]);
    expect(guide).toContain('give `[130,000, 190,400]`');
  });
});
