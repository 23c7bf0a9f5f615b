import { checkLabourPlacement } from '../beneficiaries/labour-placement.js';
import { createIssue, formatPath, type Issue, type IssuePath } from '../errors/issue.js';
import { negativeAmount } from '../model/check/check-funds.js';
import { isPaired } from '../model/check/check-structure.js';
import type { Programme } from '../model/programme.js';
import { isWithinRegion } from '../regions/region-code.js';
import type { NonProjectAid } from './non-project-aid.js';
import type { ReportedFigure } from './reported-figure.js';
import type { Amount } from '../money/amount.js';

/** Options for {@link checkNonProjectAid}. */
export interface CheckNonProjectAidOptions {
  /**
   * The programme the records belong to: with it, fund categories must be among its categories and every
   * recipient must be paired with the record's donor in the record's year (rule 4, as for projects).
   */
  readonly programme?: Programme;
}

/**
 * Checks the rules of non-project aid records and returns every violation at once; it never throws on bad
 * data.
 *
 * | rule | code | path |
 * |---|---|---|
 * | ids are unique among the records | `id-duplicate` | `[i, 'id']` |
 * | the activity's date lies in its year | `aid-date-outside-year` | `[i, 'date']` |
 * | a fund share's recipient is one of the record's | `fund-recipient-unlisted` | `[i, 'funds', j, 'recipient']` |
 * | money is never negative: fund shares, subsidies, investment, farming funds | `amount-negative` | `[i, 'funds', j, 'amount']`, `[i, 'investment', k, 'value']`… |
 * | 18 labour buckets are whole numbers summing to their total | `count-invalid`, `labour-placement-sum` | `[i, 'placement', 'buckets', …]` |
 * | with a programme: categories are defined | `fund-category-unknown` | `[i, 'funds', j, 'category']` |
 * | with a programme: 4 the recipient is paired with the donor in the year | `recipient-not-paired` | `[i, 'recipients', j]` |
 *
 * @param records - the records
 * @param options - see {@link CheckNonProjectAidOptions}
 * @returns every violation, record by record; empty when all hold
 *
 * @example
 * ```ts
 * import { seedNonProjectAid2011, seedProgramme2011 } from 'pairing-aid/examples/2011'
 * checkNonProjectAid(seedNonProjectAid2011, { programme: seedProgramme2011 })
 * //=> []
 * const [training, ...rest] = seedNonProjectAid2011
 * checkNonProjectAid([training!, training!]).map((issue) => [issue.code, formatPath(issue.path)])
 * //=> [['id-duplicate', '[1].id']]
 * ```
 */
export function checkNonProjectAid(records: readonly NonProjectAid[], options: CheckNonProjectAidOptions = {}): readonly Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, IssuePath>();
  const categories = options.programme === undefined ? undefined : new Set(options.programme.fundCategories.map((category) => category.code));
  records.forEach((record, i) => {
    const first = seen.get(record.id);
    if (first === undefined) seen.set(record.id, [i, 'id']);
    else issues.push(createIssue('id-duplicate', [i, 'id'], { kind: 'activity', id: record.id, first: formatPath(first) }));
    if (record.date !== undefined && !record.date.date.startsWith(`${record.year}-`)) {
      issues.push(createIssue('aid-date-outside-year', [i, 'date'], { date: record.date.date, year: record.year }));
    }
    record.funds.forEach((share, j) => {
      if (categories !== undefined && !categories.has(share.category)) {
        issues.push(createIssue('fund-category-unknown', [i, 'funds', j, 'category'], { category: share.category }));
      }
      if (share.amount.fen < 0n) issues.push(negativeAmount(share.amount, [i, 'funds', j, 'amount']));
      const recipient = share.recipient;
      if (recipient !== undefined && !record.recipients.some((outer) => isWithinRegion(recipient, outer))) {
        issues.push(createIssue('fund-recipient-unlisted', [i, 'funds', j, 'recipient'], { recipient }));
      }
    });
    for (const [field, figures] of moneyFiguresOf(record)) {
      figures.forEach((figure, k) => {
        if (figure.value.fen < 0n) issues.push(negativeAmount(figure.value, [i, field, k, 'value']));
      });
    }
    if (record.kind === 'labour-cooperation' && record.placement !== undefined) {
      issues.push(...checkLabourPlacement(record.placement.buckets, [i, 'placement', 'buckets']));
    }
    if (options.programme !== undefined) {
      const { pairings } = options.programme;
      record.recipients.forEach((recipient, j) => {
        if (!isPaired(pairings, { donor: record.donor, recipient, year: record.year })) {
          issues.push(createIssue('recipient-not-paired', [i, 'recipients', j], { donor: record.donor, recipient, year: record.year }));
        }
      });
    }
  });
  return issues;
}

/** The reported figures of money a record holds, by field. */
function moneyFiguresOf(record: NonProjectAid): readonly (readonly [string, readonly ReportedFigure<Amount>[]])[] {
  if (record.kind === 'student-subsidy') return [['amount', record.amount]];
  if (record.kind === 'industrial-cooperation') return [['investment', record.investment], ['farmingFunds', record.farmingFunds]];
  return [];
}
