import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { amountSchema } from '../../src/index.js';
import { compileListParser, compileSchema, resultOf } from '../../src/schema/compile-parser.js';

// A small programme: a name, a list of projects each with a budget, a list of notes, closed to other fields. The
// fast twin of the whole-programme properties in compile-parser.test.ts, which mutation runs leave out for speed.
const project = z.strictObject({ id: z.string().min(1), budget: amountSchema });
const note = z.string().max(3);
const programme = z.strictObject({ name: z.string(), projects: z.array(project), year: z.int(), notes: z.array(note) });
const byRecord = compileListParser(programme, { projects: compileSchema(project), notes: compileSchema(note) });
const whole = (input: unknown) => {
  const parsed = programme.safeParse(input, { reportInput: true });
  return resultOf(parsed.success ? parsed : { success: false, issues: parsed.error.issues });
};
const issuesOf = (input: unknown) => {
  const read = resultOf(byRecord(input));
  return read.ok ? [] : read.issues.map((found) => [found.code, found.path.join('.')]);
};

describe('compileListParser', () => {
  it('reads every record with its own parse, into the same value as reading the object whole', () => {
    const input = { name: '深圳', projects: [{ id: 'a', budget: '12.30' }, { id: 'b', budget: '7' }], year: 2011, notes: ['ok'] };
    const read = resultOf(byRecord(input));
    expect(read.ok && read.value.projects.map((entry) => [entry.id, entry.budget.toJSON()])).toEqual([
      ['a', '12.30'],
      ['b', '7.00'],
    ]);
    expect(JSON.stringify(read)).toBe(JSON.stringify(whole(input)));
  });

  it('lists the issues of each field in the order of the schema’s fields, records under their index, the object’s own last', () => {
    const input = { extra: 1, notes: ['long note'], year: 'then', projects: [{ id: '', budget: '1' }, { id: 'b', budget: '1.234' }], name: 5 };
    expect(issuesOf(input)).toEqual([
      ['invalid-type', 'name'],
      ['too-small', 'projects.0.id'],
      ['amount-too-precise', 'projects.1.budget'],
      ['invalid-type', 'year'],
      ['too-big', 'notes.0'],
      ['unrecognized-key', ''],
    ]);
    expect(JSON.stringify(resultOf(byRecord(input)))).toBe(JSON.stringify(whole(input)));
  });

  it('keeps the order in which one record’s issues were found', () => {
    const input = { name: 'x', projects: [{ id: '', budget: 'none', other: 1 }], year: 2011, notes: [] };
    expect(issuesOf(input)).toEqual([
      ['too-small', 'projects.0.id'],
      ['amount-syntax', 'projects.0.budget'],
      ['unrecognized-key', 'projects.0'],
    ]);
    expect(JSON.stringify(resultOf(byRecord(input)))).toBe(JSON.stringify(whole(input)));
  });

  it('reads the records of an object refused elsewhere, and reports a list that is no list once, at its field', () => {
    expect(issuesOf({ name: 1, projects: [{ id: '', budget: '1' }], year: 2011, notes: 'none' })).toEqual([
      ['invalid-type', 'name'],
      ['too-small', 'projects.0.id'],
      ['invalid-type', 'notes'],
    ]);
  });

  it('refuses a value that is no object at its root, reading no records', () => {
    for (const input of [null, 7, 'programme', [{ id: '' }]]) {
      expect(issuesOf(input)).toEqual([['invalid-type', '']]);
      expect(JSON.stringify(resultOf(byRecord(input)))).toBe(JSON.stringify(whole(input)));
    }
  });

  it('refuses, when first used, a schema that is no object and a field that is no list', () => {
    expect(() => compileListParser(z.string(), {})('x')).toThrow(new TypeError('compileListParser needs an object schema'));
    const notList = compileListParser(z.object({ a: z.string() }), { a: compileSchema(z.string()) });
    expect(() => notList({ a: 'x' })).toThrow(new TypeError('compileListParser: a is not a list'));
  });
});

describe('compileSchema', () => {
  it('gives what the schema gives: the value, or zod’s issues with the input reported', () => {
    const read = compileSchema(project);
    expect(read({ id: 'a', budget: '1' })).toMatchObject({ success: true, data: { id: 'a' } });
    const refused = read({ id: 1, budget: '1' });
    expect(refused).toMatchObject({ success: false, issues: [{ code: 'invalid_type', path: ['id'], input: 1 }] });
    expect(read({ id: 'b', budget: '2' })).toMatchObject({ success: true, data: { id: 'b' } });
  });
});

describe('resultOf', () => {
  it('turns an outcome into the library’s result, the path given in front of every issue', () => {
    const refused = compileSchema(project)({ id: '', budget: '1' });
    expect(resultOf(refused, ['projects', 3])).toMatchObject({ ok: false, issues: [{ code: 'too-small', path: ['projects', 3, 'id'] }] });
    expect(resultOf({ success: true, data: 5 })).toEqual({ ok: true, value: 5 });
  });
});
