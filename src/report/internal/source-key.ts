import type { SourceReference } from '../../model/source.js';

/** What makes two source references the same source in a report's list. */
export function sourceKey(source: SourceReference): string {
  return JSON.stringify([source.document, source.section ?? null, source.completeness, source.note ?? null]);
}
