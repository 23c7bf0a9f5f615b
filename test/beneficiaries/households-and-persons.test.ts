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

  it('accept as many persons as households: a household of one', () => {
    expect(checkDeclaredCounts([households(12, 5), persons(12, 5)])).toEqual([]);
    expect(checkDeclaredCounts([households(12, 5), persons(11, 5)]).map((issue) => issue.path)).toEqual([[1, 'count']]);
    expect(checkDeclaredCounts([households(12, 5), persons(12, 4)]).map((issue) => issue.path)).toEqual([[1, 'registeredPoor']]);
  });

  it('compare only counts of one figure from one source', () => {
    const other = declaredCount({ figure: 'beneficiaries', unit: 'persons', count: 10, source: { document: '另一份报告', completeness: 'complete' } });
    expect(checkDeclaredCounts([households(1546), other])).toEqual([]);
  });

  it('compare only counts of one attachment, region and year', () => {
    const place = { attachedTo: { kind: 'project', project: 'BJ-01' }, region: '520502', year: 2011 };
    const at = (unit: 'persons' | 'households', count: number, where: Record<string, unknown>) => declaredCount({ figure: 'beneficiaries', unit, count, ...where, source });
    expect(checkDeclaredCounts([at('households', 1546, place), at('persons', 10, place)])).toHaveLength(1);
    for (const elsewhere of [
      { ...place, attachedTo: { kind: 'project', project: 'BJ-02' } },
      { ...place, region: '520521' },
      { ...place, year: 2012 },
      { region: '520502', year: 2011 },
      { attachedTo: place.attachedTo, year: 2011 },
      { attachedTo: place.attachedTo, region: '520502' },
    ]) {
      expect(checkDeclaredCounts([at('households', 1546, place), at('persons', 10, elsewhere)])).toEqual([]);
      expect(checkDeclaredCounts([at('households', 1546, elsewhere), at('persons', 10, place)])).toEqual([]);
    }
  });

  it('compare only persons with households: person-times of the same figure may be fewer', () => {
    const times = declaredCount({ figure: 'beneficiaries', unit: 'person-times', count: 10, source });
    expect(checkDeclaredCounts([households(1546), times])).toEqual([]);
    expect(checkDeclaredCounts([times, households(1546)])).toEqual([]);
  });

  it('say which figure is declared with fewer persons than households, and both numbers', () => {
    expect(checkDeclaredCounts([persons(1500, 300), households(1546, 360)]).map((issue) => issue.params)).toEqual([
      { figure: 'beneficiaries', persons: 1500, households: 1546 },
      { figure: 'beneficiaries', persons: 300, households: 360 },
    ]);
  });

  it('compare the registered poor only where both counts declare them', () => {
    expect(checkDeclaredCounts([households(1546, 360), persons(4850)])).toEqual([]);
    expect(checkDeclaredCounts([households(1546), persons(4850, 10)])).toEqual([]);
  });

  it('let as many registered poor as counted, but not one more', () => {
    expect(parseDeclaredCount({ figure: 'beneficiaries', unit: 'households', count: 360, registeredPoor: 360, source }).ok).toBe(true);
    expect(parseDeclaredCount({ figure: 'beneficiaries', unit: 'households', count: 360, registeredPoor: 361, source })).toMatchObject({
      ok: false,
      issues: [{ code: 'declared-registered-poor-exceeds-count', path: ['registeredPoor'], params: { figure: 'beneficiaries', registeredPoor: 361, count: 360 } }],
    });
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
