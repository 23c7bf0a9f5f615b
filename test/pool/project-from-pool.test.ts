import { describe, expect, it } from 'vitest';
import { projectFromPool, type PoolStanding } from '../../src/index.js';
import { happyPath, walk } from './fixtures.js';

const selected = walk(happyPath).standing!;

describe('projectFromPool', () => {
  it('makes the selected entry a project of the plan year, with its data as it stands in the pool', () => {
    const project = projectFromPool(selected);
    expect(project.ok && project.value).toEqual({ ...selected.current.project, year: 2013, pool: { pooledOn: '2012-03-26' } });
    // Without a pool reference the project's pool names none, not an empty one.
    expect(project.ok && Object.keys(project.value.pool ?? {})).toEqual(['pooledOn']);
  });

  it('names the day the entry was pooled, and its pool reference when it has one', () => {
    const referenced = { ...selected, current: { ...selected.current, reference: 'DF-2012-017' } } as PoolStanding;
    const project = projectFromPool(referenced);
    expect(project.ok && project.value.pool).toEqual({ pooledOn: '2012-03-26', reference: 'DF-2012-017' });
    const { pooledOn: _day, ...neverPooled } = selected;
    const without = projectFromPool(neverPooled);
    expect(without.ok && 'pool' in without.value).toBe(false);
  });

  it('moves a project of several years to the plan year, keeping how many years it runs', () => {
    const spanning: PoolStanding = { ...selected, planYear: 2012, current: { ...selected.current, project: { ...selected.current.project, year: 2013, endYear: 2015 } } };
    const project = projectFromPool(spanning);
    expect(project.ok && [project.value.year, project.value.endYear]).toEqual([2012, 2014]);
  });

  it('refuses an entry that was not selected into a plan, naming its status', () => {
    const pooled = walk(happyPath.slice(0, 4)).standing!;
    expect(projectFromPool(pooled)).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'pool-entry-not-selected', path: ['status'], params: { entry: 'DF-2013-01', status: 'pooled' } })],
    });
  });

  it('refuses an entry with a plan year that is not selected', () => {
    expect(projectFromPool({ ...selected, status: 'pooled' })).toMatchObject({ ok: false, issues: [{ code: 'pool-entry-not-selected', params: { status: 'pooled' } }] });
  });

  it('refuses a selected entry that has no plan year', () => {
    const { planYear: _year, ...withoutYear } = selected;
    expect(projectFromPool(withoutYear)).toMatchObject({ ok: false, issues: [{ code: 'pool-entry-not-selected', params: { status: 'selected-for-plan' } }] });
  });
});
