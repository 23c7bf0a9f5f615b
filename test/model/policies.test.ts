import { describe, expect, it } from 'vitest';
import { defaultNegativeListPolicy, negativeListPurposes, spendingPurposes } from '../../src/index.js';

describe('negativeListPurposes', () => {
  it('holds the nine items of the 2017 negative list, and no ordinary spending', () => {
    expect(negativeListPurposes).toHaveLength(9);
    expect(negativeListPurposes).not.toContain('project');
    expect(negativeListPurposes).not.toContain('management-fee');
    expect(negativeListPurposes.every((purpose) => spendingPurposes.includes(purpose))).toBe(true);
    expect(defaultNegativeListPolicy.rejected).toEqual(negativeListPurposes);
  });
});
