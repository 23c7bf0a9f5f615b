import { describe, expect, it } from 'vitest';
import { seedNonProjectAid2011 } from '../../examples/data/shenzhen-guizhou-2011.js';
import { seedRecord2011 } from '../../examples/data/shenzhen-guizhou-2011-lifecycles.js';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import {
  amount,
  assessmentAreaLabels,
  assessmentAreas,
  assessmentGradeLabels,
  assessmentGrades,
  assessmentMeasures,
  assessmentMeasureUnits,
  assessPairingYear,
  illustrativeAssessmentConfiguration,
  regionCode,
  unwrap,
  type AssessmentConfiguration,
  type AssessmentIndicator,
  type EnteredFigure,
  type QuantitativeIndicator,
} from '../../src/index.js';

const options = { year: 2011, donor: regionCode('440300'), recipients: [regionCode('522400'), regionCode('522700')] };
const source = { document: { zh: '会议纪要', en: 'Minutes' }, completeness: 'complete' } as const;
const config = illustrativeAssessmentConfiguration;

/** A configuration of entered indicators in one area, each worth its points, over the total of their points. */
const enteredOnly = (indicators: readonly Partial<AssessmentIndicator>[], rest: Partial<AssessmentConfiguration> = {}): AssessmentConfiguration => {
  const full = indicators.map((given, i): AssessmentIndicator => ({ id: `i${i}`, name: { zh: `指标${i}` }, measure: 'entered', comparator: '>=', value: '100', unit: '个', points: '100', ...given }));
  const points = full.reduce((sum, indicator) => sum + Number(indicator.points), 0);
  return { ...config, total: String(points), areas: [{ area: 'funding', weight: String(points), indicators: full }], ...rest };
};
const enter = (values: readonly string[]): EnteredFigure[] => values.map((value, i) => ({ indicator: `i${i}`, value, source }));
const assess = (configuration: AssessmentConfiguration, entered: readonly EnteredFigure[] = [], record = seedRecord2011) =>
  assessPairingYear({ record, nonProjectAid: seedNonProjectAid2011, entered }, configuration, options);
const issuesOf = (configuration: AssessmentConfiguration, entered: readonly EnteredFigure[] = []) => {
  const assessed = assess(configuration, entered);
  return assessed.ok ? [] : assessed.issues.map((found) => [found.code, found.path, found.params]);
};
const only = (configuration: AssessmentConfiguration, value: string) => unwrap(assess(configuration, enter([value]))).areas[0]!.indicators[0]!;

describe('scoring an indicator', () => {
  it('gives a met indicator its points, and the rate achieved uncapped', () => {
    expect(only(enteredOnly([{}]), '150')).toMatchObject({ status: 'met', value: '150', rate: '150.00', points: '100.00', score: '100.00', unit: '个', planned: '100', comparator: '>=' });
  });

  it('gives a missed indicator its points times how close it came, cut to two decimals', () => {
    expect(only(enteredOnly([{ points: '5', value: '3' }]), '2')).toMatchObject({ status: 'not-met', rate: '66.66', score: '3.33' });
    expect(only(enteredOnly([{ points: '10', value: '3' }]), '1')).toMatchObject({ rate: '33.33', score: '3.33' });
  });

  it('gives a missed indicator nothing when the configuration says so', () => {
    expect(only(enteredOnly([{ points: '5', value: '3' }], { whenNotMet: 'zero' }), '2')).toMatchObject({ status: 'not-met', score: '0.00' });
    expect(only(enteredOnly([{ points: '5', value: '3' }], { whenNotMet: 'zero' }), '3')).toMatchObject({ status: 'met', score: '5.00' });
  });

  it('meets an "at most" indicator at or below its value, its rate the planned over the figure', () => {
    const atMost = enteredOnly([{ comparator: '<=', value: '10', points: '4' }]);
    expect(only(atMost, '10')).toMatchObject({ status: 'met', rate: '100.00', score: '4.00', comparator: '<=' });
    expect(only(atMost, '40')).toMatchObject({ status: 'not-met', rate: '25.00', score: '1.00' });
  });

  it('gives no rate against a planned value of zero', () => {
    expect(only(enteredOnly([{ value: '0' }]), '3')).toMatchObject({ status: 'met', score: '100.00' });
    expect(only(enteredOnly([{ value: '0' }]), '3')).not.toHaveProperty('rate');
  });

  it('writes an entered indicator without a unit with none', () => {
    const configuration = enteredOnly([{}]);
    const { unit: _unit, ...withoutUnit } = configuration.areas[0]!.indicators[0]! as QuantitativeIndicator;
    expect(only({ ...configuration, areas: [{ ...configuration.areas[0]!, indicators: [withoutUnit] }] }, '1').unit).toBe('');
  });

  it('gives a computed measure its own unit', () => {
    const assessed = unwrap(assess(config));
    const units = assessed.areas.flatMap((area) => area.indicators).filter((indicator) => indicator.measure !== 'entered').map((indicator) => [indicator.measure, indicator.unit]);
    expect(units).toEqual(units.map(([measure]) => [measure, assessmentMeasureUnits[measure as keyof typeof assessmentMeasureUnits]]));
    expect(Object.fromEntries(units)).toMatchObject({ 'funds-given': '元', 'funds-against-agreed': '%', 'cadres-trained': '人', 'exchange-visits': '次', 'enterprises': '家', 'paired-counties': '个' });
  });

  it('names each indicator and its measure as configured, and where an entered figure comes from', () => {
    const assessed = unwrap(assess(enteredOnly([{ name: { zh: '会议' } }]), enter(['1'])));
    expect(assessed.areas[0]!.indicators[0]).toMatchObject({ id: 'i0', name: { zh: '会议' }, measure: 'entered', sources: [{ kind: 'entered', ids: [], references: [source] }] });
  });
});

describe('scoring the year', () => {
  it('adds the areas’ scores and missing points, and gives the share of the total cut to two decimals', () => {
    const configuration = enteredOnly([{ points: '30', value: '3' }, { points: '60' }, { points: '10' }]);
    const assessed = unwrap(assess(configuration, enter(['1', '100'])));
    // 30 points times a third is 9.999…, cut to 9.99.
    expect(assessed.areas[0]).toMatchObject({ area: 'funding', points: '100.00', score: '69.99', missingPoints: '10.00' });
    expect([assessed.score, assessed.maxScore, assessed.missingPoints, assessed.percent, assessed.provisional]).toEqual(['69.99', '100.00', '10.00', '69.99', true]);
    const third = unwrap(assess(enteredOnly([{ points: '3' }]), enter(['66.67'])));
    expect([third.score, third.percent]).toEqual(['2.00', '66.66']);
  });

  it('grades by the share reached: from each threshold up, the best grade first', () => {
    const grade = (value: string) => unwrap(assess(enteredOnly([{}]), enter([value]))).grade;
    expect([grade('100'), grade('90'), grade('89.99'), grade('80'), grade('79.99'), grade('60'), grade('59.99'), grade('0')]).toEqual([
      'good',
      'good',
      'fairly-good',
      'fairly-good',
      'fair',
      'fair',
      'poor',
      'poor',
    ]);
  });

  it('is final when every figure is there, and provisional while one is missing, even one worth no points', () => {
    expect(unwrap(assess(enteredOnly([{}]), enter(['100']))).provisional).toBe(false);
    const weightless = enteredOnly([{}, { points: '0' }]);
    const assessed = unwrap(assess(weightless, enter(['100'])));
    expect([assessed.missingPoints, assessed.provisional]).toEqual(['0.00', true]);
  });

  it('says whose year it is and by which configuration', () => {
    const assessed = unwrap(assess(enteredOnly([{}], { name: { zh: '某市方案' }, illustrative: false }), enter(['100'])));
    expect([assessed.year, assessed.donor, assessed.recipients, assessed.configuration]).toEqual([2011, '440300', ['522400', '522700'], { name: { zh: '某市方案' }, illustrative: false }]);
  });

  it('gives a configuration of no points a share of zero', () => {
    const assessed = unwrap(assess({ ...config, total: '0', areas: [] }));
    expect([assessed.score, assessed.maxScore, assessed.percent, assessed.grade, assessed.provisional]).toEqual(['0.00', '0.00', '0.00', 'poor', false]);
  });

  it('lists the problems of the record and of the non-project aid under their own paths, and still gives the figures', () => {
    expect(unwrap(assess(config)).issues).toEqual([]);
    const [fund] = seedProgramme2011.funds;
    const broken = { ...seedRecord2011, programme: { ...seedRecord2011.programme, funds: [{ ...fund!, total: amount('1') }] } };
    const assessed = unwrap(assess(config, [], broken));
    expect(assessed.issues.length).toBeGreaterThan(0);
    expect(assessed.issues.every((found) => found.path[0] === 'record')).toBe(true);
    const aid = unwrap(assessPairingYear({ record: seedRecord2011, nonProjectAid: [seedNonProjectAid2011[0]!, seedNonProjectAid2011[0]!], entered: [] }, config, options));
    expect(aid.issues.length).toBeGreaterThan(0);
    expect(aid.issues.every((found) => found.path[0] === 'nonProjectAid')).toBe(true);
  });
});

describe('the configuration an assessment refuses', () => {
  it('a total, a weight, a planned value or points that are no plain decimal, naming where and what', () => {
    for (const total of ['1e2', '-100', ' 100', '', '100.']) {
      expect(issuesOf({ ...config, total })).toContainEqual(['assessment-value-invalid', ['configuration', 'total'], { input: total }]);
    }
    expect(issuesOf({ ...config, total: 100 as unknown as string })).toContainEqual(['assessment-value-invalid', ['configuration', 'total'], { input: '100' }]);
    const configuration = enteredOnly([{ value: 'ten', points: '5.5' }, { points: 'x' }], { total: '105.5' });
    expect(issuesOf({ ...configuration, areas: [{ ...configuration.areas[0]!, weight: 'all' }] })).toEqual([
      ['assessment-value-invalid', ['configuration', 'areas', 0, 'weight'], { input: 'all' }],
      ['assessment-value-invalid', ['configuration', 'areas', 0, 'indicators', 0, 'value'], { input: 'ten' }],
      ['assessment-value-invalid', ['configuration', 'areas', 0, 'indicators', 1, 'points'], { input: 'x' }],
      ['assessment-weights-mismatch', ['configuration', 'areas'], { sum: '0', total: '105.5' }],
    ]);
  });

  it('accepts decimals with a fraction', () => {
    expect(issuesOf(enteredOnly([{ points: '2.5', value: '0.75' }]))).toEqual([]);
  });

  it('an area, a measure or a comparator it does not know', () => {
    const [first, ...rest] = config.areas;
    const indicators = first!.indicators.map((entry, i) => (i === 2 ? { ...entry, measure: 'goals' as never, comparator: '=' as never } : entry));
    const broken = { ...config, areas: [{ ...first!, area: 'sports' as never, indicators }, ...rest] };
    expect(issuesOf(broken)).toEqual([
      ['assessment-value-invalid', ['configuration', 'areas', 0, 'area'], { input: 'sports' }],
      ['assessment-value-invalid', ['configuration', 'areas', 0, 'indicators', 2, 'measure'], { input: 'goals' }],
      ['assessment-value-invalid', ['configuration', 'areas', 0, 'indicators', 2, 'comparator'], { input: '=' }],
    ]);
  });

  it('a judgement taken from the record rather than entered, or of a kind it does not know', () => {
    const configuration = enteredOnly([{ judgement: 'yes-no', measure: 'funds-given' } as never, { judgement: 'stars' as never }, { judgement: 'toString' as never }]);
    expect(issuesOf(configuration)).toEqual([
      ['assessment-value-invalid', ['configuration', 'areas', 0, 'indicators', 0, 'measure'], { input: 'funds-given' }],
      ['assessment-value-invalid', ['configuration', 'areas', 0, 'indicators', 1, 'judgement'], { input: 'stars' }],
      ['assessment-value-invalid', ['configuration', 'areas', 0, 'indicators', 2, 'judgement'], { input: 'toString' }],
    ]);
  });

  it('an indicator id used twice, even in another area', () => {
    const [first, second, ...rest] = config.areas;
    const repeated = { ...second!, indicators: [{ ...second!.indicators[0]!, id: first!.indicators[0]!.id }, ...second!.indicators.slice(1)] };
    expect(issuesOf({ ...config, areas: [first!, repeated, ...rest] })).toEqual([
      ['assessment-indicator-repeated', ['configuration', 'areas', 1, 'indicators', 0, 'id'], { indicator: 'leadership-meetings' }],
    ]);
  });

  it('indicators whose points do not add up to their area’s weight', () => {
    expect(issuesOf(enteredOnly([{ points: '40' }, { points: '60' }], { total: '100', areas: [{ area: 'funding', weight: '100.5', indicators: enteredOnly([{ points: '40' }, { points: '60' }]).areas[0]!.indicators }] }))).toEqual([
      ['assessment-weights-mismatch', ['configuration', 'areas', 0, 'indicators'], { area: 'funding', sum: '100', total: '100.5' }],
      ['assessment-weights-mismatch', ['configuration', 'areas'], { sum: '100.5', total: '100' }],
    ]);
  });

  it('a grade scale that is empty, out of order, not ending at zero, starting above 100, or naming an unknown grade', () => {
    const scales = [
      [],
      [{ grade: 'good', from: '90' }, { grade: 'poor', from: '90' }, { grade: 'poor', from: '0' }],
      [{ grade: 'good', from: '90' }, { grade: 'poor', from: '10' }],
      [{ grade: 'good', from: '100.5' }, { grade: 'poor', from: '0' }],
      [{ grade: 'excellent', from: '90' }, { grade: 'poor', from: '0' }],
      [{ grade: 'good', from: 'ninety' }, { grade: 'poor', from: '0' }],
    ];
    for (const grades of scales) expect(issuesOf({ ...config, grades: grades as AssessmentConfiguration['grades'] })).toEqual([['assessment-grades-invalid', ['configuration', 'grades'], {}]]);
    expect(issuesOf({ ...config, grades: [{ grade: 'good', from: '100' }, { grade: 'fair', from: '50' }, { grade: 'poor', from: '0' }] })).toEqual([]);
    expect(issuesOf({ ...config, grades: [{ grade: 'poor', from: '0' }] })).toEqual([]);
  });

  it('an entered figure that is no plain decimal', () => {
    const configuration = enteredOnly([{}, {}, {}]);
    expect(issuesOf(configuration, [...enter(['1e3', '-1']), { indicator: 'i2', value: 3 as unknown as string, source }])).toEqual([
      ['assessment-value-invalid', ['input', 'entered', 0, 'value'], { input: '1e3' }],
      ['assessment-value-invalid', ['input', 'entered', 1, 'value'], { input: '-1' }],
      ['assessment-value-invalid', ['input', 'entered', 2, 'value'], { input: '3' }],
    ]);
  });

  it('names the indicator of a figure entered where it is not wanted', () => {
    expect(issuesOf(config, [{ indicator: 'funds-given', value: '1', source }, { indicator: 'meetings', value: '1', source }])).toEqual([
      ['assessment-entered-computed', ['input', 'entered', 0, 'indicator'], { indicator: 'funds-given', measure: 'funds-given' }],
      ['assessment-entered-unknown', ['input', 'entered', 1, 'indicator'], { indicator: 'meetings' }],
    ]);
  });
});

describe('the words of an assessment', () => {
  it('name the six areas and the four grades in Chinese and English', () => {
    expect(assessmentAreas.map((area) => assessmentAreaLabels[area].zh)).toEqual(['组织领导', '人才支援', '资金支持', '产业合作', '劳务协作', '携手奔小康']);
    expect(assessmentAreas.map((area) => assessmentAreaLabels[area].en)).toEqual([
      'Organisation and leadership',
      'Talent exchange',
      'Funding',
      'Industrial cooperation',
      'Labour cooperation',
      'County-level pairing',
    ]);
    expect(assessmentGrades.map((grade) => [assessmentGradeLabels[grade].zh, assessmentGradeLabels[grade].en])).toEqual([
      ['好', 'good'],
      ['较好', 'fairly good'],
      ['一般', 'fair'],
      ['差', 'poor'],
    ]);
  });

  it('give every measure its unit', () => {
    expect(assessmentMeasures.map((measure) => assessmentMeasureUnits[measure])).toEqual(['元', '%', '%', '个', '人', '人', '次', '家', '元', '个', '人', '个']);
  });
});

describe('the illustrative configuration', () => {
  it('weighs six areas to 100 points, each indicator with its measure, its plan, its unit where entered, and its points', () => {
    const table = config.areas.map((area) => [
      area.area,
      area.weight,
      area.indicators.map((indicator) => ['judgement' in indicator ? [indicator.id, indicator.measure, indicator.judgement] : [indicator.id, indicator.measure, indicator.comparator, indicator.value, indicator.unit ?? ''], indicator.points].flat()),
    ]);
    expect(table).toEqual([
      ['organisation-leadership', '10', [['leadership-meetings', 'entered', '>=', '2', '次', '3'], ['on-party-agenda', 'entered', 'yes-no', '2'], ['exchange-visits', 'exchange-visits', '>=', '2', '', '5']]],
      ['talent-exchange', '15', [['cadres-trained', 'cadres-trained', '>=', '500', '', '10'], ['cadres-seconded', 'cadres-seconded', '>=', '5', '', '5']]],
      ['funding', '30', [['funds-given', 'funds-given', '>=', '40000000', '', '10'], ['funds-against-agreed', 'funds-against-agreed', '>=', '100', '', '10'], ['budget-disbursed-in-year', 'budget-disbursed-in-year', '>=', '90', '', '10']]],
      ['industrial-cooperation', '15', [['enterprises', 'enterprises', '>=', '10', '', '5'], ['investment', 'investment', '>=', '10000000', '', '5'], ['industrial-zones', 'industrial-zones', '>=', '1', '', '5']]],
      ['labour-cooperation', '15', [['labourers-placed', 'labourers-placed', '>=', '10000', '', '15']]],
      ['county-pairing', '15', [['paired-counties', 'paired-counties', '>=', '5', '', '10'], ['paired-townships', 'entered', '>=', '10', '个', '5']]],
    ]);
    expect([config.total, config.whenNotMet, config.figureRule, config.illustrative]).toEqual(['100', 'proportional', 'smallest', true]);
  });
});
