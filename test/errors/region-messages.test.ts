import { describe, expect, it } from 'vitest';
import { issueMessages, issueMessagesZh, type IssueParams } from '../../src/index.js';

// A code refused on a day it was not in force says in which releases of GB/T 2260 it is listed.
const notInForce = (listing: IssueParams): IssueParams => ({ code: '440311', date: '2011-06-30', revision: '201012', latest: '202312', listed: '', ...listing });
const en = (listing: IssueParams) => issueMessages['region-not-in-force'](notInForce(listing));
const zh = (listing: IssueParams) => issueMessagesZh['region-not-in-force'](notInForce(listing));

describe('region-not-in-force', () => {
  it('says a code listed up to the latest release is listed from its first', () => {
    expect(en({ from: '201801', to: '202312' })).toBe('440311 was not in force on 2011-06-30 (revision 201012); it is listed from 201801.');
    expect(zh({ from: '201801', to: '202312' })).toBe('440311在2011-06-30不是有效代码（201012版）；该代码自201801版起列入。');
  });

  it('names the first and last release of a code listed for a while', () => {
    expect(en({ from: '199312', to: '201012' })).toBe('440311 was not in force on 2011-06-30 (revision 201012); it is listed from 199312 to 201012.');
    expect(zh({ from: '199312', to: '201012' })).toBe('440311在2011-06-30不是有效代码（201012版）；该代码列入199312至201012各版。');
  });

  it('names the one release of a code listed only once', () => {
    expect(en({ from: '198312', to: '198312' })).toBe('440311 was not in force on 2011-06-30 (revision 201012); it is listed only in 198312.');
    expect(zh({ from: '198312', to: '198312' })).toBe('440311在2011-06-30不是有效代码（201012版）；该代码仅列入198312版。');
  });

  it('lists every spell of a code that was listed, dropped and listed again', () => {
    const spells = { listed: '199512–199612, 201412–202312', from: '199512', to: '202312' };
    expect(en(spells)).toBe('440311 was not in force on 2011-06-30 (revision 201012); it is listed in 199512–199612, 201412–202312.');
    expect(zh(spells)).toBe('440311在2011-06-30不是有效代码（201012版）；该代码列入199512–199612、201412–202312各版。');
    expect(zh({ ...spells, listed: '199512–199612,201412–202312' })).toBe('440311在2011-06-30不是有效代码（201012版）；该代码列入199512–199612、201412–202312各版。');
  });
});

describe('the English messages', () => {
  it('quote a value that is missing as empty quotes', () => {
    expect(issueMessages['amount-syntax']({})).toBe('Not an amount: "".');
  });
});
