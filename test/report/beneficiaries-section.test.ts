import { describe, expect, it } from 'vitest';
import { seedFigureLabels2011 } from '../../examples/data/shenzhen-guizhou-2011.js';
import { householdCount, personCount, renderAnnualReport, type AnnualReport, type DeclaredCount, type DeclaredPersonCount, type SourceReference } from '../../src/index.js';
import { reportOf, seedInput } from './fixtures.js';

const lines = (report: AnnualReport, locale: 'en' | 'zh') => renderAnnualReport(report, { locale, figureLabels: seedFigureLabels2011 }).split('\n');
const issuesOf = (report: AnnualReport, code: string) => report.issues.filter((issue) => issue.code === code).map((issue) => [issue.path, issue.params]);

// The county's own count of the households the 2011 projects reached, in a source the seed does not cite.
const county: SourceReference = { document: { zh: '大方县扶贫办2011年统计', en: 'Dafang County poverty office statistics 2011' }, completeness: 'complete' };
const [residents, residentsAgain, infrastructure] = seedInput.declaredBeneficiaries as readonly DeclaredPersonCount[];
const persons = (figure: string, count: number): DeclaredCount => ({ figure, unit: 'persons', count: personCount(count), year: 2011, source: county });
const households = (figure: string, count: number): DeclaredCount => ({ figure, unit: 'households', count: householdCount(count), year: 2011, source: county });

describe('the declared beneficiaries of a report', () => {
  it('write a count of households beside the count of persons, citing their own source', () => {
    const report = reportOf({ declaredBeneficiaries: [...seedInput.declaredBeneficiaries, persons('reached-households', 900), households('reached-households', 240)] });
    expect(report.sources[5]).toEqual(county);
    expect(report.beneficiaries.declared.map((count) => [count.figure, count.unit, count.count])).toEqual([
      ['residents-benefited', 'persons', 130000],
      ['infrastructure-residents-benefited', 'persons', 60400],
      ['reached-households', 'persons', 900],
      ['reached-households', 'households', 240],
    ]);
    expect(lines(report, 'en')).toEqual(expect.arrayContaining(['reached-households: 900 persons [6]', 'reached-households: 240 households [6]']));
    expect(lines(report, 'zh')).toEqual(expect.arrayContaining(['〔无中文文本〕：900人 [6]', '〔无中文文本〕：240户 [6]']));
    expect(report.issues).toEqual([]);
  });

  it('name the declared count of persons that is smaller than its count of households, by its place in the input', () => {
    const report = reportOf({ declaredBeneficiaries: [...seedInput.declaredBeneficiaries, households('reached-households', 240), persons('reached-households', 200)] });
    expect(issuesOf(report, 'declared-persons-fewer-than-households')).toEqual([[['declaredBeneficiaries', 4, 'count'], { figure: 'reached-households', persons: 200, households: 240 }]]);
  });

  it('have no identified beneficiaries when none is recorded', () => {
    const report = reportOf();
    expect('identified' in report.beneficiaries).toBe(false);
    expect(lines(report, 'en')).toContain('Identified beneficiaries: none recorded.');
  });
});

describe('the declared parts of a report', () => {
  it('keep a relation neither of whose figures is declared in the year out of the report, without an issue', () => {
    const report = reportOf({ declaredBeneficiaries: [persons('trainees-reached', 500)] });
    expect(report.beneficiaries.parts).toEqual([]);
    expect(report.issues).toEqual([]);
  });

  it('count a part whose whole is not declared among the persons reached, and name the missing whole', () => {
    const report = reportOf({ declaredBeneficiaries: [infrastructure!] });
    expect(report.beneficiaries.parts).toEqual(seedInput.declaredParts);
    expect(issuesOf(report, 'declared-part-unknown')).toEqual([[['declaredParts', 0, 'whole'], { figure: 'residents-benefited' }]]);
    expect([report.beneficiaries.bounds.lower, report.beneficiaries.bounds.upper]).toEqual([60400, 60400]);
    expect(lines(report, 'en')).toContain('Persons reached, identified and declared together: at least 60,400, at most 60,400 (incomplete statistics: the real number may be higher)');
  });

  it('name the missing part of a whole that is declared', () => {
    const report = reportOf({ declaredBeneficiaries: [residents!, residentsAgain!] });
    expect(report.beneficiaries.parts).toEqual(seedInput.declaredParts);
    expect(issuesOf(report, 'declared-part-unknown')).toEqual([[['declaredParts', 0, 'part'], { figure: 'infrastructure-residents-benefited' }]]);
    expect(report.beneficiaries.bounds.lower).toBe(130000);
  });

  it('accept a part as large as its whole, and name both counts of a part larger than its whole', () => {
    const equal = reportOf({ declaredBeneficiaries: [residents!, { ...infrastructure!, count: personCount(130000) }] });
    expect(issuesOf(equal, 'declared-part-exceeds-whole')).toEqual([]);
    const larger = reportOf({ declaredBeneficiaries: [residents!, { ...infrastructure!, count: personCount(140000) }] });
    expect(issuesOf(larger, 'declared-part-exceeds-whole')).toEqual([
      [['declaredParts', 0], { part: 'infrastructure-residents-benefited', whole: 'residents-benefited', partCount: 140000, wholeCount: 130000 }],
    ]);
    expect(larger.beneficiaries.bounds.lower).toBe(130000);
  });
});
