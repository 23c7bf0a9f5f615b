/**
 * Builds src/lifecycle/data/china-holidays.ts, the State Council's public holidays and adjusted working
 * days (调休), from the `chinese-days` package (MIT; dist/chinese-days.json, a dev dependency):
 *
 *   npx tsx scripts/build-holidays.ts
 *
 * Each year is one line `YYYY|holidays|working weekends`, days written MMDD and runs of consecutive days
 * MMDD-MMDD, so the 23 years cost a few kilobytes. Only weekdays off and weekend days worked are kept:
 * a holiday on a Saturday changes nothing a working-day count needs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const source = require.resolve('chinese-days/dist/chinese-days.json');
const version = (JSON.parse(readFileSync(require.resolve('chinese-days/package.json'), 'utf8')) as { version: string }).version;
const data = JSON.parse(readFileSync(source, 'utf8')) as { holidays: Record<string, string>; workdays: Record<string, string> };
const repo = fileURLToPath(new URL('../', import.meta.url));
const target = new URL('../src/lifecycle/data/china-holidays.ts', import.meta.url);

const isWeekend = (day: string): boolean => [0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay());
const byYear = new Map<number, { holidays: string[]; workdays: string[] }>();
const yearOf = (day: string) => {
  const year = Number(day.slice(0, 4));
  const entry = byYear.get(year) ?? { holidays: [], workdays: [] };
  byYear.set(year, entry);
  return entry;
};
for (const day of Object.keys(data.holidays).sort()) {
  if (!/^\d{4}-\d\d-\d\d$/.test(day)) throw new Error(`bad holiday ${day}`);
  if (day in data.workdays) throw new Error(`${day} is both a holiday and a working day`);
  if (!isWeekend(day)) yearOf(day).holidays.push(day);
  else yearOf(day);
}
for (const day of Object.keys(data.workdays).sort()) {
  if (!isWeekend(day)) throw new Error(`working day ${day} is not a weekend day`);
  yearOf(day).workdays.push(day);
}

// Consecutive days (by the calendar) as runs.
function runs(days: readonly string[]): string {
  const parts: string[] = [];
  let start = days[0];
  for (let i = 1; i <= days.length; i += 1) {
    const previous = days[i - 1] ?? '';
    const next = new Date(Date.parse(`${previous}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    if (days[i] === next) continue;
    const short = (day: string) => day.slice(5).replace('-', '');
    parts.push(start === previous ? short(previous) : `${short(start ?? '')}-${short(previous)}`);
    start = days[i];
  }
  return parts.join(',');
}

const years = [...byYear.keys()].sort((a, b) => a - b);
for (let i = 1; i < years.length; i += 1) if (years[i] !== (years[i - 1] ?? 0) + 1) throw new Error(`a year is missing before ${years[i]}`);
const lines = years.map((year) => `${year}|${runs(byYear.get(year)?.holidays ?? [])}|${runs(byYear.get(year)?.workdays ?? [])}`);

const module = `// GENERATED FILE: do not edit. Regenerate with \`npx tsx scripts/build-holidays.ts\`.
// Source: chinese-days ${version} (MIT), dist/chinese-days.json: the State Council's notices of public
// holidays and adjusted working days (国务院办公厅关于部分节假日安排的通知), ${years[0]}–${years.at(-1)}.

/**
 * One year a line: \`YYYY|weekdays off|weekend days worked\`, days as MMDD, runs of days as MMDD-MMDD.
 * @internal
 */
export const chinaHolidayLines = \`${lines.join('\n')}\`;
`;
writeFileSync(target, module);
process.stdout.write(`${relative(repo, fileURLToPath(target))}: ${years.length} years, ${Buffer.byteLength(module)} bytes\n`);
