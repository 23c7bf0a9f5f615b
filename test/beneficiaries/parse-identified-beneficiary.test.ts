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

    it('reads resident ID numbers only as the library writes them: 18 characters, an upper-case X', () => {
      const codes = (residentId: string) => {
        const parsed = parseIdentifiedBeneficiaries([{ person: { kind: 'resident-id', residentId }, attachedTo: { kind: 'project', project: 'BJ-01' }, region: '520502', year: 2011 }]);
        return parsed.ok ? [] : parsed.issues.map((issue) => [issue.code, issue.path.join('.')]);
      };
      expect(codes('11010519491231002X')).toEqual([]);
      for (const written of ['11010519491231002x', ' 11010519491231002X', '11010519491231002X ', '1101051949123100', '110105194912310021X']) {
        expect(codes(written)).toEqual([['resident-id-format', '0.person.residentId']]);
      }
    });

    it('refuses a blank household or app id, and reads a missing household as unknown', () => {
      const record = (extra: object) => ({ person: { kind: 'app', appId: 'p-1' }, attachedTo: { kind: 'activity', activity: 'training' }, region: '522701', year: 2011, ...extra });
      const read = parseIdentifiedBeneficiaries([record({})]);
      expect(read.ok && 'household' in read.value[0]!).toBe(false);
      const refused = parseIdentifiedBeneficiaries([record({ household: ' ' }), record({ person: { kind: 'app', appId: '' } }), record({ registeredPoor: 'yes' })]);
      expect(!refused.ok && refused.issues.map((issue) => issue.path.join('.'))).toEqual(['0.household', '1.person.appId', '2.registeredPoor']);
    });

    it('throws from the twin', () => {
      expect(() => identifiedBeneficiaries([{}])).toThrow();
    });
  });
});
