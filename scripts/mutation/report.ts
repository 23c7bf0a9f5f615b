import { existsSync, readFileSync } from 'node:fs';

/** The part of a mutation-testing report (Stryker's JSON and incremental file) that the summary reads. */
interface ReportMutant {
  readonly id: string;
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly status: string;
  readonly location: { readonly start: { readonly line: number; readonly column: number }; readonly end: { readonly line: number; readonly column: number } };
}

interface Report {
  readonly files: Readonly<Record<string, { readonly source: string; readonly mutants: readonly ReportMutant[] }>>;
}

/** One mutant as a person reads it, and as the equivalence list names it. */
export interface MutantLine {
  readonly file: string;
  readonly line: number;
  readonly mutator: string;
  readonly original: string;
  readonly replacement: string;
  readonly status: string;
}

/** One row of `test/<area>/equivalent-mutants.md`. */
export interface EquivalentRow {
  readonly file: string;
  readonly mutator: string;
  readonly original: string;
  readonly replacement: string;
  readonly reason: string;
}

export interface AreaSummary {
  readonly area: string;
  readonly total: number;
  readonly killed: number;
  readonly timeout: number;
  readonly survived: number;
  readonly noCoverage: number;
  readonly invalid: number;
  /** (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker computes it. */
  readonly score: number;
  readonly undetected: readonly MutantLine[];
  /** Counted as detected, as Stryker does; listed so that a timeout caused by a busy machine can be seen. */
  readonly timedOut: readonly MutantLine[];
  readonly equivalent: readonly MutantLine[];
  readonly unexplained: readonly MutantLine[];
  /** Rows of the equivalence list that no surviving mutant matches any more. */
  readonly staleRows: readonly EquivalentRow[];
}

const shown = 60;
const context = 16;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * A mutant's original and replacement as one line each: whitespace runs collapsed and, when long, cut to the part
 * that differs with a little context on each side (marked by `…`), so that two mutants of one long expression differ.
 */
export const showChange = (originalText: string, replacementText: string): readonly [string, string] => {
  const original = collapse(originalText);
  const replacement = collapse(replacementText);
  if (original.length <= shown && replacement.length <= shown) return [original, replacement];
  let prefix = 0;
  while (prefix < original.length && prefix < replacement.length && original[prefix] === replacement[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < original.length - prefix &&
    suffix < replacement.length - prefix &&
    original[original.length - 1 - suffix] === replacement[replacement.length - 1 - suffix]
  ) {
    suffix++;
  }
  const cut = (text: string): string => {
    const start = Math.max(0, prefix - context);
    const end = Math.min(text.length, text.length - suffix + context);
    const middle = text.slice(start, end);
    const limited = middle.length > shown + 2 * context ? `${middle.slice(0, shown + 2 * context)}…` : middle;
    return `${start > 0 ? '…' : ''}${limited}${end < text.length && !limited.endsWith('…') ? '…' : ''}`;
  };
  return [cut(original), cut(replacement)];
};

const matches = (row: EquivalentRow, mutant: MutantLine): boolean =>
  row.file === mutant.file && row.mutator === mutant.mutator && row.original === mutant.original && row.replacement === mutant.replacement;

const textAt = (source: string, mutant: ReportMutant): string => {
  const lines = source.split('\n');
  const { start, end } = mutant.location;
  if (start.line === end.line) return (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1);
  const first = (lines[start.line - 1] ?? '').slice(start.column - 1);
  const middle = lines.slice(start.line, end.line - 1);
  const last = (lines[end.line - 1] ?? '').slice(0, end.column - 1);
  return [first, ...middle, last].join('\n');
};

const cell = (text: string): string => `\`${text.replace(/\|/g, '\\|')}\``;
const uncell = (text: string): string => text.trim().replace(/^`|`$/g, '').replace(/\\\|/g, '|');

/** Reads the equivalence list of an area: a Markdown table whose first four columns name the mutant. */
export const readEquivalentRows = (path: string): readonly EquivalentRow[] => {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const cells = line.slice(1, line.lastIndexOf('|')).split(/(?<!\\)\|/);
      const [file = '', mutator = '', original = '', replacement = '', reason = ''] = cells.map(uncell);
      return { file, mutator, original, replacement, reason };
    });
};

/** Summarises a report of one area against its equivalence list. */
export const summariseArea = (area: string, reportPath: string, equivalentRows: readonly EquivalentRow[]): AreaSummary => {
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
  const mutants: MutantLine[] = [];
  for (const [file, { source, mutants: fileMutants }] of Object.entries(report.files)) {
    for (const mutant of fileMutants) {
      const [original, replacement] = showChange(textAt(source, mutant), mutant.replacement ?? '');
      mutants.push({
        file: file.replace(/^src\//, ''),
        line: mutant.location.start.line,
        mutator: mutant.mutatorName,
        original,
        replacement,
        status: mutant.status,
      });
    }
  }
  const byText = (a: MutantLine, b: MutantLine): number =>
    a.mutator.localeCompare(b.mutator) || a.original.localeCompare(b.original) || a.replacement.localeCompare(b.replacement);
  mutants.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || byText(a, b));
  const count = (status: string): number => mutants.filter((mutant) => mutant.status === status).length;
  const killed = count('Killed');
  const timeout = count('Timeout');
  const survived = count('Survived');
  const noCoverage = count('NoCoverage');
  const valid = killed + timeout + survived + noCoverage;
  const undetected = mutants.filter((mutant) => mutant.status === 'Survived' || mutant.status === 'NoCoverage');
  const isListed = (mutant: MutantLine): boolean => equivalentRows.some((row) => matches(row, mutant));
  return {
    area,
    total: mutants.length,
    killed,
    timeout,
    survived,
    noCoverage,
    invalid: mutants.length - valid,
    score: valid === 0 ? 100 : (100 * (killed + timeout)) / valid,
    undetected,
    timedOut: mutants.filter((mutant) => mutant.status === 'Timeout'),
    equivalent: undetected.filter(isListed),
    unexplained: undetected.filter((mutant) => !isListed(mutant)),
    staleRows: equivalentRows.filter((row) => !undetected.some((mutant) => matches(row, mutant))),
  };
};

export const formatScore = (score: number): string => `${(Math.floor(score * 100) / 100).toFixed(2)} %`;

/** The one line a run prints per area. */
export const describeSummary = (summary: AreaSummary): string =>
  `${summary.area}: mutation score ${formatScore(summary.score)} (${summary.killed + summary.timeout} of ` +
  `${summary.killed + summary.timeout + summary.survived + summary.noCoverage} detected; ${summary.survived} survived, ` +
  `${summary.noCoverage} without coverage; ${summary.equivalent.length} listed as equivalent, ${summary.unexplained.length} unexplained)`;

/** The readable report of an area: score, then every mutant no test detected, in rows ready for the equivalence list. */
export const renderSummary = (summary: AreaSummary, command: string): string => {
  const row = (mutant: MutantLine): string =>
    `| ${cell(mutant.file)} | ${cell(mutant.mutator)} | ${cell(mutant.original)} | ${cell(mutant.replacement)} | ${mutant.line} | ${mutant.status} |`;
  const table = (mutants: readonly MutantLine[]): string[] =>
    mutants.length === 0
      ? ['None.']
      : ['| file | mutator | original | replacement | line | status |', '|---|---|---|---|---|---|', ...mutants.map(row)];
  return [
    `# Mutation report: ${summary.area}`,
    '',
    `Written by \`${command}\`. Mutates \`src/${summary.area}/\` against \`test/${summary.area}/\`.`,
    '',
    `- mutation score: **${formatScore(summary.score)}** (killed ${summary.killed}, timed out ${summary.timeout}, ` +
      `survived ${summary.survived}, without coverage ${summary.noCoverage}; ${summary.invalid} not valid code, not counted)`,
    `- undetected mutants listed as equivalent in \`test/${summary.area}/equivalent-mutants.md\`: ${summary.equivalent.length}`,
    `- undetected mutants not explained: ${summary.unexplained.length}`,
    '',
    '## Undetected mutants not explained',
    '',
    'Each one wants a test of the behaviour it breaks, or a row in the equivalence list (the first four columns, then why).',
    '',
    ...table(summary.unexplained),
    '',
    '## Undetected mutants listed as equivalent',
    '',
    ...table(summary.equivalent),
    '',
    '## Mutants that timed out (counted as detected)',
    '',
    ...table(summary.timedOut),
    '',
    ...(summary.staleRows.length === 0
      ? []
      : [
          '## Rows of the equivalence list that match no undetected mutant',
          '',
          ...summary.staleRows.map((stale) => `- ${cell(stale.file)} ${cell(stale.mutator)} ${cell(stale.original)} → ${cell(stale.replacement)}`),
          '',
        ]),
  ].join('\n');
};
