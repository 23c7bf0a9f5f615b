import { describe, expect, it } from 'vitest';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import { amount, formatPath, isoDate, planId, regionCode, subProjectId, type RegionCheck, type Programme } from '../../src/index.js';
import { checkProgrammeModel } from '../../src/model/check/check-programme-model.js';

const seed = seedProgramme2011;

// Every code the region rule is asked about, with the date it must be valid on and where it stands.
function visitedCodes(programme: Programme): string[] {
  const visited: string[] = [];
  const regionCheck: RegionCheck = (code, date, path) => {
    visited.push(`${formatPath(path)} ${code} ${date}`);
    return [];
  };
  checkProgrammeModel(programme, { regionCheck });
  return visited;
}

describe('rule 19: every region code of a programme, on its date', () => {
  it('checks the donor, the organisations, the pairings, the funds and the projects of the seed, each on its own date', () => {
    const visited = visitedCodes(seed);
    expect(visited.filter((line) => !line.startsWith('projects['))).toEqual([
      'donor 440300 2011-01-01',
      ...seed.organisations.flatMap((found, o) => (found.region === undefined ? [] : [`organisations[${o}].region ${found.region} ${found.regionAsOf ?? '2011-01-01'}`])),
      ...seed.pairings.flatMap((found, p) => [`pairings[${p}].donor ${found.donor} ${found.from}`, `pairings[${p}].recipient ${found.recipient} ${found.from}`]),
      ...seed.funds.flatMap((found, f) => found.recipients.map((code, r) => `funds[${f}].recipients[${r}] ${code} ${found.date ?? `${found.year}-01-01`}`)),
    ]);
    // A project's donor is checked where it names one apart from the programme's.
    const first = { ...seed.projects[0]!, donor: regionCode('440303') };
    expect(visitedCodes({ ...seed, projects: [first, ...seed.projects.slice(1)] }).filter((line) => line.startsWith('projects[0].'))).toEqual([
      `projects[0].location.region ${first.location.region} 2011-01-01`,
      'projects[0].donor 440303 2011-01-01',
      ...first.subProjects.map((sub, s) => `projects[0].subProjects[${s}].location.region ${sub.location.region} 2011-01-01`),
    ]);
  });

  it('takes undated codes on the programme’s reference date, else on 1 January of its first project year, else of its first fund year', () => {
    expect(visitedCodes({ ...seed, referenceDate: isoDate('2011-10-22') })[0]).toBe('donor 440300 2011-10-22');
    const later = seed.projects.map((project) => ({ ...project, year: 2013 }));
    expect(visitedCodes({ ...seed, projects: [...later.slice(1), { ...later[0]!, year: 2012 }] })[0]).toBe('donor 440300 2012-01-01');
    expect(visitedCodes({ ...seed, projects: [], funds: seed.funds.map((fund) => ({ ...fund, year: 2014 })) })[0]).toBe('donor 440300 2014-01-01');
  });

  it('checks the recipients of a fund’s shares, of a plan’s agreed amounts and targets, and the donors of east–west funding lines', () => {
    const [fund] = seed.funds;
    const [project] = seed.projects;
    const programme: Programme = {
      ...seed,
      funds: [{ ...fund!, date: isoDate('2011-03-01'), breakdown: fund!.breakdown.map((share, s) => (s === 0 ? { ...share, recipient: regionCode('522400') } : share)) }],
      plans: [
        {
          id: planId('12th'), kind: 'multi-year', name: { en: 'plan' }, fromYear: 2012, toYear: 2015,
          agreed: [{ amount: amount('1'), recipient: regionCode('522700') }],
          targets: [{ measure: 'projects', value: '3', unit: 'projects', recipient: regionCode('520500') }],
        },
      ],
      projects: [
        {
          ...project!,
          locationDate: isoDate('2011-06-30'),
          funding: [{ source: 'east-west-cooperation', amount: project!.budget, donor: regionCode('440305') }, { source: 'local-integrated', amount: amount('1') }],
          subProjects: project!.subProjects.map((sub, s) => (s === 1 ? { ...sub, funding: [{ source: 'east-west-cooperation', amount: sub.budget, donor: regionCode('440303') }] } : sub)),
        },
      ],
    };
    const visited = visitedCodes(programme);
    expect(visited).toContain('funds[0].breakdown[0].recipient 522400 2011-03-01');
    expect(visited.filter((line) => line.startsWith('funds[0].breakdown'))).toHaveLength(1);
    expect(visited).toContain('plans[0].agreed[0].recipient 522700 2012-01-01');
    expect(visited).toContain('plans[0].targets[0].recipient 520500 2012-01-01');
    expect(visited.filter((line) => line.includes('funding'))).toEqual(['projects[0].funding[0].donor 440305 2011-06-30', 'projects[0].subProjects[1].funding[0].donor 440303 2011-06-30']);
  });
});

describe('ids', () => {
  const duplicates = (programme: Programme) =>
    checkProgrammeModel(programme, { regionCheck: false })
      .filter((issue) => issue.code === 'id-duplicate')
      .map((issue) => [formatPath(issue.path), issue.params]);

  it('name the kind, the id and where it was first used, for every kind of record', () => {
    const [pairing] = seed.pairings;
    const [fund] = seed.funds;
    const plan = { id: planId('p'), kind: 'annual' as const, name: { en: 'plan' }, fromYear: 2011, toYear: 2011, agreed: [], targets: [] };
    const [type] = seed.projectTypes;
    const programme: Programme = { ...seed, pairings: [...seed.pairings, pairing!], funds: [...seed.funds, fund!], plans: [plan, plan], projectTypes: [...seed.projectTypes, type!] };
    expect(duplicates(programme)).toEqual([
      [`projectTypes[${seed.projectTypes.length}].code`, { kind: 'project type', id: type!.code, first: 'projectTypes[0].code' }],
      [`pairings[${seed.pairings.length}].id`, { kind: 'pairing', id: pairing!.id, first: 'pairings[0].id' }],
      [`funds[${seed.funds.length}].id`, { kind: 'fund', id: fund!.id, first: 'funds[0].id' }],
      ['plans[1].id', { kind: 'plan', id: 'p', first: 'plans[0].id' }],
    ]);
  });

  it('are one space for projects and sub-projects: a sub-project may not take a project’s id, nor another sub-project’s', () => {
    const [first, second] = seed.projects;
    const programme: Programme = {
      ...seed,
      projects: [
        first!,
        { ...second!, subProjects: second!.subProjects.map((sub, s) => (s === 0 ? { ...sub, id: subProjectId(first!.id) } : { ...sub, id: first!.subProjects[0]!.id })) },
        ...seed.projects.slice(2),
      ],
    };
    expect(duplicates(programme)).toEqual([
      ['projects[1].subProjects[0].id', { kind: 'project or sub-project', id: first!.id, first: 'projects[0].id' }],
      ...second!.subProjects.slice(1).map((_, s) => [`projects[1].subProjects[${s + 1}].id`, { kind: 'project or sub-project', id: first!.subProjects[0]!.id, first: 'projects[0].subProjects[0].id' }]),
    ]);
  });

  it('name a ledger entry used twice by the first entry of its id', () => {
    const programme: Programme = { ...seed, ledger: [...seed.ledger, { ...seed.ledger[3]!, amount: amount('0.01') }] };
    expect(duplicates(programme)).toEqual([[`ledger[${seed.ledger.length}].id`, { kind: 'ledger entry', id: seed.ledger[3]!.id, first: 'ledger[3].id' }]]);
  });
});
