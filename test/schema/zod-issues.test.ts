import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { amountSchema } from '../../src/index.js';
import { parseWithSchema } from '../../src/schema/parse-with-schema.js';

describe('parseWithSchema', () => {
  it('reports a missing amount as invalid-type', () => {
    const parsed = parseWithSchema(z.object({ budget: amountSchema }), {});
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues[0]).toMatchObject({ code: 'invalid-type', path: ['budget'] });
      expect(parsed.issues[0]?.message).toBe('Expected string, received nothing.');
    }
  });

  it('reports an unknown discriminator of a discriminated union at the discriminator', () => {
    const schema = z.discriminatedUnion('kind', [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b') })]);
    const parsed = parseWithSchema(z.object({ records: z.array(schema) }), { records: [{ kind: 'c' }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues[0]).toMatchObject({ code: 'invalid-value', path: ['records', 0, 'kind'] });
      expect(parsed.issues[0]?.message).toContain('"c"');
    }
  });

  it('keeps the library’s own code raised inside a schema', () => {
    const parsed = parseWithSchema(z.object({ budget: amountSchema }), { budget: '12.345' });
    expect(!parsed.ok && parsed.issues[0]).toMatchObject({ code: 'amount-too-precise', path: ['budget'] });
  });
});
