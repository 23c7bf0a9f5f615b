import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import {
  amountFromFen,
  emptyRollUp,
  isoDate,
  isWithinRegion,
  ledgerColumnsFromProgramme,
  ledgerKinds,
  mergeRollUps,
  parseRollUp,
  regionAtLevel,
  regionLevels,
  rollUpActivities,
  rollUpLedgerColumns,
  rollUpProgramme,
  summariseLedgerTotals,
  type LedgerEntry,
  type LedgerTotals,
  type Programme,
  type RegionCode,
  type RollUp,
} from '../../src/index.js';
import { consistentProgramme } from './arbitraries.js';

// An independent, obvious roll-up: big integers, one entry at a time.
function naiveRollUp(programme: Programme): RollUp {
  const places = new Map<string, { region: RegionCode; type: string }>();
  for (const project of programme.projects) {
    places.set(project.id, { region: project.location.region, type: project.type });
    for (const sub of project.subProjects) places.set(sub.id, { region: sub.location.region, type: project.type });
  }
  const buckets = { byProject: new Map(), byCategory: new Map(), byType: new Map(), byRegion: new Map(), byYear: new Map() } as Record<
    'byProject' | 'byCategory' | 'byType' | 'byRegion' | 'byYear',
    Map<string, bigint[]>
  >;
  const total = [0n, 0n, 0n, 0n];
  const add = (map: Map<string, bigint[]>, key: string, entry: LedgerEntry) => {
    const sums = map.get(key) ?? [0n, 0n, 0n, 0n];
    sums[ledgerKinds.indexOf(entry.kind)]! += entry.amount.fen;
    map.set(key, sums);
  };
  for (const entry of programme.ledger) {
    const place = places.get(entry.subProject ?? entry.project)!;
    total[ledgerKinds.indexOf(entry.kind)]! += entry.amount.fen;
    add(buckets.byProject, entry.project, entry);
    add(buckets.byCategory, entry.category, entry);
    add(buckets.byType, place.type, entry);
    add(buckets.byYear, entry.date.slice(0, 4), entry);
    for (const level of regionLevels) {
      const code = regionAtLevel(place.region, level);
      if (code !== undefined) add(buckets.byRegion, code, entry);
    }
  }
  const totals = (fen: bigint[]): LedgerTotals =>
    Object.fromEntries(ledgerKinds.map((kind, k) => [kind, amountFromFen(fen[k]!)])) as unknown as LedgerTotals;
  const record = (map: Map<string, bigint[]>) =>
    Object.fromEntries([...map].filter(([, fen]) => fen.some((value) => value !== 0n)).map(([key, fen]) => [key, totals(fen)]));
  const counts = new Map<string, { projects: number; subProjects: number }>();
  const count = (region: RegionCode, field: 'projects' | 'subProjects') => {
    for (const level of regionLevels) {
      const code = regionAtLevel(region, level);
      if (code === undefined) continue;
      const found = counts.get(code) ?? { projects: 0, subProjects: 0 };
      found[field] += 1;
      counts.set(code, found);
    }
  };
  for (const project of programme.projects) {
    count(project.location.region, 'projects');
    for (const sub of project.subProjects) count(sub.location.region, 'subProjects');
  }
  return {
    total: totals(total),
    byProject: record(buckets.byProject),
    byCategory: record(buckets.byCategory),
    byType: record(buckets.byType),
    byRegion: record(buckets.byRegion),
    byYear: record(buckets.byYear),
    activityTotal: { projects: programme.projects.length, subProjects: programme.projects.reduce((n, p) => n + p.subProjects.length, 0) },
    activitiesByRegion: Object.fromEntries(counts),
  };
}

const shuffled = <T>(items: readonly T[], keys: readonly number[]): T[] =>
  items
    .map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map(({ item }) => item);

/** Splits a programme into two disjoint parts by project, each with its projects' entries. */
function splitByProject(programme: Programme, inLeft: readonly boolean[]): [Programme, Programme] {
  const left = new Set(programme.projects.filter((_, i) => inLeft[i % Math.max(1, inLeft.length)]).map((project) => project.id as string));
  const part = (wanted: boolean): Programme => ({
    ...programme,
    projects: programme.projects.filter((project) => left.has(project.id) === wanted),
    ledger: programme.ledger.filter((entry) => left.has(entry.project) === wanted),
  });
  return [part(true), part(false)];
}

describe('rollUpProgramme', () => {
  it('gives the seed’s figures, Bijie under the code in force at the end of 2011', () => {
    const summary = rollUpProgramme(seedProgramme2011);
    expect(summary.activityTotal).toEqual({ projects: 38, subProjects: 71 });
    expect(summary.activitiesByRegion['520500']).toEqual({ projects: 25, subProjects: 53 });
    expect(summary.activitiesByRegion['522700']).toEqual({ projects: 13, subProjects: 18 });
    expect(summary.byRegion['520500']?.budget.toJSON()).toBe('12000000.00');
    expect(summary.byRegion['522700']?.budget.toJSON()).toBe('12000000.00');
    expect(summary.byRegion['520000']?.budget.toJSON()).toBe('24000000.00');
  });

  it('counts a project’s own entries and its sub-projects’ once each', () => {
    const summary = rollUpProgramme(seedProgramme2011);
    const project = seedProgramme2011.projects[0]!;
    expect(summary.byProject[project.id]?.budget).toEqual(project.budget);
    // 2,500.00 of management fees at project level, 80 % of each sub-project's disbursement below it.
    expect(summary.byProject[project.id]?.expenditure.toJSON()).toBe('402500.00');
  });

  describe('properties', () => {
    it('equals the sum of the leaves', () => {
      fc.assert(
        fc.property(consistentProgramme, (programme) => {
          expect(rollUpProgramme(programme, { regionsAsOf: 'as-recorded' })).toEqual(naiveRollUp(programme));
        }),
      );
    });

    it('does not depend on the order of entries or projects', () => {
      fc.assert(
        fc.property(consistentProgramme, fc.array(fc.integer()), (programme, keys) => {
          const reordered = { ...programme, projects: shuffled(programme.projects, keys), ledger: shuffled(programme.ledger, [...keys].reverse()) };
          expect(rollUpProgramme(reordered)).toEqual(rollUpProgramme(programme));
        }),
      );
    });

    it('merges the roll-ups of disjoint parts into the roll-up of the whole', () => {
      fc.assert(
        fc.property(consistentProgramme, fc.array(fc.boolean(), { minLength: 1 }), (programme, inLeft) => {
          const [left, right] = splitByProject(programme, inLeft);
          // Parts merge when they are totalled under the codes of one date.
          const options = { regionsAsOf: isoDate('2013-12-31') };
          expect(mergeRollUps(rollUpProgramme(left, options), rollUpProgramme(right, options))).toEqual(rollUpProgramme(programme, options));
        }),
      );
    });

    it('merges ledger summaries of any partition of the entries', () => {
      fc.assert(
        fc.property(consistentProgramme, fc.array(fc.nat({ max: 2 }), { minLength: 1 }), (programme, parts) => {
          const partOf = (e: number) => parts[e % parts.length]!;
          const summaries = [0, 1, 2].map((part) =>
            summariseLedgerTotals(rollUpLedgerColumns(ledgerColumnsFromProgramme(programme, programme.ledger.filter((_, e) => partOf(e) === part)))),
          );
          const whole = summariseLedgerTotals(rollUpLedgerColumns(ledgerColumnsFromProgramme(programme)));
          expect(summaries.reduce(mergeRollUps, emptyRollUp)).toEqual(whole);
        }),
      );
    });
  });
});

describe('mergeRollUps', () => {
  const anyRollUp = consistentProgramme.map(rollUpProgramme);

  it('is commutative and associative, with the empty roll-up as identity', () => {
    fc.assert(
      fc.property(anyRollUp, anyRollUp, anyRollUp, (a, b, c) => {
        expect(mergeRollUps(a, b)).toEqual(mergeRollUps(b, a));
        expect(mergeRollUps(mergeRollUps(a, b), c)).toEqual(mergeRollUps(a, mergeRollUps(b, c)));
        expect(mergeRollUps(a, emptyRollUp)).toEqual(a);
        expect(mergeRollUps(emptyRollUp, a)).toEqual(a);
      }),
    );
  });

  it('drops a key whose totals cancel out, as the whole would not have it', () => {
    const part = summariseLedgerTotals(rollUpLedgerColumns(ledgerColumnsFromProgramme(seedProgramme2011, seedProgramme2011.ledger.slice(0, 1))));
    expect(Object.keys(part.byRegion).sort()).toEqual(['520000', '520500', '520502']);
    const negated = JSON.parse(JSON.stringify(part).replace(/"(\d+\.\d\d)"/g, (_, fen: string) => (fen === '0.00' ? '"0.00"' : `"-${fen}"`)));
    const cancelled = parseRollUp(negated);
    expect(cancelled.ok && mergeRollUps(part, cancelled.value)).toEqual(emptyRollUp);
  });
});

describe('parseRollUp', () => {
  it('reads any roll-up back from its JSON', () => {
    fc.assert(
      fc.property(consistentProgramme, (programme) => {
        const summary = rollUpProgramme(programme);
        const parsed = parseRollUp(JSON.parse(JSON.stringify(summary)));
        expect(parsed.ok && parsed.value).toEqual(summary);
      }),
    );
  });

  it('writes amounts as decimal strings', () => {
    const json = JSON.parse(JSON.stringify(rollUpProgramme(seedProgramme2011))) as { byRegion: Record<string, { budget: unknown }> };
    expect(json.byRegion['522700']?.budget).toBe('12000000.00');
  });

  it('names the path of a bad amount', () => {
    const json = JSON.parse(JSON.stringify(rollUpProgramme(seedProgramme2011)));
    json.byRegion['520500'].budget = '12,00';
    const parsed = parseRollUp(json);
    expect(parsed.ok ? [] : parsed.issues.map((issue) => [issue.code, issue.path])).toEqual([['amount-grouping', ['byRegion', '520500', 'budget']]]);
  });
});

describe('rollUpActivities', () => {
  it('counts projects and sub-projects at every level', () => {
    const counts = rollUpActivities(seedProgramme2011.projects).activitiesByRegion;
    expect(counts['522427']).toEqual({ projects: 4, subProjects: 9 });
    expect(counts['520000']).toEqual({ projects: 38, subProjects: 71 });
    const inBijie = Object.entries(counts).filter(([code]) => code !== '522400' && isWithinRegion(code as RegionCode, '522400' as RegionCode));
    expect(inBijie.reduce((sum, [, count]) => sum + count.subProjects, 0)).toBe(53);
  });
});
