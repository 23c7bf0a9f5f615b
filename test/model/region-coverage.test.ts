import { describe, expect, it } from 'vitest';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import {
  amount,
  comparePlan,
  isoDate,
  organisationCovers,
  organisationId,
  pairingCovers,
  pairingId,
  planId,
  regionCode,
  type Organisation,
  type Pairing,
} from '../../src/index.js';

const shenzhen = regionCode('440300');
const bijie1996: Pairing = { id: pairingId('sz-bijie'), donor: shenzhen, recipient: regionCode('522400'), from: isoDate('1996-01-01') };

describe('pairingCovers', () => {
  it('covers a 2012 project in 520525 with a 1996 pairing recorded on 522400', () => {
    expect(pairingCovers(bijie1996, { donor: shenzhen, recipient: regionCode('520525'), from: isoDate('2012-03-01') })).toBe(true);
  });

  it('covers a district of the donor city, and not a county of another prefecture', () => {
    expect(pairingCovers(bijie1996, { donor: regionCode('440305'), recipient: regionCode('522426'), from: isoDate('2010-03-01') })).toBe(true);
    expect(pairingCovers(bijie1996, { donor: shenzhen, recipient: regionCode('522701'), from: isoDate('2010-03-01') })).toBe(false);
  });

  it('covers an activity that overlaps the pairing’s days, and none outside them', () => {
    const ended = { ...bijie1996, to: isoDate('2016-07-31') };
    const activity = { donor: shenzhen, recipient: regionCode('520525') };
    expect(pairingCovers(ended, { ...activity, from: isoDate('2016-01-01'), to: isoDate('2016-12-31') })).toBe(true);
    expect(pairingCovers(ended, { ...activity, from: isoDate('2016-08-01'), to: isoDate('2016-12-31') })).toBe(false);
  });
});

describe('organisationCovers', () => {
  const prefecture: Organisation = {
    id: organisationId('bijie-gov'),
    name: { zh: '毕节地区行政公署' },
    kind: 'prefecture-government',
    region: regionCode('522400'),
  };

  it('tells that a jurisdiction recorded on 522400 covers a 2012 project in 520525', () => {
    expect(organisationCovers(prefecture, regionCode('520525'), isoDate('2012-03-01'), { recordedOn: isoDate('2010-01-01') })).toBe(true);
  });

  it('tells that it does not cover Qiannan, and that an organisation without a region covers nothing', () => {
    expect(organisationCovers(prefecture, regionCode('522701'), isoDate('2012-03-01'), { recordedOn: isoDate('2010-01-01') })).toBe(false);
    const { region: _, ...placeless } = prefecture;
    expect(organisationCovers(placeless, regionCode('520525'), isoDate('2012-03-01'))).toBe(false);
  });
});

describe('comparePlan on an old code', () => {
  it('counts the projects of 520500’s counties against a plan made on 522400', () => {
    const moved = {
      ...seedProgramme2011,
      projects: seedProgramme2011.projects.map((project) =>
        project.location.region.startsWith('5224') ? { ...project, location: { ...project.location, region: regionCode(`5205${project.location.region.slice(4)}`.replace('520501', '520502')) } } : project,
      ),
    };
    const plan = {
      id: planId('bijie-2011'),
      kind: 'annual' as const,
      name: { en: 'Bijie 2011' },
      fromYear: 2011,
      toYear: 2011,
      agreed: [{ recipient: regionCode('522400'), amount: amount('12 million') }],
      targets: [{ measure: 'projects', value: '25', unit: '个', recipient: regionCode('522400') }],
    };
    expect(comparePlan(plan, seedProgramme2011).targets[0]?.actual).toBe('25');
    expect(comparePlan(plan, moved).targets[0]?.actual).toBe('25');
  });
});
