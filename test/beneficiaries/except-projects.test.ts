import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityId, countBeneficiaries, countBeneficiaryColumns, projectId, regionCode, subProjectId, type IdentifiedBeneficiary, type ProjectId } from '../../src/index.js';
import { columnsOf, groupingArbitrary, recordsArbitrary, selectionArbitrary, recordRuns } from './generators.js';

const reached = (person: string, attachedTo: IdentifiedBeneficiary['attachedTo']): IdentifiedBeneficiary => ({
  person: { kind: 'app', appId: person },
  registeredPoor: false,
  attachedTo,
  region: regionCode('520502'),
  year: 2011,
});

const road = projectId('road');
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('a selection except some projects', () => {
  it('leaves out the persons reached only by a cancelled project and its sub-projects, and keeps activities', () => {
    const records = [
      reached('li', { kind: 'project', project: road }),
      reached('zhang', { kind: 'sub-project', project: road, subProject: subProjectId('road-a') }),
      reached('li', { kind: 'project', project: projectId('water') }),
      reached('wang', { kind: 'activity', activity: activityId('road') }),
    ];
    const count = countBeneficiaries(records, { selection: { exceptProjects: [road] } });
    expect(count.totals.map((total) => [total.personTimes, total.persons])).toEqual([[2, 2]]);
  });

  it('wins over a selection that names the same project', () => {
    const records = [reached('li', { kind: 'project', project: road })];
    expect(countBeneficiaries(records, { selection: { projects: [road], exceptProjects: [road] } }).totals).toEqual([]);
  });

  it('counts as the selection of every other attachment does, in objects and in columns', () => {
    // The generated records are attached to road (and its sub-projects road-a, road-b), water, or the training.
    const others = (except: readonly ProjectId[]) => ({
      projects: [road, projectId('water')].filter((project) => !except.includes(project)),
      activities: [activityId('training')],
    });
    const except = fc.subarray([road, projectId('water')], { minLength: 1 });
    fc.assert(
      fc.property(recordsArbitrary(), selectionArbitrary, groupingArbitrary, except, (records, chosen, groupBy, exceptProjects) => {
        const { projects, subProjects, activities, ...selection } = chosen;
        const options = groupBy === undefined ? {} : { groupBy };
        const expected = JSON.stringify(plain(countBeneficiaries(records, { ...options, selection: { ...selection, ...others(exceptProjects) } })));
        const counted = countBeneficiaries(records, { ...options, selection: { ...selection, exceptProjects } });
        const fromColumns = countBeneficiaryColumns(columnsOf(records), { ...options, selection: { ...selection, exceptProjects } });
        return JSON.stringify(plain(counted)) === expected && JSON.stringify(plain(fromColumns)) === expected;
      }),
      recordRuns,
    );
  });
});
