import { isoDate, type IsoDate } from '../dates/iso-date.js';
import { createIssue, type Issue } from '../errors/issue.js';
import { isAmount } from '../money/amount.js';
import { assetClasses, type ProjectAsset } from '../model/project-asset.js';
import type { Lifecycle } from './lifecycle.js';

/**
 * When a project may close only with its assets registered: from a day on (by the day it closes), or never.
 * {@link defaultAssetRegistrationPolicy} requires it from 2021-01-01, the year 国办函〔2021〕51号 made the
 * registration and handover of poverty-alleviation project assets the rule.
 */
export type AssetRegistrationPolicy = { readonly requiredFrom: IsoDate } | 'not-required';

/** Closing needs the assets registered from 2021-01-01 on. */
export const defaultAssetRegistrationPolicy: AssetRegistrationPolicy = /* @__PURE__ */ { requiredFrom: isoDate('2021-01-01') };

const isBlank = (text: unknown): boolean => typeof text !== 'string' || text.trim() === '';
const isBlankText = (text: { readonly zh?: string; readonly en?: string } | undefined): boolean =>
  typeof text !== 'object' || text === null || (isBlank(text.zh) && isBlank(text.en));

/**
 * The assets of a registration: each of a known class, with a name, a value of zero or more, an owner and a
 * manager, handed over on a day not after the registration; an operating asset with how its income benefits the
 * poor. An empty list needs a reason.
 * @internal
 */
export function checkAssets(assets: unknown, reason: unknown, day: IsoDate | undefined): Issue[] {
  if (!Array.isArray(assets)) return [createIssue('invalid-type', ['assets'], { expected: 'array', received: typeof assets })];
  if (assets.length === 0) return isBlank(reason) ? [createIssue('assets-none-without-reason', ['reason'])] : [];
  return (assets as readonly ProjectAsset[]).flatMap((asset, index): Issue[] => {
    const at = (field: string) => ['assets', index, field];
    if (typeof asset !== 'object' || asset === null) return [createIssue('invalid-type', ['assets', index], { expected: 'object', received: typeof asset })];
    const issues: Issue[] = [];
    if (!(assetClasses as readonly unknown[]).includes(asset.class)) issues.push(createIssue('invalid-value', at('class'), { expected: assetClasses.join(', '), received: String(asset.class) }));
    if (isBlankText(asset.name)) issues.push(createIssue('asset-field-required', at('name'), { index, field: 'name' }));
    if (!isAmount(asset.value)) issues.push(createIssue('invalid-type', at('value'), { expected: 'amount', received: typeof asset.value }));
    else if (asset.value.fen < 0n) issues.push(createIssue('asset-value-negative', at('value'), { index, value: asset.value.toJSON() }));
    if (isBlank(asset.owner)) issues.push(createIssue('asset-field-required', at('owner'), { index, field: 'owner' }));
    if (isBlank(asset.manager)) issues.push(createIssue('asset-field-required', at('manager'), { index, field: 'manager' }));
    if (asset.class === 'operating' && isBlankText(asset.incomeUse)) issues.push(createIssue('asset-field-required', at('incomeUse'), { index, field: 'incomeUse' }));
    if (day !== undefined && typeof asset.handedOverOn === 'string' && asset.handedOverOn > day) {
      issues.push(createIssue('asset-handover-after-registration', at('handedOverOn'), { index, handedOverOn: asset.handedOverOn, day }));
    }
    return issues;
  });
}

/**
 * A project closes only with its assets registered, when the policy requires it on the day it closes.
 * @internal
 */
export function checkAssetsBeforeClosure(lifecycle: Lifecycle, day: IsoDate | undefined, policy: AssetRegistrationPolicy = defaultAssetRegistrationPolicy): Issue[] {
  if (policy === 'not-required' || day === undefined || day < policy.requiredFrom || lifecycle.assetRegistrations.length > 0) return [];
  return [createIssue('closure-needs-asset-registration', ['type'], { requiredFrom: policy.requiredFrom, day })];
}
