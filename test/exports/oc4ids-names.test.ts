import { describe, expect, it } from 'vitest';
import { createRegionRegistry, exportOc4idsProjects, unwrap, type ProgrammeRecord } from '../../src/index.js';
import { oc4idsOptions, recordOfProjects, withProject } from './fixtures.js';

const bijieCity = () => recordOfProjects(['BJ-2011-01']);
const exported = (record: ProgrammeRecord, options: Parameters<typeof oc4idsOptions>[0] = {}) => {
  const [project] = unwrap(exportOc4idsProjects(record, oc4idsOptions({ beneficiaries: {}, ...options }))).projects;
  if (project === undefined) throw new Error('BJ-2011-01 was not exported');
  return project;
};

// An app's own release for January 2011 that lists 522401 as 毕节县: the library has no English name for that name.
const ownRegistry = () =>
  createRegionRegistry([
    {
      revision: '201101',
      entries: [
        { code: '440000', name: '广东省' },
        { code: '440300', name: '深圳市' },
        { code: '520000', name: '贵州省' },
        { code: '522400', name: '毕节地区' },
        { code: '522401', name: '毕节县' },
      ],
    },
  ]);

describe('exportOc4idsProjects: names and places', () => {
  it('masks a mobile number typed into a project\'s name', () => {
    const named = withProject(0, (project) => ({ ...project, name: { zh: '毕节市整村推进项目（联系人 13812345678）' } }), bijieCity());
    expect(exported(named, { language: 'zh' }).title).toBe('毕节市整村推进项目（联系人 138****5678）');
  });

  it('takes the title in the other language when the one asked for is blank', () => {
    const named = withProject(0, (project) => ({ ...project, name: { zh: '毕节市2011年整村推进项目', en: '  ' } }), bijieCity());
    expect(exported(named, { language: 'en' }).title).toBe('毕节市2011年整村推进项目');
  });

  it('names a division in Chinese in an English document when the registry has no English name for it, the others in English', () => {
    const project = exported(bijieCity(), { regionRegistry: ownRegistry() });
    expect(project.description).toBe('Entire-village advancement project in 贵州省毕节地区毕节县.');
    expect(project.locations.map((location) => [location.description, location.address])).toEqual([
      ['贵州省毕节地区毕节县', { region: '贵州省毕节地区毕节县', countryName: 'China' }],
      ['Bijie City rural roads, sub-project A: 贵州省毕节地区毕节县', { region: '贵州省毕节地区毕节县', countryName: 'China' }],
      ['Bijie City drinking water for people and livestock, sub-project B: 贵州省毕节地区毕节县', { region: '贵州省毕节地区毕节县', countryName: 'China' }],
    ]);
    expect(project.parties.map((party) => [party.id, party.address?.region])).toEqual([
      ['sz-government', 'Shenzhen, Guangdong Province'],
      ['bijie-government', 'Bijie Prefecture, Guizhou Province'],
      ['sz-support-office', 'Shenzhen, Guangdong Province'],
      ['gov-522401', '贵州省毕节地区毕节县'],
    ]);
  });

  it('reads the names from the registry it is given, in Chinese too', () => {
    const project = exported(bijieCity(), { regionRegistry: ownRegistry(), language: 'zh' });
    expect([project.description, project.locations[0]?.address.region, project.parties.at(-1)?.address?.region]).toEqual([
      '整村推进项目，位于贵州省毕节地区毕节县。',
      '贵州省毕节地区毕节县',
      '贵州省毕节地区毕节县',
    ]);
  });

  it('leaves out a township or village that is blank', () => {
    const placed = withProject(0, (project) => ({ ...project, location: { ...project.location, area: '', township: ' ', village: '石桥村' } }), bijieCity());
    const [location] = exported(placed).locations;
    expect([location?.description, location?.address.locality]).toEqual(['石桥村, Bijie (county-level city), Bijie Prefecture, Guizhou Province', '石桥村']);
    const [chinese] = exported(placed, { language: 'zh' }).locations;
    expect([chinese?.description, chinese?.address.locality]).toEqual(['贵州省毕节地区毕节市石桥村', '石桥村']);
  });

  it('names as public authority the project\'s implementing participant when it names no implementing unit', () => {
    const participantOnly = withProject(0, ({ implementingUnit: _unit, ...project }) => ({ ...project, subProjects: project.subProjects.map(({ implementingUnit: _own, ...sub }) => sub) }), bijieCity());
    expect(exported(participantOnly).publicAuthority).toEqual({ id: 'gov-522401', name: "Bijie City People's Government" });
  });

  it('leaves out the public authority of a project that names no implementer at all', () => {
    const none = withProject(0, ({ implementingUnit: _unit, ...project }) => ({
      ...project,
      participations: project.participations.filter((participation) => participation.role !== 'implementing'),
      subProjects: project.subProjects.map(({ implementingUnit: _own, ...sub }) => sub),
    }), bijieCity());
    const project = exported(none);
    expect(Object.hasOwn(project, 'publicAuthority')).toBe(false);
    expect(project.parties.map((party) => [party.id, party.roles])).toEqual([
      ['sz-government', ['funder']],
      ['bijie-government', ['accountable']],
      ['sz-support-office', ['payer']],
    ]);
  });
});
