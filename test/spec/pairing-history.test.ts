import { describe, expect, it } from 'vitest';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import { shenzhenPairingHistory } from '../../examples/data/shenzhen-pairings.js';
import { formatPath, isoDate, regionCode, type Programme, type Project } from '../../src/index.js';
// The model's rule 4; checkProgramme runs it on a record together with the lifecycles' rules.
import { checkProgrammeModel as checkProgramme } from '../../src/model/check/check-programme-model.js';

const withHistory: Programme = { ...seedProgramme2011, pairings: shenzhenPairingHistory };
const first = seedProgramme2011.projects[0]!;
const projectIn = (region: string, year: number, locationDate?: string): Project => ({
  ...first,
  year,
  location: { ...first.location, region: regionCode(region) },
  subProjects: first.subProjects.map((sub) => ({ ...sub, location: { ...sub.location, region: regionCode(region) } })),
  ...(locationDate === undefined ? {} : { locationDate: isoDate(locationDate) }),
});
const found = (programme: Programme) => checkProgramme(programme).map((issue) => [issue.code, formatPath(issue.path)]);
const withProject = (project: Project): Programme => ({ ...withHistory, projects: [project, ...seedProgramme2011.projects.slice(1)] });

describe('Shenzhen’s pairing history', () => {
  it('keeps the 2011 programme valid', () => {
    expect(found(withHistory)).toEqual([]);
  });

  it('refuses a Shenzhen project in Qiannan after the 2013 re-arrangement', () => {
    expect(found(withProject(projectIn('522701', 2012)))).toEqual([]);
    expect(found(withProject(projectIn('522701', 2014)))).toEqual([['recipient-not-paired', 'projects[0].location.region']]);
    expect(found(withProject(projectIn('522701', 2013, '2013-06-01')))).toEqual([['recipient-not-paired', 'projects[0].location.region']]);
  });

  it('accepts a Shenzhen project in Baise after 2016, and refuses one before', () => {
    expect(found(withProject(projectIn('451002', 2017)))).toEqual([]);
    expect(found(withProject(projectIn('451002', 2015)))).toEqual([['recipient-not-paired', 'projects[0].location.region']]);
  });

  it('covers a Bijie project in 520525 through the pairing recorded on 522400 until July 2016, and again from November 2018', () => {
    expect(found(withProject(projectIn('520525', 2014)))).toEqual([]);
    expect(found(withProject(projectIn('520525', 2017, '2017-06-01')))).toEqual([['recipient-not-paired', 'projects[0].location.region']]);
    expect(found(withProject(projectIn('520525', 2019)))).toEqual([]);
  });

  it('names a source for every pairing', () => {
    for (const pairing of shenzhenPairingHistory) expect(Object.values(pairing.source?.document ?? {}).join(''), pairing.id).toMatch(/\S/);
  });
});
