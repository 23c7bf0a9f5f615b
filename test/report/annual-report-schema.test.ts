import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annualReportToJSON, snapshotJsonSchema } from '../../src/index.js';
import { annualReportJsonSchema } from '../../src/report/annual-report-json-schema.js';
import { reportOf } from './fixtures.js';

const published = readFileSync(new URL('../../schemas/annual-report.json', import.meta.url), 'utf8');
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the published schema of an annual report', () => {
  it('is the file shipped as schemas/annual-report.json, field for field and word for word', () => {
    expect(`${JSON.stringify(snapshotJsonSchema('annual-report'), null, 2)}\n`).toBe(published);
  });

  it('accepts the report annualReportToJSON writes for the 2011 programme', () => {
    const result = annualReportJsonSchema().safeParse(json(annualReportToJSON(reportOf())));
    expect(result.error?.issues).toBeUndefined();
  });

  it('refuses a report whose total is not a decimal amount, or that carries a field it does not define', () => {
    const report = json(annualReportToJSON(reportOf())) as { funds: Record<string, unknown> };
    expect(annualReportJsonSchema().safeParse({ ...report, funds: { ...report.funds, total: 46910000 } }).success).toBe(false);
    expect(annualReportJsonSchema().safeParse({ ...report, remarks: 'none' }).success).toBe(false);
  });
});
