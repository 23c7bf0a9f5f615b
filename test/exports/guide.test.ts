import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  announcementTableColumns,
  defaultIatiSectors,
  defaultOc4idsProjectTypes,
  defaultOc4idsSectors,
  exportAnnouncementTable,
  exportIatiActivities,
  exportOc4idsProjects,
  oc4idsPartyRoles,
  snapshotSchemaNames,
} from '../../src/index.js';
import { exportsMessages } from '../../src/errors/messages/exports.js';
import { seedRecord2011 } from './fixtures.js';

const guide = readFileSync(new URL('../../docs/exports.md', import.meta.url), 'utf8');
const sectorNames = readFileSync(new URL('../fixtures/iati-2.03/codelists/nonembedded/Sector.xml', import.meta.url), 'utf8');

describe('docs/exports.md', () => {
  it('lists the DAC code of every built-in project type, with the codelist\'s name', () => {
    for (const [type, code] of Object.entries(defaultIatiSectors)) {
      const name = new RegExp(`<code>${code}</code>\\s*<name>\\s*<narrative>([^<]*)</narrative>`).exec(sectorNames)?.[1];
      expect(guide).toContain(`| \`${type}\` | ${code} | ${name} |`);
    }
  });

  it('lists the OC4IDS party role of every participation and the sectors of every type', () => {
    for (const [role, partyRole] of Object.entries(oc4idsPartyRoles)) expect(guide).toContain(`| \`${role}\` | ${partyRole} |`);
    for (const [type, codes] of Object.entries(defaultOc4idsSectors)) {
      const types = type === 'education' || type === 'health-care' || type === 'farming-industry' ? '`education`, `health-care`, `farming-industry`' : `\`${type}\``;
      const row = guide.split('\n').filter((line) => line.startsWith(`| ${types} |`)).at(-1) ?? '';
      for (const code of codes) expect(row, type).toContain(code);
      const projectType = (defaultOc4idsProjectTypes as Readonly<Record<string, string>>)[type];
      if (projectType !== undefined) expect(row.endsWith(`| ${projectType} |`), type).toBe(true);
    }
  });

  it('lists every column of the announcement table with its headers, and every JSON Schema file', () => {
    for (const column of announcementTableColumns) {
      const money = column.key === 'amount' || column.key === 'totalInvestment' || column.key === 'funding';
      const zh = money ? `${column.zh}（元）` : column.zh;
      const en = money ? `${column.en} (yuan)` : column.en;
      expect(guide).toContain(`| \`${column.key}\` | ${zh} | ${en} |`);
    }
    for (const name of snapshotSchemaNames) expect(guide).toContain(`${name}.json`);
  });

  it('names every issue code of the exports', () => {
    for (const code of Object.keys(exportsMessages)) expect(guide).toContain(code);
  });

  it('shows calls that succeed on the 2011 programme', () => {
    const record = seedRecord2011;
    const xml = exportIatiActivities(record, {
      reportingOrganisation: { ref: 'CN-USCI-11440300MB2C92071X', type: '11' },
      generatedAt: '2012-03-31T09:00:00+08:00',
    });
    const oc4ids = exportOc4idsProjects(record, {
      projectIdPrefix: 'oc4ids-sz2011-',
      uri: 'https://example.org/oc4ids/sz-gz-2011.json',
      publisher: { name: 'Shenzhen Counterpart Support Office' },
      publishedAt: '2012-03-31T09:00:00+08:00',
    });
    const table = exportAnnouncementTable(record, { bom: true });
    const completion = exportAnnouncementTable(record, { kind: 'completion', refused: 'omit' });
    expect([xml.ok, oc4ids.ok, table.ok]).toEqual([true, true, true]);
    expect(completion.ok && completion.value.refused.map((refused) => refused.project)).toEqual(['QN-2011-13']);
    for (const line of [
      "reportingOrganisation: { ref: 'CN-USCI-11440300MB2C92071X', type: '11' },",
      "projectIdPrefix: 'oc4ids-sz2011-',",
      'exportAnnouncementTable(record, { bom: true })',
      "exportAnnouncementTable(record, { kind: 'completion', refused: 'omit' })",
    ]) {
      expect(guide).toContain(line);
    }
  });
});
