import type { LifecycleCommand, LifecycleEvent } from './lifecycle-command.js';
import { commandOfEvent } from './evolve-lifecycle.js';

/**
 * The command an event records, so that a stored event can be decided again: the event without its project,
 * without what the decision worked out (an announcement's period) and without what the command implies (a
 * failed acceptance's grade). `undefined` for an event type no command records.
 * @internal
 */
export function commandFromEvent(event: LifecycleEvent): LifecycleCommand | undefined {
  const type = commandOfEvent(event.type);
  if (type === undefined) return undefined;
  const { project: _project, type: _event, ...fields } = event as LifecycleEvent & { readonly period?: unknown; readonly grade?: unknown };
  const { period: _period, ...rest } = fields as typeof fields & { readonly period?: unknown };
  const payload = type === 'fail-acceptance' ? withoutGrade(rest) : rest;
  return { type, ...payload } as unknown as LifecycleCommand;
}

function withoutGrade(fields: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const { grade: _grade, ...rest } = fields;
  return rest;
}
