import { describe, expect, it } from 'vitest';
import { parseLifecycleCommand, PairingAidError, toLifecycleCommand } from '../../src/index.js';

const approval = { type: 'approve-as-county-government', by: { organisation: 'dafang-gov', kind: 'county-government' }, at: '2011-04-14T10:00:00+08:00' };

describe('a lifecycle command read from JSON', () => {
  it('is the command it says, read as many times as asked', () => {
    expect(parseLifecycleCommand(approval)).toEqual({ ok: true, value: approval });
    expect(parseLifecycleCommand(JSON.parse(JSON.stringify(approval)))).toEqual({ ok: true, value: approval });
    expect(toLifecycleCommand(approval)).toEqual(approval);
  });

  it('is refused with every problem and its path, or thrown as one error', () => {
    const refused = parseLifecycleCommand({ ...approval, at: '2011-04-14' });
    expect(refused).toMatchObject({ ok: false, issues: [{ code: 'timestamp-invalid', path: ['at'] }] });
    expect(() => toLifecycleCommand({ ...approval, at: '2011-04-14' })).toThrow(PairingAidError);
  });
});
