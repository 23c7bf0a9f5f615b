/**
 * Writes a JSON value with object keys sorted (by UTF-16 code units, as RFC 8785 JCS does) and no white space,
 * so the same data gives the same text whatever order its keys were written in and whoever wrote it. Values
 * with a `toJSON` method (amounts) are written as that method returns; fields holding `undefined`, functions
 * or symbols are left out, as `JSON.stringify` does.
 *
 * @param value - a JSON-compatible value
 * @returns the canonical text
 * @throws TypeError for a `bigint` (JSON has no such value)
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, null, 'x'] })
 * //=> '{"a":[true,null,"x"],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  return write(value) ?? 'null';
}

function write(value: unknown): string | undefined {
  const plain = hasToJson(value) ? value.toJSON() : value;
  if (plain === null || typeof plain === 'boolean' || typeof plain === 'number' || typeof plain === 'string') return JSON.stringify(plain);
  if (Array.isArray(plain)) {
    let text = '[';
    for (let index = 0; index < plain.length; index++) text += `${index === 0 ? '' : ','}${write(plain[index]) ?? 'null'}`;
    return `${text}]`;
  }
  if (typeof plain === 'object') {
    let text = '';
    for (const key of Object.keys(plain).sort()) {
      const written = write((plain as Record<string, unknown>)[key]);
      if (written !== undefined) text += `${text === '' ? '' : ','}${quotedKey(key)}:${written}`;
    }
    return `{${text}}`;
  }
  if (typeof plain === 'bigint') throw new TypeError('A bigint has no JSON form.');
  return undefined;
}

// An event's keys are few and recur in every event: each is quoted once (up to a bound, for keys an app makes up).
const quotedKeys = new Map<string, string>();
const QUOTED_KEYS_KEPT = 1024;

function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < QUOTED_KEYS_KEPT) quotedKeys.set(key, quoted);
  }
  return quoted;
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/**
 * Whether two values have the same canonical JSON, compared field by field without writing either out: how a
 * replay tells that an event decided again is the stored one.
 * @internal
 */
export function isSameJson(left: unknown, right: unknown): boolean {
  const a = hasToJson(left) ? left.toJSON() : left;
  const b = hasToJson(right) ? right.toJSON() : right;
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => isSameJson(item ?? null, b[index] ?? null));
  }
  const keysOf = (value: object) => Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined);
  const leftKeys = keysOf(a);
  const rightKeys = keysOf(b);
  if (leftKeys.length !== rightKeys.length) return false;
  return leftKeys.every((key) => Object.hasOwn(b, key) && isSameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
