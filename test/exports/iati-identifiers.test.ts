import { describe, expect, it } from 'vitest';
import {
  amount,
  checkIatiExport,
  exportIatiActivities,
  formatPath,
  isoDate,
  ledgerEntryId,
  organisationId,
  projectId,
  unwrap,
  type ActivityDates,
  type Issue,
  type ProgrammeRecord,
  type ProjectId,
  type SubProjectId,
} from '../../src/index.js';
import { iatiOptions, recordOfProjects, reportingOrganisation, withProject } from './fixtures.js';
import { xmlTags } from './standards.js';

const codesOf = (issues: readonly Issue[]) => issues.map((found) => [found.code, formatPath(found.path), found.params]);
// BJ-2011-01 alone: its two sub-projects (rural roads, drinking water), its transactions of 2011.
const alone = recordOfProjects(['BJ-2011-01']);
const checked = (options: Parameters<typeof iatiOptions>[0], record = alone) => codesOf(checkIatiExport(record, iatiOptions(options)));

describe('exportIatiActivities: identifiers and options', () => {
  describe("the reporting organisation's identifier", () => {
    it('accepts {registration agency}-{number}: a two-letter country, an agency, a number', () => {
      for (const ref of ['CN-USCI-11440300MB2C92071X', 'GB-COH-01234567', 'XM-DAC-41114', 'CN-USCI-1-2']) {
        expect(checked({ reportingOrganisation: { ref, type: '11' } }), ref).toEqual([]);
      }
    });

    it('refuses one without its country, its agency or its number, or with anything around them', () => {
      for (const ref of ['USCI-11440300MB2C92071X', 'C-USCI-1', 'cn-USCI-1', 'CN--1', 'CN-USCI-', 'CN-US_CI-1', ' CN-USCI-1', 'xCN-USCI-1', 'CN-USCI-1 ']) {
        expect(checked({ reportingOrganisation: { ref, type: '11' } }), ref).toEqual([['iati-organisation-ref-invalid', 'options.reportingOrganisation.ref', { ref }]]);
      }
    });

    it('refuses one holding a character IATI identifiers may not hold, once and not again for each activity identifier made from it', () => {
      for (const ref of ['CN-USCI-11/22', 'CN-USCI-11&22', 'CN-USCI-11|22', 'CN-USCI-11?22']) {
        expect(checked({ reportingOrganisation: { ref, type: '11' } }), ref).toEqual([['iati-organisation-ref-invalid', 'options.reportingOrganisation.ref', { ref }]]);
      }
    });
  });

  it('refuses an activity identifier holding a character IATI forbids, naming the identifier', () => {
    const { 'BJ-2011-01': _log, ...eventLogs } = alone.eventLogs;
    const drafted = (id: string) => ({
      ...alone,
      programme: { ...alone.programme, projects: [{ ...alone.programme.projects[0]!, id: projectId(id), subProjects: [] }], ledger: [] },
      eventLogs,
    });
    for (const id of ['BJ|2011|01', 'BJ-2011-01?', 'BJ&2011']) {
      expect(checked({ beneficiaries: {} }, drafted(id)), id).toEqual([['iati-identifier-invalid', 'programme.projects[0].id', { identifier: `${reportingOrganisation.ref}-${id}` }]]);
    }
  });

  it("refuses a participating organisation's identifier that is not {registration agency}-{number}, by the organisation it names", () => {
    const organisationRefs = new Map([
      [organisationId('sz-government'), 'CN-USCI-123 456'],
      [organisationId('bijie-government'), 'cn-USCI-1'],
      [organisationId('sz-support-office'), 'CN-USCI-11440300MB2C92071X'],
    ]);
    expect(checked({ organisationRefs })).toEqual([
      ['iati-organisation-ref-invalid', 'options.organisationRefs.sz-government', { ref: 'CN-USCI-123 456' }],
      ['iati-organisation-ref-invalid', 'options.organisationRefs.bijie-government', { ref: 'cn-USCI-1' }],
    ]);
  });

  it("writes a participating organisation's identifier on the organisation wherever it takes part: as participant and as receiver of the money", () => {
    const organisationRefs = new Map([[organisationId('gov-522401'), 'CN-USCI-11522401MB0000000X']]);
    const tags = xmlTags(unwrap(exportIatiActivities(alone, iatiOptions({ organisationRefs }))));
    const named = tags.filter((tag) => tag.attributes.ref === 'CN-USCI-11522401MB0000000X').map((tag) => [tag.name, tag.attributes.type, tag.attributes.role]);
    expect(named).toEqual([
      ['participating-org', '11', '4'],
      ['participating-org', '11', '4'],
      ['receiver-org', '11', undefined],
      ['receiver-org', '11', undefined],
      ['participating-org', '11', '4'],
      ['receiver-org', '11', undefined],
      ['receiver-org', '11', undefined],
    ]);
  });

  describe('sectors', () => {
    it("writes the DAC code given for a built-in project type in place of the library's", () => {
      const tags = xmlTags(unwrap(exportIatiActivities(alone, iatiOptions({ sectors: { 'rural-road': '21010' } }))));
      expect(tags.filter((tag) => tag.name === 'sector').map((tag) => tag.attributes.code)).toEqual(['43040', '21010', '14031']);
    });

    it('refuses a sector code that is not five digits exactly', () => {
      for (const code of ['210200', '2102', 'A21020', '2102A', '21020 ', '']) {
        expect(checked({ sectors: { 'rural-road': code } }), code).toEqual([['iati-sector-code-invalid', 'options.sectors.rural-road', { code }]]);
      }
    });
  });

  describe('dates', () => {
    it('accepts planned dates of a single day', () => {
      const day = new Map<ProjectId | SubProjectId, ActivityDates>([[projectId('BJ-2011-01'), { plannedStart: isoDate('2011-05-01'), plannedEnd: isoDate('2011-05-01') }]]);
      expect(checked({ activityDates: day })).toEqual([]);
    });

    it("accepts a transaction on the document's own day in China, and refuses one on the day after", () => {
      // The management fee is the last transaction, booked on 2011-12-20.
      expect(checked({ generatedAt: '2011-12-20T09:00:00+08:00' })).toEqual([]);
      expect(checked({ generatedAt: '2011-12-19T16:00:00Z' })).toEqual([]);
      expect(checked({ generatedAt: '2011-12-19T15:59:59Z' })).toEqual([
        ['export-date-after-generation', 'programme.ledger[8].date', { field: 'transaction date', date: '2011-12-20', generated: '2011-12-19' }],
      ]);
    });

    it('refuses the transactions dated after the document, and not the budget entries', () => {
      // The budget entries are dated 2011-03-15, the transactions from 2011-04-20 on.
      const late = checkIatiExport(alone, iatiOptions({ generatedAt: '2011-03-14T09:00:00+08:00' }));
      const budgetEntries = alone.programme.ledger.flatMap((entry, index) => (entry.kind === 'budget' ? [index] : []));
      expect(budgetEntries).toEqual([0, 4]);
      // The project's own transaction first, then those of each sub-project in turn.
      expect(late.map((found) => [found.code, formatPath(found.path)])).toEqual([8, 1, 2, 3, 5, 6, 7].map((index) => ['export-date-after-generation', `programme.ledger[${index}].date`]));
    });
  });

  describe('participating organisations', () => {
    it('needs only one organisation taking part: the participations alone, or an implementing unit alone', () => {
      const participationsOnly = withProject(0, ({ implementingUnit: _unit, ...project }) => ({ ...project, subProjects: project.subProjects.map(({ implementingUnit: _own, ...sub }) => sub) }), alone);
      expect(checked({}, participationsOnly)).toEqual([]);
      const unitOnly = withProject(0, (project) => ({ ...project, participations: [], subProjects: project.subProjects.map(({ implementingUnit: _own, ...sub }) => sub) }), alone);
      expect(checked({}, unitOnly)).toEqual([]);
      const subProjectUnits = withProject(0, ({ implementingUnit: _unit, ...project }) => ({ ...project, participations: [] }), alone);
      expect(checked({}, subProjectUnits)).toEqual([['iati-participating-org-missing', 'programme.projects[0].participations', {}]]);
    });

    it('names no receiver of a transaction when no implementing unit is known', () => {
      const participationsOnly = withProject(0, ({ implementingUnit: _unit, ...project }) => ({ ...project, subProjects: project.subProjects.map(({ implementingUnit: _own, ...sub }) => sub) }), alone);
      const xml = unwrap(exportIatiActivities(participationsOnly, iatiOptions()));
      expect(xml).toContain('<transaction ref="BJ-2011-01-a-commitment">\n      <transaction-type code="2"/>\n      <transaction-date iso-date="2011-04-20"/>\n      <value currency="CNY" value-date="2011-04-20">300000.00</value>\n    </transaction>');
      expect(xml).not.toContain('<receiver-org');
    });
  });

  describe('names and budgets', () => {
    it('refuses an activity with no name in either language, and accepts one named in one language only', () => {
      const unnamed = withProject(0, (project) => ({ ...project, subProjects: project.subProjects.map((sub, s) => (s === 1 ? { ...sub, name: { zh: ' ', en: '' } } : sub)) }), alone);
      expect(checked({}, unnamed)).toEqual([['export-name-missing', 'programme.projects[0].subProjects[1].name', { kind: 'sub-project' }]]);
      expect(checked({}, withProject(0, (project) => ({ ...project, name: { en: 'Bijie village road' } }), alone))).toEqual([]);
    });

    it('refuses a yearly budget below zero, naming the year and the amount', () => {
      const cut = {
        ...alone,
        programme: {
          ...alone.programme,
          ledger: [
            ...alone.programme.ledger,
            { id: ledgerEntryId('cut'), kind: 'budget', project: projectId('BJ-2011-01'), category: 'counterpart-support', amount: amount('-600000'), date: isoDate('2012-01-10'), reverses: ledgerEntryId('BJ-2011-01-a-budget') },
          ],
        },
      } satisfies ProgrammeRecord;
      expect(checked({}, cut).filter(([code]) => code === 'iati-budget-negative')).toEqual([['iati-budget-negative', 'programme.projects[0].budget', { year: 2012, amount: '-600000.00' }]]);
    });
  });

  it('reports the problems of every chosen project even when asked to omit the refused ones', () => {
    const two = withProject(0, (project) => ({ ...project, name: { zh: '道路\u0001' } }), recordOfProjects(['BJ-2011-01', 'BJ-2011-02']));
    const omit = { ...iatiOptions(), refused: 'omit' as const };
    expect(unwrap(exportIatiActivities(two, omit)).refused.map((refused) => refused.project)).toEqual(['BJ-2011-01']);
    expect(codesOf(checkIatiExport(two, omit))).toEqual([['xml-character-invalid', 'programme.projects[0].name.zh', { codePoint: '0001' }]]);
  });
});
