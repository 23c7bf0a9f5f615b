import type { Snapshot } from '../model/snapshot.js';
import { redactPersonalData } from '../privacy/mask.js';
import type { AnnualReport } from './annual-report.js';

/** The JSON form of an {@link AnnualReport}: amounts as decimal strings of yuan, everything else as it is. */
export type AnnualReportJson = Snapshot<AnnualReport>;

// An amount's JSON form; left as it is, since masking would corrupt a large amount that looks like a phone number.
const AMOUNT = /^-?\d+\.\d{2}$/;

/**
 * The report as plain JSON data, for an app's UI, a PDF template or another service: amounts become
 * decimal strings of yuan (`"46910000.00"`), exact, never binary floats. Every other string passes through
 * {@link redactPersonalData}, so a resident ID or mobile number typed into a name or note is masked.
 *
 * @param report - from {@link buildAnnualReport}
 * @returns a value `JSON.stringify` writes as is
 *
 * @example
 * ```ts
 * import { seedAnnualReportInput2011, seedReportOptions2011 } from 'pairing-aid/examples/2011'
 * const json = annualReportToJSON(buildAnnualReport(seedAnnualReportInput2011, seedReportOptions2011));
 * [json.funds.total, json.funds.byCategory.map((row) => row.donated)]
 * //=> ['46910000.00', ['42810000.00', '2800000.00', '1300000.00']]
 * ```
 */
export function annualReportToJSON(report: AnnualReport): AnnualReportJson {
  const text = JSON.stringify(report, (_key, value: unknown) => (typeof value === 'string' && !AMOUNT.test(value) ? redactPersonalData(value) : value));
  return JSON.parse(text) as AnnualReportJson;
}
