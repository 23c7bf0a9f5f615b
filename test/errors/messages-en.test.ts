import { describe, expect, it } from 'vitest';
import { createIssue } from '../../src/index.js';

const message = (...args: Parameters<typeof createIssue>) => createIssue(...args).message;

describe('the English messages', () => {
  it('speak of a command and an event of any record: a project’s lifecycle, a pool entry or an assessment', () => {
    expect(message('command-unknown', ['type'], { type: 'approve' })).toBe('Not a known command: "approve".');
    expect(message('event-before-previous-event', ['at'], { at: '2011-12-27T10:00:00+08:00', previous: '2011-12-28T10:00:00+08:00' })).toBe(
      'The time 2011-12-27T10:00:00+08:00 is before the previous event (2011-12-28T10:00:00+08:00).',
    );
  });

  it('count assets from one, as the Chinese ones do', () => {
    expect(message('asset-field-required', ['assets', 0, 'name'], { index: 0, field: 'name' })).toBe('Asset 1 needs its name.');
    expect(message('asset-value-negative', ['assets', 2, 'value'], { index: 2, value: '-300.00' })).toBe('Asset 3 has a negative value (-300.00).');
  });

  it('name the declared projects of a scope as a reader would say it', () => {
    expect(message('declared-projects-below-itemised', [], { scope: 'all', region: '522400', declared: 30, itemised: 38 })).toBe(
      'The projects declared for 522400 (30) are fewer than the 38 itemised.',
    );
    expect(message('declared-projects-below-itemised', [], { scope: 'infrastructure', declared: 30, itemised: 38 })).toBe(
      'The infrastructure projects declared (30) are fewer than the 38 itemised.',
    );
    expect(message('declared-projects-differ-from-itemised', [], { scope: 'infrastructure', region: '522400', measure: 'sub-projects', declared: 52, itemised: 53 })).toBe(
      'The infrastructure sub-projects declared for 522400 (52) differ from the itemised 53.',
    );
    expect(message('declared-projects-differ-from-itemised', [], { scope: 'infrastructure', measure: 'amount invested', declared: '12000000.00', itemised: '11000000.00' })).toBe(
      'The amount invested in infrastructure declared (12000000.00) differs from the itemised 11000000.00.',
    );
    expect(message('declared-projects-differ-from-itemised', [], { scope: 'all', measure: 'projects', declared: 40, itemised: 38 })).toBe(
      'The projects declared (40) differ from the itemised 38.',
    );
  });
});
