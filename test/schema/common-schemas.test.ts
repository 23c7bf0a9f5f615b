import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { amountSchema, isoDateSchema } from '../../src/index.js';
import { AMOUNT_JSON_PATTERN, ISO_DATE_JSON_PATTERN, STORED_AMOUNT_JSON_PATTERN, storedAmountSchema } from '../../src/schema/common-schemas.js';
import { parseWithSchema } from '../../src/schema/parse-with-schema.js';

const read = (schema: z.ZodType, input: unknown) => parseWithSchema(z.object({ value: schema }), { value: input });
const readValue = (schema: z.ZodType, input: unknown): unknown => {
  const parsed = read(schema, input);
  if (!parsed.ok) throw new Error(`${String(input)} was refused: ${parsed.issues.map((found) => found.code).join(', ')}`);
  return (parsed.value as { value: unknown }).value;
};
const issuesOf = (schema: z.ZodType, input: unknown) => {
  const parsed = read(schema, input);
  if (parsed.ok) throw new Error(`${String(input)} was accepted`);
  return parsed.issues;
};

describe('amountSchema', () => {
  it('reads an amount written as a decimal string of yuan into the amount', () => {
    expect((readValue(amountSchema, '46910000.00') as { toJSON(): string }).toJSON()).toBe('46910000.00');
    expect((readValue(amountSchema, '-28') as { toJSON(): string }).toJSON()).toBe('-28.00');
    expect((readValue(amountSchema, '0.5') as { toJSON(): string }).toJSON()).toBe('0.50');
  });

  it('refuses the written forms an amount parser reads but JSON does not carry, naming the form', () => {
    for (const input of ['4691万元', '1,000.00', '+12', ' 12']) {
      expect(issuesOf(amountSchema, input)).toMatchObject([{ code: 'amount-json-form', path: ['value'], params: { input } }]);
    }
  });

  it('refuses a number, since JSON readers turn numbers into binary floats, and shows it as JSON writes it', () => {
    const [issue] = issuesOf(amountSchema, 12);
    expect(issue).toMatchObject({ code: 'amount-json-form', path: ['value'], params: { input: '12' } });
    expect(issue?.message).toBe('An amount in JSON is a decimal string of yuan with at most two decimals, such as "46910000.00": received 12.');
    expect(issuesOf(amountSchema, { yuan: 12 })).toMatchObject([{ code: 'amount-json-form', params: { input: '{"yuan":12}' } }]);
    expect(issuesOf(amountSchema, null)).toMatchObject([{ code: 'amount-json-form', params: { input: 'null' } }]);
  });

  it('gives a string that is no amount at all the amount parser’s own reason', () => {
    expect(issuesOf(amountSchema, 'twelve')).toMatchObject([{ code: 'amount-syntax', path: ['value'] }]);
    expect(issuesOf(amountSchema, '12.345')).toMatchObject([{ code: 'amount-too-precise', path: ['value'] }]);
  });

  it('reports a missing amount as a missing string', () => {
    expect(issuesOf(amountSchema, undefined)).toMatchObject([{ code: 'invalid-type', path: ['value'], params: { expected: 'string', received: 'nothing' } }]);
  });

  it('accepts any decimals up to two, where a stored log wants exactly two', () => {
    expect((readValue(amountSchema, '12.3') as { toJSON(): string }).toJSON()).toBe('12.30');
    expect((readValue(amountSchema, '900000') as { toJSON(): string }).toJSON()).toBe('900000.00');
  });

  describe('edge cases', () => {
    it('shows a long value that is not a string cut to 40 characters, ending in an ellipsis', () => {
      const forty = [1234567, 1234567, 1234567, 1234567, 123456]; // JSON.stringify writes exactly 40 characters
      expect(JSON.stringify(forty)).toHaveLength(40);
      expect(issuesOf(amountSchema, forty)[0]?.params['input']).toBe(JSON.stringify(forty));
      const fortyOne = [1234567, 1234567, 1234567, 1234567, 1234567];
      const shown = issuesOf(amountSchema, fortyOne)[0]?.params['input'];
      expect(shown).toBe(`${JSON.stringify(fortyOne).slice(0, 39)}…`);
      expect(shown).toHaveLength(40);
    });

    it('shows a value JSON cannot write by its name', () => {
      expect(issuesOf(amountSchema, Symbol('yuan'))[0]?.params['input']).toBe('Symbol(yuan)');
    });
  });
});

describe('storedAmountSchema', () => {
  it('reads an amount written the one way the library writes it', () => {
    expect((readValue(storedAmountSchema, '900000.00') as { toJSON(): string }).toJSON()).toBe('900000.00');
    expect((readValue(storedAmountSchema, '-0.50') as { toJSON(): string }).toJSON()).toBe('-0.50');
    expect((readValue(storedAmountSchema, '0.00') as { toJSON(): string }).toJSON()).toBe('0.00');
  });

  it('refuses the same amount written another way, since the event’s hash covers its form', () => {
    for (const input of ['900000', '12.3', '012.30', '-0.00']) {
      expect(issuesOf(storedAmountSchema, input)).toMatchObject([{ code: 'amount-stored-form', path: ['value'], params: { input } }]);
    }
  });

  it('refuses a form JSON does not carry as a JSON form, not as a stored form', () => {
    expect(issuesOf(storedAmountSchema, '90万元')).toMatchObject([{ code: 'amount-json-form' }]);
    expect(issuesOf(storedAmountSchema, 900000)).toMatchObject([{ code: 'amount-json-form', params: { input: '900000' } }]);
  });
});

describe('the JSON patterns of amounts and dates', () => {
  const matches = (pattern: string, text: string): boolean => new RegExp(pattern).test(text);

  it('AMOUNT_JSON_PATTERN matches a decimal string with at most two decimals, and nothing else', () => {
    for (const text of ['46910000.00', '-28', '0.5', '12.30']) expect(matches(AMOUNT_JSON_PATTERN, text)).toBe(true);
    for (const text of ['12.345', '+12', '1,000', '4691万元', '.5', '12.', '']) expect(matches(AMOUNT_JSON_PATTERN, text)).toBe(false);
  });

  it('STORED_AMOUNT_JSON_PATTERN matches two decimals with no leading zero and no negative zero', () => {
    for (const text of ['900000.00', '0.00', '-0.01', '-12.30']) expect(matches(STORED_AMOUNT_JSON_PATTERN, text)).toBe(true);
    for (const text of ['900000', '12.3', '012.30', '-0.00', '']) expect(matches(STORED_AMOUNT_JSON_PATTERN, text)).toBe(false);
  });

  it('ISO_DATE_JSON_PATTERN matches the days of the calendar from 1900 to 2199', () => {
    for (const text of ['2012-02-29', '2000-02-29', '1900-01-01', '2199-12-31', '2011-04-30', '2011-12-31']) {
      expect(matches(ISO_DATE_JSON_PATTERN, text)).toBe(true);
    }
    for (const text of ['2011-02-29', '1900-02-29', '2100-02-29', '2011-04-31', '2011-13-01', '1899-12-31', '2200-01-01', '2011-3-15']) {
      expect(matches(ISO_DATE_JSON_PATTERN, text)).toBe(false);
    }
  });
});

describe('isoDateSchema', () => {
  it('reads a day that exists, written YYYY-MM-DD', () => {
    expect(readValue(isoDateSchema, '2012-02-29')).toBe('2012-02-29');
    expect(readValue(isoDateSchema, '2011-12-31')).toBe('2011-12-31');
  });

  it('refuses a day that does not exist, naming it', () => {
    const [issue] = issuesOf(isoDateSchema, '2011-02-29');
    expect(issue).toMatchObject({ code: 'invalid-date', path: ['value'], params: { input: '2011-02-29' } });
    expect(issue?.message).toBe('Not a calendar date (YYYY-MM-DD): "2011-02-29".');
  });

  it('refuses the other forms the date parser reads: a timestamp, short fields, spaces', () => {
    for (const input of ['2011-03-15T15:59:59Z', '2011-3-15', ' 2011-03-15']) {
      expect(issuesOf(isoDateSchema, input)).toMatchObject([{ code: 'invalid-date', path: ['value'], params: { input } }]);
    }
  });

  it('describes itself in the JSON Schema it publishes', () => {
    expect(z.toJSONSchema(isoDateSchema, { io: 'input' })).toMatchObject({ type: 'string', description: 'Calendar date YYYY-MM-DD (China time).' });
    expect(z.toJSONSchema(amountSchema, { io: 'input' })).toMatchObject({ description: expect.stringContaining('decimal string') });
  });
});
