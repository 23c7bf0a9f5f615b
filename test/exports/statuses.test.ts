import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportAnnouncementTable, exportIatiActivities, exportOc4idsProjects, projectLifecycle, projectId } from '../../src/index.js';
import { anyFates, recordWithFates, withdrawnBy } from '../report/record-arbitraries.js';
import { iatiOptions, oc4idsOptions, reportingOrganisation } from './fixtures.js';
import { parseCsv } from './rfc4180.js';

// Each project's activity element, by id, from a document.
function activitiesById(xml: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of xml.matchAll(/<iati-activity [^>]*hierarchy="1">[\s\S]*?<\/iati-activity>/g)) {
    const id = /<iati-identifier>([^<]*)<\/iati-identifier>/.exec(match[0])?.[1]?.slice(reportingOrganisation.ref.length + 1);
    if (id !== undefined) found.set(id, match[0]);
  }
  return found;
}

describe('exports of records with lifecycles', () => {
  it('never publish a cancelled or rejected project as approved, whatever happened to which project', () => {
    let published = 0;
    fc.assert(
      fc.property(anyFates, (fates) => {
        const record = recordWithFates(fates, { keepGates: true });
        const withdrawn = withdrawnBy(fates);
        const iati = exportIatiActivities(record, { ...iatiOptions({ beneficiaries: {} }), refused: 'omit' });
        if (iati.ok) {
          for (const [id, activity] of activitiesById(iati.value.document)) {
            if (!withdrawn.has(id)) continue;
            published += 1;
            expect(activity).toContain('<activity-status code="5"/>');
            expect(activity).not.toMatch(/<budget /);
          }
        }
        const oc4ids = exportOc4idsProjects(record, { ...oc4idsOptions({ beneficiaries: {} }), refused: 'omit' });
        if (oc4ids.ok) {
          for (const project of oc4ids.value.document.projects) {
            const id = project.id.slice('oc4ids-sz2011-'.length);
            expect(project.status === 'cancelled').toBe(withdrawn.has(id));
          }
        }
        const table = exportAnnouncementTable(record, { refused: 'omit' });
        if (table.ok) {
          const announced = parseCsv(table.value.document).slice(1).map((row) => row[0]);
          expect(announced.some((id) => id !== undefined && withdrawn.has(id))).toBe(false);
          for (const id of announced) expect(projectLifecycle(record, projectId(id ?? ''))?.approvals.some((approval) => approval.level === 'prefecture-government')).toBe(true);
        }
      }),
      { numRuns: 10 },
    );
    // The property is not vacuous: cancelled and rejected projects were published.
    expect(published).toBeGreaterThan(0);
  });
});
