import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedNonProjectAid2011 } from '../../examples/data/shenzhen-guizhou-2011.js';
import { seedRecord2011 } from '../../examples/data/shenzhen-guizhou-2011-lifecycles.js';
import {
  assessPairingYear,
  assessmentAreas,
  assessmentGrades,
  regionCode,
  unwrap,
  type AssessmentConfiguration,
  type AssessmentIndicator,
  type EnteredFigure,
} from '../../src/index.js';

// Configurations of entered indicators in every area — figures at least or at most a planned value, yes/no and
// graded judgements — with points that add up, and figures for some of them.
const source = { document: { zh: '考核填报表' }, completeness: 'complete' } as const;
const options = { year: 2011, donor: regionCode('440300'), recipients: [regionCode('522400'), regionCode('522700')] };
const input = (entered: readonly EnteredFigure[]) => ({ record: seedRecord2011, nonProjectAid: seedNonProjectAid2011, entered });
const cents = (value: number) => (value / 100).toFixed(2);

type Kind = 'at-least' | 'at-most' | 'yes-no' | 'grade';
interface Drawn {
  readonly kind: Kind;
  readonly planned: number;
  readonly points: number;
  readonly figure: number | 'yes' | 'no' | (typeof assessmentGrades)[number] | undefined;
}
const drawnIndicator: fc.Arbitrary<Drawn> = fc.constantFrom<Kind>('at-least', 'at-most', 'yes-no', 'grade').chain((kind) =>
  fc.record({
    kind: fc.constant(kind),
    planned: fc.integer({ min: 0, max: 100_000 }),
    points: fc.integer({ min: 0, max: 2_000 }),
    figure: fc.option<Drawn['figure'], undefined>(kind === 'yes-no' ? fc.constantFrom<Drawn['figure']>('yes', 'no') : kind === 'grade' ? fc.constantFrom<Drawn['figure']>(...assessmentGrades) : fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
  }),
);
const drawnAreas = fc.array(fc.array(drawnIndicator, { minLength: 1, maxLength: 3 }), { minLength: assessmentAreas.length, maxLength: assessmentAreas.length });

function configurationOf(areas: readonly (readonly Drawn[])[], whenNotMet: 'proportional' | 'zero'): { configuration: AssessmentConfiguration; entered: EnteredFigure[] } {
  const entered: EnteredFigure[] = [];
  let total = 0;
  const configured = areas.map((drawn, a) => {
    const indicators = drawn.map((indicator, i): AssessmentIndicator => {
      const id = `i-${a}-${i}`;
      if (indicator.figure !== undefined) entered.push({ indicator: id, value: typeof indicator.figure === 'number' ? cents(indicator.figure) : indicator.figure, source });
      const base = { id, name: { zh: id }, measure: 'entered' as const, points: cents(indicator.points) };
      if (indicator.kind === 'yes-no' || indicator.kind === 'grade') return { ...base, judgement: indicator.kind };
      return { ...base, comparator: indicator.kind === 'at-least' ? '>=' : '<=', value: cents(indicator.planned) };
    });
    const weight = drawn.reduce((sum, indicator) => sum + indicator.points, 0);
    total += weight;
    return { area: assessmentAreas[a]!, weight: cents(weight), indicators };
  });
  return {
    configuration: {
      name: { zh: '生成的考核方案' },
      illustrative: true,
      total: cents(total),
      areas: configured,
      whenNotMet,
      figureRule: 'smallest',
      grades: [{ grade: 'good', from: '90' }, { grade: 'fairly-good', from: '80' }, { grade: 'fair', from: '60' }, { grade: 'poor', from: '0' }],
    },
    entered,
  };
}
const rule = fc.constantFrom('proportional' as const, 'zero' as const);
const cent = (text: string | undefined) => Math.round(Number(text) * 100);

describe('assessPairingYear, for any configuration and figures', () => {
  it('keeps every score between zero and its points, each area within its weight and the total within the total', () => {
    fc.assert(
      fc.property(drawnAreas, rule, (areas, whenNotMet) => {
        const { configuration, entered } = configurationOf(areas, whenNotMet);
        const assessed = unwrap(assessPairingYear(input(entered), configuration, options));
        for (const area of assessed.areas) {
          expect(cent(area.score)).toBeGreaterThanOrEqual(0);
          expect(cent(area.score) + cent(area.missingPoints)).toBeLessThanOrEqual(cent(area.points));
          for (const indicator of area.indicators) {
            if (indicator.score !== undefined) expect(cent(indicator.score)).toBeLessThanOrEqual(cent(indicator.points));
            if (indicator.status === 'met') expect(indicator.score).toBe(indicator.points);
          }
        }
        expect(cent(assessed.score) + cent(assessed.missingPoints)).toBeLessThanOrEqual(cent(assessed.maxScore));
        expect(Number(assessed.percent)).toBeLessThanOrEqual(100);
      }),
      { numRuns: 40 },
    );
  });

  it('never counts a missing figure as met, nor scores it, and then calls the grade provisional', () => {
    fc.assert(
      fc.property(drawnAreas, rule, (areas, whenNotMet) => {
        const { configuration, entered } = configurationOf(areas, whenNotMet);
        const assessed = unwrap(assessPairingYear(input(entered), configuration, options));
        const indicators = assessed.areas.flatMap((area) => area.indicators);
        const given = new Set(entered.map((figure) => figure.indicator));
        for (const indicator of indicators) {
          expect(indicator.status === 'missing').toBe(!given.has(indicator.id));
          if (indicator.status === 'missing') expect([indicator.score, indicator.value, indicator.missing]).toEqual([undefined, undefined, 'not-entered']);
        }
        expect(assessed.provisional).toBe(indicators.some((indicator) => indicator.status === 'missing'));
      }),
      { numRuns: 40 },
    );
  });

  it('never caps a rate: a figure k times an at-least planned value rates k × 100 %', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 50 }), (planned, k) => {
        const { configuration } = configurationOf([[{ kind: 'at-least', planned, points: 100, figure: undefined }], ...assessmentAreas.slice(1).map(() => [{ kind: 'yes-no' as const, planned: 0, points: 100, figure: undefined }])], 'proportional');
        const assessed = unwrap(assessPairingYear(input([{ indicator: 'i-0-0', value: cents(planned * k), source }]), configuration, options));
        expect(assessed.areas[0]?.indicators[0]?.rate).toBe(`${k * 100}.00`);
      }),
      { numRuns: 30 },
    );
  });

  it('gives the same result for the same data and configuration, and moves only the area whose indicator’s figure changed', () => {
    fc.assert(
      fc.property(drawnAreas, rule, fc.nat(), drawnIndicator, (areas, whenNotMet, pick, replacement) => {
        const a = pick % areas.length;
        const i = Math.floor(pick / areas.length) % areas[a]!.length;
        const before = configurationOf(areas, whenNotMet);
        const first = unwrap(assessPairingYear(input(before.entered), before.configuration, options));
        expect(unwrap(assessPairingYear(input(before.entered), before.configuration, options))).toEqual(first);
        const changed = areas.map((area, x) => (x === a ? area.map((indicator, y) => (y === i ? { ...indicator, figure: sameKind(indicator, replacement) } : indicator)) : area));
        const after = configurationOf(changed, whenNotMet);
        const second = unwrap(assessPairingYear(input(after.entered), after.configuration, options));
        first.areas.forEach((area, x) => {
          if (x !== a) expect(second.areas[x]).toEqual(area);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('refuses points that do not add up, in an area or across the areas, with a typed issue naming both sums', () => {
    fc.assert(
      fc.property(drawnAreas, fc.nat(), fc.integer({ min: 1, max: 500 }), fc.boolean(), (areas, pick, extra, inArea) => {
        const { configuration } = configurationOf(areas, 'proportional');
        const a = pick % configuration.areas.length;
        const broken = inArea
          ? { ...configuration, areas: configuration.areas.map((area, x) => (x === a ? { ...area, weight: cents(cent(area.weight) + extra) } : area)), total: cents(cent(configuration.total) + extra) }
          : { ...configuration, total: cents(cent(configuration.total) + extra) };
        const refused = assessPairingYear(input([]), broken, options);
        expect(refused.ok).toBe(false);
        if (refused.ok) return;
        expect(refused.issues.map((issue) => issue.code)).toEqual(['assessment-weights-mismatch']);
        expect(refused.issues[0]?.path).toEqual(inArea ? ['configuration', 'areas', a, 'indicators'] : ['configuration', 'areas']);
      }),
      { numRuns: 40 },
    );
  });
});

// A figure of the same kind as the indicator takes, drawn from another indicator.
function sameKind(indicator: Drawn, other: Drawn): Drawn['figure'] {
  if (other.figure === undefined) return undefined;
  if (indicator.kind === 'yes-no') return typeof other.figure === 'number' ? (other.figure % 2 === 0 ? 'yes' : 'no') : other.figure === 'yes' || other.figure === 'no' ? other.figure : 'yes';
  if (indicator.kind === 'grade') return assessmentGrades[(typeof other.figure === 'number' ? other.figure : other.figure.length) % assessmentGrades.length];
  return typeof other.figure === 'number' ? other.figure : other.figure.length * 1000;
}
