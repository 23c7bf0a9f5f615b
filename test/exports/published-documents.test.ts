import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportIatiActivities, exportOc4idsProjects, projectId, unwrap } from '../../src/index.js';
import { iatiOptions, oc4idsOptions, seedRecord2011 } from './fixtures.js';
import { validateIatiXml } from './standards.js';

// The documents of one project, read against the standards once and kept in test/exports/published/ (see its README).
const published = (file: string) => readFileSync(new URL(`published/${file}`, import.meta.url), 'utf8');
const projects = [projectId('BJ-2011-01')];

describe('the published documents of BJ-2011-01', () => {
  it('are, in IATI, the project and its two sub-projects as three activities, in Chinese and English', () => {
    expect(unwrap(exportIatiActivities(seedRecord2011, iatiOptions({ projects })))).toBe(published('iati-BJ-2011-01.xml'));
  });

  it('are a document the IATI 2.03 schema accepts', async () => {
    const validation = await validateIatiXml(published('iati-BJ-2011-01.xml'));
    expect(validation.errors).toEqual([]);
  });

  it('are, in OC4IDS, one project with its sub-projects as locations, in English', () => {
    const written = unwrap(exportOc4idsProjects(seedRecord2011, oc4idsOptions({ projects, language: 'en' })));
    expect(`${JSON.stringify(written, null, 2)}\n`).toBe(published('oc4ids-BJ-2011-01.en.json'));
  });

  it('are, in OC4IDS, the same project in Chinese', () => {
    const written = unwrap(exportOc4idsProjects(seedRecord2011, oc4idsOptions({ projects, language: 'zh' })));
    expect(`${JSON.stringify(written, null, 2)}\n`).toBe(published('oc4ids-BJ-2011-01.zh.json'));
  });
});
