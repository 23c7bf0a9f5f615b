import * as z from 'zod';
import { unwrap, type Result } from '../errors/result.js';
import { compileListParser, compileSchema, resultOf, type SchemaParse } from '../schema/compile-parser.js';
import type { Fund } from './fund.js';
import type { LedgerEntry } from './ledger.js';
import type { Organisation } from './organisation.js';
import type { Pairing } from './pairing.js';
import type { PerformanceActual } from './performance-actual.js';
import type { Plan } from './plan.js';
import type { Programme } from './programme.js';
import type { Project, SubProject } from './project.js';
import { fundSchema } from './schemas/fund-schema.js';
import { ledgerEntrySchema } from './schemas/ledger-schema.js';
import { organisationSchema } from './schemas/organisation-schema.js';
import { pairingSchema } from './schemas/pairing-schema.js';
import { performanceActualSchema } from './schemas/performance-actual-schema.js';
import { planSchema } from './schemas/plan-schema.js';
import { programmeSchema } from './schemas/programme-schema.js';
import { projectSchema, subProjectSchema } from './schemas/project-schema.js';
import type { Snapshot } from './snapshot.js';
import { readInput } from '../errors/read-input.js';

// Compiled on first use, not at import: compiling costs a few milliseconds and most apps parse few kinds.
function compiledParser<T>(parse: SchemaParse<T>): (input: unknown) => Result<T> {
  return (input) => resultOf(parse(input));
}

// Projects, their sub-projects and ledger entries are read one record at a time, so a refused record is read
// again on its own rather than with the whole programme.
const readSubProject = /* @__PURE__ */ compileSchema<SubProject>(subProjectSchema);
const readProject = /* @__PURE__ */ compileListParser<Project>(projectSchema, { subProjects: readSubProject });
const readLedgerEntry = /* @__PURE__ */ compileSchema<LedgerEntry>(ledgerEntrySchema);

const parseProgrammeSnapshot = /* @__PURE__ */ compiledParser<Programme>(compileListParser(programmeSchema, { projects: readProject, ledger: readLedgerEntry }));
const parseProjectSnapshot = /* @__PURE__ */ compiledParser<Project>(readProject);
const parseSubProjectSnapshot = /* @__PURE__ */ compiledParser<SubProject>(readSubProject);
const parseFundSnapshot = /* @__PURE__ */ compiledParser<Fund>(compileSchema(fundSchema));
const parseLedgerEntrySnapshot = /* @__PURE__ */ compiledParser<LedgerEntry>(readLedgerEntry);
const parseOrganisationSnapshot = /* @__PURE__ */ compiledParser<Organisation>(compileSchema(organisationSchema));
const parsePairingSnapshot = /* @__PURE__ */ compiledParser<Pairing>(compileSchema(pairingSchema));
const parsePlanSnapshot = /* @__PURE__ */ compiledParser<Plan>(compileSchema(planSchema));
const parsePerformanceActualsSnapshot = /* @__PURE__ */ compiledParser<readonly PerformanceActual[]>(compileSchema(z.array(performanceActualSchema)));

/**
 * Reads a programme from its JSON form, reporting every problem of shape with its full path. Rules across
 * records (sums, references, pairings) are {@link checkProgramme}'s. Amounts are decimal strings of yuan
 * (`"46910000.00"`) and dates `YYYY-MM-DD`, exactly as the shipped JSON Schema `schemas/programme.json` says.
 *
 * @param input - the parsed JSON, e.g. `JSON.parse(text)`
 * @returns the programme, or issues such as `invalid-type`, `unrecognized-key`, `id-invalid`,
 *   `amount-json-form`, `amount-syntax`, `invalid-date`, `region-code-format`, `text-empty`, `decimal-invalid`
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const parsed = parseProgramme({ ...JSON.parse(JSON.stringify(seedProgramme2011)), donor: '44030' })
 * parsed.ok || [parsed.issues[0]?.code, parsed.issues[0]?.path]
 * //=> ['region-code-format', ['donor']]
 * ```
 */
export function parseProgramme(input: unknown): Result<Programme> {
  return readInput(() => {
    return parseProgrammeSnapshot(input);
  });
}

/**
 * Reads a programme like {@link parseProgramme}, throwing instead of returning issues.
 *
 * @param input - the JSON form
 * @returns the programme
 * @throws {@link PairingAidError} with every issue {@link parseProgramme} reports
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * programme(JSON.parse(JSON.stringify(seedProgramme2011))).projects.length
 * //=> 38
 * ```
 */
export function programme(input: Snapshot<Programme>): Programme {
  return unwrap(parseProgramme(input));
}

/**
 * Reads a project with its sub-projects from its JSON form; paths are relative to the project
 * (`['subProjects', 1, 'budget']`).
 *
 * @param input - the parsed JSON
 * @returns the project, or issues with the codes {@link parseProgramme} lists
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const json = JSON.parse(JSON.stringify(seedProgramme2011.projects[0]))
 * const parsed = parseProject({ ...json, subProjects: [{ ...json.subProjects[0], budget: '1.234' }] })
 * parsed.ok || parsed.issues.map((issue) => formatPath(issue.path))
 * //=> ['subProjects[0].budget']
 * ```
 */
export function parseProject(input: unknown): Result<Project> {
  return readInput(() => {
    return parseProjectSnapshot(input);
  });
}

/**
 * Reads a project like {@link parseProject}, throwing instead of returning issues.
 *
 * @param input - the JSON form
 * @returns the project
 * @throws {@link PairingAidError} with every issue {@link parseProject} reports
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * project(JSON.parse(JSON.stringify(seedProgramme2011.projects[0]))).id
 * //=> 'BJ-2011-01'
 * ```
 */
export function project(input: Snapshot<Project>): Project {
  return unwrap(parseProject(input));
}

/**
 * Reads a sub-project from its JSON form.
 *
 * @param input - the parsed JSON
 * @returns the sub-project, or issues with the codes {@link parseProgramme} lists
 *
 * @example
 * ```ts
 * parseSubProject({ id: 'a', name: { en: 'Road' }, type: 'rural-road', location: { region: '522422' }, budget: '1000' }).ok
 * //=> true
 * ```
 */
export function parseSubProject(input: unknown): Result<SubProject> {
  return readInput(() => {
    return parseSubProjectSnapshot(input);
  });
}

/**
 * Reads a sub-project like {@link parseSubProject}, throwing instead of returning issues.
 *
 * @param input - the JSON form
 * @returns the sub-project
 * @throws {@link PairingAidError} with every issue {@link parseSubProject} reports
 *
 * @example
 * ```ts
 * subProject({ id: 'a', name: { en: 'Road' }, type: 'rural-road', location: { region: '522422' }, budget: '1000' }).budget.toJSON()
 * //=> '1000.00'
 * ```
 */
export function subProject(input: Snapshot<SubProject>): SubProject {
  return unwrap(parseSubProject(input));
}

/**
 * Reads a fund from its JSON form.
 *
 * @param input - the parsed JSON
 * @returns the fund, or issues with the codes {@link parseProgramme} lists
 *
 * @example
 * ```ts
 * import { seedFund2011 } from 'pairing-aid/examples/2011'
 * const parsed = parseFund({ ...JSON.parse(JSON.stringify(seedFund2011)), total: 'lots' })
 * parsed.ok || parsed.issues[0]?.code
 * //=> 'amount-syntax'
 * ```
 */
export function parseFund(input: unknown): Result<Fund> {
  return readInput(() => {
    return parseFundSnapshot(input);
  });
}

/**
 * Reads a fund like {@link parseFund}, throwing instead of returning issues.
 *
 * @param input - the JSON form
 * @returns the fund
 * @throws {@link PairingAidError} with every issue {@link parseFund} reports
 *
 * @example
 * ```ts
 * import { seedFund2011 } from 'pairing-aid/examples/2011'
 * fund(JSON.parse(JSON.stringify(seedFund2011))).total.toJSON()
 * //=> '46910000.00'
 * ```
 */
export function fund(input: Snapshot<Fund>): Fund {
  return unwrap(parseFund(input));
}

/**
 * Reads a ledger entry from its JSON form.
 *
 * @param input - the parsed JSON
 * @returns the entry, or issues with the codes {@link parseProgramme} lists
 *
 * @example
 * ```ts
 * const parsed = parseLedgerEntry({ id: 'e1', kind: 'refund', project: 'p', category: 'disaster-relief', amount: '1', date: '2011-05-01' })
 * parsed.ok || [parsed.issues[0]?.code, parsed.issues[0]?.path]
 * //=> ['invalid-value', ['kind']]
 * ```
 */
export function parseLedgerEntry(input: unknown): Result<LedgerEntry> {
  return readInput(() => {
    return parseLedgerEntrySnapshot(input);
  });
}

/**
 * Reads a ledger entry like {@link parseLedgerEntry}, throwing instead of returning issues.
 *
 * @param input - the JSON form
 * @returns the entry
 * @throws {@link PairingAidError} with every issue {@link parseLedgerEntry} reports
 *
 * @example
 * ```ts
 * ledgerEntry({ id: 'e1', kind: 'budget', project: 'p', category: 'disaster-relief', amount: '280000', date: '2011-05-01' }).amount.toJSON()
 * //=> '280000.00'
 * ```
 */
export function ledgerEntry(input: Snapshot<LedgerEntry>): LedgerEntry {
  return unwrap(parseLedgerEntry(input));
}

/**
 * Reads an organisation from its JSON form.
 *
 * @param input - the parsed JSON
 * @returns the organisation, or issues with the codes {@link parseProgramme} lists
 *
 * @example
 * ```ts
 * parseOrganisation({ id: 'sz-office', name: { zh: '深圳市对口帮扶办' }, kind: 'support-office', region: '440300' }).ok
 * //=> true
 * ```
 */
export function parseOrganisation(input: unknown): Result<Organisation> {
  return readInput(() => {
    return parseOrganisationSnapshot(input);
  });
}

/**
 * Reads an organisation like {@link parseOrganisation}, throwing instead of returning issues.
 *
 * @param input - the JSON form
 * @returns the organisation
 * @throws {@link PairingAidError} with every issue {@link parseOrganisation} reports
 *
 * @example
 * ```ts
 * organisation({ id: 'sz-office', name: { en: 'Shenzhen counterpart-support office' }, kind: 'support-office' }).kind
 * //=> 'support-office'
 * ```
 */
export function organisation(input: Snapshot<Organisation>): Organisation {
  return unwrap(parseOrganisation(input));
}

/**
 * Reads a pairing from its JSON form.
 *
 * @param input - the parsed JSON
 * @returns the pairing, or issues with the codes {@link parseProgramme} lists
 *
 * @example
 * ```ts
 * parsePairing({ id: 'sz-bijie', donor: '440300', recipient: '522400', from: '1996-01-01' }).ok
 * //=> true
 * ```
 */
export function parsePairing(input: unknown): Result<Pairing> {
  return readInput(() => {
    return parsePairingSnapshot(input);
  });
}

/**
 * Reads a pairing like {@link parsePairing}, throwing instead of returning issues.
 *
 * @param input - the JSON form
 * @returns the pairing
 * @throws {@link PairingAidError} with every issue {@link parsePairing} reports
 *
 * @example
 * ```ts
 * pairing({ id: 'sz-qiannan', donor: '440300', recipient: '522700', from: '1996-01-01' }).recipient
 * //=> '522700'
 * ```
 */
export function pairing(input: Snapshot<Pairing>): Pairing {
  return unwrap(parsePairing(input));
}

/**
 * Reads a plan from its JSON form.
 *
 * @param input - the parsed JSON
 * @returns the plan, or issues with the codes {@link parseProgramme} lists
 *
 * @example
 * ```ts
 * const parsed = parsePlan({ id: 'p', kind: 'annual', name: { en: '2011' }, fromYear: 2011, toYear: 2011, agreed: [], targets: [{ measure: 'projects', value: 'many', unit: '个' }] })
 * parsed.ok || [parsed.issues[0]?.code, parsed.issues[0]?.path]
 * //=> ['decimal-invalid', ['targets', 0, 'value']]
 * ```
 */
export function parsePlan(input: unknown): Result<Plan> {
  return readInput(() => {
    return parsePlanSnapshot(input);
  });
}

/**
 * Reads a plan like {@link parsePlan}, throwing instead of returning issues.
 *
 * @param input - the JSON form
 * @returns the plan
 * @throws {@link PairingAidError} with every issue {@link parsePlan} reports
 *
 * @example
 * ```ts
 * plan({ id: 'p', kind: 'annual', name: { en: '2011' }, fromYear: 2011, toYear: 2011, agreed: [], targets: [] }).kind
 * //=> 'annual'
 * ```
 */
export function plan(input: Snapshot<Plan>): Plan {
  return unwrap(parsePlan(input));
}

/**
 * Reads the actual values of performance indicators (实际完成值) from their JSON form, as the shipped JSON Schema
 * `schemas/performance-actuals.json` says: a list, each naming its project (and sub-project), the indicator by
 * name, the value as an exact decimal string, the date and the source. Which indicator an actual belongs to is
 * {@link evaluatePerformanceTarget}'s to check.
 *
 * @param input - the parsed JSON, e.g. `JSON.parse(text)`
 * @returns the actuals, or issues such as `decimal-invalid`, `invalid-date`, `id-invalid`, `text-empty`
 *
 * @example
 * ```ts
 * const source = { document: '毕节市2011年项目验收报告', completeness: 'complete' }
 * const parsed = parsePerformanceActuals([{ project: 'BJ-01', indicator: '完成子项目数', value: '3.0', date: '2011-12-20', source }])
 * parsed.ok && parsed.value[0]?.source.document
 * //=> { zh: '毕节市2011年项目验收报告' }
 * parsePerformanceActuals([{ project: 'BJ-01', indicator: '完成子项目数', value: 3, date: '2011-12-20', source }]).ok
 * //=> false
 * ```
 */
export function parsePerformanceActuals(input: unknown): Result<readonly PerformanceActual[]> {
  return readInput(() => parsePerformanceActualsSnapshot(input));
}
