import { describe, expect, it } from 'vitest';
import { checkProgramme, isoDate, projectLifecycle, type CheckProgrammeOptions, type ProgrammeRecord } from '../../src/index.js';
import { dafangProject, record2011 } from './fixtures.js';

// Bijie's 25 projects closed in 2011 without registering assets, which the rule of 2021 did not ask of them.
const closuresRefused = (record: ProgrammeRecord, options: CheckProgrammeOptions) => checkProgramme(record, options).filter((issue) => issue.code === 'closure-needs-asset-registration').length;

describe('the asset-registration policy a record is read under', () => {
  it('refuses the 2011 closures only when registration was required from a day before them', () => {
    const seedRecord2011 = record2011();
    expect(closuresRefused(seedRecord2011, {})).toBe(0);
    expect(closuresRefused(seedRecord2011, { assetRegistration: { requiredFrom: isoDate('2011-01-01') } })).toBe(25);
    expect(closuresRefused(seedRecord2011, { assetRegistration: { requiredFrom: isoDate('2021-01-01') } })).toBe(0);
    expect(closuresRefused(seedRecord2011, { assetRegistration: 'not-required' })).toBe(0);
  });

  it('keeps the readings under each policy apart, however often and in whatever order they are asked for', () => {
    const seedRecord2011 = record2011();
    const early = { assetRegistration: { requiredFrom: isoDate('2011-01-01') } } as const;
    for (const options of [{}, { assetRegistration: 'not-required' } as const, early, { assetRegistration: { requiredFrom: isoDate('2012-01-01') } }, early, {}]) {
      const expected = options === early ? 25 : 0;
      expect(closuresRefused(seedRecord2011, options)).toBe(expected);
    }
    expect(projectLifecycle(seedRecord2011, dafangProject, early)?.status).toBe('completion-announced');
    expect(projectLifecycle(seedRecord2011, dafangProject, { assetRegistration: 'not-required' })?.status).toBe('closed');
    expect(projectLifecycle(seedRecord2011, dafangProject, { assetRegistration: { requiredFrom: isoDate('2011-01-01') } })?.status).toBe('completion-announced');
  });
});
