import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import { isoDate, ledgerColumnsFromProgramme, regionCode, rollUpProgramme, type Programme, type RegionCode } from '../../src/index.js';

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

describe('rollUpProgramme and successions', () => {
  it('puts the 2011 Bijie records under the codes in force at the end of 2011', () => {
    const summary = rollUpProgramme(seedProgramme2011, endOf2011);
    expect(summary.byRegion['522400']).toBeUndefined();
    expect(summary.byRegion['520500']?.budget.toJSON()).toBe('12000000.00');
    expect(summary.activitiesByRegion['520500']).toEqual({ projects: 25, subProjects: 53 });
  });

  it('follows successions by default, to the end of the latest year of the data', () => {
    expect(rollUpProgramme(seedProgramme2011)).toEqual(rollUpProgramme(seedProgramme2011, endOf2011));
    expect(ledgerColumnsFromProgramme(seedProgramme2011).keys.region).toEqual(ledgerColumnsFromProgramme(seedProgramme2011, seedProgramme2011.ledger, endOf2011).keys.region);
  });

  it('follows them to the end of the programme’s period when it has one: 黔西县 522423 is 黔西市 520581 from 2021', () => {
    const toThe2021Round = rollUpProgramme({ ...seedProgramme2011, period: { fromYear: 2011, toYear: 2022 } });
    expect(toThe2021Round.byRegion['520581']?.budget.toJSON()).toBe(rollUpProgramme(seedProgramme2011).byRegion['520522']?.budget.toJSON());
    expect(toThe2021Round.byRegion['520522']).toBeUndefined();
  });

  it('stops at the registry’s last day for a period beyond it', () => {
    const later = rollUpProgramme({ ...seedProgramme2011, period: { fromYear: 2011, toYear: 2030 } });
    expect(later).toEqual(rollUpProgramme(seedProgramme2011, { regionsAsOf: isoDate('2024-12-31') }));
  });

  it('keeps the codes as recorded when asked by name', () => {
    const recorded = rollUpProgramme(seedProgramme2011, { regionsAsOf: 'as-recorded' });
    expect(recorded.byRegion['522400']?.budget.toJSON()).toBe('12000000.00');
    expect(recorded.byRegion['520500']).toBeUndefined();
  });

  it('totals a split county in the prefecture holding its parts, and in no county', () => {
    const project = seedProgramme2011.projects[0]!;
    const entry = { ...seedProgramme2011.ledger.find((found) => found.project === project.id && found.subProject === undefined)!, date: isoDate('2015-06-30') };
    const handan = { ...seedProgramme2011, projects: [{ ...project, year: 2015, location: { region: regionCode('130421') }, subProjects: [] }], ledger: [entry] };
    const summary = rollUpProgramme(handan, { regionsAsOf: isoDate('2017-12-31') });
    expect(Object.keys(summary.byRegion).sort()).toEqual(['130000', '130400']);
    expect(Object.keys(summary.activitiesByRegion).sort()).toEqual(['130000', '130400']);
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
