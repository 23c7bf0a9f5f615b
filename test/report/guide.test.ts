import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runExample } from '../../examples/shenzhen-guizhou-2011.js';
import { renderAnnualReport } from '../../src/index.js';
import { reportOf } from './fixtures.js';

const guide = readFileSync(new URL('../../docs/reports.md', import.meta.url), 'utf8');
// The report the example prints, before the assessment that follows it (docs/assessment.md shows that one).
const printed = (...argv: string[]) => {
  let out = '';
  runExample(argv, (text) => (out += text), () => undefined);
  const assessment = out.search(/\n(East–west cooperation assessment report|东西部扶贫协作考核报告)/);
  expect(assessment).toBeGreaterThan(0);
  return out.slice(0, assessment);
};
const pasted = (heading: string) => {
  const found = guide.match(new RegExp(`### ${heading}\\n\\n\`\`\`text\\n([\\s\\S]*?)\\n\`\`\``));
  return found?.[1] === undefined ? undefined : `${found[1]}\n`;
};

describe('docs/reports.md', () => {
  it('shows the English report the example prints', () => {
    expect(pasted('English')).toBe(printed('--lang', 'en'));
  });

  it('shows the Chinese report the example prints', () => {
    expect(pasted('中文')).toBe(printed('--lang', 'zh'));
  });

  it('states the bounds the report computes with and without the part-of relation', () => {
    expect([reportOf().beneficiaries.bounds.lower, reportOf().beneficiaries.bounds.upper]).toEqual([130000, 130000]);
    expect(reportOf({ declaredParts: [] }).beneficiaries.bounds.upper).toBe(190400);
    expect(guide).toContain('130,000 to 130,000; without `declaredParts` they would be 130,000 to 190,400');
  });

  it('shows the formats the renderer writes', () => {
    const zh = renderAnnualReport(reportOf(), { locale: 'zh' });
    for (const text of ['4,691.00万元', '500,000余人', '2011年8月18日', '2011年9月']) {
      expect(zh).toContain(text);
      expect(guide).toContain(text.replace('人', ''));
    }
  });

  it('states how many declared projects the 2011 data does not itemise', () => {
    const { declared, itemised } = reportOf().projects;
    expect(declared[0]!.chosen.projects - itemised.projects).toBe(86);
    expect(guide).toContain('(124 declared, 38 itemised: the report says\n86 are not itemised)');
  });
});
