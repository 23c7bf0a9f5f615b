import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDeclaredCounts, declaredCount, parseDeclaredCount, type DeclaredCount } from '../../src/index.js';

const source = { document: '李林村项目公示表', completeness: 'complete' } as const;
const households = (count: number, registeredPoor?: number) =>
  declaredCount({ figure: 'beneficiaries', unit: 'households', count, ...(registeredPoor === undefined ? {} : { registeredPoor }), source });
const persons = (count: number, registeredPoor?: number) => declaredCount({ figure: 'beneficiaries', unit: 'persons', count, ...(registeredPoor === undefined ? {} : { registeredPoor }), source });

describe('beneficiaries declared in households and in persons', () => {
  it('read "1,546 households, 4,850 persons, of which registered poor 360 households, 1,156 persons" as two typed counts', () => {
    const counts: DeclaredCount[] = [households(1546, 360), persons(4850, 1156)];
    expect(counts.map((count) => [count.unit, count.count, count.unit === 'person-times' ? undefined : count.registeredPoor])).toEqual([
      ['households', 1546, 360],
      ['persons', 4850, 1156],
    ]);
    expect(checkDeclaredCounts(counts)).toEqual([]);
  });

  it('never count more registered poor than they count in all', () => {
    expect(parseDeclaredCount({ figure: 'beneficiaries', unit: 'persons', count: 100, registeredPoor: 101, source })).toMatchObject({
      ok: false,
      issues: [{ code: 'declared-registered-poor-exceeds-count', path: ['registeredPoor'] }],
    });
    expect(parseDeclaredCount({ figure: 'trained', unit: 'person-times', count: 100, registeredPoor: 1, source }).ok).toBe(false);
  });

  it('never count fewer persons than households, nor fewer registered poor persons than registered poor households', () => {
    expect(checkDeclaredCounts([households(1546, 360), persons(1500, 300)]).map((issue) => [issue.code, issue.path])).toEqual([
      ['declared-persons-fewer-than-households', [1, 'count']],
      ['declared-persons-fewer-than-households', [1, 'registeredPoor']],
    ]);
  });

  it('compare only counts of one figure from one source', () => {
    const other = declaredCount({ figure: 'beneficiaries', unit: 'persons', count: 10, source: { document: '另一份报告', completeness: 'complete' } });
    expect(checkDeclaredCounts([households(1546), other])).toEqual([]);
  });

  it('accept any persons and households with persons ≥ households and parts within their wholes', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000 }), fc.nat({ max: 10_000 }), fc.nat({ max: 10_000 }), (h, extra, poor) => {
        const poorHouseholds = Math.min(poor, h);
        const counts = [households(h, poorHouseholds), persons(h + extra, Math.min(h + extra, poorHouseholds + extra))];
        expect(checkDeclaredCounts(counts)).toEqual([]);
      }),
    );
  });
});
