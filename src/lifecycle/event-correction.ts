import { createIssue, type Issue } from '../errors/issue.js';
import type { ProjectId } from '../model/ids.js';
import type { Actor } from './actor.js';
import type { LifecycleEvent } from './lifecycle-command.js';
import type { Timestamp } from './timestamp.js';

/**
 * The correction of an event recorded wrongly (the wrong date, the wrong body, a move that did not happen): a new
 * event that names the one it corrects by its place in the log, says why, and gives the event that should stand
 * in its place (or none, when nothing should have been recorded). Nothing stored is edited: the log keeps the
 * wrong event and its correction, and the project's lifecycle is the fold of the events as corrected.
 */
export interface EventCorrection {
  readonly type: 'event-corrected';
  readonly project: ProjectId;
  readonly by: Actor;
  readonly at: Timestamp;
  /** Why the event is corrected: required, and not blank. */
  readonly reason: string;
  /** The `sequence` of the event corrected. */
  readonly corrects: number;
  /** The event that stands in its place; absent when the event is withdrawn. */
  readonly replacement?: LifecycleEvent;
}

/** What a log records: lifecycle events, and corrections of them. */
export type LoggedEvent = LifecycleEvent | EventCorrection;

/**
 * Is a logged event a correction?
 *
 * @param event - the logged event
 * @returns whether it corrects another
 *
 * @example
 * ```ts
 * isEventCorrection({ type: 'proposed', project: projectId('BJ-1'), by: actor(organisationId('gov-522401'), 'county-government'), at: timestamp('2011-02-21T09:30:00+08:00') })
 * //=> false
 * ```
 */
export function isEventCorrection(event: LoggedEvent): event is EventCorrection {
  return event.type === 'event-corrected';
}

/** An event of the corrected history, with the place in the log it comes from. */
export interface CorrectedEvent {
  readonly event: LifecycleEvent;
  /** The index in the log of the event, or of the correction whose replacement it is. */
  readonly index: number;
  /** Set when the event is a correction's replacement. */
  readonly replaces?: number;
}

/**
 * The events of a log as corrected: each corrected event replaced by its correction's replacement (or left out),
 * the corrections themselves left out, everything else in its place; with every correction that cannot apply
 * (`correction-target-invalid`: it names no earlier lifecycle event, or one corrected already).
 * @internal
 */
export function correctedEvents(logged: readonly LoggedEvent[]): { readonly events: readonly CorrectedEvent[]; readonly issues: readonly Issue[] } {
  const replaced = new Map<number, { readonly replacement?: LifecycleEvent; readonly index: number }>();
  const issues: Issue[] = [];
  logged.forEach((event, index) => {
    if (!isEventCorrection(event)) return;
    const target = logged[event.corrects];
    const valid = Number.isInteger(event.corrects) && event.corrects < index && target !== undefined && !isEventCorrection(target) && !replaced.has(event.corrects);
    if (!valid) {
      issues.push(createIssue('correction-target-invalid', [index, 'event', 'corrects'], { corrects: event.corrects }));
      return;
    }
    replaced.set(event.corrects, { index, ...(event.replacement === undefined ? {} : { replacement: event.replacement }) });
  });
  const events: CorrectedEvent[] = [];
  logged.forEach((event, index) => {
    if (isEventCorrection(event)) return;
    const correction = replaced.get(index);
    if (correction === undefined) events.push({ event, index });
    else if (correction.replacement !== undefined) events.push({ event: correction.replacement, index: correction.index, replaces: index });
  });
  return { events, issues };
}
