import { describe, expect, it } from 'vitest';
import { isoDate, missingPoolFields, organisationId, poolFields, type PoolEntry } from '../../src/index.js';
import { seedPoolEntry2012 } from './fixtures.js';

const withProject = (project: Partial<PoolEntry['project']>): PoolEntry => ({ ...seedPoolEntry2012, project: { ...seedPoolEntry2012.project, ...project } });

describe('missingPoolFields', () => {
  it('finds nothing missing in an entry with every field the pool asks for', () => {
    expect(missingPoolFields(seedPoolEntry2012)).toEqual([]);
  });

  it('names every missing field, in the order the pool lists them', () => {
    const { performanceTarget: _target, povertyLinkage: _linkage, implementingUnit: _unit, description: _description, ...bare } = seedPoolEntry2012.project;
    const empty: PoolEntry = { project: { ...bare, location: { region: bare.location.region } }, construction: 'new' };
    expect(missingPoolFields(empty)).toEqual([...poolFields]);
    expect(poolFields).toEqual(['performanceTarget', 'povertyLinkage', 'implementingUnit', 'description', 'township', 'schedule', 'beneficiaries', 'participation']);
  });

  it('looks only for the fields asked for', () => {
    const { implementingUnit: _unit, ...bare } = seedPoolEntry2012.project;
    const { schedule: _schedule, ...unscheduled } = seedPoolEntry2012;
    const withoutUnit: PoolEntry = { ...unscheduled, project: bare };
    expect(missingPoolFields(withoutUnit, ['implementingUnit'])).toEqual(['implementingUnit']);
    expect(missingPoolFields(withoutUnit, ['description', 'povertyLinkage'])).toEqual([]);
    expect(missingPoolFields(withoutUnit, [])).toEqual([]);
  });

  it('counts a performance target without indicators as missing', () => {
    expect(missingPoolFields(withProject({ performanceTarget: { indicators: [] } }))).toEqual(['performanceTarget']);
  });

  it('counts a text blank in both languages as missing, and one written in either language as given', () => {
    expect(missingPoolFields(withProject({ povertyLinkage: { zh: '  ', en: '' } }))).toEqual(['povertyLinkage']);
    expect(missingPoolFields(withProject({ description: { zh: '', en: ' ' } }))).toEqual(['description']);
    expect(missingPoolFields(withProject({ description: { zh: '硬化通组公路' } }))).toEqual([]);
    expect(missingPoolFields(withProject({ description: { en: 'Surface the hamlet road.' } }))).toEqual([]);
    expect(missingPoolFields({ ...seedPoolEntry2012, beneficiaries: { zh: ' ' } })).toEqual(['beneficiaries']);
    expect(missingPoolFields({ ...seedPoolEntry2012, participation: { en: '\t' } })).toEqual(['participation']);
  });

  it('counts a blank township as missing', () => {
    const { location } = seedPoolEntry2012.project;
    expect(missingPoolFields(withProject({ location: { ...location, township: ' ' } }))).toEqual(['township']);
  });

  it('counts a schedule ending before it starts as missing, and one of a single day as given', () => {
    expect(missingPoolFields({ ...seedPoolEntry2012, schedule: { start: isoDate('2013-10-31'), end: isoDate('2013-03-01') } })).toEqual(['schedule']);
    expect(missingPoolFields({ ...seedPoolEntry2012, schedule: { start: isoDate('2013-05-01'), end: isoDate('2013-05-01') } })).toEqual([]);
  });

  it('counts a responsible unit of any id as given', () => {
    expect(missingPoolFields(withProject({ implementingUnit: organisationId('gov-522422') }))).toEqual([]);
  });
});
