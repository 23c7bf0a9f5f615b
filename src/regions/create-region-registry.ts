import { createIssue, prefixIssues, type Issue, type IssuePath } from '../errors/issue.js';
import { fail, succeed, unwrap, type Result } from '../errors/result.js';
import { parseRegionCode, type RegionCode } from './region-code.js';
import type { RegionRegistry, RegionRelease } from './region-registry.js';
import { assembleRegistry, compareText, type ListingDraft } from './registry-internals.js';
import { describeValue, readInput } from '../errors/read-input.js';

/** A revision's form, `YYYYMM`. @internal */
export const REVISION = /^\d{4}(0[1-9]|1[0-2])$/;

/**
 * Reads an app's own dated releases (`{ revision: 'YYYYMM', entries: [{ code, name }] }[]`, in any
 * order) into a registry. A release may list a code twice under different names (the MCA release of
 * 200412 does); the first is the one {@link findRegion} returns.
 *
 * @param input - the releases
 * @returns the registry, or every problem: `invalid-type`, `region-releases-empty`,
 *   `region-revision-format`, `region-revision-duplicate`, `region-code-format`, `region-code-province`,
 *   `region-name-empty`, each with its path (`[2, 'entries', 40, 'code']`)
 *
 * @example
 * ```ts
 * const parsed = parseRegionRegistry([{ revision: '202012', entries: [{ code: '520000', name: '贵州省' }] }])
 * parsed.ok && parsed.value.revisions
 * //=> ['202012']
 * parseRegionRegistry([{ revision: '2020-12', entries: [] }]).ok
 * //=> false
 * ```
 */
export function parseRegionRegistry(input: unknown): Result<RegionRegistry> {
  return readInput(() => {
    if (!Array.isArray(input)) return fail([invalidType([], 'array of releases', input)]);
    if (input.length === 0) return fail([createIssue('region-releases-empty')]);
    const issues: Issue[] = [];
    const seen = new Set<string>();
    input.forEach((release: unknown, index) => {
      if (!isRecord(release)) return void issues.push(invalidType([index], 'release', release));
      const { revision, entries } = release;
      if (typeof revision !== 'string' || !REVISION.test(revision)) {
        issues.push(createIssue('region-revision-format', [index, 'revision'], { input: describeValue(revision) }));
      } else if (seen.has(revision)) {
        issues.push(createIssue('region-revision-duplicate', [index, 'revision'], { revision }));
      } else seen.add(revision);
      if (!Array.isArray(entries)) return void issues.push(invalidType([index, 'entries'], 'array of entries', entries));
      entries.forEach((entry: unknown, position) => issues.push(...checkEntry(entry, [index, 'entries', position])));
    });
    return issues.length > 0 ? fail(issues) : succeed(buildRegistry(input as readonly RegionRelease[]));
  });
}

/**
 * Builds a registry from an app's own releases like {@link parseRegionRegistry}, throwing instead of
 * returning issues.
 *
 * @param releases - the releases, in any order
 * @returns the registry
 * @throws {@link PairingAidError} with the codes {@link parseRegionRegistry} lists
 *
 * @example
 * ```ts
 * const registry = createRegionRegistry([
 *   { revision: '201012', entries: [{ code: '522400', name: '毕节地区' }] },
 *   { revision: '201112', entries: [{ code: '520500', name: '毕节市' }] },
 * ])
 * registry.listings.get(regionCode('522400'))?.[0]?.spans
 * //=> [{ first: '201012', last: '201012' }]
 * ```
 */
export function createRegionRegistry(releases: readonly RegionRelease[]): RegionRegistry {
  return unwrap(parseRegionRegistry(releases));
}

function checkEntry(entry: unknown, path: IssuePath): Issue[] {
  if (!isRecord(entry)) return [invalidType(path, 'entry', entry)];
  const issues: Issue[] = [];
  const code = parseRegionCode(entry.code);
  if (!code.ok) issues.push(...prefixIssues(code.issues, [...path, 'code']));
  if (typeof entry.name !== 'string' || entry.name.trim() === '') {
    issues.push(createIssue('region-name-empty', [...path, 'name'], { code: String(entry.code) }));
  }
  return issues;
}

function buildRegistry(releases: readonly RegionRelease[]): RegionRegistry {
  const sorted = [...releases].sort((a, b) => compareText(a.revision, b.revision));
  const drafts = new Map<string, { code: RegionCode; name: string; indices: number[] }>();
  sorted.forEach((release, index) => {
    for (const { code, name } of release.entries) {
      // A code given as a number passed parseRegionCode; the registry holds it as text.
      const text = String(code) as RegionCode;
      const key = `${text}|${name}`;
      const draft = drafts.get(key) ?? { code: text, name, indices: [] };
      if (draft.indices.at(-1) !== index) draft.indices.push(index);
      drafts.set(key, draft);
    }
  });
  return assembleRegistry(
    sorted.map((release) => release.revision),
    [...drafts.values()] satisfies ListingDraft[],
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalidType(path: IssuePath, expected: string, input: unknown): Issue {
  const received = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
  return createIssue('invalid-type', path, { expected, received });
}
