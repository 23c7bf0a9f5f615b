import { quote, type MessageTable } from './table.js';

/** Messages for non-project aid and the annual report. */
export const reportMessages = {
  // Non-project aid records.
  'partial-date-precision': (p) => `A date known to the ${p.precision} is written as the first day of that ${p.precision}, not ${p.date}.`,
  'aid-date-outside-year': (p) => `The activity is dated ${p.date}, outside its year ${p.year}.`,
  // The annual report.
  'allocated-funds-exceed-donated': (p) =>
    `Itemised projects and non-project aid use ${p.allocated} of ${quote(p.category)} funds in ${p.year}, more than the ${p.donated} donated.`,
  'declared-projects-below-itemised': (p) =>
    `The ${p.scope === 'infrastructure' ? 'infrastructure projects' : 'projects'} declared${p.region ? ` for ${p.region}` : ''} (${p.declared}) are fewer than the ${p.itemised} itemised.`,
  'declared-projects-differ-from-itemised': (p) => {
    const of = p.scope === 'infrastructure' ? 'infrastructure ' : '';
    const what = p.measure === 'amount invested' ? `The amount invested in ${of === '' ? 'projects' : 'infrastructure'}` : `The ${of}${p.measure}`;
    const verb = p.measure === 'amount invested' ? 'differs' : 'differ';
    return `${what} declared${p.region ? ` for ${p.region}` : ''} (${p.declared}) ${verb} from the itemised ${p.itemised}.`;
  },
  'declared-part-exceeds-whole': (p) => `${quote(p.part)} (${p.partCount}) is declared as part of ${quote(p.whole)} but exceeds it (${p.wholeCount}).`,
  'declared-part-unknown': (p) => `No declared count of ${quote(p.figure)} is reported for the year, so the part-of relation cannot be checked.`,
  'chinese-text-missing': (p) =>
    `${p.count} text${p.count === 1 ? '' : 's'} in section ${quote(p.section)} ${p.count === 1 ? 'has' : 'have'} no Chinese; the Chinese report shows 〔无中文文本〕 in ${p.count === 1 ? 'its' : 'their'} place.`,
  'labour-placement-differs-from-reported': (p) =>
    `The labour-placement buckets total ${p.total}, but the labourers placed are reported as ${p.reported}.`,
  'plan-target-unit-not-money': (p) =>
    `The target ${quote(p.measure)} of plan ${quote(p.plan)} is an amount of money but is written in ${quote(p.unit)}, not in a unit of money (元, 万元, 亿元…), so it is not compared with the actual amount.`,
} as const satisfies MessageTable;
