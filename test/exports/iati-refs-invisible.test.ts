import { describe, expect, it } from 'vitest';
import { checkIatiExport, formatPath, type Issue, type Programme } from '../../src/index.js';
import { iatiOptions, recordOfProjects, withProject } from './fixtures.js';

const codesOf = (issues: readonly Issue[]) => issues.map((found) => [found.code, formatPath(found.path)]);
const alone = recordOfProjects(['BJ-2011-01']);

describe('exportIatiActivities: characters a reader cannot see', () => {
  it("refuses a reporting organisation's identifier holding a control or invisible character, once, at the option", () => {
    for (const ref of ['CN-USCI-1\u0001', 'CN-USCI-1\u007F2', 'CN-USCI-1\u200B2', 'CN-USCI-1\uFEFF']) {
      expect(codesOf(checkIatiExport(alone, iatiOptions({ reportingOrganisation: { ref, type: '11' } }))), JSON.stringify(ref)).toEqual([
        ['iati-organisation-ref-invalid', 'options.reportingOrganisation.ref'],
      ]);
    }
  });

  it("still accepts an identifier's number in letters and digits of any script a registration agency uses", () => {
    expect(checkIatiExport(alone, iatiOptions({ reportingOrganisation: { ref: 'CN-USCI-11440300MB2C92071X', type: '11' } }))).toEqual([]);
  });

  it("names the unit of a range indicator, not its upper bound, when the unit holds a character XML cannot carry", () => {
    const indicator = { dimension: 'output-timeliness', name: '完工月数', comparator: 'range', value: '10', max: '12', unit: '月\u0001' } as const;
    const ranged = withProject(0, (project: Programme['projects'][number]) => ({ ...project, performanceTarget: { indicators: [indicator] } }), alone);
    expect(codesOf(checkIatiExport(ranged, iatiOptions()))).toEqual([['xml-character-invalid', 'programme.projects[0].performanceTarget.indicators[0].unit']]);
  });
});
