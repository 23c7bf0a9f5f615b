import { describe, expect, it } from 'vitest';
import {
  amount,
  checkIatiExport,
  exportIatiActivities,
  formatPath,
  personCount,
  unwrap,
  type DeclaredCount,
  type Issue,
  type PerformanceActual,
  type Programme,
} from '../../src/index.js';
import { iatiOptions, recordOfProjects, withProgramme, withProject } from './fixtures.js';
import { unescapeXml, validateIatiXml } from './standards.js';

const codesOf = (issues: readonly Issue[]) => issues.map((found) => [found.code, formatPath(found.path), found.params]);
const titleOf = (xml: string) => /<title>\s*<narrative xml:lang="zh">([^<]*)<\/narrative>/.exec(xml)?.[1];

describe('exportIatiActivities: texts in XML', () => {
  it('keeps a tab and a line feed in a text as they are, and writes a carriage return as a character reference so that no reader turns it into a line feed', async () => {
    const record = withProject(0, (project) => ({ ...project, name: { zh: '道路\t一期\n二期\r三期"完"' } }), recordOfProjects(['BJ-2011-01']));
    const xml = unwrap(exportIatiActivities(record, iatiOptions()));
    expect(xml).toContain('<title>\n      <narrative xml:lang="zh">道路\t一期\n二期&#13;三期"完"</narrative>\n    </title>');
    expect((await validateIatiXml(xml)).valid).toBe(true);
  });

  it('accepts every character XML 1.0 allows, at the edges of its ranges, and keeps the text whole', () => {
    const name = '路\t\n\r \uD7FF\uE000\uFFFD\u{10000}\u{10FFFF}';
    const record = withProject(0, (project) => ({ ...project, name: { zh: name } }), recordOfProjects(['BJ-2011-01']));
    const xml = unwrap(exportIatiActivities(record, iatiOptions({ languages: ['zh'] })));
    expect(unescapeXml(titleOf(xml) ?? '')).toBe(name);
  });

  it('refuses each character XML 1.0 does not allow, naming it as a code point of at least four upper-case hex digits', () => {
    const refused = (character: string) => {
      const record = withProject(0, (project) => ({ ...project, name: { zh: `路${character}段` } }), recordOfProjects(['BJ-2011-01']));
      return codesOf(checkIatiExport(record, iatiOptions()));
    };
    expect(['\u0000', '\u001F', '\uD800', '\uDFFF', '\uFFFE', '\uFFFF'].map(refused)).toEqual(
      ['0000', '001F', 'D800', 'DFFF', 'FFFE', 'FFFF'].map((codePoint) => [['xml-character-invalid', 'programme.projects[0].name.zh', { codePoint }]]),
    );
  });

  it('names the first character XML cannot carry when a text holds several', () => {
    const record = withProject(0, (project) => ({ ...project, name: { zh: '路\u000B\u0001' } }), recordOfProjects(['BJ-2011-01']));
    expect(codesOf(checkIatiExport(record, iatiOptions()))).toEqual([['xml-character-invalid', 'programme.projects[0].name.zh', { codePoint: '000B' }]]);
  });

  it("reports a text written in several places once, in each language: an organisation's name on every activity it takes part in", () => {
    const record = withProgramme(
      (programme) => ({ ...programme, organisations: programme.organisations.map((organisation) => (organisation.id === 'gov-522401' ? { ...organisation, name: { zh: '毕节\u0002', en: 'Bijie\u0003' } } : organisation)) }),
      recordOfProjects(['BJ-2011-01']),
    );
    const index = record.programme.organisations.findIndex((organisation) => organisation.id === 'gov-522401');
    expect(codesOf(checkIatiExport(record, iatiOptions()))).toEqual([
      ['xml-character-invalid', `programme.organisations[${index}].name.zh`, { codePoint: '0002' }],
      ['xml-character-invalid', `programme.organisations[${index}].name.en`, { codePoint: '0003' }],
    ]);
  });

  describe('names where a text XML cannot carry came from', () => {
    const alone = recordOfProjects(['BJ-2011-01']);
    const bad = 'x\u0001';
    const pathOf = (record: typeof alone, options = iatiOptions()) => checkIatiExport(record, options).map((found) => formatPath(found.path));
    const project = (change: (project: Programme['projects'][number]) => Programme['projects'][number]) => withProject(0, change, alone);

    it('in a project or sub-project of the programme', () => {
      expect(pathOf(project((changed) => ({ ...changed, description: { zh: '说明', en: bad } })))).toEqual(['programme.projects[0].description.en']);
      expect(pathOf(project((changed) => ({ ...changed, povertyLinkage: { zh: bad } })))).toEqual(['programme.projects[0].povertyLinkage.zh']);
      expect(pathOf(project((changed) => ({ ...changed, subProjects: changed.subProjects.map((sub, s) => (s === 1 ? { ...sub, name: { ...sub.name, en: bad } } : sub)) })))).toEqual([
        'programme.projects[0].subProjects[1].name.en',
      ]);
      const funded = project((changed) => ({ ...changed, funding: [{ source: 'east-west-cooperation', amount: changed.budget }, { source: 'other', name: { zh: bad }, amount: amount('300') }] }));
      expect(pathOf(funded)).toEqual(['programme.projects[0].funding[1].name.zh']);
    });

    it("in an indicator's name and unit", () => {
      const indicator = { dimension: 'output-quantity', name: '完成户数', comparator: '>=', value: '10', unit: '户' } as const;
      const named = project((changed) => ({ ...changed, performanceTarget: { indicators: [{ ...indicator, name: `户${bad}` }] } }));
      expect(pathOf(named)).toEqual(['programme.projects[0].performanceTarget.indicators[0].name']);
      const unit = project((changed) => ({ ...changed, performanceTarget: { indicators: [{ ...indicator, unit: `户${bad}` }] } }));
      expect(pathOf(unit)).toEqual(['programme.projects[0].performanceTarget.indicators[0].unit']);
    });

    it('in a ledger entry\'s note', () => {
      const noted = withProgramme((programme) => ({ ...programme, ledger: programme.ledger.map((entry, index) => (index === 2 ? { ...entry, note: { en: bad } } : entry)) }), alone);
      expect(pathOf(noted)).toEqual(['programme.ledger[2].note.en']);
    });

    it("in the options: the reporting organisation's name, a declared count's figure and source, an actual's source", () => {
      const reportingOrganisation = { ...iatiOptions().reportingOrganisation, name: { zh: '深圳', en: bad } };
      expect(pathOf(alone, iatiOptions({ reportingOrganisation }))).toEqual(['options.reportingOrganisation.name.en']);
      const source = { document: { zh: bad }, completeness: 'complete' } as const;
      const count: DeclaredCount = { figure: 'benefited', unit: 'persons', count: personCount(10), year: 2011, attachedTo: { kind: 'project', project: alone.programme.projects[0]!.id }, source: { document: { zh: '申报书' }, completeness: 'complete' } };
      expect(pathOf(alone, iatiOptions({ beneficiaries: { declared: [count, { ...count, figure: bad }] } }))).toEqual(['options.beneficiaries.declared[1].figure']);
      expect(pathOf(alone, iatiOptions({ beneficiaries: { declared: [{ ...count, source }] } }))).toEqual(['options.beneficiaries.declared[0].source']);
      const actual: PerformanceActual = { project: alone.programme.projects[0]!.id, indicator: '完成子项目数', value: '2', date: '2011-12-20' as PerformanceActual['date'], source };
      expect(pathOf(alone, iatiOptions({ performanceActuals: [{ ...actual, source: { document: { zh: '报告' }, completeness: 'complete' } }, actual] }))).toEqual(['options.performanceActuals[1].source']);
    });
  });
});
