import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedNonProjectAid2011 } from '../../examples/data/shenzhen-guizhou-2011.js';
import { figureQualifiers, nonProjectAidKinds, parseNonProjectAid } from '../../src/index.js';

const guide = readFileSync(new URL('../../docs/non-project-aid.md', import.meta.url), 'utf8');
const parsesWithDate = (date: { date: string; precision: string }) => parseNonProjectAid({ ...JSON.parse(JSON.stringify(seedNonProjectAid2011[0])), date }).ok;

describe('docs/non-project-aid.md', () => {
  it('has a row for every kind and every qualifier', () => {
    for (const kind of nonProjectAidKinds) expect(guide).toContain(`| \`${kind}\` |`);
    for (const qualifier of figureQualifiers) expect(guide).toContain(`| \`${qualifier}\` |`);
  });

  it('states the 2011 figures the data holds', () => {
    const labour = seedNonProjectAid2011.find((record) => record.kind === 'labour-cooperation');
    const buckets = labour?.kind === 'labour-cooperation' ? labour.placement?.buckets : undefined;
    expect([buckets?.outsideProvince, buckets?.inProvinceOutsideCounty, buckets?.inCounty]).toEqual([14500, 1200, 300]);
    expect(guide).toContain('illustrative buckets 14,500 / 1,200 / 300');
    expect(seedNonProjectAid2011.filter((record) => record.kind === 'exchange-visit')).toHaveLength(3);
    expect(seedNonProjectAid2011.some((record) => record.kind === 'cadre-secondment')).toBe(false);
  });

  it('shows the partial dates as the parser requires them', () => {
    expect(parsesWithDate({ date: '2011-09-01', precision: 'month' })).toBe(true);
    expect(parsesWithDate({ date: '2011-01-01', precision: 'year' })).toBe(true);
    expect(guide).toContain("`{ date: '2011-09-01', precision: 'month' }`");
  });
});
