import { describe, expect, it } from 'vitest';
import { isoDate, renderAnnualReport, type NonProjectAid } from '../../src/index.js';
import { reportOf, seedInput, seedProgramme } from './fixtures.js';

// The head of a report (title, recipients, conventions, older codes) and the warnings of section 10 about texts
// without Chinese.

describe('renderAnnualReport, the head of the report', () => {
  it('writes no list of older codes when the report shows the codes the records were written with', () => {
    const en = renderAnnualReport(reportOf({}, { regionsAsOf: isoDate('2011-06-30') }), { locale: 'en' }).split('\n');
    expect(en.slice(0, en.indexOf('1. Funds'))).toEqual([
      'Shenzhen: pairing-off poverty alleviation, annual report 2011',
      'Recipients: Bijie Prefecture (522400); Qiannan Buyei and Miao Autonomous Prefecture (522700)',
      'Division codes as in force on 2011-06-30. Amounts in million yuan, rounded half up to two decimals; every sum is exact before rounding.',
      'A figure marked * comes from "incomplete statistics" (据不完全统计): a lower bound, not an audited total. [n] cites a source listed at the end.',
      'Where sources disagree, one report is chosen by the rule named beside it and the others are listed.',
      '',
    ]);
    const zh = renderAnnualReport(reportOf({}, { regionsAsOf: isoDate('2011-06-30') }), { locale: 'zh' }).split('\n');
    expect(zh.slice(0, zh.indexOf('一、资金')).filter((line) => line.includes('不再有效'))).toEqual([]);
    expect(zh.indexOf('一、资金')).toBe(6);
  });

  it('writes an older code by itself when it was written after it was retired and so had no name then', () => {
    // 522422 大方县 became 520521 on 2011-10-22; these three projects wrote the old code in December.
    const late = new Set(['BJ-2011-04', 'BJ-2011-05', 'BJ-2011-06']);
    const projects = seedProgramme.projects.map((project) => (late.has(project.id) ? { ...project, locationDate: isoDate('2011-12-01') } : project));
    const report = reportOf({ programme: { ...seedProgramme, projects } });
    const olderLine = (locale: 'en' | 'zh') => renderAnnualReport(report, { locale }).split('\n').filter((line) => line.startsWith('  522422'));
    expect(olderLine('en')).toEqual(['  522422 → 520521 Dafang County: 3 projects, 6 sub-projects, 26 ledger entries']);
    expect(olderLine('zh')).toEqual(['  522422 → 520521 大方县：项目3个，子项目6个，台账记录26条']);
  });
});

describe('renderAnnualReport, the warnings about texts without Chinese', () => {
  it('counts the texts without Chinese of each section apart', () => {
    // Without figure labels the three declared figures of section 3 have English names only; the provider of the
    // training is given in English only as well.
    const nonProjectAid = seedInput.nonProjectAid.map((record): NonProjectAid => (record.kind === 'cadre-training' ? { ...record, provider: { en: 'Shenzhen Managers Training College' } } : record));
    const zh = renderAnnualReport(reportOf({ nonProjectAid }), { locale: 'zh' }).split('\n');
    expect(zh.slice(zh.indexOf('十、违反规则情况') + 1, zh.indexOf('来源') - 1)).toEqual([
      '共2项：',
      '  - “三、受益人口”中有3处文本仅有英文，未予显示，以〔无中文文本〕标示；请补充中文。',
      '  - “四、干部培训”中有1处文本仅有英文，未予显示，以〔无中文文本〕标示；请补充中文。',
    ]);
  });
});
