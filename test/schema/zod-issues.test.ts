import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { amountSchema, translateIssue } from '../../src/index.js';
import { parseWithSchema } from '../../src/schema/parse-with-schema.js';
import { fromZodIssues } from '../../src/schema/zod-issues.js';

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

describe('the library’s codes for zod’s problems', () => {
  const issuesOf = (schema: z.ZodType, input: unknown) => {
    const parsed = parseWithSchema(schema, input);
    if (parsed.ok) throw new Error('accepted');
    return parsed.issues;
  };
  const only = (schema: z.ZodType, input: unknown) => {
    const issues = issuesOf(schema, input);
    expect(issues).toHaveLength(1);
    return issues[0]!;
  };

  it('names the type expected and the type received: null, nothing, array or the JavaScript type', () => {
    const county = z.object({ name: z.string() });
    expect(only(county, { name: null })).toMatchObject({ code: 'invalid-type', path: ['name'], params: { expected: 'string', received: 'null' } });
    expect(only(county, {})).toMatchObject({ params: { expected: 'string', received: 'nothing' } });
    expect(only(county, { name: ['大方'] })).toMatchObject({ params: { expected: 'string', received: 'array' } });
    expect(only(county, { name: 5 })).toMatchObject({ params: { expected: 'string', received: 'number' } });
    expect(only(county, { name: 5 }).message).toBe('Expected string, received number.');
  });

  it('says a list has too few or too many items, and a text too few or too many characters', () => {
    expect(only(z.array(z.string()).min(2), ['a'])).toMatchObject({ code: 'too-small', params: { minimum: '2', inclusive: true, unit: 'items' } });
    expect(only(z.array(z.string()).max(1), ['a', 'b'])).toMatchObject({ code: 'too-big', params: { maximum: '1', inclusive: true, unit: 'items' } });
    expect(only(z.string().min(3), 'ab')).toMatchObject({ code: 'too-small', params: { minimum: '3', inclusive: true, unit: 'characters' } });
    expect(only(z.string().max(2), 'abc')).toMatchObject({ code: 'too-big', params: { maximum: '2', inclusive: true, unit: 'characters' } });
    expect(only(z.string().max(2), 'abc').message).toBe('Too big: must be at most 2 characters.');
  });

  it('says whether a bound of a number is itself allowed, with no unit', () => {
    expect(only(z.number().gt(0), 0)).toMatchObject({ code: 'too-small', params: { minimum: '0', inclusive: false, unit: '' } });
    expect(only(z.number().gt(0), 0).message).toBe('Too small: must be more than 0.');
    expect(only(z.number().lt(100), 100)).toMatchObject({ code: 'too-big', params: { maximum: '100', inclusive: false, unit: '' } });
    expect(only(z.number().lt(100), 100).message).toBe('Too big: must be less than 100.');
  });

  it('counts a bound as allowed when the problem does not say', () => {
    const bounded = z.number().superRefine((value, ctx) => {
      if (value < 1) ctx.addIssue({ code: 'too_small', minimum: 1, origin: 'number', input: value });
      if (value > 9) ctx.addIssue({ code: 'too_big', maximum: 9, origin: 'number', input: value });
    });
    expect(only(bounded, 0)).toMatchObject({ code: 'too-small', params: { minimum: '1', inclusive: true } });
    expect(only(bounded, 10)).toMatchObject({ code: 'too-big', params: { maximum: '9', inclusive: true } });
  });

  it('names a value that is not one of the allowed ones, and the allowed ones', () => {
    const kind = z.object({ construction: z.enum(['new', 'continued']) });
    expect(only(kind, { construction: 'old' })).toMatchObject({ code: 'invalid-value', path: ['construction'], params: { input: 'old', allowed: 'new, continued' } });
    expect(only(kind, { construction: 'old' }).message).toBe('Not one of the allowed values (new, continued): "old".');
    // A value left out is said to be missing: the message invents no value for it.
    expect(only(kind, {})).toMatchObject({ code: 'invalid-value', params: { input: '', allowed: 'new, continued', missing: true } });
    expect(only(kind, {}).message).toBe('Not one of the allowed values (new, continued): nothing given.');
    expect(translateIssue(only(kind, {}), 'zh').message).toBe('取值不在允许范围内：未填写。');
    expect(only(kind, { construction: '' }).params).not.toHaveProperty('missing');
  });

  it('names the format a text does not have, and the text', () => {
    expect(only(z.object({ contact: z.email() }), { contact: 'dafang' })).toMatchObject({ code: 'invalid-format', path: ['contact'], params: { format: 'email', input: 'dafang' } });
  });

  it('names every unknown field of a closed object', () => {
    expect(only(z.strictObject({ id: z.string() }), { id: 'DF-1', ids: 1, name: 2 })).toMatchObject({ code: 'unrecognized-key', path: [], params: { key: 'ids, name' } });
  });

  it('passes on the message of a refinement that is not the library’s own', () => {
    const odd = z.number().refine((value) => value % 2 === 1, 'must be odd');
    expect(only(odd, 2)).toMatchObject({ code: 'invalid-input', params: { detail: 'must be odd' } });
  });

  it('passes on zod’s message for the problems the library has no code of its own for', () => {
    expect(only(z.number().multipleOf(5), 7)).toMatchObject({ code: 'invalid-input', params: { detail: 'Invalid number: must be a multiple of 5' } });
  });

  it('writes a symbol in a path as its name, so that the path stays JSON', () => {
    const marked = z.string().superRefine((_, ctx) => ctx.addIssue({ code: 'custom', message: 'marked', path: [Symbol('mark')] }));
    expect(only(z.object({ name: marked }), { name: 'x' }).path).toEqual(['name', 'Symbol(mark)']);
  });

  describe('unions', () => {
    it('names every allowed value of an unknown discriminator', () => {
      const record = z.discriminatedUnion('kind', [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b') })]);
      expect(only(record, { kind: 'c' })).toMatchObject({ code: 'invalid-value', path: ['kind'], params: { input: 'c', allowed: 'a, b' } });
      expect(only(record, {})).toMatchObject({ code: 'invalid-value', path: ['kind'], params: { input: '', allowed: 'a, b', missing: true } });
      expect(only(record, { kind: 'c' }).params).not.toHaveProperty('missing');
    });

    const text = z.union([z.string().min(1), z.object({ zh: z.string() })]);

    it('reports the problems of the one option that took the input’s type', () => {
      expect(only(text, '')).toMatchObject({ code: 'too-small', path: [], params: { minimum: '1', unit: 'characters' } });
      expect(only(z.object({ name: text }), { name: { zh: 5 } })).toMatchObject({ code: 'invalid-type', path: ['name', 'zh'], params: { expected: 'string', received: 'number' } });
    });

    it('names every type allowed, once each, when no option took the input’s type', () => {
      expect(only(text, 5)).toMatchObject({ code: 'invalid-type', path: [], params: { expected: 'string or object', received: 'number' } });
      expect(only(z.union([z.string(), z.string().min(1), z.number()]), true)).toMatchObject({ params: { expected: 'string or number', received: 'boolean' } });
    });

    it('reports the value of the one option that took the input’s type and refused its value', () => {
      expect(only(z.union([z.literal('a'), z.number()]), 'b')).toMatchObject({ code: 'invalid-value', path: [], params: { input: 'b', allowed: 'a' } });
    });

    it('passes on zod’s message when several options took the input’s type and refused it', () => {
      expect(only(z.union([z.string().min(5), z.email()]), 'ab')).toMatchObject({ code: 'invalid-input', path: [], params: { detail: 'Invalid input' } });
      expect(only(z.union([z.string().min(5), z.email(), z.number()]), 'ab')).toMatchObject({ code: 'invalid-input', path: [], params: { detail: 'Invalid input' } });
    });

    it('passes on zod’s message when several shapes of an object each refuse part of it', () => {
      const chinese = z.object({ zh: z.string(), year: z.number().min(2011) });
      const english = z.object({ en: z.string(), year: z.number().min(2011) });
      expect(only(z.union([chinese, english]), { zh: 5, en: 5, year: 2010 })).toMatchObject({ code: 'invalid-input', path: [], params: { detail: 'Invalid input' } });
    });

    it('passes on zod’s message when an input matches more than one exclusive option', () => {
      expect(only(z.xor([z.string(), z.string().min(1)]), 'ab')).toMatchObject({ code: 'invalid-input', params: { detail: expect.stringContaining('more than one') } });
    });
  });
});

describe('fromZodIssues', () => {
  it('keeps zod’s paths as they are when given no path to put in front', () => {
    const parsed = z.object({ projects: z.array(z.object({ year: z.int() })) }).safeParse({ projects: [{ year: 'x' }] });
    expect(parsed.success || fromZodIssues(parsed.error.issues)).toMatchObject([{ code: 'invalid-type', path: ['projects', 0, 'year'] }]);
  });

  it('shows no value where zod did not report the input', () => {
    const kind = z.object({ construction: z.enum(['new', 'continued']), contact: z.email() });
    const parsed = kind.safeParse({ construction: 'old', contact: 'dafang' });
    expect(parsed.success || fromZodIssues(parsed.error.issues).map((found) => found.params)).toEqual([
      { input: '', allowed: 'new, continued' },
      { format: 'email', input: '' },
    ]);
    const record = z.discriminatedUnion('kind', [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b') })]);
    const unknown = record.safeParse({ kind: 'c' });
    expect(unknown.success || fromZodIssues(unknown.error.issues)).toMatchObject([{ code: 'invalid-value', path: ['kind'], params: { input: '', allowed: 'a, b' } }]);
    // Nor is a value zod did not show said to be missing: it may have been given.
    for (const given of [{ kind: 'c' }, {}]) {
      const parsed = record.safeParse(given);
      expect(parsed.success || fromZodIssues(parsed.error.issues)[0]?.params).not.toHaveProperty('missing');
    }
    const enumOnly = z.object({ construction: z.enum(['new', 'continued']) }).safeParse({ construction: 'old' });
    expect(enumOnly.success || fromZodIssues(enumOnly.error.issues)[0]?.params).not.toHaveProperty('missing');
  });
});
