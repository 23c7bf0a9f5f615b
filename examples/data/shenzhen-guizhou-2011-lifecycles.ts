// The lifecycles of the 2011 projects, recorded through the public API as a donor office's app records them:
// the commands of shenzhen-guizhou-2011-commands.ts, each decided against the programme's registered
// organisations, its donor and the announcement policy, and appended to the project's hash-chained log.
import type { LifecycleEventLog, ProgrammeRecord } from '../../src/index.js';
import { recordLifecycles2011 } from './shenzhen-guizhou-2011-commands.js';

export { seedAgreements2011, seedCommands2011 } from './shenzhen-guizhou-2011-commands.js';

/**
 * Shenzhen's 2011 programme with the lifecycle of each of its 38 projects: the record that the 2011 report and
 * exports are built from. Bijie's 25 projects are closed, twelve of Qiannan's have their completion announced and
 * one is still being built at the end of 2011.
 */
export const seedRecord2011: ProgrammeRecord = recordLifecycles2011();

/** The stored event logs of {@link seedRecord2011}, by project id. */
export const seedEventLogs2011: Readonly<Record<string, LifecycleEventLog>> = seedRecord2011.eventLogs;
