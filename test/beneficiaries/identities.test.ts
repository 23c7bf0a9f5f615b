import { describe, expect, it } from 'vitest';
import {
  countBeneficiaries,
  PairingAidError,
  projectId,
  pseudonymise,
  pseudonymKey,
  regionCode,
  residentId,
  residentIdCheckCharacter,
  type BeneficiaryPerson,
  type IdentifiedBeneficiary,
} from '../../src/index.js';

const reached = (person: BeneficiaryPerson, extra: Partial<IdentifiedBeneficiary> = {}): IdentifiedBeneficiary => ({
  person,
  registeredPoor: false,
  attachedTo: { kind: 'project', project: projectId('road') },
  region: regionCode('520502'),
  year: 2011,
  ...extra,
});
const idOf = (first17: string) => residentId(`${first17}${residentIdCheckCharacter(first17)}`);
const key = pseudonymKey('00112233445566778899aabbccddeeff');

describe('countBeneficiaries, person by person', () => {
  it('counts two resident ID numbers as two persons, and one number twice as one', () => {
    const first = { kind: 'resident-id' as const, residentId: idOf('52050219900101123') };
    const second = { kind: 'resident-id' as const, residentId: idOf('52050219900101124') };
    expect(countBeneficiaries([reached(first), reached(second), reached(first)]).totals[0]).toMatchObject({ personTimes: 3, persons: 2 });
  });

  it('counts two pseudonyms as two persons, and a pseudonym and an app number of the same text as two', () => {
    const one = pseudonymise(idOf('52050219900101123'), key);
    const other = pseudonymise(idOf('52050219900101124'), key);
    const records = [
      reached({ kind: 'pseudonym', pseudonym: one }),
      reached({ kind: 'pseudonym', pseudonym: other }),
      reached({ kind: 'pseudonym', pseudonym: one }),
      reached({ kind: 'app', appId: one }),
    ];
    expect(countBeneficiaries(records).totals[0]).toMatchObject({ personTimes: 4, persons: 3 });
  });

  it('keeps records of one attachment with different fund categories or project types apart when grouping by them', () => {
    const records = [
      reached({ kind: 'app', appId: 'li' }, { fundCategory: 'counterpart-support', projectType: 'rural-road' }),
      reached({ kind: 'app', appId: 'wang' }, { fundCategory: 'disaster-relief', projectType: 'rural-road' }),
      reached({ kind: 'app', appId: 'zhao' }, { fundCategory: 'disaster-relief', projectType: 'education' }),
      reached({ kind: 'app', appId: 'sun' }),
    ];
    const byCategory = countBeneficiaries(records, { groupBy: 'fund-category' });
    expect(byCategory.groups.map((group) => [group.group, group.persons])).toEqual([
      [null, 1],
      ['counterpart-support', 1],
      ['disaster-relief', 2],
    ]);
    const byType = countBeneficiaries(records, { groupBy: 'project-type', selection: { fundCategories: ['disaster-relief'] } });
    expect(byType.groups.map((group) => [group.group, group.persons])).toEqual([
      ['education', 1],
      ['rural-road', 1],
    ]);
  });

  it('reads every year from 0 to 65535, and refuses each record outside, by its position', () => {
    const li = { kind: 'app' as const, appId: 'li' };
    expect(countBeneficiaries([reached(li, { year: 0 }), reached(li, { year: 65_535 })]).totals.map((total) => total.year)).toEqual([0, 65_535]);
    const refused = (() => {
      try {
        countBeneficiaries([reached(li, { year: -1 }), reached(li), reached(li, { year: 65_536 }), reached(li, { year: 2011.5 })]);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refused).toBeInstanceOf(PairingAidError);
    expect((refused as PairingAidError).issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ['beneficiary-year-invalid', [0, 'year'], { year: '-1' }],
      ['beneficiary-year-invalid', [2, 'year'], { year: '65536' }],
      ['beneficiary-year-invalid', [3, 'year'], { year: '2011.5' }],
    ]);
  });
});
