import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleParams } from './sample-params.js';
import { strayLatin } from './latin-letters.js';
import {
  createIssue,
  issueCodes,
  issueMessages,
  issueMessagesZh,
  issueTermsZh,
  mergeIssueTerms,
  parseAmount,
  parseRegionCode,
  refusalFor,
  translateIssue,
  type Issue,
  type Result,
} from '../../src/index.js';

const cjk = /[\u4e00-\u9fff]/u;
const issuesOf = (result: Result<unknown>): readonly Issue[] => (result.ok ? [] : result.issues);

// Params as real issues carry them: the figures and names the English messages quote.
const realParams = {
  'amount-syntax': { input: 'abc' },
  'region-code-level': { input: '520000', actual: 'province', expected: 'county' },
  'region-not-in-force': { code: '522401', date: '2012-01-01', revision: '201112', listed: '', from: '199612', to: '201012', latest: '202312' },
  'allocated-funds-exceed-donated': { category: 'government', year: 2011, allocated: '47000000.00', donated: '46910000.00' },
  'declared-projects-differ-from-itemised': { scope: 'infrastructure', region: '522400', measure: 'amount invested', declared: '12000000.00', itemised: '11000000.00' },
  'committed-exceeds-budget': { project: 'BJ-2011-01', category: '', scope: 'project "BJ-2011-01"', date: '2011-10-01', committed: '200.00', budget: '100.00' },
  'announcement-period-not-over': { lastDay: '2011-09-07', earliestDay: '2011-09-08', day: '2011-09-05' },
} as const;

describe('issueMessagesZh', () => {
  it('has a message for exactly the codes of the English catalogue', () => {
    expect(Object.keys(issueMessagesZh).sort()).toEqual([...issueCodes].sort());
    expect(Object.keys(issueMessagesZh).sort()).toEqual(Object.keys(issueMessages).sort());
  });

  it('returns a non-empty Chinese sentence for every code, even without params', () => {
    for (const code of issueCodes) {
      const message = issueMessagesZh[code]({});
      expect(message, code).toMatch(cjk);
      expect(message.endsWith('。'), code).toBe(true);
    }
  });

  it('returns a message unlike the English one for every code', () => {
    for (const code of issueCodes) expect(issueMessagesZh[code]({}), code).not.toBe(issueMessages[code]({}));
  });

  it('quotes the figures of real issues, naming codes by the terms given and amounts in 万元', () => {
    const zh = (code: keyof typeof realParams) => issueMessagesZh[code](realParams[code], issueTermsZh);
    expect(zh('amount-syntax')).toBe('不是有效的金额：“abc”。');
    expect(zh('region-code-level')).toBe('“520000”是省级代码，此处须为县级代码。');
    expect(zh('region-not-in-force')).toBe('522401在2012-01-01不是有效代码（201112版）；该代码列入199612至201012各版。');
    expect(zh('allocated-funds-exceed-donated')).toBe('2011年列明项目和非项目帮扶使用“government”4,700.00万元，超过捐赠的4,691.00万元。');
    expect(issueMessagesZh['allocated-funds-exceed-donated']({ ...realParams['allocated-funds-exceed-donated'], category: 'disaster-relief' }, issueTermsZh)).toBe(
      '2011年列明项目和非项目帮扶使用“救灾资金”4,700.00万元，超过捐赠的4,691.00万元。',
    );
    expect(zh('declared-projects-differ-from-itemised')).toBe('522400申报的基础设施项目投资额（1,200.00万元）与列明的1,100.00万元不一致。');
    expect(zh('committed-exceeds-budget')).toBe('截至2011-10-01，项目“BJ-2011-01”已承诺0.02万元，超过其预算0.01万元。');
    expect(zh('announcement-period-not-over')).toBe('公示期至2011-09-07（含当日）届满；此操作最早可于2011-09-08进行，而非2011-09-05。');
  });

  it('names commands, kinds of body and states by their Chinese labels, not their codes', () => {
    expect(issueMessagesZh['actor-not-allowed'](sampleParams['actor-not-allowed']!, issueTermsZh)).toBe(
      '县职能部门不能对状态为“县职能部门已审批，待县（市）政府审批”的项目执行“县（市）政府审批”（可执行的为：县（市）政府）。',
    );
    expect(issueMessagesZh['negative-list-expenditure']({ purpose: 'vehicles-communications' }, issueTermsZh)).toBe('用于“交通工具及通讯设备”的支出属于负面清单。');
    expect(issueMessagesZh['id-duplicate'](sampleParams['id-duplicate']!, issueTermsZh)).toBe('项目或子项目标识“520502-2011-01”已在项目第4项的标识使用。');
  });

  it('names a lifecycle status in Chinese', () => {
    const refused = translateIssue(refusalFor('approved', 'start-implementation'), 'zh', issueTermsZh);
    expect(refused.message).toBe('项目实施须双方签订责任书；项目当前状态为“已批准，待实施前公示”。');
  });

  it('writes no Latin letters beyond the allowed names, for every code with representative params', () => {
    // The programme's own figures are named by the labels an app gives, and plan measures by the report's names, as a report passes them.
    const terms = mergeIssueTerms(issueTermsZh, {
      figure: { 'residents-benefited': '直接受益群众', 'infrastructure-residents-benefited': '基础设施项目直接受益群众', 'cadres-trained': '培训干部' },
      measure: { 'farming-funds': '种养殖项目资金' },
    });
    for (const code of issueCodes) {
      const message = issueMessagesZh[code](sampleParams[code] ?? {}, terms);
      expect(strayLatin(message), `${code}: ${message}`).toEqual([]);
    }
  });

  it('has representative params for every code whose English message quotes params', () => {
    const quotesParams = (code: (typeof issueCodes)[number]) => issueMessages[code]({}) !== issueMessages[code]({ x: 1 }) || /\bp\./.test(String(issueMessages[code]));
    expect(issueCodes.filter((code) => quotesParams(code) && sampleParams[code] === undefined)).toEqual([]);
  });

  describe('edge cases', () => {
    it('shows a code param it has no Chinese name for as it is', () => {
      expect(issueMessagesZh['region-code-level']({ input: '520000', actual: 'district', expected: 'county' }, issueTermsZh)).toBe('“520000”是district代码，此处须为县级代码。');
      expect(issueMessagesZh['approval-already-given']({ status: 'unheard-of' }, issueTermsZh)).toBe('该项审批已完成；项目当前状态为“unheard-of”。');
    });

    it('quotes a value in full-width marks, escaping what could break the sentence', () => {
      expect(issueMessagesZh['amount-syntax']({ input: '1\n"2\\' })).toBe('不是有效的金额：“1\\n\\"2\\\\”。');
      expect(issueMessagesZh['amount-syntax']({ input: 'abc' })).toBe('不是有效的金额：“abc”。');
    });

    it('shows codes as they are when no terms are given', () => {
      expect(issueMessagesZh['approval-already-given']({ status: 'approved' })).toBe('该项审批已完成；项目当前状态为“approved”。');
    });

    it('does not take an inherited property of a names table for a name', () => {
      expect(issueMessagesZh['region-code-level']({ input: '1', actual: 'toString', expected: 'constructor' }, issueTermsZh)).toBe('“1”是toString代码，此处须为constructor代码。');
    });

    it('writes an amount param that is not an amount as it is', () => {
      expect(issueMessagesZh['reversal-not-negative']({ amount: '约两万' })).toBe('冲销金额须为负数，实为约两万。');
    });
  });

  it('renders every code for any JSON-safe params (property)', () => {
    const params = fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean()), { maxKeys: 6 });
    fc.assert(
      fc.property(fc.constantFrom(...issueCodes), params, (code, given) => {
        expect(issueMessagesZh[code](given)).toMatch(cjk);
      }),
    );
  });
});

describe('translateIssue', () => {
  it('returns the Chinese message and keeps code, path and params', () => {
    const [found] = issuesOf(parseAmount('abc'));
    const zh = translateIssue(found!, 'zh');
    expect(zh).toEqual({ code: found!.code, path: found!.path, params: found!.params, message: issueMessagesZh[found!.code](found!.params) });
    expect(zh.message).toMatch(cjk);
  });

  it('returns the English message for en, as createIssue writes it', () => {
    for (const found of [...issuesOf(parseAmount('1,00')), ...issuesOf(parseRegionCode('52'))]) {
      expect(translateIssue(translateIssue(found, 'zh'), 'en')).toEqual(found);
    }
  });

  it('does not change the issue it is given', () => {
    const found = createIssue('amount-empty', ['budget']);
    translateIssue(found, 'zh');
    expect(found.message).toBe('The amount is empty.');
  });

  it('keeps code, path and params for every code and any params (property)', () => {
    const path = fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.nat(50)), { maxLength: 4 });
    const params = fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean()), { maxKeys: 4 });
    fc.assert(
      fc.property(fc.constantFrom(...issueCodes), path, params, fc.constantFrom('en' as const, 'zh' as const), (code, at, given, locale) => {
        const found = createIssue(code, at, given);
        const translated = translateIssue(found, locale);
        expect([translated.code, translated.path, translated.params]).toEqual([found.code, found.path, found.params]);
        expect(translated.message).toBe((locale === 'zh' ? issueMessagesZh : issueMessages)[code](given));
      }),
    );
  });
});
