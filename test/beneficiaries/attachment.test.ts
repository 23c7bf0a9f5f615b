import { describe, expect, it } from 'vitest';
import { activityId, attachmentLabel, countBeneficiaries, projectId, regionCode, subProjectId, type IdentifiedBeneficiary } from '../../src/index.js';

describe('attachmentLabel', () => {
  it('labels a project, a sub-project and an activity by their kind and id', () => {
    expect(attachmentLabel({ kind: 'project', project: projectId('BJ-01') })).toBe('project:BJ-01');
    expect(attachmentLabel({ kind: 'sub-project', project: projectId('BJ-01'), subProject: subProjectId('BJ-01-a') })).toBe('sub-project:BJ-01-a');
    expect(attachmentLabel({ kind: 'activity', activity: activityId('training-2011') })).toBe('activity:training-2011');
  });

  it('gives the groups of a count by attachment these labels', () => {
    const reached = (attachedTo: IdentifiedBeneficiary['attachedTo']): IdentifiedBeneficiary => ({
      person: { kind: 'app', appId: 'p-1' },
      registeredPoor: false,
      attachedTo,
      region: regionCode('520502'),
      year: 2011,
    });
    const count = countBeneficiaries(
      [
        reached({ kind: 'project', project: projectId('road') }),
        reached({ kind: 'sub-project', project: projectId('road'), subProject: subProjectId('road-a') }),
        reached({ kind: 'activity', activity: activityId('training') }),
      ],
      { groupBy: 'attachment' },
    );
    expect(count.groups.map((group) => group.group)).toEqual(['activity:training', 'project:road', 'sub-project:road-a']);
  });
});
