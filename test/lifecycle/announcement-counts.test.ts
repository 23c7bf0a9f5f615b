import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amount, buildAnnouncement, checkAnnouncement, projectId, subProjectId, type Announcement, type DeclaredCount, type Project } from '../../src/index.js';
import { organisations, roadProject } from './fixtures.js';

const sections = ['BJ-2011-R07-a', 'BJ-2011-R07-b'].map(subProjectId);
const withSections: Project = {
  ...roadProject,
  subProjects: sections.map((id, index) => ({ id, name: { zh: `${index + 1}标段` }, type: 'rural-road' as const, location: roadProject.location, budget: amount('40万元') })),
};
const other = projectId('BJ-2011-R08');

// Counts attached anywhere: the project, its sections, a section id under another project, another project, an
// activity, or nothing (programme-wide).
const attachment = fc.constantFrom(
  undefined,
  { kind: 'project', project: roadProject.id },
  { kind: 'sub-project', project: roadProject.id, subProject: sections[0] },
  { kind: 'sub-project', project: roadProject.id, subProject: sections[1] },
  { kind: 'sub-project', project: other, subProject: sections[0] },
  { kind: 'project', project: other },
  { kind: 'activity', activity: 'cadre-training' },
);
const count = fc.record({
  unit: fc.constantFrom('households', 'persons', 'person-times'),
  count: fc.nat({ max: 5000 }),
  registeredPoor: fc.nat({ max: 10 }),
  attachedTo: attachment,
});
const declaredOf = (drawn: readonly { unit: string; count: number; registeredPoor: number; attachedTo: unknown }[]): DeclaredCount[] =>
  drawn.map(({ attachedTo, ...rest }, index) => ({ ...rest, figure: `figure-${index}`, ...(attachedTo === undefined ? {} : { attachedTo }) }) as unknown as DeclaredCount);

describe('the counts an announcement row shows', () => {
  it('are the first declared count of each unit attached to that row: the project’s to its row, a section’s to its own', () => {
    fc.assert(
      fc.property(fc.array(count, { maxLength: 12 }), (drawn) => {
        const declared = declaredOf(drawn);
        const rows = buildAnnouncement(withSections, 'pre-implementation', { organisations, declared }).rows;
        const attachedTo = (row: (typeof rows)[number], given: DeclaredCount) => {
          const to = given.attachedTo;
          if (to === undefined || to.kind === 'activity' || to.project !== roadProject.id) return false;
          return row.subProject === undefined ? to.kind === 'project' : to.kind === 'sub-project' && to.subProject === row.subProject;
        };
        for (const row of rows) {
          const households = declared.find((given) => given.unit === 'households' && attachedTo(row, given));
          const persons = declared.find((given) => given.unit === 'persons' && attachedTo(row, given));
          expect(row.households).toBe(households?.count);
          expect(row.registeredPoorHouseholds).toBe(households?.unit === 'households' ? households.registeredPoor : undefined);
          expect(row.persons).toBe(persons?.count);
          expect(row.registeredPoorPersons).toBe(persons?.unit === 'persons' ? persons.registeredPoor : undefined);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('are none where no count is attached to the row, though the programme and other projects declare some', () => {
    const declared = declaredOf([
      { unit: 'persons', count: 130000, registeredPoor: 0, attachedTo: undefined },
      { unit: 'households', count: 50, registeredPoor: 1, attachedTo: { kind: 'project', project: other } },
      { unit: 'persons', count: 60, registeredPoor: 1, attachedTo: { kind: 'activity', activity: 'cadre-training' } },
    ]);
    const [row] = buildAnnouncement(roadProject, 'pre-implementation', { organisations, declared }).rows;
    expect([row?.households, row?.persons, row?.registeredPoorHouseholds, row?.registeredPoorPersons]).toEqual([undefined, undefined, undefined, undefined]);
    expect(Object.keys(row ?? {})).not.toContain('households');
  });
});

describe('an announcement row’s texts', () => {
  it('leave out empty parts of a place, and write a target without a unit with no trailing space', () => {
    const project: Project = {
      ...roadProject,
      location: { region: roadProject.location.region, township: '', village: '示范村' },
      performanceTarget: { indicators: [{ dimension: 'output-quantity', name: 'bridges', comparator: '>=', value: '2', unit: '' }] },
    };
    const [zh] = buildAnnouncement(project, 'pre-implementation', { organisations, regionName: () => '大方县' }).rows;
    const [en] = buildAnnouncement(project, 'pre-implementation', { organisations, language: 'en' }).rows;
    expect(zh?.location).toBe('大方县示范村');
    expect(en?.location).toBe('示范村, 522422');
    expect(en?.performanceTarget).toBe('bridges ≥ 2');
  });
});

describe('an announcement checked', () => {
  it('is refused with its rows named when it has none', () => {
    for (const rows of [[], undefined]) {
      expect(checkAnnouncement({ kind: 'completion', project: roadProject.id, rows } as unknown as Announcement)).toEqual([expect.objectContaining({ code: 'announcement-has-no-rows', path: ['rows'] })]);
    }
  });

  it('names the row of another project, with both projects', () => {
    const announcement = buildAnnouncement(roadProject, 'completion', { organisations });
    const misplaced = { ...announcement, rows: [announcement.rows[0], { ...announcement.rows[0], project: other }] } as Announcement;
    expect(checkAnnouncement(misplaced)).toEqual([
      expect.objectContaining({ code: 'lifecycle-project-mismatch', path: ['rows', 1, 'project'], params: { expected: roadProject.id, found: other } }),
    ]);
  });
});
