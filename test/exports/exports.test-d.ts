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
  type Programme,
  type ProjectStatuses,
  type Result,
} from '../../src/index.js';

declare const programme: Programme;
declare const statuses: ProjectStatuses;

describe('export types', () => {
  it('returns results: a string for XML and CSV, data for OC4IDS', () => {
    const options: ExportIatiActivitiesOptions = { reportingOrganisation: { ref: 'CN-USCI-1', type: '11' }, generatedAt: '2012-03-31T09:00:00+08:00', statuses };
    expectTypeOf(exportIatiActivities(programme, options)).toEqualTypeOf<Result<string>>();
    expectTypeOf(exportAnnouncementTable(programme)).toEqualTypeOf<Result<string>>();
    const oc4ids: ExportOc4idsProjectsOptions = { projectIdPrefix: 'oc4ids-abcdef-', uri: 'https://x.org', publisher: { name: 'x' }, publishedAt: '2012-03-31T09:00:00+08:00', statuses };
    expectTypeOf(exportOc4idsProjects(programme, oc4ids)).toEqualTypeOf<Result<Oc4idsProjectPackage>>();
  });

  it('needs the reporting organisation, the date and the statuses for IATI', () => {
    // @ts-expect-error the reporting organisation is required
    const missing: ExportIatiActivitiesOptions = { generatedAt: '2012-03-31T09:00:00+08:00', statuses };
    void missing;
  });

  it('takes lifecycle statuses, not arbitrary strings, and project ids as keys', () => {
    const ok: ProjectStatuses = new Map([[projectId('BJ-2011-01'), 'closed' as const]]);
    // @ts-expect-error not a lifecycle status
    const wrong: ProjectStatuses = new Map([[projectId('BJ-2011-01'), 'finished' as const]]);
    void ok;
    void wrong;
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
