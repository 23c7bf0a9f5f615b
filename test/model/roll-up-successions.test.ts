import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import { isoDate, regionCode, rollUpProgramme, type Programme, type RegionCode } from '../../src/index.js';

// The 2011 renumbering of Bijie's counties (毕节市 522401 became 七星关区 520502).
const renumbered: Readonly<Record<string, string>> = {
  '522401': '520502',
  '522422': '520521',
  '522423': '520522',
  '522424': '520523',
  '522425': '520524',
  '522426': '520525',
  '522427': '520526',
  '522428': '520527',
};
const newCode = (code: RegionCode): RegionCode => regionCode(renumbered[code] ?? code);
const endOf2011 = { regionsAsOf: isoDate('2011-12-31') };

// Rewrites the chosen projects (by index) with the new codes, dated after the change.
function withNewCodes(programme: Programme, chosen: ReadonlySet<number>): Programme {
  return {
    ...programme,
    projects: programme.projects.map((project, p) =>
      !chosen.has(p)
        ? project
        : {
            ...project,
            locationDate: isoDate('2011-11-01'),
            location: { ...project.location, region: newCode(project.location.region) },
            subProjects: project.subProjects.map((sub) => ({ ...sub, location: { ...sub.location, region: newCode(sub.location.region) } })),
          },
    ),
  };
}

describe('rollUpProgramme with regionsAsOf', () => {
  it('puts the 2011 Bijie records under the codes in force at the end of 2011', () => {
    const summary = rollUpProgramme(seedProgramme2011, endOf2011);
    expect(summary.byRegion['522400']).toBeUndefined();
    expect(summary.byRegion['520500']?.budget.toJSON()).toBe('12000000.00');
    expect(summary.activitiesByRegion['520500']).toEqual({ projects: 25, subProjects: 53 });
    expect(rollUpProgramme(seedProgramme2011).byRegion['522400']?.budget.toJSON()).toBe('12000000.00');
  });

  it('gives the same totals by region whether records use the old or the new codes of one area', () => {
    const base = JSON.stringify(rollUpProgramme(seedProgramme2011, endOf2011));
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: seedProgramme2011.projects.length - 1 })), (indices) => {
        expect(JSON.stringify(rollUpProgramme(withNewCodes(seedProgramme2011, new Set(indices)), endOf2011))).toBe(base);
      }),
      { numRuns: 30 },
    );
  });
});
