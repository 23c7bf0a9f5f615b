import { describe, expect, it } from 'vitest';
import { amount, formatAmount, parseAmount, sumAmounts } from '../src/index.js';
import { readFileSync } from 'node:fs';

describe('README usage example', () => {
  it('does what the README says', () => {
    const total = sumAmounts([amount('42.81 million'), amount('2.8 million'), amount('1.3 million')]);
    expect(formatAmount(total, { locale: 'zh', unit: 'wan' })).toBe('4,691.00万元');
    expect(JSON.stringify({ total })).toBe('{"total":"46910000.00"}');
    const parsed = parseAmount(0.1 + 0.2);
    expect(parsed.ok || parsed.issues[0]?.code).toBe('amount-inexact-number');
  });

  it('is the code the README shows', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain("formatAmount(total, { locale: 'zh', unit: 'wan' }); //=> '4,691.00万元'");
    expect(readme).toContain("parsed.ok || parsed.issues[0].code; //=> 'amount-inexact-number'");
  });
});
