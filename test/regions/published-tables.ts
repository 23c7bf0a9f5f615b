import { readFileSync } from 'node:fs';

/** The Ministry's month-level releases (`YYYYMM.tsv`: Source, Revision, Code, Name). */
export const GB2260_FOLDER = new URL('../fixtures/gb2260/mca/', import.meta.url);
const AREACODES = new URL('../fixtures/areacodes/', import.meta.url);

/** The years of the areacodes year-end tables. */
export const tableYears = Array.from({ length: 44 }, (_, i) => 1981 + i);

// Read once per test file: several checks compare against the same year tables.
const yearTables = new Map<number, { code: string; name: string }[]>();

/** The areacodes table of the codes in use on 31 December of a year, by code. */
export function readYear(year: number): { code: string; name: string }[] {
  const known = yearTables.get(year);
  if (known) return known;
  const table = readFileSync(new URL(`data/${year}.txt`, AREACODES), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [code = '', name = ''] = line.trim().split(' ');
      return { code, name };
    })
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  yearTables.set(year, table);
  return table;
}

/** Each code's years of use, from the code records of result.csv (first year included, end year not). */
export function readPeriods(): Map<string, [number, number][]> {
  const periods = new Map<string, [number, number][]>();
  const lines = readFileSync(new URL('result.csv', AREACODES), 'utf8').replace(/^\uFEFF/, '').split('\n').slice(1);
  for (const line of lines.filter((row) => row.trim() !== '')) {
    const [code = '', , , , , , first = '', end = ''] = line.split(',');
    periods.set(code, [...(periods.get(code) ?? []), [Number(first), end === '' ? 2025 : Number(end)]]);
  }
  return periods;
}

/** The codes of one of the Ministry's month releases. */
export function readMonthRelease(file: string): string[] {
  return readFileSync(new URL(file, GB2260_FOLDER), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split('\t')[2] ?? '');
}
