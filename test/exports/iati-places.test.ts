import { describe, expect, it } from 'vitest';
import { exportIatiActivities, isoDate, parseRegionRegistry, unwrap } from '../../src/index.js';
import { iatiOptions, recordOfProjects, withProject } from './fixtures.js';
import { validateIatiXml } from './standards.js';

// BJ-2011-01 alone: an entire-village advancement project in Bijie (522401), plan year 2011.
const alone = recordOfProjects(['BJ-2011-01']);
const inVillage = withProject(0, (project) => ({ ...project, location: { region: project.location.region, township: '鸭池镇', village: '石桥村' } }), alone);
// An app's own releases of the division codes, covering 2010-12 to 2011-12, naming the county by a name the library
// knows no English for.
const chineseOnly = unwrap(
  parseRegionRegistry(
    ['201012', '201112'].map((revision) => ({
      revision,
      entries: [
        { code: '520000', name: '贵州省' },
        { code: '522400', name: '毕节地区' },
        { code: '522401', name: '毕节试验区' },
      ],
    })),
  ),
);

const firstActivity = (xml: string) => /<iati-activity [\s\S]*?<\/iati-activity>/.exec(xml)?.[0] ?? '';
const elementOf = (xml: string, start: string, name: string) => {
  const from = xml.indexOf(start);
  return from < 0 ? '' : xml.slice(from, xml.indexOf(`</${name}>`, from) + name.length + 3);
};

describe('exportIatiActivities: descriptions and places', () => {
  it('describes an activity by its own description where it has one', () => {
    const described = withProject(0, (project) => ({ ...project, description: { zh: '修建村道3公里', en: 'Three kilometres of village road' } }), alone);
    const activity = firstActivity(unwrap(exportIatiActivities(described, iatiOptions())));
    expect(elementOf(activity, '<description type="1">', 'description')).toBe(
      '<description type="1">\n      <narrative xml:lang="zh">修建村道3公里</narrative>\n      <narrative xml:lang="en">Three kilometres of village road</narrative>\n    </description>',
    );
  });

  it('names the place down to the township and village: from the province down in Chinese, from the village up in English', async () => {
    const xml = unwrap(exportIatiActivities(inVillage, iatiOptions()));
    const activity = firstActivity(xml);
    expect(elementOf(activity, '<name>', 'name')).toBe(
      '<name>\n        <narrative xml:lang="zh">贵州省毕节地区毕节市鸭池镇石桥村</narrative>\n        <narrative xml:lang="en">石桥村, 鸭池镇, Bijie (county-level city), Bijie Prefecture, Guizhou Province</narrative>\n      </name>',
    );
    expect(elementOf(activity, '<description type="1">', 'description')).toBe(
      '<description type="1">\n      <narrative xml:lang="zh">整村推进项目，位于贵州省毕节地区毕节市鸭池镇石桥村。</narrative>\n      <narrative xml:lang="en">Entire-village advancement project in 石桥村, 鸭池镇, Bijie (county-level city), Bijie Prefecture, Guizhou Province.</narrative>\n    </description>',
    );
    expect((await validateIatiXml(xml)).valid).toBe(true);
  });

  it("reads the division code on the project's location date, and says so", () => {
    const dated = withProject(0, (project) => ({ ...project, locationDate: isoDate('2011-06-30') }), alone);
    const activity = firstActivity(unwrap(exportIatiActivities(dated, iatiOptions({ regionRegistry: chineseOnly }))));
    expect(elementOf(activity, '<name>', 'name')).toBe('<name>\n        <narrative xml:lang="zh">贵州省毕节地区毕节试验区</narrative>\n      </name>');
    expect(elementOf(activity, '<location ', 'location')).toContain(
      '<description>\n        <narrative xml:lang="zh">GB/T 2260 行政区划代码 522401（2011-06-30 施行的版本）</narrative>\n        <narrative xml:lang="en">GB/T 2260 division code 522401 (revision in force on 2011-06-30)</narrative>\n      </description>',
    );
  });

  describe('with a registry that names a division in Chinese only', () => {
    it('names the place in Chinese alone, and describes the activity in English with the Chinese place name', () => {
      const activity = firstActivity(unwrap(exportIatiActivities(inVillage, iatiOptions({ regionRegistry: chineseOnly }))));
      expect(elementOf(activity, '<name>', 'name')).toBe('<name>\n        <narrative xml:lang="zh">贵州省毕节地区毕节试验区鸭池镇石桥村</narrative>\n      </name>');
      expect(activity).toContain('<narrative xml:lang="en">Entire-village advancement project in 贵州省毕节地区毕节试验区鸭池镇石桥村.</narrative>');
    });

    it('leaves out the location name when none is known in the languages asked for', async () => {
      const xml = unwrap(exportIatiActivities(inVillage, iatiOptions({ regionRegistry: chineseOnly, languages: ['en'] })));
      expect(elementOf(firstActivity(xml), '<location ', 'location')).toBe(
        '<location ref="GB2260-522401">\n      <location-reach code="1"/>\n      <description>\n        <narrative xml:lang="en">GB/T 2260 division code 522401 (revision in force on 2011-01-01)</narrative>\n      </description>\n      <exactness code="2"/>\n      <location-class code="1"/>\n    </location>',
      );
      expect((await validateIatiXml(xml)).valid).toBe(true);
    });
  });
});
