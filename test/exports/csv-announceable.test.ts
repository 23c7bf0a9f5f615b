import { describe, expect, it } from 'vitest';
import {
  actor,
  createRegionRegistry,
  exportAnnouncementTable,
  organisationId,
  subProjectId,
  timestamp,
  unwrap,
  type LifecycleCommand,
  type ProgrammeRecord,
} from '../../src/index.js';
import { recordCommand, recordOfProjects, withProgramme, withProject } from './fixtures.js';
import { parseCsv } from './rfc4180.js';

// QN-2011-13 (三都) is being built at the end of 2011.
const sandu = () => recordOfProjects(['QN-2011-13']);
const county = actor(organisationId('gov-522732'), 'county-government');
const office = actor(organisationId('poverty-office-522732'), 'county-department');
const prefecture = actor(organisationId('qiannan-government'), 'prefecture-government');
const at = (instant: string) => timestamp(`${instant}:00+08:00`);
const after = (record: ProgrammeRecord, ...commands: readonly LifecycleCommand[]) => commands.reduce((current, command) => recordCommand(current, 'QN-2011-13', command), record);

const failedAcceptance = () =>
  after(
    sandu(),
    { type: 'complete', by: county, at: at('2011-12-20T17:00') },
    { type: 'fail-acceptance', by: office, at: at('2011-12-28T10:00'), reason: '路面未硬化' },
  );

describe('exportAnnouncementTable: what a log allows', () => {
  it('does not announce the completion of a project whose only acceptance failed', () => {
    const refused = exportAnnouncementTable(failedAcceptance(), { kind: 'completion' });
    expect(refused.ok || refused.issues.map((found) => [found.code, found.path.join('.'), found.params])).toEqual([
      ['completion-announcement-needs-acceptance', 'eventLogs.QN-2011-13', { status: 'rectification', project: 'QN-2011-13' }],
    ]);
  });

  it('announces the completion once the acceptance after rectification passed', () => {
    const passed = after(
      failedAcceptance(),
      { type: 'complete-rectification', by: county, at: at('2012-01-10T17:00') },
      { type: 'pass-acceptance', by: office, at: at('2012-01-15T10:00'), grade: 'pass' },
    );
    expect(parseCsv(unwrap(exportAnnouncementTable(passed, { kind: 'completion' }))).map((row) => row[0])).toEqual(['项目编号', 'QN-2011-13']);
  });

  it('announces a change once the prefecture approved it', () => {
    const budget = sandu().programme.projects[0]!.budget;
    const proposed = after(sandu(), { type: 'propose-change', by: county, at: at('2011-06-01T10:00'), reason: '村道改线', description: '村道改线', alterations: { budget: { before: budget, after: budget } } });
    expect(exportAnnouncementTable(proposed, { kind: 'change' }).ok).toBe(false);
    const approved = after(proposed, { type: 'approve-change', by: prefecture, at: at('2011-06-05T10:00') });
    expect(parseCsv(unwrap(exportAnnouncementTable(approved, { kind: 'change' }))).map((row) => row[0])).toEqual(['项目编号', 'QN-2011-13']);
  });
});

describe('exportAnnouncementTable: rows', () => {
  it('announces a sub-project\'s own performance target, the others their project\'s', () => {
    const own = withProject(0, (project) => ({
      ...project,
      subProjects: project.subProjects.map((sub, s) =>
        s === 0 ? { ...sub, performanceTarget: { indicators: [{ dimension: 'output-quantity', name: '硬化道路', comparator: '>=', value: '5', unit: '公里' }] } } : sub,
      ),
    }) as typeof project, recordOfProjects(['BJ-2011-01']));
    const rows = parseCsv(unwrap(exportAnnouncementTable(own, { subProjects: true })));
    expect(rows.map((row) => row[9])).toEqual(['绩效目标', '完成子项目数 ≥ 2个；年内完工率 = 100%', '硬化道路 ≥ 5公里', '完成子项目数 ≥ 2个；年内完工率 = 100%']);
  });

  it('refuses a sub-project row that would show personal data, on the sub-project\'s own path', () => {
    const renamed = withProgramme(
      (programme) => ({
        ...programme,
        projects: programme.projects.map((project) => ({ ...project, subProjects: project.subProjects.map((sub, s) => (s === 0 ? { ...sub, id: subProjectId('13812345678') } : sub)) })),
        ledger: programme.ledger.map((entry) => (entry.subProject === 'BJ-2011-01-a' ? { ...entry, subProject: subProjectId('13812345678') } : entry)),
      }),
      recordOfProjects(['BJ-2011-01']),
    );
    const refused = exportAnnouncementTable(renamed, { subProjects: true });
    expect(refused.ok || refused.issues.map((found) => [found.code, found.path.join('.')])).toEqual([['csv-personal-data', 'programme.projects.0.subProjects.0.subProject']]);
    expect(exportAnnouncementTable(renamed).ok).toBe(true);
  });
});

describe('exportAnnouncementTable: the region registry', () => {
  // An app's own release for January 2011 that lists 522401 as 毕节县, a name the library has no English for, and no 大方县.
  const ownRegistry = () =>
    createRegionRegistry([{ revision: '201101', entries: [{ code: '520000', name: '贵州省' }, { code: '522400', name: '毕节地区' }, { code: '522401', name: '毕节县' }] }]);

  it('names the location from the registry it is given, in Chinese where it has no English name', () => {
    const record = recordOfProjects(['BJ-2011-01']);
    expect(parseCsv(unwrap(exportAnnouncementTable(record, { language: 'en', regionRegistry: ownRegistry() })))[1]?.[2]).toBe('贵州省毕节地区毕节县');
    expect(parseCsv(unwrap(exportAnnouncementTable(record, { regionRegistry: ownRegistry() })))[1]?.[2]).toBe('贵州省毕节地区毕节县');
  });

  it('refuses a division the registry it is given does not list', () => {
    const refused = exportAnnouncementTable(recordOfProjects(['BJ-2011-01', 'BJ-2011-04']), { regionRegistry: ownRegistry() });
    expect(refused.ok || refused.issues.map((found) => [found.code, found.path.join('.'), found.params])).toEqual([
      ['export-region-unknown', 'programme.projects.1.location.region', { region: '522422', date: '2011-01-01' }],
    ]);
  });
});
