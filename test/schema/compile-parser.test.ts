import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { parseProgramme, parseProject } from '../../src/index.js';
import { programmeSchema } from '../../src/model/schemas/programme-schema.js';
import { projectSchema } from '../../src/model/schemas/project-schema.js';
import { compileListParser, compileSchema, resultOf } from '../../src/schema/compile-parser.js';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (value: Json | undefined): value is { [key: string]: Json } => typeof value === 'object' && value !== null && !Array.isArray(value);

// Every place in a document: the paths of its objects, lists and values.
function placesOf(document: Json, path: (string | number)[] = [], places: (string | number)[][] = []): (string | number)[][] {
  places.push(path);
  if (Array.isArray(document)) document.forEach((value, index) => placesOf(value, [...path, index], places));
  else if (isObject(document)) for (const [key, value] of Object.entries(document)) placesOf(value, [...path, key], places);
  return places;
}

const replacements: Json[] = [null, 0, -1, 1.5, '', 'x', '12.345', '1000.00', '5224', '2011-13-01', true, [], {}, [{}], { en: '' }];
const mutation = fc.record({ at: fc.nat(), kind: fc.constantFrom('replace', 'remove', 'add'), value: fc.nat({ max: replacements.length - 1 }) });

// One change at one place: a value replaced, a field or record removed, or an unknown field added.
function mutate(document: Json, change: { at: number; kind: string; value: number }): Json {
  const copy = structuredClone(document);
  const places = placesOf(copy);
  const path = places[change.at % places.length] as (string | number)[];
  const replacement = structuredClone(replacements[change.value] as Json);
  if (path.length === 0) return change.kind === 'replace' ? replacement : copy;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, copy);
  const last = path.at(-1) as string | number;
  const current = (parent as Record<string | number, Json>)[last];
  if (change.kind === 'add' && isObject(current)) current[`unknown${change.value}`] = replacement;
  else if (change.kind === 'remove' && Array.isArray(parent)) parent.splice(last as number, 1);
  else if (change.kind === 'remove' && isObject(parent)) delete parent[last];
  else (parent as Record<string | number, Json>)[last] = replacement;
  return copy;
}

const seedJson = JSON.parse(JSON.stringify(seedProgramme2011)) as Json;
const wholeProgramme = compileSchema(programmeSchema);
const wholeProject = compileSchema(projectSchema);
// The schemas read whole by zod's interpreter: what reading record by record must agree with.
const interpreted = (schema: z.ZodType) => (input: unknown) => resultOf((() => {
  const parsed = schema.safeParse(input, { reportInput: true });
  return parsed.success ? parsed : { success: false as const, issues: parsed.error.issues };
})());

describe('reading a programme record by record', () => {
  it('gives the same programme, or the same issues in the same order, as reading it whole', () => {
    const whole = interpreted(programmeSchema);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 0, maxLength: 3 }), (changes) => {
        const document = changes.reduce(mutate, seedJson);
        const byRecord = parseProgramme(document);
        expect(JSON.stringify(byRecord)).toBe(JSON.stringify(whole(document)));
        expect(JSON.stringify(byRecord)).toBe(JSON.stringify(resultOf(wholeProgramme(document))));
      }),
      { numRuns: 50 },
    );
  });

  it('gives the same project, or the same issues in the same order, as reading it whole', () => {
    const whole = interpreted(projectSchema);
    const projects = (seedJson as { projects: Json[] }).projects.filter((project) => ((project as { subProjects: Json[] }).subProjects.length) > 1);
    fc.assert(
      fc.property(fc.constantFrom(...projects), fc.array(mutation, { minLength: 1, maxLength: 3 }), (project, changes) => {
        const document = changes.reduce(mutate, project);
        expect(JSON.stringify(parseProject(document))).toBe(JSON.stringify(whole(document)));
        expect(JSON.stringify(parseProject(document))).toBe(JSON.stringify(resultOf(wholeProject(document))));
      }),
      { numRuns: 300 },
    );
  });

  it('lists a refused sub-project’s issue in its place among the project’s own', () => {
    const project = structuredClone((seedJson as { projects: Json[] }).projects[0]) as { [key: string]: Json } & { subProjects: { [key: string]: Json }[] };
    delete project.name;
    (project.subProjects[1] as { budget: Json }).budget = '12.345';
    project.year = 'two thousand';
    project.extra = 1;
    const parsed = parseProject(project);
    expect(parsed.ok || parsed.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['invalid-type', 'name'],
      ['invalid-type', 'year'],
      ['amount-too-precise', 'subProjects.1.budget'],
      ['unrecognized-key', ''],
    ]);
  });

  it('reads a value that is no object, or whose lists are no lists, at its root and its fields', () => {
    for (const input of [null, 1, 'programme', [], { projects: 'none' }]) {
      expect(JSON.stringify(parseProgramme(input))).toBe(JSON.stringify(interpreted(programmeSchema)(input)));
    }
  });

  it('refuses an object schema it cannot split, and a field that is not a list, when first used', () => {
    expect(() => compileListParser(z.string(), {})('x')).toThrow(TypeError);
    expect(() => compileListParser(z.object({ a: z.string() }), { a: compileSchema(z.string()) })({ a: 'x' })).toThrow(/a is not a list/);
  });
});
