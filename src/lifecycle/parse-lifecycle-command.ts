import type * as z from 'zod';
import { readInput } from '../errors/read-input.js';
import { unwrap, type Result } from '../errors/result.js';
import { parseWithSchema } from '../schema/parse-with-schema.js';
import { buildLifecycleCommandSchema } from './event-log-shape.js';
import type { LifecycleCommand } from './lifecycle-command.js';

// Built on first use, so that importing the library builds no schema.
let commandSchema: z.ZodType | undefined;

/**
 * Reads a lifecycle command from JSON (a web form's payload, a message from a queue) into a typed
 * {@link LifecycleCommand}, with no cast: the command's name, who (`by`: an organisation id and a kind), when
 * (`at`), why (`reason`, required where the command needs one) and the command's own payload (an announcement,
 * an agreement, a grade, a change's alterations), every problem with its path. Whether the organisation may make
 * the command, there and then, is decided by {@link recordLifecycleCommand} against the programme.
 *
 * @param input - the command as JSON
 * @returns the command, or every issue: `invalid-type`, `invalid-value` (an unknown command among them),
 *   `unrecognized-key`, `timestamp-invalid`, `reason-required`, `id-invalid`, `invalid-date` and the amount codes
 *
 * @example
 * ```ts
 * const parsed = parseLifecycleCommand({ type: 'approve-as-county-government', by: { organisation: 'gov-522422', kind: 'county-government' }, at: '2011-03-08T10:00:00+08:00' })
 * parsed.ok && parsed.value.type
 * //=> 'approve-as-county-government'
 * const refused = parseLifecycleCommand({ type: 'cancel', by: { organisation: 'bijie-government', kind: 'prefecture-government' }, at: '2011-03-08' })
 * refused.ok || refused.issues.map((issue) => issue.code)
 * //=> ['timestamp-invalid', 'invalid-type']
 * ```
 */
export function parseLifecycleCommand(input: unknown): Result<LifecycleCommand> {
  return readInput(() => {
    commandSchema ??= buildLifecycleCommandSchema();
    return parseWithSchema(commandSchema, input) as Result<LifecycleCommand>;
  });
}

/**
 * Reads a lifecycle command from JSON, or throws.
 *
 * @param input - the command as JSON
 * @returns the command
 * @throws {@link PairingAidError} with every issue of {@link parseLifecycleCommand}
 *
 * @example
 * ```ts
 * toLifecycleCommand(JSON.parse('{"type":"propose","by":{"organisation":"gov-522422","kind":"county-government"},"at":"2011-02-21T09:30:00+08:00"}')).by.kind
 * //=> 'county-government'
 * ```
 */
export function toLifecycleCommand(input: unknown): LifecycleCommand {
  return unwrap(parseLifecycleCommand(input));
}
