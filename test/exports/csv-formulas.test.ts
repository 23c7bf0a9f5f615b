import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../src/index.js';

describe('formatCsv: formula guard', () => {
  it('guards cells starting with the small forms of the formula signs', () => {
    expect(formatCsv([['\uFE621', '\uFE631', '\uFE661']])).toBe("'\uFE621,'\uFE631,'\uFE661\r\n");
  });

  it('guards a formula behind any white space or zero-width character', () => {
    const blanks = ['\u1680', '\u2000', '\u2005', '\u200A', '\u200B', '\u200C', '\u200D', '\u202F', '\u205F', '\uFEFF', '\u00A0'];
    for (const blank of blanks) expect(formatCsv([[`${blank}=1`]])).toBe(`'${blank}=1\r\n`);
  });

  it('guards a formula after a paragraph separator, a line break spreadsheet software starts a line at', () => {
    expect(formatCsv([['note\u2029=1+1', 'note\u2028@A1']])).toBe("note\u2029'=1+1,note\u2028'@A1\r\n");
  });

  it('guards every line of a cell, not only the first', () => {
    expect(formatCsv([['=1\n=2\r\n+3\r-4']])).toBe("\"'=1\n'=2\r\n'+3\r'-4\"\r\n");
  });

  it('leaves a sign that does not start a line as it is', () => {
    expect(formatCsv([['a=1', '1+1', 'x\u200B=1', '中－1']])).toBe('a=1,1+1,x\u200B=1,中－1\r\n');
  });
});
