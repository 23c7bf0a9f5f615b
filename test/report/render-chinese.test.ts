import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedFigureLabels2011 } from '../../examples/data/shenzhen-guizhou-2011.js';
import {
  amount,
  amountFromFen,
  planId,
  planKinds,
  regionCode,
  renderAnnualReport,
  type AnnualReportInput,
  type LocalizedText,
  type NonProjectAid,
  type Plan,
} from '../../src/index.js';
import { strayLatin } from '../errors/latin-letters.js';
import { reportOf, seedInput, type InputChange } from './fixtures.js';

const placeholder = '〔无中文文本〕';
const { programme } = seedInput.record;
const zhOf = (change: InputChange = {}) => renderAnnualReport(reportOf(change), { locale: 'zh', figureLabels: seedFigureLabels2011 });

// The identifiers an app gives (project, entry and organisation ids) are its own data, shown as given.
const ids = [...programme.projects.flatMap((project) => [project.id, ...project.subProjects.map((sub) => sub.id)]), ...programme.ledger.map((entry) => entry.id)];
const withoutIds = (text: string) => ids.reduce((rest, id) => rest.split(`"${id}"`).join(' '), text);

const han = fc.stringMatching(/^[\u4e00-\u9fa5]{2,12}$/);
const english = fc.stringMatching(/^[A-Z][a-z]{2,10}( [a-z]{2,8}){0,3}$/);
// A text as people write it: in both languages, in Chinese only, or (the gap) in English only.
const anyText = (enOnly: boolean): fc.Arbitrary<LocalizedText> =>
  enOnly ? english.map((en) => ({ en })) : fc.oneof(fc.tuple(han, english).map(([zh, en]) => ({ zh, en })), han.map((zh) => ({ zh })));

const recipients = [regionCode('522400'), regionCode('522700')] as const;
const categories = programme.fundCategories.map((category) => category.code);

const anyPlan: fc.Arbitrary<Plan> = fc.record({
  kind: fc.constantFrom(...planKinds),
  name: anyText(false),
  agreed: fc.array(
    fc.record({
      category: fc.option(fc.constantFrom(...categories), { nil: undefined }),
      recipient: fc.option(fc.constantFrom(...recipients), { nil: undefined }),
      fen: fc.bigInt({ min: 1n, max: 10n ** 11n }),
    }),
    { maxLength: 3 },
  ),
  targets: fc.array(
    fc.record({
      measure: fc.constantFrom('projects', 'sub-projects', 'aid-projects', 'beneficiaries', 'cadres-trained', 'labourers-placed', 'residents-benefited'),
      value: fc.nat({ max: 100_000 }).map(String),
      unit: fc.constantFrom('个', '人', 'persons', 'projects', '人次'),
      recipient: fc.option(fc.constantFrom(...recipients), { nil: undefined }),
    }),
    { maxLength: 3 },
  ),
}).map(({ kind, name, agreed, targets }) => ({
  id: planId('plan-2011'),
  kind,
  name,
  fromYear: 2011,
  toYear: 2011 + (kind === 'multi-year' ? 4 : 0),
  agreed: agreed.map(({ category, recipient, fen }) => ({ ...(category ? { category } : {}), ...(recipient ? { recipient } : {}), amount: amountFromFen(fen) })),
  targets: targets.map(({ recipient, ...target }) => (recipient ? { ...target, recipient } : target)),
}));

// A changed copy of the 2011 programme: other names, other totals (which break rules on purpose), a plan,
// and some of its texts in English only.
const anyInput: fc.Arbitrary<{ input: Partial<AnnualReportInput>; untranslated: boolean }> = fc
  .record({
    total: fc.bigInt({ min: 0n, max: 10n ** 10n }),
    declared: fc.nat({ max: 200 }),
    plan: fc.option(anyPlan, { nil: undefined }),
    aidNames: fc.array(fc.boolean(), { minLength: seedInput.nonProjectAid.length, maxLength: seedInput.nonProjectAid.length }),
    names: fc.array(han, { minLength: seedInput.nonProjectAid.length, maxLength: seedInput.nonProjectAid.length }),
    keep: fc.array(fc.boolean(), { minLength: seedInput.nonProjectAid.length, maxLength: seedInput.nonProjectAid.length }),
  })
  .map(({ total, declared, plan, aidNames, names, keep }) => {
    let untranslated = false;
    const nonProjectAid: NonProjectAid[] = seedInput.nonProjectAid.flatMap((record, i) => {
      if (keep[i] === false) return [];
      const enOnly = aidNames[i] === true && i % 3 === 0;
      untranslated ||= enOnly;
      return [{ ...record, name: enOnly ? { en: `Activity ${i}` } : { zh: names[i] ?? '帮扶活动' } }];
    });
    const [first, ...others] = seedInput.declaredProjects;
    return {
      untranslated,
      input: {
        programme: { ...programme, funds: [{ ...programme.funds[0]!, total: amountFromFen(total) }], plans: plan === undefined ? [] : [plan] },
        nonProjectAid,
        declaredProjects: first === undefined ? others : [{ ...first, projects: declared }, ...others],
      },
    };
  });

describe('the Chinese annual report', () => {
  it('writes no Latin letters beyond the allowed names, for the 2011 programme', () => {
    const zh = zhOf();
    expect(strayLatin(zh)).toEqual([]);
    expect(zh).not.toContain(placeholder);
  });

  it('writes no Latin letters beyond the allowed names and the app\'s ids, for generated programmes (property)', () => {
    fc.assert(
      fc.property(anyInput, ({ input }) => {
        const zh = zhOf(input);
        expect(strayLatin(withoutIds(zh))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('shows a text given only in English as 〔无中文文本〕 and warns of it in section 10 (property)', () => {
    fc.assert(
      fc.property(anyInput, ({ input, untranslated }) => {
        const zh = zhOf(input);
        expect(zh.includes(placeholder)).toBe(untranslated);
        expect(zh.includes('仅有英文，未予显示')).toBe(untranslated);
      }),
      { numRuns: 40 },
    );
  });

  it('names the section and the number of texts without Chinese', () => {
    const nonProjectAid = seedInput.nonProjectAid.map((record) => (record.kind === 'cadre-training' ? { ...record, provider: { en: 'Shenzhen Managers Training College' } } : record));
    const zh = zhOf({ nonProjectAid });
    expect(zh).toContain('2011年贵州扶贫干部培训（〔无中文文本〕）');
    expect(zh).toContain('  - “四、干部培训”中有1处文本仅有英文，未予显示，以〔无中文文本〕标示；请补充中文。');
    expect(renderAnnualReport(reportOf({ nonProjectAid }), { locale: 'en' })).toContain('(Shenzhen Managers Training College)');
  });

  it('names fund categories and regions of a plan, not their codes', () => {
    const plan: Plan = {
      id: planId('p'), kind: 'annual', name: { zh: '2011年度帮扶计划' }, fromYear: 2011, toYear: 2011,
      agreed: [{ category: 'disaster-relief', recipient: regionCode('522700'), amount: amount('1 million') }],
      targets: [{ measure: 'labourers-placed', value: '15000', unit: 'persons', recipient: regionCode('522400') }],
    };
    const zh = zhOf({ programme: { ...programme, plans: [plan] } });
    expect(zh).toContain('  救灾资金，黔南布依族苗族自治州（522700）：协议100.00万元');
    expect(zh).toContain('  转移就业劳动力人数，毕节市（522400）：目标15,000人');
  });
});
