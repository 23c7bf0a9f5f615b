// No text the library reads or writes costs more than linear time: for each adversarial family, eight times the
// input costs at most about eight times the time. A quadratic path would cost 64 times; the bound (24) leaves room
// for a loaded machine. Each ratio is the median of eleven, the two inputs timed in turns of at least 20 ms each.
import { describe, expect, it } from 'vitest';
import { AMOUNT_MAX_LENGTH, containsPersonalData, createIssue, formatCsv, MAX_ISSUES, parseAmount, parseProgramme, redactPersonalData } from '../../src/index.js';
import { seedProgramme2011 } from '../exports/fixtures.js';

// Milliseconds per call: the median of seven windows of at least 20 ms. `run` gets the call's number, so that
// texts can differ from call to call (the engine caches some results for a text it has seen).
function millisecondsPerCall(run: (call: number) => unknown): number {
  const samples: number[] = [];
  let calls = 0;
  for (let sample = 0; sample < 7; sample++) {
    let inWindow = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < 20) {
      run((calls += 1));
      inWindow += 1;
      elapsed = performance.now() - start;
    }
    samples.push(elapsed / inWindow);
  }
  samples.sort((a, b) => a - b);
  return samples[3] ?? Number.POSITIVE_INFINITY;
}

// Milliseconds per call in one window of at least 20 ms.
function windowOf(run: (call: number) => unknown, first: number): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < 20) {
    run(first + (calls += 1));
    elapsed = performance.now() - start;
  }
  return elapsed / calls;
}

// How much longer eight times the input takes; each call gets a fresh text (a distinct last character). The large
// and the small input take turns, window by window, and the median of the eleven ratios is the answer: a burst of
// load on a shared machine falls on both sides of a ratio, not on one input's whole measurement.
function growthOf<T>(make: (size: number) => T, run: (input: T) => unknown, size: number, fresh: (input: T, call: number) => T = (input) => input): number {
  const small = make(size);
  const large = make(size * 8);
  for (let call = 0; call < 20; call++) run(fresh(small, call)); // warm up
  const ratios: number[] = [];
  for (let round = 0; round < 11; round++) {
    const timeLarge = windowOf((call) => run(fresh(large, call)), round * 100_000);
    const timeSmall = windowOf((call) => run(fresh(small, call)), round * 100_000 + 50_000);
    ratios.push(timeLarge / timeSmall);
  }
  ratios.sort((a, b) => a - b);
  return ratios[5] ?? Number.POSITIVE_INFINITY;
}
const freshText = (text: string, call: number) => `${text}${String.fromCharCode(0x4e00 + (call % 1000))}`;

const repeat = (unit: string) => (size: number) => unit.repeat(size);
const families: readonly (readonly [string, (size: number) => string])[] = [
  ['digits and single spaces', repeat('1 ')],
  ['digits and three separators', repeat('1 - ')],
  ['separators then a letter', (size) => `1${' - '.repeat(size)}x`],
  ['full-width digits', repeat('１')],
  ['digits with a check character', repeat('1X')],
  ['line breaks and blanks', repeat('\n \u3000')],
  ['formula signs after line breaks', repeat('\n =')],
  ['blanks before a sign', (size) => `${' '.repeat(size)}＝`],
];

describe('linear time', () => {
  it.each(families)('redactPersonalData and containsPersonalData on %s', (_name, make) => {
    expect(growthOf(make, (text: string) => redactPersonalData(text), 1000, freshText)).toBeLessThan(24);
    expect(growthOf(make, (text: string) => containsPersonalData(text), 1000, freshText)).toBeLessThan(24);
  });

  it.each(families)('formatCsv on %s', (_name, make) => {
    expect(growthOf(make, (text: string) => formatCsv([[text, text]]), 1000, freshText)).toBeLessThan(24);
  });

  it.each(families)('an issue quoting %s', (_name, make) => {
    expect(growthOf(make, (text: string) => createIssue('amount-syntax', [], { input: text }), 1000, freshText)).toBeLessThan(24);
  });

  it('parseAmount reads any text up to its length cap in well under a millisecond, and refuses longer text at once', () => {
    const worst = [`1${' \t'.repeat(95)}\nx`, '1'.repeat(AMOUNT_MAX_LENGTH - 1), `1${' '.repeat(AMOUNT_MAX_LENGTH - 3)}\n`, `¥${' \t'.repeat(30)}x`, `${'1,'.repeat(31)}1`, `1${'.'.repeat(62)}`, `-${' '.repeat(61)}-1`];
    for (const text of worst) expect(millisecondsPerCall(() => parseAmount(text))).toBeLessThan(1);
    const long = `${' '.repeat(1_000_000)}1\n`;
    expect(millisecondsPerCall(() => parseAmount(long))).toBeLessThan(1);
  });

  it('parseProgramme with many bad records costs time in proportion and lists at most MAX_ISSUES issues', () => {
    const [entry] = seedProgramme2011.ledger;
    const badLedger = (size: number) => ({ ...JSON.parse(JSON.stringify(seedProgramme2011)), ledger: Array.from({ length: size }, (_, i) => ({ ...JSON.parse(JSON.stringify(entry)), id: `e${i}`, amount: 'x' })) });
    const parsed = parseProgramme(badLedger(3000));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues).toHaveLength(MAX_ISSUES);
      expect(parsed.issues.at(-1)).toMatchObject({ code: 'issues-truncated', params: { omitted: 3000 - MAX_ISSUES + 1 } });
    }
    expect(growthOf(badLedger, (input: unknown) => parseProgramme(input), 300)).toBeLessThan(24);
  });
});
