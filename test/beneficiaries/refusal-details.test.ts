import { describe, expect, it } from 'vitest';
import {
  allocateBeneficiaryColumns,
  beneficiarySummaryToJSON,
  checkBeneficiaryColumns,
  emptyBeneficiarySummary,
  mergeBeneficiarySummaries,
  PairingAidError,
  parseBeneficiarySummary,
  parseDeclaredCount,
  projectId,
  regionCode,
  summariseBeneficiaryColumns,
} from '../../src/index.js';
import { columnsOf } from './generators.js';

const road = { attachedTo: { kind: 'project' as const, project: projectId('road') } };
const source = { document: '李林村项目公示表', completeness: 'complete' } as const;

describe('what each refusal of beneficiary data names', () => {
  it('allocates a household column only when asked to', () => {
    expect(allocateBeneficiaryColumns(2, [road], [regionCode('520502')]).householdKeys).toBeUndefined();
    expect([...(allocateBeneficiaryColumns(2, [road], [regionCode('520502')], { households: true }).householdKeys ?? [])]).toEqual([Number.NaN, Number.NaN]);
  });

  it('stops at a column of the wrong length, before reading any record of it', () => {
    const columns = { ...allocateBeneficiaryColumns(3, [road], [regionCode('520502')]), regionIndices: new Int32Array(1) };
    expect(checkBeneficiaryColumns(columns).map((issue) => [issue.code, issue.path])).toEqual([['beneficiary-columns-length', ['regionIndices']]]);
  });

  it('names the person key that is not a whole number', () => {
    const columns = allocateBeneficiaryColumns(1, [road], [regionCode('520502')]);
    columns.personKeys[0] = 1.5;
    expect(checkBeneficiaryColumns(columns)).toMatchObject([{ code: 'beneficiary-columns-person-key', path: ['personKeys', 0], params: { value: '1.5' } }]);
  });

  it('summarises no malformed columns', () => {
    const columns = { ...allocateBeneficiaryColumns(2, [road], [regionCode('520502')]), years: new Uint16Array(1) };
    expect(() => summariseBeneficiaryColumns(columns)).toThrow(PairingAidError);
    expect(() => summariseBeneficiaryColumns(columns)).toThrow(/beneficiary-columns-length/);
  });

  it('refuses to merge summaries grouped differently, naming no place in either', () => {
    try {
      mergeBeneficiarySummaries(emptyBeneficiarySummary('county'), emptyBeneficiarySummary());
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PairingAidError);
      expect((error as PairingAidError).issues.map((issue) => [issue.code, issue.path])).toEqual([['beneficiary-summary-grouping', []]]);
    }
  });

  it('refuses a summary that is not one, with the schema\'s issues', () => {
    const parsed = parseBeneficiarySummary({ groupBy: null });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues.length).toBeGreaterThan(0);
    expect(!parsed.ok && parsed.issues.every((issue) => issue.code !== 'beneficiary-summary-keys')).toBe(true);
  });

  it('names the group whose keys do not decode', () => {
    const summary = summariseBeneficiaryColumns(
      columnsOf([{ person: { kind: 'app', appId: 'p1' }, registeredPoor: false, attachedTo: { kind: 'activity', activity: 'training' as never }, region: '520502' as never, year: 2011 }]),
      { groupBy: 'region' },
    );
    const json = JSON.parse(JSON.stringify(beneficiarySummaryToJSON(summary))) as { groups: { persons: { keys: string } }[] };
    expect(json.groups).toHaveLength(1);
    json.groups[0]!.persons.keys = '*';
    const parsed = parseBeneficiarySummary(json);
    expect(!parsed.ok && parsed.issues.map((issue) => [issue.code, issue.path])).toContainEqual(['beneficiary-summary-keys', ['groups', 0, 'persons', 'keys']]);
  });

  it('reads a count of person-times as its number', () => {
    const parsed = parseDeclaredCount({ figure: 'trained', unit: 'person-times', count: 120, source });
    expect(parsed.ok && parsed.value.count).toBe(120);
  });
});
