import type { IssueParams } from '../issue.js';
import { quote, type MessageTable } from './table.js';

/** Messages for region codes (GB/T 2260) and the dated registry of them. */
export const regionsMessages = {
  'region-code-format': (p) => `A region code is six digits (GB/T 2260), received ${quote(p.input)}.`,
  'region-code-level': (p) => `${quote(p.input)} is a ${p.actual} code where a ${p.expected} code is required.`,
  'region-code-province': (p) => `${quote(p.input)} does not start with a province code (11–82).`,
  'region-code-unknown': (p) => `${p.code} is not listed in any release from ${p.first} to ${p.last}.`,
  'region-not-in-force': (p) => `${p.code} was not in force on ${p.date} (revision ${p.revision}); it is listed ${listedWhen(p)}.`,
  'region-date-outside-registry': (p) =>
    `${p.code} cannot be checked on ${p.date}: the registry covers ${p.from} to ${p.to}; add a release for that date.`,
  'region-releases-empty': () => 'A region registry needs at least one release.',
  'region-revision-format': (p) => `A revision is a month written YYYYMM, received ${quote(p.input)}.`,
  'region-revision-duplicate': (p) => `Revision ${p.revision} is given more than once.`,
  'region-name-empty': (p) => `The entry for ${quote(p.code)} has no name.`,
} as const satisfies MessageTable;

// "from 201812", "from 199312 to 201012", "only in 198312" or "in 199512–199612, 201412–202412".
function listedWhen(p: IssueParams): string {
  if (String(p.listed).includes(',')) return `in ${p.listed}`;
  if (p.to === p.latest) return `from ${p.from}`;
  return p.from === p.to ? `only in ${p.from}` : `from ${p.from} to ${p.to}`;
}
