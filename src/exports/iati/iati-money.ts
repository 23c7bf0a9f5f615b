import type { IsoDate } from '../../dates/iso-date.js';
import type { LedgerKind } from '../../model/ledger.js';
import type { LocalizedText } from '../../model/text.js';
import { redactPersonalData } from '../../privacy/mask.js';
import type { ExportActivity } from '../internal/activities.js';
import { annualBudgetsOf } from '../internal/annual-budgets.js';
import { xmlCode, xmlElement, type XmlElement } from '../internal/xml.js';
import { narratives } from './iati-narratives.js';
import { receiverOrg } from './iati-organisations.js';
import type { IatiExport } from './prepare-iati-export.js';

/** IATI TransactionType codes of the ledger's kinds; a budget entry is no transaction. */
const TRANSACTION_TYPES = { budget: undefined, commitment: 2, disbursement: 3, expenditure: 4 } as const satisfies Record<LedgerKind, number | undefined>;

/** A `value` in yuan: an exact decimal string (`xsd:decimal`, no separators), CNY, with its value date. */
function value(amount: { toJSON(): string }, valueDate: IsoDate): XmlElement {
  return xmlElement('value', { 'currency': 'CNY', 'value-date': valueDate }, [xmlCode(amount.toJSON(), [])]);
}

/**
 * The activity's budgets, one per year, original (1) and valued on the first day of the year: committed (2)
 * once the project is approved, indicative (1) before; none for a cancelled or rejected project, whose budget
 * no longer stands (its transactions, reversals included, still show what money moved).
 */
export function budgets(context: IatiExport, exported: ExportActivity): XmlElement[] {
  const standing = context.standings.get(exported.project.id);
  if (standing?.withdrawn === true) return [];
  const status = standing?.approved === true ? 2 : 1;
  return annualBudgetsOf(exported).map(({ year, amount }) => {
    const start = `${String(year).padStart(4, '0')}-01-01` as IsoDate;
    const end = `${String(year).padStart(4, '0')}-12-31` as IsoDate;
    return xmlElement('budget', { type: 1, status }, [
      xmlElement('period-start', { 'iso-date': start }),
      xmlElement('period-end', { 'iso-date': end }),
      value(amount, start),
    ]);
  });
}

/**
 * The activity's transactions: the commitments (2), disbursements (3) and expenditures (4) booked on it
 * directly, reversals as negative values, each valued on its own date. Commitments and disbursements name
 * the implementing unit as receiver.
 */
export function transactions(context: IatiExport, exported: ExportActivity): XmlElement[] {
  const receiver = exported.activity.implementingUnit ?? exported.project.implementingUnit;
  return exported.entries.flatMap(({ entry, index }) => {
    const code = TRANSACTION_TYPES[entry.kind];
    if (code === undefined) return [];
    const note = entry.note === undefined ? undefined : redactedText(entry.note);
    return [
      xmlElement('transaction', { ref: xmlCode(entry.id, ['programme', 'ledger', index, 'id']) }, [
        xmlElement('transaction-type', { code }),
        xmlElement('transaction-date', { 'iso-date': entry.date }),
        value(entry.amount, entry.date),
        note !== undefined && xmlElement('description', {}, narratives(note, context.languages, ['programme', 'ledger', index, 'note'])),
        code !== 4 && receiver !== undefined && receiverOrg(context, receiver),
      ]),
    ];
  });
}

// A note with any resident ID or mobile number masked in each language; undefined when it says nothing.
function redactedText(text: LocalizedText): LocalizedText | undefined {
  const zh = text.zh === undefined || text.zh.trim() === '' ? undefined : redactPersonalData(text.zh);
  const en = text.en === undefined || text.en.trim() === '' ? undefined : redactPersonalData(text.en);
  if (zh !== undefined) return en === undefined ? { zh } : { zh, en };
  return en === undefined ? undefined : { en };
}
