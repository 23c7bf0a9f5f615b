import { describe, expect, it } from 'vitest';
import {
  countBeneficiaries,
  createRegionRegistry,
  gb2260Registry,
  isoDate,
  projectId,
  regionCode,
  regionReleases,
  summariseBeneficiaryColumns,
  allocateBeneficiaryColumns,
  type IdentifiedBeneficiary,
} from '../../src/index.js';

// 大方县 was renumbered from 522422 to 520521 on 22 October 2011.
const reached = (person: string, year: number, region: string): IdentifiedBeneficiary => ({
  person: { kind: 'app', appId: person },
  registeredPoor: false,
  attachedTo: { kind: 'project', project: projectId('road') },
  region: regionCode(region),
  year,
});
const records = [reached('li', 2011, '520521'), reached('wang', 2010, '522422'), reached('zhao', 2011, '522422')];
const labels = (count: ReturnType<typeof countBeneficiaries>) => count.groups.map((group) => [group.group, group.year, group.persons]);

describe('region groups', () => {
  it('use the codes in force at the end of the latest year counted, whatever the order of the records', () => {
    expect(labels(countBeneficiaries(records, { groupBy: 'region' }))).toEqual([
      ['520521', 2010, 1],
      ['520521', 2011, 2],
    ]);
    expect(labels(countBeneficiaries([...records].reverse(), { groupBy: 'county' }))).toEqual([
      ['520521', 2010, 1],
      ['520521', 2011, 2],
    ]);
  });

  it('use the codes in force at the end of the latest year selected', () => {
    expect(labels(countBeneficiaries(records, { groupBy: 'region', selection: { years: [2010] } }))).toEqual([['522422', 2010, 1]]);
    expect(labels(countBeneficiaries(records, { groupBy: 'region', selection: { years: [2011, 2010] } }))).toEqual([
      ['520521', 2010, 1],
      ['520521', 2011, 2],
    ]);
    expect(labels(countBeneficiaries(records, { groupBy: 'prefecture', selection: { years: [2010, 2011] } }))).toEqual([
      ['520500', 2010, 1],
      ['520500', 2011, 2],
    ]);
  });

  it('use the codes in force on the day asked for', () => {
    expect(labels(countBeneficiaries(records, { groupBy: 'region', regionsAsOf: isoDate('2011-06-30') }))).toEqual([
      ['520521', 2011, 1],
      ['522422', 2010, 1],
      ['522422', 2011, 1],
    ]);
  });

  it('use the registry’s last codes for years after it ends, and a year of fewer than four digits as that year', () => {
    expect(labels(countBeneficiaries([reached('li', 2030, '522422')], { groupBy: 'region' }))).toEqual([['520521', 2030, 1]]);
    expect(labels(countBeneficiaries([reached('li', 999, '522422')], { groupBy: 'region' }))).toEqual([['522422', 999, 1]]);
  });

  it('follow the successions of the registry given, up to its last day', () => {
    const until2010 = createRegionRegistry(regionReleases(gb2260Registry()).filter((release) => release.revision <= '201012'));
    expect(labels(countBeneficiaries(records, { groupBy: 'region', registry: until2010 }))).toEqual([
      ['520521', 2011, 1],
      ['522422', 2010, 1],
      ['522422', 2011, 1],
    ]);
  });

  it('are not made when nothing is grouped, nor when no year is selected', () => {
    expect(countBeneficiaries(records).groups).toEqual([]);
    expect(countBeneficiaries(records, { groupBy: 'region', selection: { years: [] } })).toEqual({ groupBy: 'region', totals: [], groups: [] });
    const columns = allocateBeneficiaryColumns(0, [], [regionCode('522422')]);
    expect(summariseBeneficiaryColumns(columns, { groupBy: 'county' })).toEqual({ groupBy: 'county', totals: [], groups: [] });
  });
});
