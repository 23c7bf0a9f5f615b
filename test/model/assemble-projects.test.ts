import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import {
  assembleProgramme,
  assembleProjects,
  flattenProgramme,
  flattenProjects,
  formatPath,
  projectId,
  subProjectId,
  type ActivityRow,
  type ProjectRow,
  type SubProjectRow,
} from '../../src/index.js';
import { consistentProgramme } from './arbitraries.js';

const rows = flattenProjects(seedProgramme2011.projects);
const projectRow = rows[0] as ProjectRow;
const subRow = rows[1] as SubProjectRow;
const issuesOf = (input: readonly ActivityRow[]) => {
  const assembled = assembleProjects(input);
  return assembled.ok ? [] : assembled.issues.map((issue) => [issue.code, formatPath(issue.path)]);
};

describe('assembleProjects', () => {
  it('builds the seed projects from their flat rows', () => {
    const assembled = assembleProjects(rows);
    expect(assembled.ok && assembled.value).toEqual(seedProgramme2011.projects);
  });

  it('takes rows in any order, keeping the order of projects and of each project’s sub-projects', () => {
    const subsFirst = [...rows.filter((row) => row.parent != null), ...rows.filter((row) => row.parent == null)];
    const assembled = assembleProjects(subsFirst);
    expect(assembled.ok && assembled.value).toEqual(seedProgramme2011.projects);
  });

  it('accepts null as a project row’s parent, as databases store it', () => {
    const assembled = assembleProjects([{ ...projectRow, parent: null }, subRow]);
    expect(assembled.ok && assembled.value.map((project) => project.subProjects.length)).toEqual([1]);
  });

  it('reports an orphan whose parent does not exist', () => {
    expect(issuesOf([projectRow, { ...subRow, parent: projectId('BJ-2099-01') }])).toEqual([['sub-project-orphan', '[1].parent']]);
  });

  it('reports a sub-project hung under a sub-project', () => {
    const grandchild = { ...subRow, id: subProjectId('deep'), parent: projectId(subRow.id) };
    expect(issuesOf([projectRow, subRow, grandchild])).toEqual([['sub-project-parent-not-project', '[2].parent']]);
  });

  it('reports each row of a cycle, with the cycle', () => {
    const a = { ...subRow, id: subProjectId('A'), parent: projectId('B') };
    const b = { ...subRow, id: subProjectId('B'), parent: projectId('A') };
    const self = { ...subRow, id: subProjectId('C'), parent: projectId('C') };
    const assembled = assembleProjects([projectRow, a, b, self]);
    expect(assembled.ok ? [] : assembled.issues.map((issue) => [issue.code, issue.path, issue.params.cycle])).toEqual([
      ['hierarchy-cycle', [1, 'parent'], 'A → B → A'],
      ['hierarchy-cycle', [2, 'parent'], 'B → A → B'],
      ['hierarchy-cycle', [3, 'parent'], 'C → C'],
    ]);
  });

  it('reports duplicate ids across projects and sub-projects', () => {
    expect(issuesOf([projectRow, { ...subRow, id: subProjectId(projectRow.id) }])).toEqual([['id-duplicate', '[1].id']]);
  });

  describe('edge cases', () => {
    it('assembles no rows into no projects', () => {
      expect(assembleProjects([])).toEqual({ ok: true, value: [] });
    });

    it('keeps a project without sub-projects', () => {
      const assembled = assembleProjects([projectRow]);
      expect(assembled.ok && assembled.value[0]?.subProjects).toEqual([]);
    });
  });
});

describe('assembleProgramme', () => {
  it('prefixes row paths with activities', () => {
    const flat = flattenProgramme(seedProgramme2011);
    const broken = { ...flat, activities: [...flat.activities, { ...subRow, id: subProjectId('lost'), parent: projectId('none') }] };
    const assembled = assembleProgramme(broken);
    expect(assembled.ok ? [] : assembled.issues.map((issue) => issue.path)).toEqual([['activities', flat.activities.length, 'parent']]);
  });

  describe('properties', () => {
    it('is the inverse of flattenProgramme', () => {
      fc.assert(
        fc.property(consistentProgramme, (programme) => {
          const assembled = assembleProgramme(flattenProgramme(programme));
          expect(assembled.ok && assembled.value).toEqual(programme);
        }),
      );
    });

    it('flattens to one row per project and sub-project', () => {
      fc.assert(
        fc.property(consistentProgramme, (programme) => {
          const subProjects = programme.projects.reduce((sum, project) => sum + project.subProjects.length, 0);
          expect(flattenProgramme(programme).activities).toHaveLength(programme.projects.length + subProjects);
        }),
      );
    });
  });
});
