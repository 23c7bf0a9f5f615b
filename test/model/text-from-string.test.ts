import { describe, expect, it } from 'vitest';
import { buildAnnouncement, parseLedgerEntry, parseNonProjectAidRecords, textFromString, textMatches } from '../../src/index.js';
import { bijieProjects2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';

const entry = { id: 'e1', kind: 'disbursement', project: 'BJ-2011-01', category: 'counterpart-support', amount: '1000.00', date: '2011-06-10' };

describe('textFromString', () => {
  it('reads a string with a Han character as Chinese and any other as English', () => {
    expect(textFromString('核减拨付')).toEqual({ zh: '核减拨付' });
    expect(textFromString('毕节 Bijie')).toEqual({ zh: '毕节 Bijie' });
    expect(textFromString('Instalment reduced')).toEqual({ en: 'Instalment reduced' });
  });
});

describe('snapshots written before texts were bilingual', () => {
  it('still parse, each plain string read as the language it is written in', () => {
    const zh = parseLedgerEntry({ ...entry, note: '核减拨付：改由村民投工投劳。' });
    const en = parseLedgerEntry({ ...entry, note: 'Instalment reduced.' });
    expect(zh.ok && zh.value.note).toEqual({ zh: '核减拨付：改由村民投工投劳。' });
    expect(en.ok && en.value.note).toEqual({ en: 'Instalment reduced.' });
  });

  it('read a bilingual note as it is, and drop an empty one', () => {
    const both = parseLedgerEntry({ ...entry, note: { zh: '核减拨付', en: 'Instalment reduced' } });
    const empty = parseLedgerEntry({ ...entry, note: '' });
    expect(both.ok && both.value.note).toEqual({ zh: '核减拨付', en: 'Instalment reduced' });
    expect(empty.ok && 'note' in empty.value).toBe(false);
  });

  it('read a source given as plain strings', () => {
    const parsed = parseNonProjectAidRecords([
      {
        kind: 'student-subsidy', id: 'a1', name: { zh: '资助贫困学生' }, year: 2011, donor: '440300', recipients: ['522400'], funds: [],
        source: { document: '深圳年鉴2012', section: 'Overview', completeness: 'incomplete' }, students: [], amount: [],
      },
    ]);
    expect(parsed.ok && parsed.value[0]?.source).toEqual({ document: { zh: '深圳年鉴2012' }, section: { en: 'Overview' }, completeness: 'incomplete' });
  });

  describe('edge cases', () => {
    it('refuses a text object that says nothing, and an empty document', () => {
      expect(parseLedgerEntry({ ...entry, note: {} }).ok).toBe(false);
      const parsed = parseNonProjectAidRecords([{ kind: 'student-subsidy', id: 'a1', name: { zh: '助学' }, year: 2011, donor: '440300', recipients: [], funds: [], source: { document: '', completeness: 'complete' }, students: [], amount: [] }]);
      expect(parsed.ok ? [] : parsed.issues.map((found) => found.code)).toContain('too-small');
    });
  });
});

describe('textMatches', () => {
  it('matches a plain string in either language and a text by every language both give', () => {
    const section = { zh: '干部培训', en: 'Cadre training' };
    expect([textMatches(section, '干部培训'), textMatches(section, 'Cadre training'), textMatches(section, 'Overview')]).toEqual([true, true, false]);
    expect([textMatches(section, { en: 'Cadre training' }), textMatches(section, { zh: '干部培训', en: 'Training' })]).toEqual([true, false]);
    expect(textMatches({ zh: '干部培训' }, { en: 'Cadre training' })).toBe(false);
  });
});

describe('buildAnnouncement in Chinese', () => {
  it('leaves out a text given only in English instead of publishing it in English', () => {
    const project = { ...bijieProjects2011[0]!, name: { en: 'Bijie City 2011 project' } };
    expect(buildAnnouncement(project, 'pre-implementation').rows[0]?.name).toBeUndefined();
    expect(buildAnnouncement(project, 'pre-implementation', { language: 'en' }).rows[0]?.name).toBe('Bijie City 2011 project');
  });
});
