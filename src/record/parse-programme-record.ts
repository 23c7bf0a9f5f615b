import { createIssue, prefixIssues, type Issue } from '../errors/issue.js';
import { fail, unwrap, type Result } from '../errors/result.js';
import type { LifecycleEventLog } from '../lifecycle/event-log.js';
import { parseEventLog } from '../lifecycle/event-log-schema.js';
import { parseProgramme } from '../model/parse-model.js';
import { createProgrammeRecord } from './create-programme-record.js';
import { readInput } from '../errors/read-input.js';
import type { ProgrammeRecord } from './programme-record.js';

const isPlainObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a stored {@link ProgrammeRecord} back (`JSON.parse` of `JSON.stringify(record)`, say): the programme
 * snapshot and every project's event log, each log's hash chain verified and its events' shapes checked, all
 * problems reported at once with their paths (`programme.projects[3].budget`, `eventLogs.BJ-2011-07[2].event.at`).
 *
 * @param input - the stored record
 * @returns the record, or every issue: those of {@link parseProgramme} under `programme`, of
 *   {@link parseEventLog} under `eventLogs.<project>`, and of {@link createProgrammeRecord}
 *
 * @example
 * ```ts
 * import { seedRecord2011 } from 'pairing-aid/examples/2011'
 * parseProgrammeRecord(JSON.parse(JSON.stringify(seedRecord2011))).ok
 * //=> true
 * parseProgrammeRecord({ programme: {}, eventLogs: [] }).ok
 * //=> false
 * ```
 */
export function parseProgrammeRecord(input: unknown): Result<ProgrammeRecord> {
  return readInput(() => readProgrammeRecord(input));
}

function readProgrammeRecord(input: unknown): Result<ProgrammeRecord> {
  if (!isPlainObject(input)) return fail([createIssue('invalid-type', [], { expected: 'object', received: input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input })]);
  const issues: Issue[] = [];
  for (const key of Object.keys(input)) {
    if (key !== 'programme' && key !== 'eventLogs') issues.push(createIssue('unrecognized-key', [key], { key }));
  }
  const programme = parseProgramme(input.programme);
  if (!programme.ok) issues.push(...prefixIssues(programme.issues, ['programme']));
  const logs: Record<string, LifecycleEventLog> = {};
  const stored = input.eventLogs ?? {};
  if (!isPlainObject(stored)) {
    issues.push(createIssue('invalid-type', ['eventLogs'], { expected: 'object', received: Array.isArray(stored) ? 'array' : typeof stored }));
  } else {
    for (const [id, log] of Object.entries(stored)) {
      const parsed = parseEventLog(log);
      if (parsed.ok) logs[id] = parsed.value;
      else issues.push(...prefixIssues(parsed.issues, ['eventLogs', id]));
    }
  }
  if (!programme.ok) return fail(issues);
  const record = createProgrammeRecord(programme.value, logs);
  if (!record.ok) return fail([...issues, ...record.issues]);
  return issues.length > 0 ? fail(issues) : record;
}

/**
 * Reads a stored {@link ProgrammeRecord} back, or throws.
 *
 * @param input - the stored record
 * @returns the record
 * @throws {@link PairingAidError} with every issue of {@link parseProgrammeRecord}
 *
 * @example
 * ```ts
 * import { seedRecord2011 } from 'pairing-aid/examples/2011'
 * programmeRecord(JSON.parse(JSON.stringify(seedRecord2011))).programme.projects.length
 * //=> 38
 * ```
 */
export function programmeRecord(input: unknown): ProgrammeRecord {
  return unwrap(parseProgrammeRecord(input));
}
