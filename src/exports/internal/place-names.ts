import type { ProjectType } from '../../model/project-type.js';
import type { ExportActivity } from './activities.js';
import type { FullRegionName } from './region-names.js';
import { textPreferring } from './texts.js';

/** Where an activity is, from its province down to its village: in Chinese, and in English where the registry names every level. */
export interface PlaceNames {
  readonly zh: string;
  readonly en?: string;
}

/** The place names of an activity, given the full name of its division (the code itself where none is known). */
export function placeNamesOf(exported: ExportActivity, region: FullRegionName | undefined): PlaceNames {
  const below = placesBelow(exported);
  const zh = `${region?.zh ?? exported.activity.location.region}${below.join('')}`;
  return region?.en === undefined ? { zh } : { zh, en: [...below.reverse(), region.en].join(', ') };
}

/**
 * The places of an activity below its division (functional area, township, village), in the order of the language's
 * addresses: from the larger down in Chinese (鸭池镇石桥村), from the smaller up in English (石桥村, 鸭池镇), as in
 * {@link placeNamesOf}; empty when the location names none.
 */
export function localityOf(exported: ExportActivity, language: 'zh' | 'en'): string {
  const below = placesBelow(exported);
  return language === 'zh' ? below.join('') : below.reverse().join(', ');
}

function placesBelow(exported: ExportActivity): string[] {
  const { area, township, village } = exported.activity.location;
  return [area, township, village].filter((part): part is string => part !== undefined && part.trim() !== '');
}

/** A description of an activity by its type and place, for one that has none of its own. */
export function describeActivity(exported: ExportActivity, projectTypes: readonly ProjectType[], place: PlaceNames): { readonly zh: string; readonly en: string } {
  const type = projectTypes.find((candidate) => candidate.code === exported.activity.type);
  const typeIn = (language: 'zh' | 'en') => (type === undefined ? exported.activity.type : (textPreferring(type.label, language) ?? exported.activity.type));
  const english = typeIn('en');
  return {
    zh: `${typeIn('zh')}项目，位于${place.zh}。`,
    en: `${english.charAt(0).toUpperCase()}${english.slice(1)} project in ${place.en ?? place.zh}.`,
  };
}
