import { describe, expect, it } from 'vitest';
import { exportIatiActivities, unwrap, type ProgrammeRecord } from '../../src/index.js';
import { iatiOptions, recordOfProjects, withProject } from './fixtures.js';
import { xmlTags } from './standards.js';

const bijieCity = () => recordOfProjects(['BJ-2011-01']);
const titlesOf = (record: ProgrammeRecord, languages: readonly ('zh' | 'en')[]) => {
  const xml = unwrap(exportIatiActivities(record, iatiOptions({ beneficiaries: {}, languages })));
  // Each activity's own title: the first title element after its start tag.
  return xml.split('<iati-activity ').slice(1).map((activity) => xmlTags(/<title>([\s\S]*?)<\/title>/.exec(activity)?.[1] ?? '').map((tag) => tag.attributes['xml:lang']));
};

describe('texts in the languages asked for', () => {
  it('writes a name in each language asked for that it has, and not in the others', () => {
    expect(titlesOf(bijieCity(), ['en'])).toEqual([['en'], ['en'], ['en']]);
    expect(titlesOf(bijieCity(), ['zh', 'en'])).toEqual([['zh', 'en'], ['zh', 'en'], ['zh', 'en']]);
  });

  it('writes a name in the language it has when it has none of those asked for, so that no name is dropped', () => {
    const chineseOnly = withProject(0, (project) => ({ ...project, subProjects: project.subProjects.map((sub, s) => (s === 0 ? { ...sub, name: { zh: '毕节市乡村道路子项目A', en: ' ' } } : sub)) }), bijieCity());
    expect(titlesOf(chineseOnly, ['en'])).toEqual([['en'], ['zh'], ['en']]);
  });

  it('tags an indicator name without a language by its script: Chinese with a Han character, English without', () => {
    const named = withProject(0, (project) => ({
      ...project,
      performanceTarget: { indicators: [{ dimension: 'output-quantity', name: 'Villages reached', comparator: '>=', value: '2', unit: 'villages' }, ...(project.performanceTarget?.indicators.slice(1) ?? [])] },
    }) as typeof project, bijieCity());
    const xml = unwrap(exportIatiActivities(named, iatiOptions({ beneficiaries: {} })));
    const indicatorTitles = [...xml.matchAll(/<indicator [^>]*>\s*<title>\s*<narrative xml:lang="(\w+)">([^<]*)<\/narrative>/g)].map((match) => [match[1], match[2]]);
    expect(indicatorTitles.slice(0, 2)).toEqual([
      ['en', 'Villages reached'],
      ['zh', '年内完工率'],
    ]);
  });
});
