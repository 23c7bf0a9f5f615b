import { describe, expectTypeOf, it } from 'vitest';
import {
  exportAnnouncementTable,
  exportIatiActivities,
  exportOc4idsProjects,
  formatCsv,
  projectId,
  snapshotJsonSchema,
  type ExportIatiActivitiesOptions,
  type ExportOc4idsProjectsOptions,
  type Oc4idsProjectPackage,
  type ProgrammeRecord,
  type PublishedExport,
  type Result,
} from '../../src/index.js';

declare const programme: ProgrammeRecord;

describe('export types', () => {
  it('returns results: a string for XML and CSV, data for OC4IDS', () => {
    const options = { reportingOrganisation: { ref: 'CN-USCI-1', type: '11' }, generatedAt: '2012-03-31T09:00:00+08:00' };
    expectTypeOf(exportIatiActivities(programme, options)).toEqualTypeOf<Result<string>>();
    expectTypeOf(exportAnnouncementTable(programme)).toEqualTypeOf<Result<string>>();
    const oc4ids = { projectIdPrefix: 'oc4ids-abcdef-', uri: 'https://x.org', publisher: { name: 'x' }, publishedAt: '2012-03-31T09:00:00+08:00' };
    expectTypeOf(exportOc4idsProjects(programme, oc4ids)).toEqualTypeOf<Result<Oc4idsProjectPackage>>();
  });

  it('returns the document beside the refused projects when asked to omit them, and either when the options do not say', () => {
    const options = { reportingOrganisation: { ref: 'CN-USCI-1', type: '11' }, generatedAt: '2012-03-31T09:00:00+08:00' };
    expectTypeOf(exportIatiActivities(programme, { ...options, refused: 'omit' })).toEqualTypeOf<Result<PublishedExport<string>>>();
    expectTypeOf(exportIatiActivities(programme, { ...options, refused: 'refuse' })).toEqualTypeOf<Result<string>>();
    expectTypeOf(exportAnnouncementTable(programme, { refused: 'omit' })).toEqualTypeOf<Result<PublishedExport<string>>>();
    const given: ExportIatiActivitiesOptions = options;
    expectTypeOf(exportIatiActivities(programme, given)).toEqualTypeOf<Result<string | PublishedExport<string>>>();
  });

  it('needs the reporting organisation and the date for IATI, and takes no statuses: they come from the record', () => {
    // @ts-expect-error the reporting organisation is required
    const missing: ExportIatiActivitiesOptions = { generatedAt: '2012-03-31T09:00:00+08:00' };
    // @ts-expect-error statuses are the record's
    const statuses: ExportIatiActivitiesOptions = { reportingOrganisation: { ref: 'CN-USCI-1', type: '11' }, generatedAt: '2012-03-31T09:00:00+08:00', statuses: new Map() };
    // @ts-expect-error project ids, not bare strings
    const chosen: ExportIatiActivitiesOptions = { reportingOrganisation: { ref: 'CN-USCI-1', type: '11' }, generatedAt: '2012-03-31T09:00:00+08:00', projects: ['BJ-2011-01'] };
    void [missing, statuses, chosen, projectId('BJ-2011-01')];
  });

  it('keeps OC4IDS amounts in CNY and the language to zh or en', () => {
    expectTypeOf<Oc4idsProjectPackage['projects'][number]['budget']['amount']['currency']>().toEqualTypeOf<'CNY'>();
    // @ts-expect-error only zh or en
    const language: ExportOc4idsProjectsOptions['language'] = 'fr';
    void language;
  });

  it('writes CSV from strings only, and names JSON Schemas from the list', () => {
    // @ts-expect-error cells are text: format numbers and amounts first
    formatCsv([[1, 2]]);
    // @ts-expect-error no such snapshot shape
    snapshotJsonSchema('budget');
  });
});
