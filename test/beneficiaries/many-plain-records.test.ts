import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateBeneficiaryColumns, countBeneficiaryColumns, projectId, regionCode } from '../../src/index.js';

const road = { attachedTo: { kind: 'project' as const, project: projectId('road') } };

describe('a count of many records with no grouping and no registered-poor flag', () => {
  it('counts each distinct person once, and every record as a person-time, whatever the keys and their order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.nat({ max: 200 }), fc.maxSafeNat(), fc.integer({ min: 2 ** 32, max: 2 ** 33 })), { minLength: 64, maxLength: 400 }),
        (keys) => {
          const columns = allocateBeneficiaryColumns(keys.length, [road], [regionCode('520502')]);
          columns.personKeys.set(keys);
          columns.years.fill(2011);
          const [total] = countBeneficiaryColumns(columns).totals;
          expect(total?.persons).toBe(new Set(keys).size);
          expect(total?.personTimes).toBe(keys.length);
          expect(total?.registeredPoorPersons).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });
});
