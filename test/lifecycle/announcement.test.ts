import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amount,
  buildAnnouncement,
  isoDate,
  type DeclaredCount,
  checkAnnouncement,
  containsPersonalData,
  organisationId,
  projectId,
  regionCode,
  residentIdCheckCharacter,
  subProjectId,
  type Announcement,
  type Project,
} from '../../src/index.js';
import { organisations, roadProject } from './fixtures.js';

const regionNames: Record<string, string> = { '522422': '大方县' };
const regionName = (code: string): string | undefined => regionNames[code];

describe('buildAnnouncement', () => {
  it('writes the six required contents of the project as one row', () => {
    expect(buildAnnouncement(roadProject, 'pre-implementation', { organisations, regionName })).toEqual({
      kind: 'pre-implementation',
      project: roadProject.id,
      rows: [
        {
          project: roadProject.id,
          name: '大方县羊场镇通村公路硬化工程',
          location: '大方县羊场镇示范村',
          amount: roadProject.budget,
          totalInvestment: roadProject.budget,
          funding: [{ source: 'east-west-cooperation', name: '东西部协作资金', amount: roadProject.budget }],
          implementingUnit: '大方县交通运输局',
          beneficiaries: '受益农户 380 户，其中建档立卡贫困户 126 户；施工优先雇用贫困劳动力',
          performanceTarget: '硬化通村公路 ≥ 4.2km；受益农户 ≥ 380户',
        },
      ],
    });
  });

  describe('of a co-financed project', () => {
    const cofinanced: Project = {
      ...roadProject,
      funding: [
        { source: 'east-west-cooperation', amount: roadProject.budget },
        { source: 'local-integrated', amount: amount('300000') },
        { source: 'other-departments', funder: organisationId('dafang-transport'), amount: amount('100000') },
        { source: 'beneficiary-contribution', form: 'labour', amount: amount('45000') },
      ],
      pool: { pooledOn: isoDate('2011-03-26'), reference: '大方县项目库第7号' },
    };
    const declared = [
      { unit: 'households', figure: 'benefited', count: 380, registeredPoor: 126, attachedTo: { kind: 'project', project: roadProject.id }, source: { document: { zh: '项目申报书' } } },
      { unit: 'persons', figure: 'benefited', count: 1420, registeredPoor: 431, attachedTo: { kind: 'project', project: roadProject.id }, source: { document: { zh: '项目申报书' } } },
      { unit: 'persons', figure: 'benefited', count: 99, attachedTo: { kind: 'project', project: projectId('other') }, source: { document: { zh: '项目申报书' } } },
    ] as unknown as readonly DeclaredCount[];
    const row = buildAnnouncement(cofinanced, 'pre-implementation', { organisations, regionName, declared }).rows[0];

    it('gives the total investment and each source by name, the funder by its organisation', () => {
      expect(row?.totalInvestment?.fen).toBe(roadProject.budget.fen + 44_500_000n);
      expect(row?.funding?.map((line) => [line.name, line.amount.toJSON()])).toEqual([
        ['东西部协作资金', roadProject.budget.toJSON()],
        ['统筹整合财政涉农资金', '300000.00'],
        ['其他部门（行业）资金（大方县交通运输局）', '100000.00'],
        ['群众自筹（投工投劳折资）', '45000.00'],
      ]);
    });

    it('gives the households and persons of its own declared counts, with their registered-poor parts, and its pool entry', () => {
      expect([row?.households, row?.registeredPoorHouseholds, row?.persons, row?.registeredPoorPersons]).toEqual([380, 126, 1420, 431]);
      expect([row?.poolReference, row?.pooledOn]).toEqual(['大方县项目库第7号', '2011-03-26']);
    });
  });

  it('writes a range target as its two bounds', () => {
    const project: Project = {
      ...roadProject,
      performanceTarget: { indicators: [{ dimension: 'output-timeliness', name: '完工月数', comparator: 'range', value: '10', max: '12', unit: '月' }] },
    };
    expect(buildAnnouncement(project, 'pre-implementation', { organisations, regionName }).rows[0]?.performanceTarget).toBe('完工月数 10–12月');
    expect(buildAnnouncement(project, 'pre-implementation', { organisations, regionName, language: 'en' }).rows[0]?.performanceTarget).toBe('完工月数 10–12 月');
  });

  it('writes English where asked, falling back to Chinese, and shows codes and ids it cannot name', () => {
    const row = buildAnnouncement(roadProject, 'completion', { language: 'en' }).rows[0];
    expect(row).toMatchObject({
      name: 'Village road hardening, Yangchang township, Dafang county',
      location: '示范村, 羊场镇, 522422',
      implementingUnit: 'dafang-transport',
      performanceTarget: '硬化通村公路 ≥ 4.2 km; 受益农户 ≥ 380 户',
    });
  });

  it('gives each sub-project its own row, with the project’s implementing unit where it has none', () => {
    const withSubProjects: Project = {
      ...roadProject,
      subProjects: [
        { id: subProjectId('BJ-2011-R07-a'), name: { zh: '一标段' }, type: 'rural-road', location: roadProject.location, budget: amount('50万元') },
        { id: subProjectId('BJ-2011-R07-b'), name: { zh: '二标段' }, type: 'rural-road', location: roadProject.location, budget: amount('30万元'), implementingUnit: organisationId('dafang-gov') },
      ],
    };
    const rows = buildAnnouncement(withSubProjects, 'pre-implementation', { organisations }).rows;
    expect(rows.map((row) => [row.subProject, row.name, row.amount?.toJSON(), row.implementingUnit])).toEqual([
      [undefined, '大方县羊场镇通村公路硬化工程', '800000.00', '大方县交通运输局'],
      ['BJ-2011-R07-a', '一标段', '500000.00', '大方县交通运输局'],
      ['BJ-2011-R07-b', '二标段', '300000.00', '大方县人民政府'],
    ]);
    expect(buildAnnouncement(withSubProjects, 'pre-implementation', { subProjects: false }).rows).toHaveLength(1);
  });

  it('announces a sub-project without its own statement or target under its project’s, so the check passes', () => {
    const withSubProject: Project = {
      ...roadProject,
      subProjects: [{ id: subProjectId('BJ-2011-R07-a'), name: { zh: '一标段' }, type: 'rural-road', location: roadProject.location, budget: amount('50万元') }],
    };
    const announcement = buildAnnouncement(withSubProject, 'pre-implementation', { organisations });
    const [projectRow, subProjectRow] = announcement.rows;
    expect(subProjectRow?.beneficiaries).toBe(projectRow?.beneficiaries);
    expect(subProjectRow?.performanceTarget).toBe(projectRow?.performanceTarget);
    expect(checkAnnouncement(announcement)).toEqual([]);
  });

  it('masks resident ID and mobile numbers in every text', () => {
    const leaky: Project = { ...roadProject, povertyLinkage: { zh: '受益户户主 520502199001011234，联系电话 13812345678' } };
    expect(buildAnnouncement(leaky, 'pre-implementation').rows[0]?.beneficiaries).toBe('受益户户主 520502********1234，联系电话 138****5678');
  });

  describe('edge cases', () => {
    it('leaves a blank township or village out of the location, in Chinese and in English', () => {
      const blank: Project = { ...roadProject, location: { ...roadProject.location, township: ' ', village: '\u3000' } };
      expect(buildAnnouncement(blank, 'pre-implementation').rows[0]?.location).toBe('522422');
      expect(buildAnnouncement(blank, 'pre-implementation', { language: 'en' }).rows[0]?.location).toBe('522422');
      const villageOnly: Project = { ...roadProject, location: { ...roadProject.location, township: ' ' } };
      expect(buildAnnouncement(villageOnly, 'pre-implementation', { language: 'en' }).rows[0]?.location).toBe('示范村, 522422');
    });

    it('leaves out what the project lacks, for the check to report', () => {
      const { implementingUnit: _unit, performanceTarget: _target, povertyLinkage: _linkage, ...bare } = roadProject;
      const row = buildAnnouncement({ ...bare, location: { region: regionCode('522422') } }, 'pre-implementation').rows[0];
      expect(Object.keys(row ?? {})).toEqual(['project', 'name', 'location', 'amount', 'totalInvestment', 'funding']);
      expect(buildAnnouncement({ ...roadProject, performanceTarget: { indicators: [] } }, 'change').rows[0]?.performanceTarget).toBeUndefined();
    });
  });

  describe('properties', () => {
    const residentId = fc
      .tuple(fc.constantFrom('520502', '522422', '440303'), fc.integer({ min: 1940, max: 2010 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 999 }))
      .map(([region, year, month, day, sequence]) => {
        const first17 = `${region}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(sequence).padStart(3, '0')}`;
        return `${first17}${residentIdCheckCharacter(first17)}`;
      });
    const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 0, max: 999_999_999 })).map(([second, rest]) => `1${second}${String(rest).padStart(9, '0')}`);
    const text = fc.array(fc.oneof(residentId, mobile, fc.constantFrom('户主', '电话', '，', ' ', '受益农户')), { maxLength: 8 }).map((parts) => parts.join(''));

    it('never shows personal data unmasked, wherever it was written', () => {
      fc.assert(
        fc.property(text, text, text, (name, linkage, village) => {
          const project: Project = { ...roadProject, name: { zh: name || '道路' }, povertyLinkage: { zh: linkage || '农户' }, location: { ...roadProject.location, village } };
          const announcement = buildAnnouncement(project, 'pre-implementation', { organisations });
          for (const row of announcement.rows) {
            for (const value of Object.values(row)) if (typeof value === 'string') expect(containsPersonalData(value)).toBe(false);
          }
          expect(checkAnnouncement(announcement).filter((found) => found.code === 'announcement-personal-data')).toEqual([]);
        }),
      );
    });
  });
});

describe('checkAnnouncement', () => {
  const complete = buildAnnouncement(roadProject, 'pre-implementation', { organisations });

  it('accepts an announcement with every required content', () => {
    expect(checkAnnouncement(complete)).toEqual([]);
  });

  it('reports each missing content as its own issue', () => {
    const bare: Announcement = { kind: 'completion', project: roadProject.id, rows: [{ project: roadProject.id, name: '通组公路', location: ' ' }] };
    expect(checkAnnouncement(bare).map((found) => [found.code, found.path])).toEqual([
      ['announcement-missing-location', ['rows', 0, 'location']],
      ['announcement-missing-amount', ['rows', 0, 'amount']],
      ['announcement-missing-implementing-unit', ['rows', 0, 'implementingUnit']],
      ['announcement-missing-beneficiaries', ['rows', 0, 'beneficiaries']],
      ['announcement-missing-performance-target', ['rows', 0, 'performanceTarget']],
    ]);
  });

  describe('edge cases', () => {
    it('reports an empty announcement, a row of another project and unmasked numbers', () => {
      expect(checkAnnouncement({ ...complete, rows: [] }).map((found) => found.code)).toEqual(['announcement-has-no-rows']);
      const row = complete.rows[0];
      if (!row) throw new Error('no row');
      const mixed: Announcement = { ...complete, rows: [{ ...row, project: projectId('QN-1'), name: '户主 11010519491231002X' }] };
      expect(checkAnnouncement(mixed).map((found) => [found.code, found.path])).toEqual([
        ['lifecycle-project-mismatch', ['rows', 0, 'project']],
        ['announcement-personal-data', ['rows', 0, 'name']],
      ]);
    });
  });
});
