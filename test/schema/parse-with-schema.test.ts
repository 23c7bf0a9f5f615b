import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { createIssue } from '../../src/errors/issue.js';
import { MAX_ISSUES } from '../../src/errors/result.js';
import { amountSchema } from '../../src/index.js';
import { addLibraryIssues, parseWithSchema } from '../../src/schema/parse-with-schema.js';

describe('parseWithSchema', () => {
  it('returns the value the schema reads', () => {
    expect(parseWithSchema(z.object({ county: z.string() }), { county: '大方县' })).toEqual({ ok: true, value: { county: '大方县' } });
  });

  it('reports every problem, each at its path, with the path it is given in front', () => {
    const parsed = parseWithSchema(z.object({ county: z.string(), budget: amountSchema }), { county: 5, budget: '4691万元' }, ['projects', 2]);
    expect(parsed.ok || parsed.issues.map((found) => [found.code, found.path])).toEqual([
      ['invalid-type', ['projects', 2, 'county']],
      ['amount-json-form', ['projects', 2, 'budget']],
    ]);
  });

  describe('edge cases', () => {
    const budgets = z.array(amountSchema);
    const wrong = (count: number) => Array.from({ length: count }, () => 12);

    it('lists every problem up to the most one result lists', () => {
      const parsed = parseWithSchema(budgets, wrong(MAX_ISSUES));
      expect(parsed.ok || [parsed.issues.length, parsed.issues.at(-1)?.code, parsed.issues.at(-1)?.path]).toEqual([MAX_ISSUES, 'amount-json-form', [MAX_ISSUES - 1]]);
    });

    it('past that, keeps the first ones and counts the rest in a last issue', () => {
      const parsed = parseWithSchema(budgets, wrong(MAX_ISSUES + 5));
      if (parsed.ok) throw new Error('accepted');
      expect(parsed.issues).toHaveLength(MAX_ISSUES);
      expect(parsed.issues.at(-2)).toMatchObject({ code: 'amount-json-form', path: [MAX_ISSUES - 2] });
      expect(parsed.issues.at(-1)).toMatchObject({ code: 'issues-truncated', params: { omitted: 6, maximum: MAX_ISSUES } });
    });
  });
});

describe('addLibraryIssues', () => {
  it('keeps a library issue’s own code, params and path inside the value', () => {
    const schedule = z.object({ start: z.string(), end: z.string() }).superRefine((value, ctx) => {
      if (value.end < value.start) addLibraryIssues(ctx, [createIssue('invalid-date', ['end'], { input: value.end })], value);
    });
    const parsed = parseWithSchema(z.object({ schedule }), { schedule: { start: '2012-05-01', end: '2012-04-01' } });
    expect(parsed.ok || parsed.issues).toEqual([createIssue('invalid-date', ['schedule', 'end'], { input: '2012-04-01' })]);
  });
});
