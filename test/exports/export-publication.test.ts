import { describe, expect, it } from 'vitest';
import { amount, exportAnnouncementTable, exportOc4idsProjects, isoDate, ledgerEntryId, projectId, unwrap, type Issue, type ProgrammeRecord } from '../../src/index.js';
import { oc4idsOptions, recordOfProjects, withProgramme } from './fixtures.js';

const three = () => recordOfProjects(['BJ-2011-01', 'BJ-2011-02', 'BJ-2011-03']);
const codesOf = (issues: readonly Issue[]) => issues.map((found) => [found.code, found.path.join('.')]);
const options = (more: Parameters<typeof oc4idsOptions>[0] = {}) => oc4idsOptions({ beneficiaries: {}, ...more });

// A disbursement beyond what was committed (of BJ-2011-01 unless said): an issue of the ledger entry, programme.ledger[27].
const overdrawn = (record: ProgrammeRecord = three(), project = 'BJ-2011-01') =>
  withProgramme(
    (programme) => ({
      ...programme,
      ledger: [...programme.ledger, { id: ledgerEntryId('early'), kind: 'disbursement' as const, project: projectId(project), category: 'counterpart-support', amount: amount('600000'), date: isoDate('2011-06-05') }],
    }),
    record,
  );

// A log (BJ-2011-03's unless said) with its third event altered after it was chained: an issue of eventLogs.<project>.
const tampered = (record: ProgrammeRecord = three(), project = 'BJ-2011-03'): ProgrammeRecord => {
  const log = record.eventLogs[project] ?? [];
  return { ...record, eventLogs: { ...record.eventLogs, [project]: log.map((stored, i) => (i === 2 ? { ...stored, event: { ...stored.event, at: '2011-03-05T10:00:00+08:00' } } : stored)) } } as ProgrammeRecord;
};

describe('publishing chosen projects', () => {
  it('counts a problem of a ledger entry as its project\'s, refusing only a document that publishes that project', () => {
    expect(exportOc4idsProjects(overdrawn(), options({ projects: [projectId('BJ-2011-02')] })).ok).toBe(true);
    const refused = exportOc4idsProjects(overdrawn(), options({ projects: [projectId('BJ-2011-01')] }));
    expect(refused.ok || [...new Set(codesOf(refused.issues).map(([code, path]) => `${code} ${path}`))]).toEqual(['disbursed-exceeds-committed programme.ledger.27']);
  });

  it('counts a problem of a project\'s event log as that project\'s', () => {
    expect(exportOc4idsProjects(tampered(), options({ projects: [projectId('BJ-2011-01')] })).ok).toBe(true);
    const omitted = unwrap(exportOc4idsProjects(tampered(), { ...options(), refused: 'omit' }));
    expect(omitted.refused.map((refused) => refused.project)).toEqual(['BJ-2011-03']);
    expect(omitted.refused[0]?.issues.every((found) => found.path[0] !== 'eventLogs' || found.path[1] === 'BJ-2011-03')).toBe(true);
    expect(codesOf(omitted.refused[0]?.issues ?? [])[0]).toEqual(['event-log-altered', 'eventLogs.BJ-2011-03.2']);
    expect(omitted.document.projects.map((project) => project.id)).toEqual(['oc4ids-sz2011-BJ-2011-01', 'oc4ids-sz2011-BJ-2011-02']);
  });

  it('refuses every document for the log of a project the programme does not have', () => {
    const record = three();
    const stray = { ...record, eventLogs: { ...record.eventLogs, 'BJ-2099-01': record.eventLogs['BJ-2011-02'] ?? [] } } as ProgrammeRecord;
    const refused = exportOc4idsProjects(stray, { ...options({ projects: [projectId('BJ-2011-01')] }), refused: 'omit' });
    expect(refused.ok || codesOf(refused.issues)).toEqual([['event-log-project-unknown', 'eventLogs.BJ-2099-01']]);
  });

  it('lists the refused projects in the programme\'s order, whatever the order asked for, each with all its issues', () => {
    // The checks find BJ-2011-03's overdrawn ledger before BJ-2011-01's altered log.
    const record = tampered(overdrawn(three(), 'BJ-2011-03'), 'BJ-2011-01');
    const omitted = unwrap(exportOc4idsProjects(record, { ...options({ projects: [projectId('BJ-2011-03'), projectId('BJ-2011-02'), projectId('BJ-2011-01')] }), refused: 'omit' }));
    expect(omitted.refused.map((refused) => refused.project)).toEqual(['BJ-2011-01', 'BJ-2011-03']);
    expect(codesOf(omitted.refused[0]?.issues ?? [])[0]).toEqual(['event-log-altered', 'eventLogs.BJ-2011-01.2']);
    expect(codesOf(omitted.refused[1]?.issues ?? [])).toEqual([
      ['disbursed-exceeds-committed', 'programme.ledger.27'],
      ['disbursed-exceeds-committed', 'programme.ledger.27'],
    ]);
    expect(omitted.document.projects.map((project) => project.id)).toEqual(['oc4ids-sz2011-BJ-2011-02']);
  });

  it('still refuses when every chosen project is refused, with their issues', () => {
    const refused = exportOc4idsProjects(overdrawn(), { ...options({ projects: [projectId('BJ-2011-01')] }), refused: 'omit' });
    expect(refused.ok || codesOf(refused.issues)).toEqual([
      ['disbursed-exceeds-committed', 'programme.ledger.27'],
      ['disbursed-exceeds-committed', 'programme.ledger.27'],
    ]);
    const table = exportAnnouncementTable(tampered(), { projects: [projectId('BJ-2011-03')], refused: 'omit' });
    expect(table.ok).toBe(false);
  });

  it('returns the document alone unless refused projects are to be omitted', () => {
    const alone = unwrap(exportAnnouncementTable(three(), { refused: 'refuse' }));
    expect(typeof alone).toBe('string');
    const beside = unwrap(exportAnnouncementTable(three(), { refused: 'omit' }));
    expect([typeof beside.document, beside.refused]).toEqual(['string', []]);
  });
});
