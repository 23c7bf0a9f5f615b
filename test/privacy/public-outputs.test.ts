// No public output of the library shows a resident ID or a mobile number typed into any text of a programme,
// however it is spelled: each output masks it or refuses, and a refusal's issues do not echo it either.
import fc from 'fast-check';
import { seedRecord2011 } from '../../examples/data/shenzhen-guizhou-2011-lifecycles.js';
import { describe, expect, it } from 'vitest';
import {
  annualReportToJSON,
  buildAnnouncement,
  buildAnnualReport,
  checkProgramme,
  exportAnnouncementTable,
  exportIatiActivities,
  exportOc4idsProjects,
  parseProgramme,
  renderAnnualReport,
  residentIdCheckCharacter,
  translateIssue,
  type Issue,
  type Programme,
  type ProgrammeRecord,
  type Result,
} from '../../src/index.js';
import { iatiOptions, seedProgramme2011 } from '../exports/fixtures.js';
import { consistentProgramme } from '../model/arbitraries.js';
import { seedInput, seedOptions } from '../report/fixtures.js';

// Region 110101 and birth years before 1990 appear nowhere in the programmes, so a match can only be a leak.
const anyResidentId = fc
  .tuple(fc.integer({ min: 1950, max: 1989 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 999 }))
  .map(([year, month, day, sequence]) => {
    const first17 = `110101${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(sequence).padStart(3, '0')}`;
    return `${first17}${residentIdCheckCharacter(first17)}`;
  });
const anyMobile = fc.tuple(fc.constantFrom('13', '15', '17', '18', '19'), fc.integer({ min: 0, max: 999_999_999 })).map(([head, tail]) => `${head}${String(tail).padStart(9, '0')}`);

const fullWidth = (text: string) => text.replace(/[0-9X]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
const grouped = (text: string, sizes: readonly number[], separator: string) => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(text.slice(at, at + size));
    at += size;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts.filter((part) => part !== '').join(separator);
};
const separators = [' ', '-', '－', '\u3000', '\n', ' - ', '–'];
const spell = (plain: string, kind: 'id' | 'mobile') =>
  fc.tuple(fc.constantFrom(...separators), fc.boolean(), fc.constantFrom('', '+86 ', '86', '+86-')).map(([separator, wide, prefix]) => {
    const sizes = kind === 'id' ? [6, 8, 4] : [3, 4, 4];
    const spelled = grouped(plain, sizes, separator);
    return `${kind === 'mobile' ? prefix : ''}${wide ? fullWidth(spelled) : spelled}`;
  });
const anyPersonalNumber = fc.oneof(
  anyResidentId.chain((plain) => fc.oneof(fc.constant(plain), spell(plain, 'id')).map((spelled) => ({ plain, spelled }))),
  anyMobile.chain((plain) => fc.oneof(fc.constant(plain), spell(plain, 'mobile')).map((spelled) => ({ plain, spelled }))),
);

// Every string of a programme that is not an id, a code, a date or an amount: where people type text.
const isCode = (key: string) => /^(id|code|kind|type|category|region|recipient|date|year|status|unit|parent|project|subProject|fund|organisation|from|to|completeness|currency|lifecycle|figure|stage|grouping|attachedTo|plan|pairing|measure)$|Id$|Ids$|Date$|Code$/.test(key);
function textPaths(value: unknown, path: readonly (string | number)[] = [], found: (readonly (string | number)[])[] = []): (readonly (string | number)[])[] {
  if (typeof value === 'string') {
    const key = [...path].reverse().find((segment) => typeof segment === 'string') ?? '';
    if (!isCode(String(key)) || path.includes('name') || path.includes('label')) found.push(path);
  } else if (Array.isArray(value)) value.forEach((inner, index) => textPaths(inner, [...path, index], found));
  else if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, inner] of Object.entries(value)) textPaths(inner, [...path, key], found);
  }
  return found;
}
function injectAt<T>(value: T, path: readonly (string | number)[], text: string): T {
  if (path.length === 0) return `${String(value)} ${text}` as T;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((inner, index) => (index === head ? injectAt(inner, rest, text) : inner)) as T;
  return { ...(value as object), [head as string]: injectAt((value as Record<string, unknown>)[head as string], rest, text) } as T;
}

// Everything the library publishes for a programme, as the texts a reader of it sees.
const issueTexts = (issues: readonly Issue[]) =>
  issues.flatMap((found) => [found.message, translateIssue(found, 'zh').message, ...Object.values(found.params).map(String), ...found.path.map(String)]);
function publicTexts(programme: Programme): string[] {
  // The 2011 lifecycles of the projects the programme has, so that the exports publish rather than refuse.
  const ids = new Set<string>(programme.projects.map((project) => project.id));
  const record: ProgrammeRecord = { programme, eventLogs: Object.fromEntries(Object.entries(seedRecord2011.eventLogs).filter(([id]) => ids.has(id))) };
  const texts: string[] = [];
  const collect = (result: Result<unknown>, asText: (value: never) => string[]) => {
    if (result.ok) texts.push(...asText(result.value as never));
    else texts.push(...issueTexts(result.issues));
  };
  texts.push(...issueTexts(checkProgramme(record)));
  collect(exportIatiActivities(record, iatiOptions()), (xml: string) => [xml.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))]);
  collect(
    exportOc4idsProjects(record, { projectIdPrefix: 'oc4ids-x-', uri: 'https://example.org/x.json', publisher: { name: 'Office' }, publishedAt: '2012-03-31T09:00:00+08:00' }),
    (value: unknown) => stringsIn(value),
  );
  collect(exportAnnouncementTable(record), (csv: string) => [csv]);
  for (const project of programme.projects) texts.push(...stringsIn(buildAnnouncement(project, 'pre-implementation', { organisations: programme.organisations })));
  const report = buildAnnualReport({ ...seedInput, record }, seedOptions);
  texts.push(renderAnnualReport(report, { locale: 'zh' }), renderAnnualReport(report, { locale: 'en' }), ...stringsIn(annualReportToJSON(report)));
  return texts;
}
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}
// A text as a reader's search would see it: separators gone, full-width digits as ASCII digits.
const searchable = (text: string) => text.normalize('NFKC').replace(/[\s\-\u2010-\u2015\u2212+]/g, '');

describe('public outputs', () => {
  it('never show a resident ID or mobile number typed into any text of a programme, in any spelling', () => {
    const programmes = fc.oneof({ weight: 1, arbitrary: fc.constant(seedProgramme2011) }, { weight: 2, arbitrary: consistentProgramme });
    fc.assert(
      fc.property(programmes, anyPersonalNumber, fc.nat(), (programme, { plain, spelled }, pick) => {
        const paths = textPaths(programme);
        fc.pre(paths.length > 0);
        const path = paths[pick % paths.length] ?? [];
        // Through JSON and the parser, as an app would load it: what the parser refuses, its issues must not echo.
        const parsed = parseProgramme(injectAt(JSON.parse(JSON.stringify(programme)) as unknown, path, spelled));
        const texts = parsed.ok ? publicTexts(parsed.value) : issueTexts(parsed.issues);
        const leak = texts.find((text) => searchable(text).includes(plain));
        expect(leak === undefined, `${spelled} typed into ${path.join('.')} shows in: ${leak?.slice(0, 300) ?? ''}`).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
