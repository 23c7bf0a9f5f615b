import { describe, expect, it } from 'vitest';
import { seedDeclaredProjects2011 } from '../../examples/data/shenzhen-guizhou-2011.js';
import { declaredProjectCount, formatPath, PairingAidError, parseDeclaredProjectCount } from '../../src/index.js';

const snapshot = <T>(value: T): Record<string, unknown> => JSON.parse(JSON.stringify(value));

describe('parseDeclaredProjectCount', () => {
  it('reads the 2011 figures back from their JSON', () => {
    for (const count of seedDeclaredProjects2011) expect(parseDeclaredProjectCount(snapshot(count))).toEqual({ ok: true, value: count });
  });

  it('reports every problem with its path', () => {
    const parsed = parseDeclaredProjectCount({ ...snapshot(seedDeclaredProjects2011[4]), scope: 'roads', projects: -1, invested: '12,000,000.001', region: '5224' });
    expect(parsed.ok || parsed.issues.map((issue) => [issue.code, formatPath(issue.path)])).toEqual(
      expect.arrayContaining([
        ['invalid-value', 'scope'],
        ['too-small', 'projects'],
        ['region-code-format', 'region'],
      ]),
    );
    expect(parsed.ok || parsed.issues.some((issue) => formatPath(issue.path) === 'invested')).toBe(true);
  });

  it('throws one PairingAidError in its throwing twin', () => {
    expect(declaredProjectCount(snapshot(seedDeclaredProjects2011[0]))).toEqual(seedDeclaredProjects2011[0]);
    expect(() => declaredProjectCount({})).toThrow(PairingAidError);
  });
});
