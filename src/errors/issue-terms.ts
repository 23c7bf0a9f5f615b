/**
 * The kinds of code an issue's params carry, each named in words by the layer that defines it: lifecycle
 * statuses, commands, events, grades and announcement kinds by the lifecycle; organisation kinds, ledger
 * kinds, purposes, fields, fund categories and project types by the model; levels by the regions; and so on.
 */
export type IssueTermKind =
  | 'status'
  | 'command'
  | 'event'
  | 'grade'
  | 'announcement'
  | 'actor'
  | 'ledger-kind'
  | 'purpose'
  | 'field'
  | 'id-kind'
  | 'fund-category'
  | 'funding-source'
  | 'project-type'
  | 'region'
  | 'level'
  | 'figure'
  | 'unit'
  | 'value-type'
  | 'format'
  | 'export-kind'
  | 'beneficiary-column'
  | 'beneficiary-table'
  | 'grouping'
  | 'precision'
  | 'scope'
  | 'measure';

/**
 * Words for the codes an issue's params carry, by kind of code: what a translated message writes instead
 * of the code. Errors sit below every area that defines codes, so the areas hand their words in here
 * rather than the messages reaching up for them (the library's Chinese words are `issueTermsZh`).
 */
export type IssueTerms = Readonly<Partial<Record<IssueTermKind, Readonly<Record<string, string>>>>>;

/**
 * Merges term tables; a later table's word for a code wins.
 *
 * @example
 * ```ts
 * mergeIssueTerms({ status: { approved: '已批准' } }, { grade: { pass: '合格' } })
 * //=> { status: { approved: '已批准' }, grade: { pass: '合格' } }
 * ```
 */
export function mergeIssueTerms(...tables: readonly IssueTerms[]): IssueTerms {
  const merged: Partial<Record<IssueTermKind, Record<string, string>>> = {};
  for (const table of tables) {
    for (const [kind, words] of Object.entries(table) as [IssueTermKind, Readonly<Record<string, string>>][]) {
      merged[kind] = { ...merged[kind], ...words };
    }
  }
  return merged;
}
