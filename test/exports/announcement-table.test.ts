import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amount,
  announcementTableColumns,
  householdCount,
  isoDate,
  personCount,
  regionCode,
  subProjectId,
  type DeclaredCount,
  containsPersonalData,
  exportAnnouncementTable,
  formatCsv,
  formatPath,
  projectId,
  unwrap,
  type Issue,
} from '../../src/index.js';
import { seedRecord2011, variedRecord, withProgramme, withProject } from './fixtures.js';
import { parseCsv } from './rfc4180.js';
import { recordWithFates, type ProjectFate } from '../report/record-arbitraries.js';

const codesOf = (issues: readonly Issue[]) => issues.map((found) => [found.code, formatPath(found.path)]);

describe('formatCsv', () => {
  it('returns RFC 4180 records ended by CRLF, quoting what needs it', () => {
    expect(formatCsv([['a', 'b,c'], ['say "hi"', 'two\nlines']])).toBe('a,"b,c"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('returns a byte order mark first when asked', () => {
    expect(formatCsv([['名称']], { bom: true })).toBe('\uFEFF名称\r\n');
    expect(formatCsv([['名称']]).charCodeAt(0)).toBe('名'.charCodeAt(0));
  });

  it('guards cells spreadsheet software would run as formulas, but not plain numbers', () => {
    expect(formatCsv([['=HYPERLINK("x")', '+1', '-1+2', '@SUM(A1)', '\tx', '-20000.00', '12']])).toBe(
      '"\'=HYPERLINK(""x"")",\'+1,\'-1+2,\'@SUM(A1),\'\tx,-20000.00,12\r\n',
    );
    expect(formatCsv([['=1']], { protectFormulas: false })).toBe('=1\r\n');
    expect(formatCsv([['-1', '-0.5', '-1.', '-.5', '-1e3']])).toBe("-1,-0.5,'-1.,'-.5,'-1e3\r\n");
    expect(formatCsv([['\v=1', '\f@A1', 'V=1']])).toBe("'\v=1,'\f@A1,V=1\r\n");
  });

  it('guards formulas behind white space, in full-width signs and after a line break', () => {
    expect(formatCsv([[' =1+1', '\u3000@SUM(A1)', '＝1+1', '＋1', '－1', '＠A1', 'note\n=1+1']])).toBe(
      "' =1+1,'\u3000@SUM(A1),'＝1+1,'＋1,'－1,'＠A1,\"note\n'=1+1\"\r\n",
    );
  });

  describe('edge cases', () => {
    it('returns nothing for no rows, and one empty cell for a row of one empty cell', () => {
      expect(formatCsv([])).toBe('');
      expect(parseCsv(formatCsv([[''], ['', '']]))).toEqual([[''], ['', '']]);
    });
  });

  describe('properties', () => {
    it('reads back as the same cells, whatever they hold', () => {
      const cell = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\r', '\n', ' ', 'x', '1') });
      fc.assert(
        fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), fc.boolean(), (rows, bom) => {
          expect(parseCsv(formatCsv(rows, { bom, protectFormulas: false }))).toEqual(rows);
        }),
      );
    });

    it('never leaves a line that a spreadsheet would start as a formula, behind blanks, full-width signs or line breaks', () => {
      const formula = ['=', '+', '@', '-', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\u2212', '\t'];
      const blanks = [' ', '\u3000', '\u00A0', '\u200B', '\u2060', '\t'];
      const breaks = ['\n', '\r', '\r\n', '\u2028'];
      const cell = fc.array(fc.constantFrom(...formula, ...blanks, ...breaks, '1', 'A', '中', '(', ')'), { maxLength: 12 }).map((parts) => parts.join(''));
      const startsFormula = new RegExp(`^[${blanks.join('')}]*[${formula.map((ch) => (ch === '-' ? '\\-' : ch)).join('')}]`, 'u');
      fc.assert(
        fc.property(fc.array(cell, { minLength: 1, maxLength: 4 }), (row) => {
          const [read] = parseCsv(formatCsv([row]));
          read?.forEach((written, c) => {
            const original = row[c] ?? '';
            if (/^-?\d+(?:\.\d+)?$/.test(original)) return;
            for (const line of written.split(/\r\n|[\r\n\u2028]/)) expect(startsFormula.test(line) && !line.startsWith("'")).toBe(false);
            expect(written.replace(/(^|\r\n|[\r\n\u2028])'/g, '$1')).toBe(original);
          });
        }),
      );
    });

    it('never leaves a formula: every guarded cell reads back as its text after the apostrophe', () => {
      const cell = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '1', '.', 'A', '(', ')') });
      fc.assert(
        fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (row) => {
          const [read] = parseCsv(formatCsv([row]));
          read?.forEach((written, c) => {
            const original = row[c] ?? '';
            const plainNumber = /^-?\d+(?:\.\d+)?$/.test(original);
            expect(/^[=+\-@\t\r]/.test(written) && !plainNumber).toBe(false);
            expect(written === original || written === `'${original}`).toBe(true);
          });
        }),
      );
    });
  });
});

// A project that names no implementing unit: its announcement lacks a required content.
const withoutImplementingUnit = withProject(1, ({ implementingUnit: _unit, ...project }) => ({
  ...project,
  participations: project.participations.filter((participation) => participation.role !== 'implementing'),
}));

describe('exportAnnouncementTable', () => {
  it('returns one row per project under Chinese headers', () => {
    const rows = parseCsv(unwrap(exportAnnouncementTable(seedRecord2011)));
    expect(rows[0]).toEqual(['项目编号', '项目名称', '建设地点', '资金规模（元）', '总投资（元）', '筹资方式（元）', '实施单位', '受益对象及带贫减贫机制', '绩效目标']);
    expect(rows.length).toBe(1 + 38);
    expect(rows[1]).toEqual([
      'BJ-2011-01',
      '毕节市2011年整村推进项目',
      '贵州省毕节地区毕节市',
      '500000.00',
      '500000.00',
      '东西部协作资金 500000.00',
      '毕节市人民政府',
      '项目村建档立卡贫困户优先受益',
      '完成子项目数 ≥ 2个；年内完工率 = 100%',
    ]);
  });

  it('returns English headers and texts on request', () => {
    const english = parseCsv(unwrap(exportAnnouncementTable(seedRecord2011, { language: 'en' })));
    const shown = announcementTableColumns.filter((column) => !['subProject', 'households', 'registeredPoorHouseholds', 'persons', 'registeredPoorPersons', 'poolReference', 'pooledOn'].includes(column.key));
    expect(english[0]).toEqual(shown.map((column) => (['amount', 'totalInvestment', 'funding'].includes(column.key) ? `${column.en} (yuan)` : column.en)));
    expect(english[1]?.[2]).toBe('Bijie (county-level city), Bijie Prefecture, Guizhou Province');
  });

  it('returns a row per sub-project on request, sharing its project\'s statement and target', () => {
    const full = parseCsv(unwrap(exportAnnouncementTable(seedRecord2011, { subProjects: true, amountUnit: 'wan' })));
    expect(full.length).toBe(1 + 109);
    expect(full[0]?.[4]).toBe('资金规模（万元）');
    expect(full.slice(1, 4).map((row) => [row[0], row[1], row[4], row[8]])).toEqual([
      ['BJ-2011-01', '', '50.00', '项目村建档立卡贫困户优先受益'],
      ['BJ-2011-01', 'BJ-2011-01-a', '30.00', '项目村建档立卡贫困户优先受益'],
      ['BJ-2011-01', 'BJ-2011-01-b', '20.00', '项目村建档立卡贫困户优先受益'],
    ]);
  });

  it('returns the projects asked for, in that order, with a byte order mark on request', () => {
    const chosen = unwrap(exportAnnouncementTable(seedRecord2011, { projects: [projectId('QN-2011-02'), projectId('BJ-2011-05')], bom: true }));
    expect(chosen.startsWith('\uFEFF项目编号')).toBe(true);
    expect(parseCsv(chosen).slice(1).map((row) => row[0])).toEqual(['QN-2011-02', 'BJ-2011-05']);
  });

  it('masks personal data in what it announces', () => {
    const programme = withProject(0, (project) => ({ ...project, povertyLinkage: { zh: '受益农户 120 户（联系人 13812345678，户主 520502199001011234）' } }));
    const cells = parseCsv(unwrap(exportAnnouncementTable(programme))).flat();
    expect(cells).toContain('受益农户 120 户（联系人 138****5678，户主 520502********1234）');
    expect(cells.some(containsPersonalData)).toBe(false);
  });

  describe('edge cases', () => {
    it('keeps names with commas, quotes and line breaks whole', () => {
      const name = '道路,一期 "硬化"\r\n二期';
      const programme = withProject(0, (project) => ({ ...project, name: { zh: name } }));
      expect(parseCsv(unwrap(exportAnnouncementTable(programme)))[1]?.[1]).toBe(name);
    });

    it('refuses to announce a project without a required content, naming the field of the project', () => {
      const result = exportAnnouncementTable(withoutImplementingUnit);
      expect(result.ok || codesOf(result.issues)).toEqual([['announcement-missing-implementing-unit', 'programme.projects[1].implementingUnit']]);
    });

    it('refuses a cell that would publish personal data it cannot mask', () => {
      // A new project, drafted: no log and no money yet, so it is not yet approved for announcement either.
      const { 'BJ-2011-01': _log, ...eventLogs } = seedRecord2011.eventLogs;
      const renamed = withProgramme(
        (programme) => ({
          ...programme,
          projects: programme.projects.map((project, p) => (p === 0 ? { ...project, id: projectId('13812345678') } : project)),
          ledger: programme.ledger.filter((entry) => entry.project !== 'BJ-2011-01'),
        }),
        { ...seedRecord2011, eventLogs },
      );
      const result = exportAnnouncementTable(renamed);
      expect(result.ok || codesOf(result.issues)).toEqual([
        ['announcement-needs-approval', 'eventLogs.138****5678'],
        ['csv-personal-data', 'programme.projects[0].project'],
      ]);
    });

    it('refuses a project the programme does not have', () => {
      const result = exportAnnouncementTable(seedRecord2011, { projects: [projectId('BJ-2099-01')] });
      expect(result.ok || codesOf(result.issues)).toEqual([['export-project-unknown', 'options.projects[0]']]);
    });

    it('announces a project only when its log has reached that announcement, and never a cancelled one', () => {
      const completion = exportAnnouncementTable(variedRecord, { kind: 'completion', projects: [projectId('QN-2011-02'), projectId('QN-2011-13'), projectId('BJ-2011-01')] });
      expect(completion.ok || codesOf(completion.issues)).toEqual([
        ['project-cancelled', 'eventLogs.QN-2011-02'],
        ['completion-announcement-needs-acceptance', 'eventLogs.QN-2011-13'],
      ]);
      const change = exportAnnouncementTable(seedRecord2011, { kind: 'change', projects: [projectId('BJ-2011-01')] });
      expect(change.ok || codesOf(change.issues)).toEqual([['change-not-approved', 'eventLogs.BJ-2011-01']]);
    });

    it('refuses chosen projects only for their own problems, and omits refused ones on request', () => {
      expect(exportAnnouncementTable(withoutImplementingUnit, { projects: [projectId('BJ-2011-01'), projectId('BJ-2011-03')] }).ok).toBe(true);
      const omitted = unwrap(exportAnnouncementTable(withoutImplementingUnit, { refused: 'omit' }));
      expect(omitted.refused.map((refused) => [refused.project, codesOf(refused.issues)])).toEqual([
        ['BJ-2011-02', [['announcement-missing-implementing-unit', 'programme.projects[1].implementingUnit']]],
      ]);
      expect(parseCsv(omitted.document).slice(1).map((row) => row[0])).not.toContain('BJ-2011-02');
      expect(parseCsv(omitted.document).length).toBe(1 + 37);
    });

    it('writes amounts in 万元 exactly, with more places only where the fen need them', () => {
      const programme = withProject(2, (project) => ({ ...project, budget: amount('400000.01') }));
      const cells = parseCsv(unwrap(exportAnnouncementTable(programme, { amountUnit: 'wan' }))).map((row) => row[3]);
      expect(cells.slice(1, 4)).toEqual(['50.00', '45.00', '40.000001']);
    });
  });
  describe('of a co-financed project from the pool, with declared counts', () => {
    // BJ-2011-01 with local funds and the villagers' labour beside the east–west funds, taken from the project pool.
    const cofinanced = withProject(0, (project) => ({
      ...project,
      funding: [
        { source: 'east-west-cooperation', amount: project.budget },
        { source: 'local-integrated', amount: amount('300000') },
        { source: 'beneficiary-contribution', form: 'labour', amount: amount('45000.5') },
      ],
      pool: { pooledOn: isoDate('2011-01-20'), reference: '毕节市项目库第3号' },
    }));
    const source = { document: { zh: '项目申报书' }, completeness: 'complete' } as const;
    const declared: readonly DeclaredCount[] = [
      { figure: 'benefited', unit: 'households', count: householdCount(380), registeredPoor: householdCount(126), year: 2011, attachedTo: { kind: 'project', project: projectId('BJ-2011-01') }, source },
      { figure: 'benefited', unit: 'persons', count: personCount(1420), registeredPoor: personCount(431), year: 2011, attachedTo: { kind: 'project', project: projectId('BJ-2011-01') }, source },
      { figure: 'benefited', unit: 'persons', count: personCount(600), year: 2011, attachedTo: { kind: 'sub-project', project: projectId('BJ-2011-01'), subProject: subProjectId('BJ-2011-01-a') }, source },
    ];
    const projects = [projectId('BJ-2011-01'), projectId('BJ-2011-02')];

    it('returns the total investment, each source of funds, the declared households and persons and the pool entry', () => {
      const rows = parseCsv(unwrap(exportAnnouncementTable(cofinanced, { projects, subProjects: true, declared })));
      expect(rows[0]).toEqual([
        '项目编号', '子项目编号', '项目名称', '建设地点', '资金规模（元）', '总投资（元）', '筹资方式（元）', '受益户数', '其中建档立卡贫困户数', '受益人数',
        '其中建档立卡贫困人口数', '项目库编号', '入库日期', '实施单位', '受益对象及带贫减贫机制', '绩效目标',
      ]);
      expect(rows[1]).toEqual([
        'BJ-2011-01', '', '毕节市2011年整村推进项目', '贵州省毕节地区毕节市', '500000.00', '845000.50',
        '东西部协作资金 500000.00；统筹整合财政涉农资金 300000.00；群众自筹（投工投劳折资） 45000.50',
        '380', '126', '1420', '431', '毕节市项目库第3号', '2011-01-20', '毕节市人民政府', '项目村建档立卡贫困户优先受益', '完成子项目数 ≥ 2个；年内完工率 = 100%',
      ]);
      // A sub-project's own declared count; a project not from the pool leaves the pool's cells empty.
      expect(rows[2]?.slice(7, 13)).toEqual(['', '', '600', '', '', '']);
      expect(rows[4]?.slice(0, 2)).toEqual(['BJ-2011-02', '']);
      expect(rows[4]?.slice(7, 13)).toEqual(['', '', '', '', '', '']);
    });

    it('writes the same in English and in 万元, the sources separated by semicolons', () => {
      const rows = parseCsv(unwrap(exportAnnouncementTable(cofinanced, { projects, declared, language: 'en', amountUnit: 'wan' })));
      expect(rows[0]).toEqual([
        'Project number', 'Project name', 'Location', 'Amount (10,000 yuan)', 'Total investment (10,000 yuan)', 'Funding sources (10,000 yuan)',
        'Households benefiting', 'Of which registered poor households', 'Persons benefiting', 'Of which registered poor persons', 'Pool entry number',
        'Date pooled', 'Implementing unit', 'Beneficiaries and poverty-linkage mechanism', 'Performance target',
      ]);
      expect(rows[1]?.slice(3, 6)).toEqual([
        '50.00',
        '84.50005',
        "east–west cooperation funds 50.00; integrated agriculture-related fiscal funds 30.00; beneficiaries' own contribution (labour valued in money) 4.50005",
      ]);
      expect(rows.map((row) => row[0])).toEqual(['Project number', 'BJ-2011-01', 'BJ-2011-02']);
    });

    it('leaves out the pool\'s columns when no project of the table came from the pool', () => {
      const header = parseCsv(unwrap(exportAnnouncementTable(cofinanced, { projects: [projectId('BJ-2011-02')], declared })))[0];
      expect(header).not.toContain('项目库编号');
      expect(header).not.toContain('入库日期');
      expect(header).toContain('受益户数');
    });
  });

  describe('of sub-projects', () => {
    const one = { projects: [projectId('BJ-2011-01')], subProjects: true };

    it('keeps a sub-project\'s own poverty-linkage statement, and gives the others their project\'s', () => {
      const own = withProject(0, (project) => ({
        ...project,
        subProjects: project.subProjects.map((sub, s) => (s === 0 ? { ...sub, povertyLinkage: { zh: '沿线农户优先受益' } } : sub)),
      }));
      expect(parseCsv(unwrap(exportAnnouncementTable(own, one))).map((row) => row[8])).toEqual([
        '受益对象及带贫减贫机制',
        '项目村建档立卡贫困户优先受益',
        '沿线农户优先受益',
        '项目村建档立卡贫困户优先受益',
      ]);
    });

    it('refuses a sub-project without a name, naming the sub-project\'s field, only when sub-projects are announced', () => {
      const unnamed = withProject(0, (project) => ({
        ...project,
        subProjects: project.subProjects.map((sub, s) => (s === 1 ? { ...sub, name: { zh: ' ' } } : sub)),
      }));
      const refused = exportAnnouncementTable(unnamed, one);
      expect(refused.ok || codesOf(refused.issues)).toEqual([['announcement-missing-name', 'programme.projects[0].subProjects[1].name']]);
      expect(exportAnnouncementTable(unnamed, { projects: [projectId('BJ-2011-01')] }).ok).toBe(true);
    });

    it('refuses a division the registry does not name on the project\'s date, on the sub-project\'s row', () => {
      const moved = withProject(0, (project) => ({
        ...project,
        subProjects: project.subProjects.map((sub, s) => (s === 1 ? { ...sub, location: { region: regionCode('522724') } } : sub)),
      }));
      const refused = exportAnnouncementTable(moved, one);
      expect(refused.ok || refused.issues.filter((found) => found.code === 'export-region-unknown').map((found) => [formatPath(found.path), found.params])).toEqual([
        ['programme.projects[0].subProjects[1].location.region', { region: '522724', date: '2011-01-01' }],
      ]);
      // A table of projects alone has no row to name it on (the model's rules still refuse the sub-project's place).
      const projectsOnly = exportAnnouncementTable(moved, { projects: [projectId('BJ-2011-01')] });
      expect(projectsOnly.ok || projectsOnly.issues.filter((found) => found.code === 'export-region-unknown')).toEqual([]);
    });
  });

  it('refuses rows without beneficiaries or a performance target, naming the project\'s and each sub-project\'s own field', () => {
    const bare = withProject(1, ({ povertyLinkage: _linkage, performanceTarget: _target, ...project }) => ({
      ...project,
      subProjects: project.subProjects.map(({ povertyLinkage: _subLinkage, performanceTarget: _subTarget, ...sub }) => sub),
    }));
    const refused = exportAnnouncementTable(bare, { projects: [projectId('BJ-2011-02')], subProjects: true });
    expect(refused.ok || codesOf(refused.issues.filter((found) => found.code.startsWith('announcement-missing')))).toEqual([
      ['announcement-missing-beneficiaries', 'programme.projects[1].povertyLinkage'],
      ['announcement-missing-performance-target', 'programme.projects[1].performanceTarget'],
      ['announcement-missing-beneficiaries', 'programme.projects[1].subProjects[0].povertyLinkage'],
      ['announcement-missing-performance-target', 'programme.projects[1].subProjects[0].performanceTarget'],
      ['announcement-missing-beneficiaries', 'programme.projects[1].subProjects[1].povertyLinkage'],
      ['announcement-missing-performance-target', 'programme.projects[1].subProjects[1].performanceTarget'],
    ]);
  });

  it('names the project and its status in the issues of announcements its log has not reached', () => {
    const completion = exportAnnouncementTable(variedRecord, { kind: 'completion', projects: [projectId('QN-2011-13')] });
    expect(completion.ok || completion.issues.map((found) => [found.code, found.params])).toEqual([
      ['completion-announcement-needs-acceptance', { status: 'in-implementation', project: 'QN-2011-13' }],
    ]);
    const { 'BJ-2011-01': _log, ...otherLogs } = seedRecord2011.eventLogs;
    const drafted = withProgramme((programme) => ({ ...programme, ledger: programme.ledger.filter((entry) => entry.project !== 'BJ-2011-01') }), { ...seedRecord2011, eventLogs: otherLogs });
    const unapproved = exportAnnouncementTable(drafted, { projects: [projectId('BJ-2011-01')] });
    expect(unapproved.ok || unapproved.issues.map((found) => [found.code, found.params])).toEqual([['announcement-needs-approval', { status: 'drafted', project: 'BJ-2011-01' }]]);
    const cancelled = exportAnnouncementTable(variedRecord, { projects: [projectId('QN-2011-02')] });
    expect(cancelled.ok || cancelled.issues.map((found) => [found.code, found.params])).toEqual([['project-cancelled', { project: 'QN-2011-02' }]]);
  });

  it('refuses a programme that breaks the model\'s rules, whichever projects are asked for', () => {
    const [fund] = seedRecord2011.programme.funds;
    const broken = withProgramme((programme) => ({ ...programme, funds: [{ ...fund!, total: amount('47 million') }] }));
    const refused = exportAnnouncementTable(broken, { projects: [projectId('BJ-2011-01')] });
    expect(refused.ok || codesOf(refused.issues)).toEqual([['fund-breakdown-mismatch', 'programme.funds[0].breakdown']]);
  });

  it('refuses a project whose division the registry does not name on its date, on the project\'s row', () => {
    // Qiannan had no 522724 in 2011 (福泉县 became 522702 福泉市 in 1996).
    const moved = withProject(25, (project) => ({
      ...project,
      location: { region: regionCode('522724') },
      subProjects: project.subProjects.map((sub) => ({ ...sub, location: { region: regionCode('522724') } })),
    }));
    const refused = exportAnnouncementTable(moved, { projects: [projectId(seedRecord2011.programme.projects[25]!.id)] });
    expect(refused.ok || codesOf(refused.issues.filter((found) => found.code === 'export-region-unknown'))).toEqual([['export-region-unknown', 'programme.projects[25].location.region']]);
  });

  it('starts with the header itself unless a byte order mark is asked for', () => {
    expect(unwrap(exportAnnouncementTable(seedRecord2011, { projects: [projectId('BJ-2011-01')] })).startsWith('项目编号,')).toBe(true);
  });

  it('never announces a rejected project, whichever announcement is asked for', () => {
    const fates: readonly ProjectFate[] = seedRecord2011.programme.projects.map((_, p) => (p === 0 ? { kind: 'rejected', events: 2 } : { kind: 'as-seeded' }));
    const rejected = recordWithFates(fates, { keepGates: true });
    for (const kind of ['pre-implementation', 'completion', 'change'] as const) {
      const refused = exportAnnouncementTable(rejected, { kind, projects: [projectId('BJ-2011-01')] });
      expect(refused.ok || refused.issues.map((found) => [found.code, formatPath(found.path), found.params])).toEqual([['project-rejected', 'eventLogs.BJ-2011-01', { project: 'BJ-2011-01' }]]);
    }
  });

  it('refuses declared counts attached to a project the programme does not have', () => {
    const declared: readonly DeclaredCount[] = [
      { figure: 'benefited', unit: 'persons', count: personCount(3), year: 2011, attachedTo: { kind: 'project', project: projectId('BJ-2099-01') }, source: { document: { zh: '项目申报书' }, completeness: 'complete' } },
    ];
    const refused = exportAnnouncementTable(seedRecord2011, { projects: [projectId('BJ-2011-01')], declared });
    expect(refused.ok || codesOf(refused.issues)).toEqual([['export-beneficiary-attachment-unknown', 'options.declared[0].attachedTo']]);
  });
});

