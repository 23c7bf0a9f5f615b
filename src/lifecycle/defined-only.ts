/** The keys of `T` that may be left out. */
type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : object extends Pick<T, K> ? K : never }[keyof T];

/** `T` where each optional field may also be given as `undefined`. */
export type Loose<T> = { [K in Exclude<keyof T, OptionalKeys<T>>]: T[K] } & { [K in OptionalKeys<T>]?: T[K] | undefined };

/**
 * Drops the fields whose value is `undefined`, so optional fields are absent rather than `undefined`
 * (what `exactOptionalPropertyTypes` and JSON both expect).
 * @internal
 */
export function definedOnly<T extends object>(fields: Loose<T>): T {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) result[key] = value;
  return result as T;
}
