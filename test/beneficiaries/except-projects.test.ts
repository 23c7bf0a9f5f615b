import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityId, countBeneficiaries, countBeneficiaryColumns, projectId, regionCode, subProjectId, type IdentifiedBeneficiary, type ProjectId } from '../../src/index.js';
import { columnsOf, groupingArbitrary, recordsArbitrary, selectionArbitrary } from './generators.js';

const reached = (person: string, attachedTo: IdentifiedBeneficiary['attachedTo']): IdentifiedBeneficiary => ({
  person: { kind: 'app', appId: person },
  registeredPoor: false,
  attachedTo,
  region: regionCode('520502'),
  year: 2011,
});

const road = projectId('road');
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
const outside = (except: readonly ProjectId[]) => (record: IdentifiedBeneficiary) =>
  record.attachedTo.kind === 'activity' || !except.includes(record.attachedTo.project);

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

  it('counts as if the records of those projects had never been given, in objects and in columns', () => {
    const except = fc.subarray([road, projectId('water')]);
    fc.assert(
      fc.property(recordsArbitrary(), selectionArbitrary, groupingArbitrary, except, (records, selection, groupBy, exceptProjects) => {
        const options = groupBy === undefined ? {} : { groupBy };
        const expected = plain(countBeneficiaries(records.filter(outside(exceptProjects)), { ...options, selection }));
        const counted = countBeneficiaries(records, { ...options, selection: { ...selection, exceptProjects } });
        const fromColumns = countBeneficiaryColumns(columnsOf(records), { ...options, selection: { ...selection, exceptProjects } });
        return JSON.stringify(plain(counted)) === JSON.stringify(expected) && JSON.stringify(plain(fromColumns)) === JSON.stringify(expected);
      }),
    );
  });
});
