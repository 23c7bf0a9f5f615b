import { describe, expect, it } from 'vitest';
import {
  countBeneficiaries,
  identifiedBeneficiaries,
  parseIdentifiedBeneficiaries,
  pseudonymise,
  pseudonymKey,
  residentIdCheckCharacter,
} from '../../src/index.js';

const valid = `52050219900101123${residentIdCheckCharacter('52050219900101123')}`;
const key = pseudonymKey('00112233445566778899aabbccddeeff');

describe('parseIdentifiedBeneficiaries', () => {
  it('reads records of every kind of person', () => {
    const records = identifiedBeneficiaries([
      { person: { kind: 'resident-id', residentId: valid.toLowerCase() }, household: 'h-1', registeredPoor: true, attachedTo: { kind: 'project', project: 'BJ-01' }, region: '520502', year: 2011 },
      { person: { kind: 'pseudonym', pseudonym: pseudonymise(valid, key) }, attachedTo: { kind: 'sub-project', project: 'BJ-01', subProject: 'BJ-01-a' }, region: '520502', year: 2011, fundCategory: 'counterpart-support', projectType: 'rural-road' },
      { person: { kind: 'app', appId: 'p-1' }, attachedTo: { kind: 'activity', activity: 'training' }, region: '522701', year: 2011 },
    ]);
    expect(records.map((record) => record.registeredPoor)).toEqual([true, false, false]);
    expect(records[0]?.person).toEqual({ kind: 'resident-id', residentId: valid });
    expect(countBeneficiaries(records).totals[0]?.persons).toBe(3);
  });

  describe('edge cases', () => {
    it('reports every problem with its path, with the resident-ID codes', () => {
      const wrongCheck = `${valid.slice(0, 17)}${valid[17] === '0' ? '1' : '0'}`;
      const parsed = parseIdentifiedBeneficiaries([
        { person: { kind: 'resident-id', residentId: wrongCheck }, attachedTo: { kind: 'project', project: 'BJ-01' }, region: '520502', year: 2011 },
        { person: { kind: 'pseudonym', pseudonym: 'abc' }, attachedTo: { kind: 'road' }, region: '5205', year: 11 },
      ]);
      const found = !parsed.ok && parsed.issues.map((issue) => [issue.code, issue.path.join('.')]);
      expect(found).toEqual(
        expect.arrayContaining([
          ['resident-id-check-digit', '0.person.residentId'],
          ['pseudonym-format', '1.person.pseudonym'],
          ['region-code-format', '1.region'],
          ['too-small', '1.year'],
        ]),
      );
      expect(found).toContainEqual(expect.arrayContaining(['1.attachedTo.kind']));
    });

    it('throws from the twin', () => {
      expect(() => identifiedBeneficiaries([{}])).toThrow();
    });
  });
});
