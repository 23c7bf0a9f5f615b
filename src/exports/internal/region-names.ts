import type { IsoDate } from '../../dates/iso-date.js';
import { isoDate } from '../../dates/iso-date.js';
import type { Project } from '../../model/project.js';
import { findRegion } from '../../regions/find-region.js';
import type { RegionCode } from '../../regions/region-code.js';
import type { RegionRegistry } from '../../regions/region-registry.js';

/** A division's full name, from the province down: `贵州省毕节地区大方县`, `Dafang County, Bijie Prefecture, Guizhou Province`. */
export interface FullRegionName {
  readonly zh: string;
  /** Absent when the registry lacks the English name of any level. */
  readonly en?: string;
}

/** The date a project's region codes are read on: its location date, else 1 January of its year. */
export function locationDateOf(project: Project): IsoDate {
  return project.locationDate ?? isoDate(`${String(project.year).padStart(4, '0')}-01-01`);
}

/** The full name of a division in the revision in force on a date; `undefined` when that revision does not list it. */
export function fullRegionName(registry: RegionRegistry, code: RegionCode, date: IsoDate): FullRegionName | undefined {
  const chain = [];
  let current = findRegion(registry, code, date);
  if (current === undefined) return undefined;
  while (current !== undefined) {
    chain.unshift(current);
    current = current.parent === undefined ? undefined : findRegion(registry, current.parent, date);
  }
  const english = chain.map((region) => region.name.en);
  const zh = chain.map((region) => region.name.zh).join('');
  return english.every((name): name is string => name !== undefined) ? { zh, en: english.reverse().join(', ') } : { zh };
}

/**
 * The names of divisions in one language, read on a date: the full Chinese name, or the English one where the
 * registry has it (else the Chinese); `undefined` for a division the revision in force does not list.
 */
export function regionNamesIn(registry: RegionRegistry, date: IsoDate, language: 'zh' | 'en'): (code: RegionCode) => string | undefined {
  return (code) => {
    const names = fullRegionName(registry, code, date);
    return language === 'zh' ? names?.zh : (names?.en ?? names?.zh);
  };
}
