import { parseRegionCode, regionAtLevel, regionLevels } from '../../regions/region-code.js';

/** A region key and the keys of the regions containing it (county → prefecture → province). */
export function regionAndAncestors(key: string): string[] {
  const parsed = parseRegionCode(key);
  if (!parsed.ok) return [key];
  const found: string[] = [];
  for (const level of regionLevels) {
    const code = regionAtLevel(parsed.value, level);
    if (code !== undefined && !found.includes(code)) found.push(code);
  }
  return found;
}
