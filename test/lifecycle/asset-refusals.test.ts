import { describe, expect, it } from 'vitest';
import { amount, decideLifecycle, isoDate, timestamp, type Lifecycle, type LifecycleCommand, type ProjectAsset } from '../../src/index.js';
import { commandFor, contextFor, reachEveryState } from './fixtures.js';

const reached = reachEveryState();
const accepted = reached.get('accepted')?.lifecycle as Lifecycle;
const announced = reached.get('completion-announced')?.lifecycle as Lifecycle;
const road: ProjectAsset = { class: 'public-welfare', name: { zh: '通村公路4.2公里' }, value: amount('800000'), owner: '示范村村民委员会', manager: '示范村村民委员会', handedOverOn: isoDate('2012-01-10') };
const register = (assets: unknown, at = '2012-01-15T10:00:00+08:00', reason?: unknown) =>
  ({ type: 'register-assets', by: { organisation: 'dafang-poverty-office', kind: 'county-department' }, at, assets, ...(reason === undefined ? {} : { reason }) }) as unknown as LifecycleCommand;
const issuesOf = (command: LifecycleCommand, lifecycle = accepted, context = contextFor()) => {
  const decided = decideLifecycle(lifecycle, command, context);
  return decided.ok ? [] : decided.issues.map(({ code, path, params }) => ({ code, path, ...(params === undefined ? {} : { params }) }));
};

describe('a registration of assets is refused, naming the asset and the field', () => {
  it('when the assets are not a list, or an asset is not a record', () => {
    expect(issuesOf(register('公路一条'))).toEqual([{ code: 'invalid-type', path: ['assets'], params: { expected: 'array', received: 'string' } }]);
    expect(issuesOf(register([road, null, 7]))).toEqual([
      { code: 'invalid-type', path: ['assets', 1], params: { expected: 'object', received: 'object' } },
      { code: 'invalid-type', path: ['assets', 2], params: { expected: 'object', received: 'number' } },
    ]);
  });

  it('when an asset is of no known class, naming the classes there are', () => {
    const [issue] = issuesOf(register([{ ...road, class: 'private' }]));
    expect(issue).toMatchObject({ code: 'invalid-value', path: ['assets', 0, 'class'], params: { received: 'private' } });
    expect(String(issue?.params?.['expected']).split(', ')).toEqual(expect.arrayContaining(['public-welfare', 'operating']));
  });

  it('when an asset has no name in either language, no owner or no manager', () => {
    for (const name of [undefined, null, 'road', {}, { zh: ' ' }, { zh: '', en: '\t' }]) {
      expect(issuesOf(register([{ ...road, name }])), JSON.stringify(name)).toEqual([{ code: 'asset-field-required', path: ['assets', 0, 'name'], params: { index: 0, field: 'name' } }]);
    }
    expect(issuesOf(register([{ ...road, name: { en: 'Village road, 4.2 km' } }]))).toEqual([]);
    expect(issuesOf(register([road, { ...road, owner: undefined, manager: 7 }]))).toEqual([
      { code: 'asset-field-required', path: ['assets', 1, 'owner'], params: { index: 1, field: 'owner' } },
      { code: 'asset-field-required', path: ['assets', 1, 'manager'], params: { index: 1, field: 'manager' } },
    ]);
  });

  it('when its value is not an amount, or below zero; a value of zero is taken', () => {
    expect(issuesOf(register([{ ...road, value: '800000' }]))).toEqual([{ code: 'invalid-type', path: ['assets', 0, 'value'], params: { expected: 'amount', received: 'string' } }]);
    expect(issuesOf(register([{ ...road, value: amount('-0.01') }]))).toEqual([{ code: 'asset-value-negative', path: ['assets', 0, 'value'], params: { index: 0, value: '-0.01' } }]);
    expect(issuesOf(register([{ ...road, value: amount('0') }]))).toEqual([]);
  });

  it('when an operating asset does not say how its income benefits the poor', () => {
    expect(issuesOf(register([{ ...road, class: 'operating' }]))).toEqual([{ code: 'asset-field-required', path: ['assets', 0, 'incomeUse'], params: { index: 0, field: 'incomeUse' } }]);
    expect(issuesOf(register([{ ...road, class: 'operating', incomeUse: { zh: '收益用于公益岗位' } }]))).toEqual([]);
  });

  it('when an asset was handed over after the day of the registration, naming both days; on the day is taken', () => {
    expect(issuesOf(register([{ ...road, handedOverOn: isoDate('2012-01-16') }]))).toEqual([
      { code: 'asset-handover-after-registration', path: ['assets', 0, 'handedOverOn'], params: { index: 0, handedOverOn: '2012-01-16', day: '2012-01-15' } },
    ]);
    expect(issuesOf(register([{ ...road, handedOverOn: isoDate('2012-01-15') }]))).toEqual([]);
  });

  it('for its time alone when the time cannot be read: no day to compare a handover with', () => {
    const issues = issuesOf(register([{ ...road, handedOverOn: isoDate('2099-01-01') }], 'yesterday'));
    expect(issues.map((issue) => issue.path[0])).toEqual(['at']);
  });

  it('when there are none and the reason is blank or not text', () => {
    const none = { code: 'assets-none-without-reason', path: ['reason'], params: {} };
    for (const reason of [undefined, '', '  ']) expect(issuesOf(register([], undefined, reason)), String(reason)).toEqual([none]);
    expect(issuesOf(register([], undefined, 7))).toContainEqual(none);
  });
});

describe('closing a project without registered assets', () => {
  it('is refused from the day the policy requires them, naming that day and the day of the closure', () => {
    const close = commandFor(announced, 'close', timestamp('2021-03-01T10:00:00+08:00'));
    expect(issuesOf(close, announced)).toEqual([{ code: 'closure-needs-asset-registration', path: ['type'], params: { requiredFrom: '2021-01-01', day: '2021-03-01' } }]);
  });

  it('is refused for its time alone when the time cannot be read', () => {
    const close = { ...commandFor(announced, 'close', timestamp('2021-03-01T10:00:00+08:00')), at: 'soon' } as unknown as LifecycleCommand;
    expect(issuesOf(close, announced).map((issue) => issue.path[0])).toEqual(['at']);
  });
});
