import type { AnnouncementPolicy } from '../lifecycle/announcement-policy.js';
import type { AssetRegistrationPolicy } from '../lifecycle/check-assets.js';

/**
 * What reading a record's lifecycles needs besides the record: the announcement policy its events were decided
 * under. Replaying a log re-decides every event under it, so a period stored in an event that the policy would
 * not give is found.
 */
export interface RecordOptions {
  /** How long announcements run; {@link defaultAnnouncementPolicy} (10 calendar days) when left out. */
  readonly announcementPolicy?: AnnouncementPolicy;
  /** When closing needs the assets registered; {@link defaultAssetRegistrationPolicy} (from 2021) when left out. */
  readonly assetRegistration?: AssetRegistrationPolicy;
}

const DEFAULT_OPTIONS = {};
const keys = new WeakMap<object, Map<string, object>>();

/**
 * One object per distinct set of options, for the caches of histories and programmes: the announcement policy
 * itself when the asset rule is the default, else an object kept for the pair.
 * @internal
 */
export function recordOptionsKey(options: RecordOptions): object {
  const policy = options.announcementPolicy ?? DEFAULT_OPTIONS;
  const rule = options.assetRegistration;
  if (rule === undefined) return policy;
  const asset = rule === 'not-required' ? rule : `from ${rule.requiredFrom}`;
  let byRule = keys.get(policy);
  if (byRule === undefined) keys.set(policy, (byRule = new Map()));
  let key = byRule.get(asset);
  if (key === undefined) byRule.set(asset, (key = {}));
  return key;
}
