import {
  createProgrammeRecord,
  projectId,
  recordLifecycleCommand,
  unwrap,
  type LifecycleCommand,
  type ProgrammeRecord,
  type ProjectId,
} from '../../src/index.js';
import { recordLifecycles2011, seedCommands2011 } from '../../examples/data/shenzhen-guizhou-2011-commands.js';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';

// Each record is made where a test asks for it, so that what making it runs counts as that test's work.

/** The 2011 programme with nothing recorded yet: every project drafted. */
export const drafted = (): ProgrammeRecord => unwrap(createProgrammeRecord(seedProgramme2011));

/** The 2011 record of the examples (`seedRecord2011`): each project's lifecycle as far as it got by the end of 2011. */
export const record2011 = (): ProgrammeRecord => recordLifecycles2011();

/** A Bijie project in 大方县 (522422) and a Qiannan one. */
export const dafangProject = projectId('BJ-2011-04');
export const qiannanProject = projectId('QN-2011-01');

/** The project's 2011 commands, in order. */
export function commandsOf(project: ProjectId): readonly LifecycleCommand[] {
  const found = seedProgramme2011.projects.find((candidate) => candidate.id === project);
  if (found === undefined) throw new Error(`no project ${project}`);
  return seedCommands2011(found);
}

/** The 2011 programme with the Dafang project's lifecycle to its closure, the other projects drafted. */
export const dafangClosed = (): ProgrammeRecord => recordUntil(drafted(), dafangProject, 'close');

/** Records a project's 2011 commands on a record up to and including the one of type `until`. */
export function recordUntil(record: ProgrammeRecord, project: ProjectId, until: LifecycleCommand['type']): ProgrammeRecord {
  let current = record;
  for (const command of commandsOf(project)) {
    current = unwrap(recordLifecycleCommand(current, project, command)).record;
    if (command.type === until) break;
  }
  return current;
}

/** The command of a type among a project's 2011 commands. */
export function commandOf(project: ProjectId, type: LifecycleCommand['type']): LifecycleCommand {
  const command = commandsOf(project).find((candidate) => candidate.type === type);
  if (command === undefined) throw new Error(`no ${type}`);
  return command;
}
