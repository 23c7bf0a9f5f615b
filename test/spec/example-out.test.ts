import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExample } from '../../examples/shenzhen-guizhou-2011.js';
import { containsPersonalData } from '../../src/index.js';
import { parseCsv } from '../exports/rfc4180.js';
import { oc4idsValidators, validateIatiXml } from '../exports/standards.js';

const folder = mkdtempSync(join(tmpdir(), 'pairing-aid-out-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run example -- --out DIR', () => {
  let err = '';
  const code = runExample(['--lang', 'en', '--out', folder], () => undefined, (text) => (err += text));

  it('writes the three export files and says so', () => {
    expect(code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['announcements.csv', 'iati-activities.xml', 'oc4ids.json']);
    expect(err).toContain(`to ${folder}`);
  });

  it('writes IATI XML that passes the 2.03 schema, with one activity per project and sub-project', async () => {
    const xml = readFileSync(join(folder, 'iati-activities.xml'), 'utf8');
    const result = await validateIatiXml(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml.match(/<iati-activity /g)).toHaveLength(38 + 71);
  });

  it('writes an OC4IDS project package that passes its schema, one project per itemised infrastructure project', () => {
    const document = JSON.parse(readFileSync(join(folder, 'oc4ids.json'), 'utf8')) as { projects: unknown[] };
    const { projectPackage } = oc4idsValidators();
    expect(projectPackage(document), JSON.stringify(projectPackage.errors)).toBe(true);
    expect(document.projects).toHaveLength(38);
  });

  it('writes an announcement table with a BOM, Chinese headers, a row per project and sub-project, and no personal data', () => {
    const text = readFileSync(join(folder, 'announcements.csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]?.[1]).toBe('项目名称');
    expect(rows.filter((row) => row.length > 1).length - 1).toBeGreaterThanOrEqual(38);
    expect(containsPersonalData(text)).toBe(false);
  });

  it('refuses an empty folder name with the usage message', () => {
    let message = '';
    expect(runExample(['--out', ''], () => undefined, (text) => (message += text))).toBe(2);
    expect(message).toContain('--out');
  });
});
