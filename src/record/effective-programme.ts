import type { Programme } from '../model/programme.js';
import { projectHistory } from './project-history.js';
import type { ProgrammeRecord } from './programme-record.js';
import { recordOptionsKey, type RecordOptions } from './record-options.js';

const cache = new WeakMap<ProgrammeRecord, WeakMap<object, Programme>>();

/**
 * The programme as it stands: each project with the changes (调整) that took effect in its log — approved by
 * the original authority, announced and put into effect — in place of the data it was approved with. Checks,
 * reports and exports use it; the record keeps both.
 *
 * @param record - the programme with its event logs
 * @param options - the announcement policy the logs were decided under
 * @returns the programme with every change in effect (the same object when no change took effect)
 *
 * @example
 * ```ts
 * import { seedRecord2011 } from 'pairing-aid/examples/2011'
 * effectiveProgramme(seedRecord2011).projects.length
 * //=> 38
 * ```
 */
export function effectiveProgramme(record: ProgrammeRecord, options: RecordOptions = {}): Programme {
  const key = recordOptionsKey(options);
  let byPolicy = cache.get(record);
  if (byPolicy === undefined) cache.set(record, (byPolicy = new WeakMap()));
  const known = byPolicy.get(key);
  if (known !== undefined) return known;
  const { programme } = record;
  const projects = programme.projects.map((project) => projectHistory(record, project, options).project);
  const changed = projects.some((project, index) => project !== programme.projects[index]);
  const effective = changed ? { ...programme, projects } : programme;
  byPolicy.set(key, effective);
  return effective;
}
