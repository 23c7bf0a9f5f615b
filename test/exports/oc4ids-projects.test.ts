import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amount,
  amountFromFen,
  amountToJsonNumber,
  builtInProjectTypes,
  exportOc4idsProjects,
  formatPath,
  ledgerEntryId,
  organisationId,
  isoDate,
  parseAmount,
  projectId,
  regionCode,
  sumAmounts,
  unwrap,
  type DeclaredCount,
  type Issue,
  type Programme,
} from '../../src/index.js';
import { oc4idsOptions, seedProgramme2011, seedRecord2011, variedRecord, withProgramme, withProject } from './fixtures.js';
import { oc4idsValidators } from './standards.js';

const validators = oc4idsValidators();
// What a reader of the published file of the seed gets; exported inside each test, so that what it checks is tied to the code it ran.
const publishSeed = () => {
  const exported = unwrap(exportOc4idsProjects(seedRecord2011, oc4idsOptions()));
  return JSON.parse(JSON.stringify(exported)) as typeof exported;
};

const codesOf = (issues: readonly Issue[]) => issues.map((found) => [found.code, formatPath(found.path)]);
const yuan = (value: number) => unwrap(parseAmount(JSON.stringify(value)));

describe('exportOc4idsProjects', () => {
  it('returns a project package the OC4IDS 0.9.5 schema accepts, with closed codelists kept', () => {
    const published = publishSeed();
    expect(validators.projectPackage(published), JSON.stringify(validators.projectPackage.errors)).toBe(true);
    for (const project of published.projects) expect(validators.project(project), JSON.stringify(validators.project.errors)).toBe(true);
  });

  it('uses codes beyond the open codelists only where OC4IDS has none, as the guide lists them', () => {
    expect(Object.fromEntries([...validators.extensions].map(([file, codes]) => [file, [...codes].sort()]))).toEqual({
      'classificationScheme.csv': ['pairingAidFundCategory', 'pairingAidProjectType'],
      'locationGazetteers.csv': ['GBT2260'],
      'partyRole.csv': ['accountable'],
    });
  });

  it('returns one project per infrastructure project, its id under the publisher\'s prefix', () => {
    const published = publishSeed();
    expect(published.projects.length).toBe(38);
    expect(published.projects[0]?.id).toBe('oc4ids-sz2011-BJ-2011-01');
    const withEducation = withProgramme((programme): Programme => ({
      ...programme,
      projects: [...programme.projects, { ...programme.projects[0]!, id: projectId('BJ-2011-S1'), type: 'education', subProjects: [] }],
    }));
    const mixed = unwrap(exportOc4idsProjects(withEducation, oc4idsOptions()));
    expect(mixed.projects.map((project) => project.id)).not.toContain('oc4ids-sz2011-BJ-2011-S1');
  });

  it('takes each project\'s status from its log on the day of publication', () => {
    const statusIn = (record: typeof seedRecord2011, publishedAt = '2012-03-31T09:00:00+08:00') => {
      const projects = unwrap(exportOc4idsProjects(record, oc4idsOptions({ publishedAt }))).projects;
      return (id: string) => projects.find((project) => project.id === `oc4ids-sz2011-${id}`)?.status;
    };
    expect(['BJ-2011-01', 'QN-2011-01', 'QN-2011-13'].map(statusIn(seedRecord2011))).toEqual(['completion', 'completion', 'implementation']);
    // A suspended project keeps the status it had; a cancelled one is cancelled from the day it was.
    expect(['QN-2011-01', 'QN-2011-02'].map(statusIn(variedRecord))).toEqual(['completion', 'cancelled']);
    expect(['QN-2011-01', 'QN-2011-02'].map(statusIn(variedRecord, '2012-01-11T09:00:00+08:00'))).toEqual(['completion', 'completion']);
  });

  it('publishes a project without a log yet as being identified, with neither approval nor completion', () => {
    const { 'BJ-2011-01': _log, ...otherLogs } = seedRecord2011.eventLogs;
    const drafted = withProgramme((programme) => ({ ...programme, ledger: programme.ledger.filter((entry) => entry.project !== 'BJ-2011-01') }), { ...seedRecord2011, eventLogs: otherLogs });
    const project = unwrap(exportOc4idsProjects(drafted, oc4idsOptions({ projects: [projectId('BJ-2011-01')] }))).projects[0];
    expect([project?.status, project?.budget.approvalDate, project?.completion]).toEqual(['identification', undefined, undefined]);
  });

  it('returns the days of the final approval and of the completion from the log', () => {
    const published = publishSeed();
    const first = published.projects[0];
    expect([first?.budget.approvalDate, first?.completion?.endDate]).toEqual(['2011-03-11T00:00:00+08:00', '2011-10-15T00:00:00+08:00']);
    expect(published.projects.at(-1)?.completion).toBeUndefined();
  });

  it('publishes the chosen projects, and omits refused ones on request', () => {
    const chosen = unwrap(exportOc4idsProjects(seedRecord2011, oc4idsOptions({ projects: [projectId('QN-2011-13')] })));
    expect(chosen.projects.map((project) => project.id)).toEqual(['oc4ids-sz2011-QN-2011-13']);
    const huge = withProject(0, (project) => ({ ...project, budget: amount('70368744177664.01') }));
    expect(exportOc4idsProjects(huge, oc4idsOptions({ projects: [projectId('BJ-2011-02')] })).ok).toBe(true);
    const omitted = unwrap(exportOc4idsProjects(huge, { ...oc4idsOptions(), refused: 'omit' }));
    expect(omitted.refused.map((refused) => refused.project)).toEqual(['BJ-2011-01']);
    expect(omitted.document.projects.length).toBe(37);
    expect(validators.projectPackage(JSON.parse(JSON.stringify(omitted.document)))).toBe(true);
  });

  it('returns budgets whose JSON numbers read back as the exact amounts, broken down by fund category', () => {
    const published = publishSeed();
    published.projects.forEach((project, index) => {
      const source = seedProgramme2011.projects[index]!;
      expect(yuan(project.budget.amount.amount).toJSON()).toBe(source.budget.toJSON());
      const parts = project.budget.budgetBreakdowns[0]?.budgetBreakdown ?? [];
      expect(sumAmounts(parts.map((part) => yuan(part.amount.amount))).toJSON()).toBe(source.budget.toJSON());
    });
  });

  it('splits a budget by the categories of its budget entries, the rest in the project\'s own category', () => {
    const programme = withProgramme((changed) => ({
      ...changed,
      ledger: changed.ledger.map((entry) => (entry.subProject === 'BJ-2011-01-a' ? { ...entry, category: 'disaster-relief' } : entry)),
    }));
    const project = unwrap(exportOc4idsProjects(programme, oc4idsOptions())).projects[0];
    expect(project?.budget.budgetBreakdowns[0]?.budgetBreakdown.map((part) => [part.id, part.amount.amount])).toEqual([
      ['disaster-relief', 300000],
      ['counterpart-support', 200000],
    ]);
  });

  it('returns sectors of the project\'s and its sub-projects\' types, with parent sectors', () => {
    const published = publishSeed();
    expect(published.projects[0]?.sector).toEqual(['economy', 'transport', 'transport.road', 'waterAndWaste']);
    expect(published.projects.find((project) => project.id.endsWith('BJ-2011-04'))?.sector).toEqual(['transport', 'transport.road']);
  });

  it('returns parties with roles, the public authority, and locations with their GB/T 2260 codes', () => {
    const published = publishSeed();
    const project = published.projects[0]!;
    expect(project.parties.map((party) => [party.id, party.roles])).toEqual([
      ['sz-government', ['funder']],
      ['bijie-government', ['accountable']],
      ['sz-support-office', ['payer']],
      ['gov-522401', ['publicAuthority']],
    ]);
    expect(project.publicAuthority).toEqual({ id: 'gov-522401', name: "Bijie City People's Government" });
    expect(project.locations.map((location) => [location.id, location.gazetteer.identifiers])).toEqual([
      ['BJ-2011-01', ['522401']],
      ['BJ-2011-01-a', ['522401']],
      ['BJ-2011-01-b', ['522401']],
    ]);
  });

  it('returns declared persons and identified beneficiaries as benefits; person-times are not people', () => {
    const published = publishSeed();
    const [benefit] = published.projects[0]?.benefits ?? [];
    expect(benefit?.description).toBe('Registered poor households of the project villages benefit first.');
    expect(benefit?.beneficiaries?.map((beneficiary) => [beneficiary.numberOfPeople, beneficiary.location?.id])).toEqual([
      [1200, 'BJ-2011-01'],
      [3, 'BJ-2011-01'],
      [2, 'BJ-2011-01-a'],
    ]);
  });

  it('gives declared persons with the households of the same figure and source, and each registered-poor part, however the counts were read', () => {
    const attachedTo = { kind: 'project', project: projectId('BJ-2011-01') } as const;
    // As an app reads them from its stored JSON: two counts naming the same source, each with its own copy of it.
    const declared = JSON.parse(
      JSON.stringify([
        { figure: 'benefited', unit: 'households', count: 380, registeredPoor: 126, year: 2011, attachedTo, source: { document: { zh: '项目申报书', en: 'Application' } } },
        { figure: 'benefited', unit: 'persons', count: 1420, registeredPoor: 431, year: 2011, attachedTo, source: { document: { zh: '项目申报书', en: 'Application' }, completeness: 'incomplete' } },
        { figure: 'trained', unit: 'persons', count: 60, year: 2011, attachedTo, source: { document: { zh: '培训记录', en: 'Training register' } } },
      ]),
    ) as readonly DeclaredCount[];
    const beneficiariesIn = (language: 'zh' | 'en') =>
      unwrap(exportOc4idsProjects(seedRecord2011, oc4idsOptions({ projects: [projectId('BJ-2011-01')], beneficiaries: { declared }, language }))).projects[0]?.benefits?.[0]?.beneficiaries?.map(
        (beneficiary) => [beneficiary.description, beneficiary.numberOfPeople],
      );
    expect(beneficiariesIn('zh')).toEqual([
      ['benefited（申报数，来源：项目申报书，据不完全统计，为下限）；其中建档立卡贫困人口 431 人；受益 380 户（其中建档立卡贫困户 126 户）', 1420],
      ['trained（申报数，来源：培训记录）', 60],
    ]);
    expect(beneficiariesIn('en')).toEqual([
      ['benefited (declared; source: Application; according to incomplete statistics, a lower bound); of whom 431 registered poor; 380 households (126 registered poor)', 1420],
      ['trained (declared; source: Training register)', 60],
    ]);
  });

  it('names each location down to its township and village (from the village up in English, in the description and the locality alike), a sub-project\'s after its name', () => {
    const placed = withProject(0, (project) => ({
      ...project,
      location: { ...project.location, township: '鸭池镇', village: '石桥村' },
      subProjects: project.subProjects.map((sub, s) => (s === 0 ? { ...sub, location: { ...sub.location, township: '鸭池镇' } } : sub)),
    }));
    const locationsIn = (language: 'zh' | 'en') =>
      unwrap(exportOc4idsProjects(placed, oc4idsOptions({ projects: [projectId('BJ-2011-01')], language }))).projects[0]?.locations.map((location) => [location.description, location.address]);
    const bijie = 'Bijie (county-level city), Bijie Prefecture, Guizhou Province';
    expect(locationsIn('en')).toEqual([
      [`石桥村, 鸭池镇, ${bijie}`, { region: bijie, locality: '石桥村, 鸭池镇', countryName: 'China' }],
      [`Bijie City rural roads, sub-project A: 鸭池镇, ${bijie}`, { region: bijie, locality: '鸭池镇', countryName: 'China' }],
      [`Bijie City drinking water for people and livestock, sub-project B: ${bijie}`, { region: bijie, countryName: 'China' }],
    ]);
    expect(locationsIn('zh')).toEqual([
      ['贵州省毕节地区毕节市鸭池镇石桥村', { region: '贵州省毕节地区毕节市', locality: '鸭池镇石桥村', countryName: '中国' }],
      ['毕节市乡村道路子项目A：贵州省毕节地区毕节市鸭池镇', { region: '贵州省毕节地区毕节市', locality: '鸭池镇', countryName: '中国' }],
      ['毕节市人畜饮水子项目B：贵州省毕节地区毕节市', { region: '贵州省毕节地区毕节市', countryName: '中国' }],
    ]);
  });

  it('puts a functional area above its township in the locality: 百里杜鹃管理区 普底乡', () => {
    const placed = withProject(0, (project) => ({ ...project, location: { ...project.location, area: '百里杜鹃管理区', township: '普底乡' } }));
    const localityIn = (language: 'zh' | 'en') =>
      unwrap(exportOc4idsProjects(placed, oc4idsOptions({ projects: [projectId('BJ-2011-01')], language }))).projects[0]?.locations[0]?.address?.locality;
    expect(localityIn('zh')).toBe('百里杜鹃管理区普底乡');
    expect(localityIn('en')).toBe('普底乡, 百里杜鹃管理区');
  });

  it('breaks the total investment down by funding line, each co-funder of the programme a funder among the parties', () => {
    const cofinanced = withProject(0, (project) => ({
      ...project,
      funding: [
        { source: 'east-west-cooperation', amount: project.budget },
        { source: 'beneficiary-contribution', form: 'labour', amount: amount('1000') },
        { source: 'other-departments', funder: organisationId('bijie-government'), amount: amount('2000') },
        { source: 'other', name: { zh: '社会捐赠', en: 'Donations' }, amount: amount('300') },
        { source: 'other', name: { zh: '村集体资金', en: 'Village collective funds' }, amount: amount('200') },
      ],
    }));
    const project = unwrap(exportOc4idsProjects(cofinanced, oc4idsOptions({ projects: [projectId('BJ-2011-01')] }))).projects[0];
    expect(project?.budget.amount.amount).toBe(503500);
    expect(project?.budget.budgetBreakdowns[1]?.budgetBreakdown.map((line) => [line.id, line.amount.amount, line.sourceParty?.id])).toEqual([
      ['east-west-cooperation', 500000, 'sz-government'],
      ['beneficiary-contribution-labour', 1000, undefined],
      ['other-departments-bijie-government', 2000, 'bijie-government'],
      ['other', 300, undefined],
      ['other-5', 200, undefined],
    ]);
    expect(project?.parties.find((party) => party.id === 'bijie-government')?.roles).toEqual(['accountable', 'funder']);
  });

  it('takes the OC4IDS project type from the options and the project\'s own description where it has one', () => {
    const described = withProject(0, (project) => ({ ...project, description: { zh: '修路和饮水', en: 'Roads and water' } }));
    const project = unwrap(exportOc4idsProjects(described, oc4idsOptions({ projects: [projectId('BJ-2011-01')], projectTypes: { 'entire-village-advancement': 'expansion' } }))).projects[0];
    expect([project?.type, project?.description]).toEqual(['expansion', 'Roads and water']);
  });

  it('publishes the package\'s licence, and refuses a licence or publisher address that is no absolute URI', () => {
    const licensed = unwrap(exportOc4idsProjects(seedRecord2011, oc4idsOptions({ projects: [projectId('BJ-2011-01')], license: 'https://creativecommons.org/licenses/by/4.0/' })));
    expect([licensed.license, licensed.version, licensed.uri]).toEqual(['https://creativecommons.org/licenses/by/4.0/', '0.9', 'https://example.org/oc4ids/sz-gz-2011.json']);
    const refused = exportOc4idsProjects(seedRecord2011, oc4idsOptions({ license: 'cc-by', publisher: { name: 'Shenzhen Counterpart Support Office', uri: 'www.example.org' } }));
    expect(refused.ok || codesOf(refused.issues)).toEqual([
      ['oc4ids-uri-invalid', 'options.license'],
      ['oc4ids-uri-invalid', 'options.publisher.uri'],
    ]);
  });

  it('lists a sub-project\'s own implementing unit among the parties, the project\'s implementer staying its public authority', () => {
    const own = withProject(0, (project) => ({
      ...project,
      subProjects: project.subProjects.map((sub, s) => (s === 0 ? { ...sub, implementingUnit: organisationId('poverty-office-522401') } : sub)),
    }));
    const project = unwrap(exportOc4idsProjects(own, oc4idsOptions({ projects: [projectId('BJ-2011-01')] }))).projects[0];
    expect(project?.parties.map((party) => [party.id, party.roles])).toEqual([
      ['sz-government', ['funder']],
      ['bijie-government', ['accountable']],
      ['sz-support-office', ['payer']],
      ['gov-522401', ['publicAuthority']],
      ['poverty-office-522401', ['publicAuthority']],
    ]);
    expect(project?.publicAuthority?.id).toBe('gov-522401');
  });

  it('writes the texts in the language asked for', () => {
    const chinese = unwrap(exportOc4idsProjects(seedRecord2011, oc4idsOptions({ language: 'zh' }))).projects[0];
    expect([chinese?.language, chinese?.title, chinese?.locations[0]?.address.region]).toEqual(['zh', '毕节市2011年整村推进项目', '贵州省毕节地区毕节市']);
  });

  describe('edge cases', () => {
    it('refuses options that cannot make a valid package', () => {
      const options = oc4idsOptions({ projectIdPrefix: 'sz-', uri: 'example.org/x', publisher: { name: ' ' }, publishedAt: '2012-03-31' });
      const result = exportOc4idsProjects(seedRecord2011, options);
      expect(result.ok || codesOf(result.issues)).toEqual([
        ['oc4ids-project-id-prefix-invalid', 'options.projectIdPrefix'],
        ['oc4ids-uri-invalid', 'options.uri'],
        ['export-name-missing', 'options.publisher.name'],
        ['timestamp-invalid', 'options.publishedAt'],
      ]);
    });

    it('refuses a programme without infrastructure projects', () => {
      const programme = withProgramme((changed) => ({ ...changed, projectTypes: builtInProjectTypes.map((type) => ({ ...type, infrastructure: false })) }));
      const result = exportOc4idsProjects(programme, oc4idsOptions({ beneficiaries: {} }));
      expect(result.ok || codesOf(result.issues)).toEqual([['oc4ids-no-infrastructure-projects', 'programme.projects']]);
      const chosen = exportOc4idsProjects(programme, oc4idsOptions({ beneficiaries: {}, projects: [projectId('BJ-2011-01')] }));
      expect(chosen.ok || codesOf(chosen.issues)).toEqual([['oc4ids-no-infrastructure-projects', 'options.projects']]);
    });

    it('refuses an infrastructure type without an OC4IDS sector, and accepts it once one is given', () => {
      const programme = withProgramme(
        (changed): Programme => ({ ...changed, projectTypes: [...seedProgramme2011.projectTypes, { code: 'bridge', label: { en: 'bridges' }, infrastructure: true }] }),
        withProject(3, (project) => ({ ...project, type: 'bridge', subProjects: project.subProjects.map((sub) => ({ ...sub, type: 'bridge' })) })),
      );
      const refused = exportOc4idsProjects(programme, oc4idsOptions());
      expect(refused.ok || codesOf(refused.issues)).toEqual([
        ['oc4ids-sector-unmapped', 'programme.projects[3].type'],
        ['oc4ids-sector-unmapped', 'programme.projects[3].subProjects[0].type'],
        ['oc4ids-sector-unmapped', 'programme.projects[3].subProjects[1].type'],
      ]);
      const accepted = unwrap(exportOc4idsProjects(programme, oc4idsOptions({ sectors: { bridge: ['transport', 'transport.road'] } })));
      expect(accepted.projects[3]?.sector).toEqual(['transport', 'transport.road']);
    });

    it('refuses an amount a JSON number cannot carry exactly, before publishing anything', () => {
      const huge = withProject(0, (project) => ({ ...project, budget: amount('70368744177664.01') }));
      const result = exportOc4idsProjects(huge, oc4idsOptions());
      expect(result.ok || codesOf(result.issues)).toEqual([
        ['amount-beyond-exact-number', 'programme.projects[0].budget'],
        ['amount-beyond-exact-number', 'programme.projects[0].budget'],
        ['amount-beyond-exact-number', 'programme.projects[0].budget'],
      ]);
    });

    it('refuses a division code the revision in force does not list', () => {
      // Qiannan had no 522724 in 2011 (福泉县 became 522702 福泉市 in 1996): rule 19 refuses it, and the export cannot name it.
      const programme = withProject(25, (project) => ({
        ...project,
        location: { region: regionCode('522724') },
        subProjects: project.subProjects.map((sub) => ({ ...sub, location: { region: regionCode('522724') } })),
      }));
      // The county bodies that approved it have no jurisdiction there either: the log's issues come too.
      const result = exportOc4idsProjects(programme, oc4idsOptions());
      expect(result.ok || codesOf(result.issues.filter((found) => found.code === 'export-region-unknown'))).toEqual([
        ['export-region-unknown', 'programme.projects[25].location.region'],
        ['export-region-unknown', 'programme.projects[25].subProjects[0].location.region'],
        ['export-region-unknown', 'programme.projects[25].subProjects[1].location.region'],
      ]);
    });

    it('refuses a programme that breaks the model\'s rules', () => {
      const entry = { id: ledgerEntryId('early'), kind: 'disbursement' as const, project: projectId('BJ-2011-01'), category: 'counterpart-support', amount: amount('600000'), date: isoDate('2011-01-05') };
      const result = exportOc4idsProjects(withProgramme((changed) => ({ ...changed, ledger: [...changed.ledger, entry] })), oc4idsOptions());
      expect(result.ok).toBe(false);
      expect(result.ok || result.issues.map((found) => found.code)).toContain('disbursed-exceeds-committed');
    });
  });
});

describe('amountToJsonNumber', () => {
  it('returns the number JSON writes as the amount\'s own decimal', () => {
    expect(amountToJsonNumber(amount('46910000.10'))).toEqual({ ok: true, value: 46910000.1 });
    expect(JSON.stringify(unwrap(amountToJsonNumber(amount('-20000.00'))))).toBe('-20000');
  });

  describe('edge cases', () => {
    it('takes 15 significant digits and refuses more', () => {
      expect(JSON.stringify(unwrap(amountToJsonNumber(amountFromFen(999_999_999_999_999n))))).toBe('9999999999999.99');
      expect(amountToJsonNumber(amountFromFen(1_000_000_000_000_000n)).ok).toBe(false);
      expect(amountToJsonNumber(amountFromFen(-1_000_000_000_000_000n)).ok).toBe(false);
    });

    it('refuses amounts below 2^53 fen that a double does not write back (so 2^53 is not the bound)', () => {
      // 2^46 yuan and a fen: the doubles there are 1/64 yuan apart, and the nearest one is written .02.
      expect(String(Number('70368744177664.01'))).toBe('70368744177664.02');
      const refused = amountToJsonNumber(amount('70368744177664.01'));
      expect(refused.ok || refused.issues.map((found) => [found.code, found.params])).toEqual([['amount-beyond-exact-number', { amount: '70368744177664.01' }]]);
    });
  });

  describe('properties', () => {
    it('reads back exactly from its JSON text, for every amount it accepts', () => {
      fc.assert(
        fc.property(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), (fen) => {
          const value = amountFromFen(fen);
          const written = JSON.stringify(unwrap(amountToJsonNumber(value)));
          expect(unwrap(parseAmount(written)).fen).toBe(fen);
        }),
        { numRuns: 2000 },
      );
    });

    it('refuses every amount of 16 or more digits', () => {
      fc.assert(
        fc.property(fc.bigInt({ min: 10n ** 15n, max: 10n ** 20n }), fc.boolean(), (magnitude, negative) => {
          expect(amountToJsonNumber(amountFromFen(negative ? -magnitude : magnitude)).ok).toBe(false);
        }),
      );
    });
  });
});
