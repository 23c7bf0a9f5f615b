// The shipped JSON Schemas and the library's parsers agree on every document: valid ones generated from the
// tests' arbitraries and the 2011 data, invalid ones made by mutating them (wrong types, missing and unknown
// fields, bad amounts, dates, codes, ids and texts). Each document goes to the parser and to ajv (draft 2020-12,
// strict mode) with the committed file.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Ajv2020Module from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  seedDeclaredBeneficiaries2011,
  seedDeclaredProjects2011,
  seedNonProjectAid2011,
} from '../../examples/data/shenzhen-guizhou-2011.js';
import { recordSeedLifecycle } from '../../examples/database/seed-lifecycle.js';
import {
  annualReportToJSON,
  assessmentReportToJSON,
  appendToEventLog,
  isoDate,
  plan,
  regionCode,
  beneficiarySummaryToJSON,
  genesisHash,
  hashStoredEvent,
  parseBeneficiarySummary,
  parseDeclaredCount,
  parseDeclaredProjectCount,
  parseEventLog,
  parseLifecycleCommand,
  lifecycleCommandTypes,
  parseProgrammeRecord,
  timestamp,
  parseFund,
  parseIdentifiedBeneficiaries,
  parseLedgerEntry,
  parseNonProjectAid,
  parseNonProjectAidRecords,
  parseOrganisation,
  parsePairing,
  parsePlan,
  parsePerformanceActuals,
  parseProgramme,
  parseProject,
  parseRegionRegistry,
  parseRollUp,
  parseSubProject,
  rollUpProgramme,
  snapshotSchemaNames,
  summariseBeneficiaryColumns,
  type Result,
  type SnapshotSchemaName,
} from '../../src/index.js';
import { annualReportJsonSchema } from '../../src/report/annual-report-json-schema.js';
import { assessmentReportJsonSchema } from '../../src/assessment/assessment-report-json.js';
import { seedAssessmentReport2011 } from '../../examples/data/shenzhen-guizhou-2011-assessment.js';
import { parseWithSchema } from '../../src/schema/parse-with-schema.js';
import { commandFor, reachEveryState } from '../lifecycle/fixtures.js';
import { seedRecord2011 } from '../../examples/data/shenzhen-guizhou-2011-lifecycles.js';
import { identified2011, reportOf, seedInput } from '../report/fixtures.js';
import { anyLedgerEntry, anyProgramme, anyProject, consistentProgramme } from '../model/arbitraries.js';
import { anyAmountFigures, anyPersonFigures } from '../aid/arbitraries.js';
import { columnsOf, groupingArbitrary, recordsArbitrary } from '../beneficiaries/generators.js';
import { seedProgramme2011 } from './fixtures.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

const json = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;
const ajv = new Ajv2020Module.default({ strict: true, allowUnionTypes: true });
const validate = (name: SnapshotSchemaName) =>
  ajv.compile(JSON.parse(readFileSync(new URL(`../../schemas/${name}.json`, import.meta.url), 'utf8')) as object);

const isObject = (value: Json | undefined): value is { [key: string]: Json } => typeof value === 'object' && value !== null && !Array.isArray(value);
const isHash = (value: Json | undefined): boolean => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);

// Stored events chain by hash, which no schema can check: after a mutation the log is chained again, so the only
// difference left is one of shape. Fields already of the wrong type stay as they are.
function rechain(log: Json): Json {
  if (!Array.isArray(log)) return log;
  let previous: Json | undefined = genesisHash;
  log.forEach((entry, index) => {
    if (!isObject(entry)) return (previous = undefined);
    if (Number.isInteger(entry.sequence) && (entry.sequence as number) >= 0) entry.sequence = index;
    if (isHash(entry.previousHash) && previous !== undefined) entry.previousHash = previous;
    if (isHash(entry.hash)) entry.hash = hashStoredEvent({ sequence: entry.sequence, previousHash: entry.previousHash, event: entry.event });
    previous = entry.hash;
  });
  return log;
}

interface Shape {
  readonly parse: (input: unknown) => Result<unknown>;
  readonly valid: fc.Arbitrary<Json>;
  /** Makes a mutated document keep the rules the schema leaves to the parser. */
  readonly restore?: (document: Json) => Json;
  /** Fields whose values take part in rules across fields: mutated only into a value no schema allows there (an array). */
  readonly crossField?: ReadonlySet<string>;
  /** How the parsed value is written back as the document (JSON.stringify unless given; null when it reads into something else, a registry). */
  readonly write?: ((value: never) => unknown) | null;
}

const aidRecords = seedNonProjectAid2011.map(json);
const lifecycleLogs = [
  recordSeedLifecycle(seedProgramme2011.projects[0]!, seedProgramme2011.organisations).log,
  ...[...reachEveryState().values()].map(({ events }) => appendToEventLog([], events)),
].map(json);
const withFigures = fc.tuple(fc.constantFrom(...aidRecords), anyPersonFigures, anyAmountFigures).map(([record, persons, amounts]) => {
  const changed = structuredClone(record) as { [key: string]: Json };
  if (changed.kind === 'student-subsidy') Object.assign(changed, { students: json(persons), amount: json(amounts) });
  if (changed.kind === 'cadre-training') Object.assign(changed, { trainees: json(persons) });
  return changed as Json;
});
const summaries = fc.tuple(recordsArbitrary(40), groupingArbitrary).map(([records, groupBy]) =>
  json(beneficiarySummaryToJSON(summariseBeneficiaryColumns(columnsOf(records), groupBy === undefined ? {} : { groupBy }))),
);

// Reports of the 2011 data with other inputs and options, and of generated programmes (with their issues).
const reports = [
  reportOf(),
  reportOf({ identifiedBeneficiaries: identified2011 }),
  reportOf({ declaredParts: [] }, { figureRule: { rule: 'latest' } }),
  reportOf({}, { regionsAsOf: isoDate('2011-06-30'), figureRules: { 'cadre-training.trainees': { rule: 'smallest' } } }),
  reportOf({}, { recipients: [regionCode('522700')], figureRule: { rule: 'prefer-source', sources: [{ document: seedInput.declaredProjects[0]?.source.document ?? '' }] } }),
  reportOf(
    { programme: { ...seedInput.record.programme, plans: [plan({ id: 'annual', kind: 'annual', name: { en: 'Plan' }, fromYear: 2011, toYear: 2011, agreed: [{ recipient: '522400', amount: '10000000' }, { amount: '0' }], targets: [{ measure: 'projects', value: '20', unit: 'projects' }, { measure: 'cadres-trained', value: '1000', unit: 'persons' }, { measure: 'other', value: '0', unit: 'x' }] })] } },
    { planActualKind: 'budget' },
  ),
  reportOf({}, { year: 2012 }),
  reportOf({}, { donor: regionCode('310000') }),
  ...fc.sample(consistentProgramme, { numRuns: 6, seed: 2011 }).map((programme) => reportOf({ programme })),
].map((report) => json(annualReportToJSON(report)));

// Commands of every type, as a web form would send them, from every state the lifecycle reaches.
const commands = [...reachEveryState().values()].flatMap(({ lifecycle }) =>
  lifecycleCommandTypes.map((type) => json(commandFor(lifecycle, type, timestamp('2011-12-01T10:00:00+08:00')))),
);
// Small records: two or three projects of 2011 with their stored logs.
const records = [[0, 1], [0, 30], [5, 12, 37]].map((picked) => {
  const projects = picked.map((index) => seedRecord2011.programme.projects[index]!);
  const ids = new Set<string>(projects.map((project) => project.id));
  return json({
    programme: { ...seedRecord2011.programme, projects, ledger: seedRecord2011.programme.ledger.filter((entry) => ids.has(entry.project)) },
    eventLogs: Object.fromEntries(Object.entries(seedRecord2011.eventLogs).filter(([id]) => ids.has(id))),
  });
});
// A mutated record keeps the rules across its parts the schema leaves to the parser: a log only for a project of
// the programme, each event of that project, each log chained.
function restoreRecord(document: Json): Json {
  if (!isObject(document) || !isObject(document.eventLogs) || !isObject(document.programme) || !Array.isArray(document.programme.projects)) return document;
  const ids = new Set(document.programme.projects.flatMap((project) => (isObject(project) && typeof project.id === 'string' ? [project.id] : [])));
  for (const [id, log] of Object.entries(document.eventLogs)) {
    if (!ids.has(id)) {
      delete document.eventLogs[id];
      continue;
    }
    if (Array.isArray(log)) for (const entry of log) if (isObject(entry) && isObject(entry.event) && typeof entry.event.project === 'string') entry.event.project = id;
    document.eventLogs[id] = rechain(log);
  }
  return document;
}

const shapes: Readonly<Record<SnapshotSchemaName, Shape>> = {
  'lifecycle-command': { parse: parseLifecycleCommand, valid: fc.constantFrom(...commands) },
  'programme-record': { parse: parseProgrammeRecord, valid: fc.constantFrom(...records), restore: restoreRecord },
  'programme': { parse: parseProgramme, valid: fc.oneof(anyProgramme.map(json), fc.constant(json(seedProgramme2011))) },
  'project': { parse: parseProject, valid: fc.oneof(anyProject.map(json), fc.constantFrom(...seedProgramme2011.projects.map(json))) },
  'sub-project': { parse: parseSubProject, valid: fc.constantFrom(...seedProgramme2011.projects.flatMap((project) => project.subProjects).map(json)) },
  'fund': { parse: parseFund, valid: anyProgramme.filter((p) => p.funds.length > 0).map((p) => json(p.funds[0])) },
  'ledger-entry': { parse: parseLedgerEntry, valid: anyLedgerEntry.map(json) },
  'organisation': { parse: parseOrganisation, valid: anyProgramme.filter((p) => p.organisations.length > 0).map((p) => json(p.organisations[0])) },
  'pairing': { parse: parsePairing, valid: anyProgramme.filter((p) => p.pairings.length > 0).map((p) => json(p.pairings[0])) },
  'plan': { parse: parsePlan, valid: anyProgramme.filter((p) => (p.plans ?? []).length > 0).map((p) => json(p.plans?.[0])) },
  'performance-actuals': {
    parse: parsePerformanceActuals,
    valid: fc.constantFrom(
      json([]),
      json([
        { project: 'BJ-2011-01', indicator: '完成子项目数', value: '3', date: '2011-12-20', source: { document: '验收报告', completeness: 'complete' } },
        { project: 'BJ-2011-01', subProject: 'BJ-2011-01-1', indicator: '受益群众满意度', value: '-0.5', date: '2012-01-05', source: { document: { zh: '满意度调查', en: 'Satisfaction survey' }, section: '一', completeness: 'incomplete' } },
      ]),
    ),
  },
  'roll-up': { parse: parseRollUp, valid: fc.oneof(consistentProgramme, fc.constant(seedProgramme2011)).map((p) => json(rollUpProgramme(p))) },
  'event-log': { parse: parseEventLog, valid: fc.constantFrom(...lifecycleLogs), restore: rechain },
  'non-project-aid': { parse: parseNonProjectAid, valid: fc.oneof(fc.constantFrom(...aidRecords), withFigures) },
  'non-project-aid-records': { parse: parseNonProjectAidRecords, valid: fc.subarray(aidRecords) },
  'declared-count': { parse: parseDeclaredCount, valid: fc.constantFrom(...seedDeclaredBeneficiaries2011.map(json), json({ figure: 'trained', unit: 'person-times', count: 12, attachedTo: { kind: 'activity', activity: 'sz-2011-cadre-training' }, region: '522401', fundCategory: 'cadre-training', source: { document: 'Work report', completeness: 'incomplete' }, reportedOn: '2012-02-29' }), json({ figure: 'beneficiaries', unit: 'households', count: 1546, registeredPoor: 360, source: { document: '公示表', completeness: 'complete' } }), json({ figure: 'beneficiaries', unit: 'persons', count: 4850, registeredPoor: 1156, source: { document: '公示表', completeness: 'complete' } })),
    crossField: new Set(['registeredPoor', 'count']) },
  'declared-project-count': { parse: parseDeclaredProjectCount, valid: fc.constantFrom(...seedDeclaredProjects2011.map(json)) },
  'identified-beneficiaries': {
    parse: parseIdentifiedBeneficiaries,
    valid: fc.tuple(recordsArbitrary(8), fc.subarray(identified2011.map(json))).map(([records, identified]) => [
      ...records.map(json),
      ...identified,
      json({ person: { kind: 'pseudonym', pseudonym: `${'Ab_-'.repeat(10)}xyA` }, attachedTo: { kind: 'project', project: 'BJ-2011-01' }, region: '522401', year: 2011 }),
    ]),
    crossField: new Set(['residentId']),
  },
  'region-releases': {
    parse: parseRegionRegistry,
    write: null,
    valid: fc
      .uniqueArray(fc.tuple(fc.integer({ min: 1980, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([year, month]) => `${year}${String(month).padStart(2, '0')}`), { minLength: 1, maxLength: 4 })
      .chain((revisions) =>
        fc.tuple(
          ...revisions.map((revision) =>
            fc.array(fc.record({ code: fc.constantFrom<Json>('522400', '520500', 522_401, '110000', 829_999), name: fc.constantFrom('毕节地区', '毕节市', ' 七星关区 ') }), { maxLength: 4 }).map((entries) => ({ revision, entries })),
          ),
        ),
      )
      .map(json),
  },
  'annual-report': { parse: (input) => parseWithSchema(annualReportJsonSchema(), input), valid: fc.constantFrom(...reports) },
  'assessment-report': { parse: (input) => parseWithSchema(assessmentReportJsonSchema(), input), valid: fc.constant(json(assessmentReportToJSON(seedAssessmentReport2011))) },
  'beneficiary-summary': { parse: parseBeneficiarySummary, write: beneficiarySummaryToJSON, valid: summaries, crossField: new Set(['count', 'keys', 'year', 'group']) },
};

// Values a mutation puts in place of another: wrong types, and strings and numbers each a near miss of some form.
const replacements: readonly Json[] = [
  null, true, false, 0, -1, 1, 1.5, 2011, 1899, 3000, 65_536, 2 ** 53, -(2 ** 53), 1e21, 12.345, 12.34, 46_910_000, [], {}, [''], { zh: '' }, { en: 'x' },
  '', ' ', '\t', 'x', ' x ', 'a'.repeat(129), '\u0000', '\u00a0', 'zh',
  '12.345', '12.34', '-0.5', '0', '1,000.00', '28万元', '+1', ' 1', '1e3', '46910000.00', '1'.repeat(40),
  '2011-02-29', '2012-02-29', '1900-02-29', '2000-02-29', '2011-13-01', '2011-04-31', '2011-5-1', '2011-05-01T08:00:00+08:00', '2011-05-01 ',
  '2011-05-01T08:00:00Z', '2011-05-01T24:00:00Z', '2011-02-30T08:00:00+08:00', '2011-05-01T08:00:00',
  '99000', '990000', '100000', '522400', '5224001', '440300', '522422',
  'A', 'Ag', 'x!', 'f'.repeat(64), 'F'.repeat(64),
  'budget', 'persons', 'person-times', 'project', 'activity', 'exact', 'complete', 'day', 'month', 'year', 'cadre-training',
];

// Near misses of the value a field holds: the same kind of thing, just inside or just outside its form.
const nearMisses: readonly (readonly [RegExp | 'number', readonly Json[]])[] = [
  [/^\d{4}-\d{2}-\d{2}$/, ['2011-02-29', '2012-02-29', '1900-02-29', '2000-02-29', '0000-02-29', '9999-12-31', '2011-13-01', '2011-00-10', '2011-04-31', '2011-04-30', '2011-5-1', ' 2011-05-01', '2011-05-01T08:00:00+08:00', 20110501]],
  [/^\d{4}-\d{2}-\d{2}T/, ['2011-05-01T08:00:00Z', '2011-05-01T24:00:00Z', '2011-05-01T08:00:60Z', '2011-02-30T08:00:00+08:00', '2012-02-29T23:59:59.123456789-05:00', '2011-05-01T08:00:00', '2011-05-01T08:00Z', '2011-05-01t08:00:00Z', '2011-05-01T08:00:00+0800', '2011-05-01T08:00:00+24:00']],
  [/^-?\d+\.\d{2}$/, ['12.345', '12.3', '-0.5', '-0', '007', '1,000.00', '28万元', '+1', ' 1', '1e3', '.5', '5.', '１２', `${'1'.repeat(40)}.00`, 12.34, 12, '']],
  [/^\d{6}$/, ['99000', '990000', '100000', '110000', '820000', '830000', '5224001', '522400', ' 522400', '５２２４００', 522400, '201113', '201100', '20111', '2011-12']],
  [/^[0-9a-f]{64}$/, ['F'.repeat(64), 'f'.repeat(63), 'g'.repeat(64)]],
  [/./, ['', ' ', 'x ', ' x', 'a'.repeat(128), 'a'.repeat(129), '\u0000x', 'x\ty', '\u00a0x', '中', 'x\u0085', 'x']],
  ['number', [-1, 0, 1, 1.5, 2 ** 53, 2 ** 53 - 1, 999, 1000, 1899, 1900, 2999, 3000, 9999, 10_000, 65_535, 65_536, -0.0]],
];

function nearMissOf(current: Json | undefined, index: number): Json | undefined {
  const family = nearMisses.find(([form]) => (form === 'number' ? typeof current === 'number' : typeof current === 'string' && form.test(current)));
  return family === undefined ? undefined : family[1][index % family[1].length];
}

type Mutation = { readonly at: number; readonly kind: 'replace' | 'near' | 'remove' | 'add'; readonly value: number; readonly random: Json };

function nodesOf(document: Json): Path[] {
  const found: Path[] = [];
  const walk = (value: Json, path: Path): void => {
    found.push(path);
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (isObject(value)) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(document, []);
  return found;
}

function mutate(document: Json, mutation: Mutation, shape: Shape): Json {
  const copy = structuredClone(document);
  const nodes = nodesOf(copy);
  const path = nodes[mutation.at % nodes.length] as Path;
  const last = path.at(-1);
  const parent = path.slice(0, -1).reduce<Json | undefined>((node, key) => (node as Record<string | number, Json>)[key], copy);
  const current = path.reduce<Json | undefined>((node, key) => (node as Record<string | number, Json>)[key], copy);
  const crossField = typeof last === 'string' && shape.crossField?.has(last) === true;
  let value = (mutation.kind === 'near' ? nearMissOf(current, mutation.value) : undefined) ?? (mutation.value < replacements.length ? (replacements[mutation.value] as Json) : mutation.random);
  if (crossField) value = [];
  if (mutation.kind === 'add' && isObject(current)) current[`unknown${mutation.value}`] = value;
  else if (mutation.kind === 'remove' && last !== undefined && !crossField && Array.isArray(parent)) parent.splice(last as number, 1);
  else if (mutation.kind === 'remove' && last !== undefined && isObject(parent)) delete parent[last];
  else if (last === undefined) return shape.restore ? shape.restore(value) : value;
  else (parent as Record<string | number, Json>)[last] = value;
  return shape.restore ? shape.restore(copy) : copy;
}

const anyMutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'near', 'near', 'remove', 'add'),
  value: fc.nat({ max: replacements.length + 5 }),
  random: fc.jsonValue() as fc.Arbitrary<Json>,
});

describe('the shipped JSON Schemas and the parsers', () => {
  it('pair every shipped schema with its parser and documents', () => {
    expect(Object.keys(shapes).sort()).toEqual([...snapshotSchemaNames].sort());
  });

  describe.each(snapshotSchemaNames)('%s', (name) => {
    const shape = shapes[name];
    const valid = validate(name);
    const verdicts = (document: Json) => {
      const byParser = shape.parse(document).ok;
      const bySchema = valid(document);
      return { byParser, bySchema, detail: JSON.stringify({ issues: byParser ? [] : (shape.parse(document) as { issues: unknown }).issues, errors: valid.errors, document }).slice(0, 1500) };
    };

    it('accept the valid documents', () => {
      fc.assert(
        fc.property(shape.valid, (document) => {
          const { byParser, bySchema, detail } = verdicts(document);
          expect([byParser, bySchema], detail).toEqual([true, true]);
        }),
        { numRuns: 30 },
      );
    });

    it('agree on every mutation of them, and refuse most', () => {
      let refused = 0;
      let runs = 0;
      fc.assert(
        fc.property(shape.valid, fc.array(anyMutation, { minLength: 1, maxLength: 3 }), (document, mutations) => {
          const mutated = json(mutations.reduce((changed, mutation) => mutate(changed, mutation, shape), document));
          const { byParser, bySchema, detail } = verdicts(mutated);
          expect(bySchema, detail).toBe(byParser);
          // What the parser accepts it reads back from its own JSON: a stored log's hashes still hold.
          const parsed = shape.parse(mutated);
          if (parsed.ok && shape.write !== null) expect(shape.parse(json((shape.write ?? ((value: unknown) => value))(parsed.value as never))).ok, detail).toBe(true);
          runs++;
          if (!byParser) refused++;
        }),
        { numRuns: 300 },
      );
      expect(refused / runs).toBeGreaterThan(0.5);
    });
  });
});
