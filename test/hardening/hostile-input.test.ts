// Every exported parser, given anything an app or JSON can hand it, returns a result: never an exception, never a
// change to its input, never a property added to Object.prototype. Their throwing twins throw only PairingAidError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { recordSeedLifecycle } from '../../examples/database/seed-lifecycle.js';
import { seedAnnualReportInput2011 } from '../../examples/data/shenzhen-guizhou-2011.js';
import { columnsOf } from '../beneficiaries/generators.js';
import { happyPath, walk } from '../pool/fixtures.js';
import { seedAssessmentCommands2011, seedAssessmentLog2011 } from '../../examples/data/shenzhen-guizhou-2011-assessment.js';
import { declaredCounts, identifiedRecords, seedProgramme2011 } from '../exports/fixtures.js';

type Parser = (input: unknown, options?: unknown) => unknown;
const exported = library as unknown as Record<string, unknown>;
const parsers = Object.entries(exported).filter((entry): entry is [string, Parser] => /^parse[A-Z]/.test(entry[0]) && typeof entry[1] === 'function');
const twinOf = (name: string): Parser | undefined => {
  const twin = exported[`${name.charAt(5).toLowerCase()}${name.slice(6)}`];
  return typeof twin === 'function' ? (twin as Parser) : undefined;
};

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const [project] = seedProgramme2011.projects;
const seedLog = project === undefined ? [] : recordSeedLifecycle(project, seedProgramme2011.organisations).log;
// A valid input for every parser of records, so that each field of it can be replaced with something hostile.
const samples: Readonly<Record<string, unknown>> = {
  parseProgramme: json(seedProgramme2011),
  parseProject: json(project),
  parseSubProject: json(project?.subProjects[0]),
  parseFund: json(seedProgramme2011.funds[0]),
  parseLedgerEntry: json(seedProgramme2011.ledger[0]),
  parseOrganisation: json(seedProgramme2011.organisations[0]),
  parsePairing: json(seedProgramme2011.pairings[0]),
  parsePlan: { id: 'plan-2011', kind: 'annual', name: { zh: '2011年计划' }, fromYear: 2011, toYear: 2011, agreed: [], targets: [] },
  parsePerformanceActuals: [{ project: 'BJ-2011-01', indicator: '完成子项目数', value: '3', date: '2011-12-20', source: { document: '验收报告', completeness: 'complete' } }],
  parseRollUp: json(library.rollUpProgramme(seedProgramme2011)),
  parseEventLog: json(seedLog),
  parseProgrammeRecord: json({ programme: { ...seedProgramme2011, projects: project === undefined ? [] : [project], ledger: [] }, eventLogs: project === undefined ? {} : { [project.id]: seedLog } }),
  parsePoolLog: json(walk(happyPath).log),
  parsePoolCommand: json(happyPath[0]),
  parseAssessmentLog: json(seedAssessmentLog2011),
  parseAssessmentCommand: json(seedAssessmentCommands2011[2]),
  parseLifecycleCommand: json({ type: 'cancel', by: { organisation: 'bijie-government', kind: 'prefecture-government' }, at: '2011-06-01T10:00:00+08:00', reason: '选址变更' }),
  parseDeclaredCount: json(declaredCounts[0]),
  parseIdentifiedBeneficiaries: json(identifiedRecords),
  parseBeneficiarySummary: json(library.beneficiarySummaryToJSON(library.summariseBeneficiaryColumns(columnsOf(identifiedRecords), {}))),
  parseNonProjectAid: json(seedAnnualReportInput2011.nonProjectAid[0]),
  parseNonProjectAidRecords: json(seedAnnualReportInput2011.nonProjectAid),
  parseDeclaredProjectCount: json(seedAnnualReportInput2011.declaredProjects[0]),
  parseRegionRegistry: json(library.regionReleases(library.gb2260Registry()).slice(0, 1)),
};
// Parsers of one value: the value itself is the only field.
const singleValue = new Set(['parseAmount', 'parseIsoDate', 'parseRegionCode', 'parseResidentId', 'parsePseudonym', 'parsePseudonymKey', 'parseTimestamp']);

// Hostile values are made inside the property, so that fast-check itself never touches a throwing proxy.
interface Hostile {
  readonly label: string;
  readonly make: () => unknown;
}
const throwing = (what: string) => () => {
  throw new Error(what);
};
const makers: Readonly<Record<string, () => unknown>> = {
  'non-function toString': () => ({ toString: 1 }),
  'null toString and valueOf': () => ({ toString: null, valueOf: null }),
  'null prototype': () => Object.create(null),
  'throwing toPrimitive': () => ({ [Symbol.toPrimitive]: throwing('primitive') }),
  'throwing getter': () => Object.defineProperty({}, 'id', { enumerable: true, get: throwing('getter') }),
  'throwing proxy': () => new Proxy({}, { get: throwing('get'), has: throwing('has'), ownKeys: throwing('keys'), getPrototypeOf: throwing('proto'), getOwnPropertyDescriptor: throwing('descriptor') }),
  'array proxy': () => new Proxy([1, 2], { get: (target, key) => (key === 'length' ? throwing('length')() : Reflect.get(target, key)) }),
  'revoked proxy': () => {
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    return revocable.proxy;
  },
  'own __proto__': () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  'sparse array': () => [, 1],
  'holes': () => new Array(3),
  'symbol': () => Symbol('s'),
  'huge bigint': () => 10n ** 30n,
  'function': () => () => 1,
  'invalid date': () => new Date(Number.NaN),
  'map': () => new Map([['a', 1]]),
  'typed array': () => new Uint8Array(2),
};
const hostileWords = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', '1 constructor', '1 __proto__', '1 toString', 'prototype', '-0', 'NaN'];
const hostile: fc.Arbitrary<Hostile> = fc.oneof(
  fc.constantFrom(...Object.keys(makers)).map((label): Hostile => ({ label, make: makers[label] ?? (() => undefined) })),
  fc.constantFrom(...hostileWords, -0, Number.NaN, Number.POSITIVE_INFINITY).map((value): Hostile => ({ label: String(value), make: () => value })),
  fc
    .anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true })
    .map((value): Hostile => ({ label: fc.stringify(value), make: () => value })),
);

function pathsOf(value: unknown, path: readonly (string | number)[] = [], found: (readonly (string | number)[])[] = []): (readonly (string | number)[])[] {
  found.push(path);
  if (Array.isArray(value)) value.forEach((inner, index) => pathsOf(inner, [...path, index], found));
  else if (typeof value === 'object' && value !== null) for (const [key, inner] of Object.entries(value)) pathsOf(inner, [...path, key], found);
  return found;
}
function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((inner, index) => (index === head ? replaceAt(inner, rest, replacement) : inner));
  return { ...(value as object), [head as string]: replaceAt((value as Record<string, unknown>)[head as string], rest, replacement) };
}
function deepFreeze<T>(value: T): T {
  try {
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
      for (const inner of Object.values(value)) deepFreeze(inner);
      Object.freeze(value);
    }
  } catch {
    // a hostile value that cannot be walked (a revoked proxy) is passed on as it is
  }
  return value;
}
const prototypeKeys = () => Reflect.ownKeys(Object.prototype).map(String).sort().join(',');

function expectResult(name: string, parse: Parser, input: unknown): void {
  const before = prototypeKeys();
  let result: unknown;
  try {
    result = parse(input);
  } catch (error) {
    expect.fail(`${name} threw ${String(error instanceof Error ? error.stack : error)}`);
  }
  const shape = result as { ok?: unknown; issues?: unknown };
  expect(shape.ok === true || (shape.ok === false && Array.isArray(shape.issues) && shape.issues.length > 0), `${name} returned no result`).toBe(true);
  expect(prototypeKeys()).toBe(before);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  const twin = twinOf(name);
  if (twin === undefined) return;
  try {
    twin(input);
  } catch (error) {
    expect(error instanceof library.PairingAidError, `${name}'s twin threw ${String(error)}`).toBe(true);
  }
}

describe('every exported parser', () => {
  it('is covered here: each has a valid sample or reads a single value', () => {
    expect(parsers.length).toBeGreaterThan(20);
    for (const [name] of parsers) expect(name in samples || singleValue.has(name), `${name} needs a sample`).toBe(true);
    for (const [name, sample] of Object.entries(samples)) expect((exported[name] as Parser)(sample), `${name}'s sample`).toMatchObject({ ok: true });
  });

  it.each(parsers.map(([name, parse]) => [name, parse] as const))('%s returns a result for any value, never throwing', (name, parse) => {
    fc.assert(fc.property(hostile, (input) => expectResult(name, parse, input.make())), { numRuns: 150 });
  });

  it.each(Object.keys(samples))('%s returns a result whatever any one field holds, and leaves its input alone', (name) => {
    const parse = exported[name] as Parser;
    const sample = samples[name];
    const paths = pathsOf(sample);
    fc.assert(
      fc.property(fc.nat(), hostile, (pick, replacement) => {
        const input = deepFreeze(replaceAt(sample, paths[pick % paths.length] ?? [], replacement.make()));
        const snapshot = (() => {
          try {
            return JSON.stringify(input);
          } catch {
            return undefined;
          }
        })();
        expectResult(name, parse, input);
        if (snapshot !== undefined) expect(JSON.stringify(input)).toBe(snapshot);
      }),
      { numRuns: name === 'parseProgramme' ? 60 : 120 },
    );
  });

  it('read options the types forbid as an issue, not an exception', () => {
    for (const options of [null, 1, 'half-up', { rounding: 'nearest' }, makers['throwing getter']?.(), makers['throwing proxy']?.()]) {
      const parsed = library.parseAmount('1.005', options as never);
      expect(parsed.ok).toBe(false);
    }
  });
});
