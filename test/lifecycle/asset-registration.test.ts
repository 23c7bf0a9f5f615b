import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amount, applyLifecycleCommand, appendToEventLog, decideLifecycle, isoDate, parseEventLog, timestamp, type Lifecycle, type LifecycleCommand, type ProjectAsset } from '../../src/index.js';
import { commandFor, contextFor, reachEveryState, roadProject } from './fixtures.js';

const reached = reachEveryState();
const inState = (status: 'completed' | 'accepted' | 'completion-announced') => reached.get(status)!;
const at = (day: string) => timestamp(`${day}T10:00:00+08:00`);
const road: ProjectAsset = { class: 'public-welfare', name: { zh: '通村公路4.2公里' }, value: amount('800000'), owner: '羊场镇示范村村民委员会', manager: '羊场镇示范村村民委员会', handedOverOn: isoDate('2012-01-10') };
const workshop: ProjectAsset = { class: 'operating', name: { zh: '扶贫车间' }, value: amount('300000'), owner: '示范村集体经济组织', manager: '示范村合作社', handedOverOn: isoDate('2012-01-10') };
const register = (assets: readonly ProjectAsset[], day = '2012-01-15', reason?: string) =>
  ({ type: 'register-assets', by: { organisation: 'dafang-poverty-office', kind: 'county-department' }, at: at(day), assets, ...(reason === undefined ? {} : { reason }) }) as unknown as LifecycleCommand;
const codesOf = (lifecycle: Lifecycle, command: LifecycleCommand, context = contextFor()) => {
  const decided = decideLifecycle(lifecycle, command, context);
  return decided.ok ? [] : decided.issues.map((found) => [found.code, found.path.join('.')]);
};
const closeOn = (lifecycle: Lifecycle, day: string) => commandFor(lifecycle, 'close', at(day));

describe('the assets a project created', () => {
  it('are registered after its acceptance, by class, value, owner and manager, and leave its state as it was', () => {
    const { lifecycle } = inState('accepted');
    const applied = applyLifecycleCommand(lifecycle, register([road, workshop].map((asset) => (asset.class === 'operating' ? { ...asset, incomeUse: { zh: '租金收益的六成用于村内公益岗位' } } : asset))), contextFor());
    expect(applied.ok && [applied.value.lifecycle.status, applied.value.lifecycle.assetRegistrations[0]?.assets.map((asset) => asset.class)]).toEqual(['accepted', ['public-welfare', 'operating']]);
  });

  it('are not registered before the acceptance', () => {
    expect(codesOf(inState('completed').lifecycle, register([road]))).toEqual([['asset-registration-needs-acceptance', '']]);
  });

  it('each need a name, an owner, a manager, a value of zero or more and a handover not after the registration; an operating asset, how its income benefits the poor', () => {
    const { lifecycle } = inState('accepted');
    expect(codesOf(lifecycle, register([workshop]))).toEqual([['asset-field-required', 'assets.0.incomeUse']]);
    expect(codesOf(lifecycle, register([{ ...road, owner: ' ', value: amount('-1') }]))).toEqual([
      ['asset-value-negative', 'assets.0.value'],
      ['asset-field-required', 'assets.0.owner'],
    ]);
    expect(codesOf(lifecycle, register([{ ...road, handedOverOn: isoDate('2012-02-01') }]))).toEqual([['asset-handover-after-registration', 'assets.0.handedOverOn']]);
  });

  it('may be none, with the reason the project created none', () => {
    const { lifecycle } = inState('accepted');
    expect(codesOf(lifecycle, register([]))).toEqual([['assets-none-without-reason', 'reason']]);
    expect(codesOf(lifecycle, register([], '2012-01-15', '培训项目，未形成资产'))).toEqual([]);
  });

  it('must be registered before a project closes from 2021 on, unless the policy says otherwise', () => {
    const { lifecycle } = inState('completion-announced');
    expect(codesOf(lifecycle, closeOn(lifecycle, '2020-12-31'))).toEqual([]);
    expect(codesOf(lifecycle, closeOn(lifecycle, '2021-01-01'))).toEqual([['closure-needs-asset-registration', 'type']]);
    expect(codesOf(lifecycle, closeOn(lifecycle, '2021-01-01'), { ...contextFor(), assetRegistration: 'not-required' })).toEqual([]);
    expect(codesOf(lifecycle, closeOn(lifecycle, '2021-01-01'), { ...contextFor(), assetRegistration: { requiredFrom: isoDate('2022-01-01') } })).toEqual([]);
    const registered = applyLifecycleCommand(lifecycle, register([road]), contextFor());
    expect(registered.ok && codesOf(registered.value.lifecycle, closeOn(registered.value.lifecycle, '2021-01-01'))).toEqual([]);
  });

  it('a project with unregistered assets never closes under the default policy, whatever day from 2021 it tries', () => {
    const { lifecycle } = inState('completion-announced');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 30 }), (offset) => {
        const day = new Date(Date.UTC(2021, 0, 1 + offset)).toISOString().slice(0, 10);
        expect(decideLifecycle(lifecycle, closeOn(lifecycle, day), contextFor()).ok).toBe(false);
      }),
    );
  });

  it('are kept in the stored log with their values in the stored form', () => {
    const { lifecycle, events } = inState('accepted');
    const applied = applyLifecycleCommand(lifecycle, register([road]), contextFor());
    if (!applied.ok) throw new Error('refused');
    const stored = JSON.parse(JSON.stringify(appendToEventLog([], [...events, ...applied.value.events])));
    expect(stored.at(-1).event.assets[0].value).toBe('800000.00');
    const parsed = parseEventLog(stored);
    expect(parsed.ok && parsed.value.at(-1)?.event).toEqual(applied.value.events[0]);
    expect(roadProject.id).toBe(applied.value.lifecycle.project);
  });
});
