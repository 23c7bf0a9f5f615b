import { createIssue } from './issue.js';
import { PairingAidError } from './pairing-aid-error.js';
import { fail, type Result } from './result.js';

/**
 * Runs a parser so that it returns a result whatever its input does: a getter or a proxy that throws while the
 * input is read gives the issue `input-unreadable`, and a {@link PairingAidError} gives its own issues, so that
 * no `parseX` of the library ever throws.
 * @internal
 */
export function readInput<T>(read: () => Result<T>): Result<T> {
  try {
    return read();
  } catch (error) {
    if (error instanceof PairingAidError) return fail(error.issues);
    return fail([createIssue('input-unreadable')]);
  }
}

/**
 * A short description of any value for an issue's params, which never calls the value's own methods (so an
 * object whose `toString` is not a function, or a proxy, cannot make describing it throw).
 * @internal
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'symbol':
      return 'symbol';
    case 'function':
      return 'function';
    default:
      if (value === null) return 'null';
      try {
        return Array.isArray(value) ? 'array' : 'object';
      } catch {
        return 'object';
      }
  }
}
