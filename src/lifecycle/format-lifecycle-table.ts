import { lifecycleCommandDefinitions } from './lifecycle-commands.js';
import { lifecycleStates } from './lifecycle-states.js';
import { lifecycleTransitions, type LifecycleTransition } from './lifecycle-transitions.js';

/** Which table {@link formatLifecycleTable} writes. */
export type LifecycleTableKind = 'moves' | 'states';

const code = (text: string): string => `\`${text}\``;
const TARGETS = { 'state-before-suspension': '(the state it was suspended in)', 'state-before-change': '(the state the change was proposed in)', 'unchanged': '(the same state)' } as const;

/**
 * Writes the lifecycle as a Markdown table, generated from the data the library runs on, so the guide can
 * never disagree with the code: `moves` is {@link lifecycleTransitions} (from, command, event, to, by whom),
 * `states` is {@link lifecycleStates} (with the IATI and OC4IDS statuses).
 *
 * @param table - which table
 * @returns the Markdown lines, header first
 *
 * @example
 * ```ts
 * formatLifecycleTable('moves').split('\n')[2]
 * //=> '| `drafted` | `propose` | `proposed` | `proposed` | implementing-unit, county-department, county-government, support-office |'
 * ```
 */
export function formatLifecycleTable(table: LifecycleTableKind): string {
  if (table === 'states') {
    const rows = lifecycleStates.map((state) => `| ${code(state.status)} | ${state.zh} | ${state.en} | ${state.iati === 'inherit' ? '(state before)' : state.iati} | ${state.oc4ids === 'inherit' ? '(state before)' : state.oc4ids} |`);
    return ['| status | 中文 | meaning | IATI | OC4IDS |', '|---|---|---|---|---|', ...rows].join('\n');
  }
  const rows = (lifecycleTransitions as readonly LifecycleTransition[]).map((row) => {
    const to = row.to === 'state-before-suspension' || row.to === 'state-before-change' || row.to === 'unchanged' ? TARGETS[row.to] : code(row.to);
    return `| ${row.from.map(code).join(', ')} | ${code(row.command)} | ${code(lifecycleCommandDefinitions[row.command].event)} | ${to} | ${row.by.join(', ')} |`;
  });
  return ['| from | command | event | to | by |', '|---|---|---|---|---|', ...rows].join('\n');
}
