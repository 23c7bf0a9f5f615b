/**
 * A programme with the lifecycle of each of its projects, as one value: checked as one (the model's rules, every
 * stored event decided again, the ledger gates), moved one command or correction at a time, and read back from
 * JSON.
 *
 * Import it as `pairing-aid/record`, or everything from `pairing-aid`.
 *
 * @module record
 */
export type { ProgrammeRecord } from './programme-record.js';
export type { RecordOptions } from './record-options.js';
export { createProgrammeRecord } from './create-programme-record.js';
export { parseProgrammeRecord, programmeRecord } from './parse-programme-record.js';
export { checkProgramme, type CheckProgrammeOptions } from './check-programme.js';
export { effectiveProgramme } from './effective-programme.js';
export { recordLifecycleCommand, type RecordedCommand } from './record-lifecycle-command.js';
export { projectLifecycle, projectStatusOn } from './project-lifecycle.js';
export { nextLifecycleSteps, type LifecycleStep, type StepBlocker } from './next-lifecycle-steps.js';
export { recordEventCorrection, type EventCorrectionRequest } from './record-event-correction.js';
