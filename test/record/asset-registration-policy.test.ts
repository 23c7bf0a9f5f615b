import { describe, expect, it } from 'vitest';
import { checkProgramme, isoDate, projectLifecycle, type CheckProgrammeOptions } from '../../src/index.js';
import { seedRecord2011 } from '../../examples/data/shenzhen-guizhou-2011-lifecycles.js';
import { dafangProject } from './fixtures.js';

// Bijie's 25 projects closed in 2011 without registering assets, which the rule of 2021 did not ask of them.
const closuresRefused = (options: CheckProgrammeOptions) => checkProgramme(seedRecord2011, options).filter((issue) => issue.code === 'closure-needs-asset-registration').length;

describe('the asset-registration policy a record is read under', () => {
  it('refuses the 2011 closures only when registration was required from a day before them', () => {
    expect(closuresRefused({})).toBe(0);
    expect(closuresRefused({ assetRegistration: { requiredFrom: isoDate('2011-01-01') } })).toBe(25);
    expect(closuresRefused({ assetRegistration: { requiredFrom: isoDate('2021-01-01') } })).toBe(0);
    expect(closuresRefused({ assetRegistration: 'not-required' })).toBe(0);
  });

  it('keeps the readings under each policy apart, however often and in whatever order they are asked for', () => {
    const early = { assetRegistration: { requiredFrom: isoDate('2011-01-01') } } as const;
    for (const options of [{}, { assetRegistration: 'not-required' } as const, early, { assetRegistration: { requiredFrom: isoDate('2012-01-01') } }, early, {}]) {
      const expected = options === early ? 25 : 0;
      expect(closuresRefused(options)).toBe(expected);
    }
    expect(projectLifecycle(seedRecord2011, dafangProject, early)?.status).toBe('completion-announced');
    expect(projectLifecycle(seedRecord2011, dafangProject, { assetRegistration: 'not-required' })?.status).toBe('closed');
    expect(projectLifecycle(seedRecord2011, dafangProject, { assetRegistration: { requiredFrom: isoDate('2011-01-01') } })?.status).toBe('completion-announced');
  });
});
