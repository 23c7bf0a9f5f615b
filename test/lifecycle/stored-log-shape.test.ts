import Ajv2020Module from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendToEventLog,
  lifecycleCommandTypes,
  parseEventLog,
  parseLifecycleCommand,
  parseTimestamp,
  snapshotJsonSchema,
  startLifecycle,
  type LoggedEvent,
} from '../../src/index.js';
import { commandFor, dayAt, reachEveryState, roadProject } from './fixtures.js';

// Every kind of event the lifecycle records, each as a project recorded it on its way through the states.
const recorded = new Map<string, Record<string, unknown>>();
for (const { events } of reachEveryState().values()) for (const event of events) recorded.set(event.type, JSON.parse(JSON.stringify(event)) as Record<string, unknown>);
const recordedEvent = (type: string): Record<string, unknown> => {
  const event = recorded.get(type);
  if (event === undefined) throw new Error(`no ${type} event`);
  return structuredClone(event);
};

// A log as an app stores it: events chained by their hashes, written as JSON.
const storedLog = (events: readonly unknown[]): unknown => JSON.parse(JSON.stringify(appendToEventLog([], events as readonly LoggedEvent[])));
const readBack = (events: readonly unknown[]) => parseEventLog(storedLog(events));

// A command as an app receives it, from a web form or a queue.
const sent = (type: (typeof lifecycleCommandTypes)[number], changes: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...(JSON.parse(JSON.stringify(commandFor(startLifecycle(roadProject.id), type, dayAt(11)))) as Record<string, unknown>),
  ...changes,
});

const proposed = recordedEvent('proposed');
const announced = recordedEvent('announced-before-implementation');
const correction = (changes: Record<string, unknown> = {}) => ({
  type: 'event-corrected',
  project: roadProject.id,
  by: proposed.by,
  at: '2011-03-20T10:00:00+08:00',
  reason: '申报日期录入错误',
  corrects: 1,
  ...changes,
});

describe('how a command must be shaped', () => {
  it('reads every command of the lifecycle as an app sends it', () => {
    for (const type of lifecycleCommandTypes) {
      const parsed = parseLifecycleCommand(sent(type));
      expect(parsed.ok ? parsed.value.type : parsed.issues).toBe(type);
    }
  });

  it('refuses a blank reason where the command needs one, naming the command', () => {
    expect(parseLifecycleCommand(sent('reject', { reason: '  ' }))).toMatchObject({ ok: false, issues: [{ code: 'reason-required', path: ['reason'], params: { command: 'reject' } }] });
  });

  it('takes an acceptance inspection passed or passed as excellent, never failed', () => {
    expect(parseLifecycleCommand(sent('pass-acceptance', { grade: 'excellent' }))).toMatchObject({ ok: true, value: { grade: 'excellent' } });
    expect(parseLifecycleCommand(sent('pass-acceptance', { grade: 'fail' }))).toMatchObject({ ok: false, issues: [{ path: ['grade'] }] });
  });

  it('takes a change with what it alters, its amounts as decimal strings with or without their fen', () => {
    const parsed = parseLifecycleCommand(sent('propose-change', { alterations: { budget: { before: '800000', after: '880000' } } }));
    expect(parsed.ok && parsed.value.type === 'propose-change' ? parsed.value.alterations.budget?.after.toJSON() : parsed).toBe('880000.00');
    expect(parseLifecycleCommand(sent('propose-change', { description: undefined }))).toMatchObject({ ok: false });
  });

  it('needs what a budget and a location were before a change alters them', () => {
    expect(parseLifecycleCommand(sent('propose-change', { alterations: { budget: { after: '880000' } } }))).toMatchObject({ ok: false, issues: [{ path: ['alterations', 'budget', 'before'] }] });
    expect(parseLifecycleCommand(sent('propose-change', { alterations: { location: { after: roadProject.location } } }))).toMatchObject({ ok: false, issues: [{ path: ['alterations', 'location', 'before'] }] });
    expect(parseLifecycleCommand(sent('propose-change', { alterations: { location: { before: roadProject.location, after: { ...roadProject.location, village: '新村' } } } })).ok).toBe(true);
  });

  it('lets a change give funding, a total investment, a performance target or an implementing unit the project had none of', () => {
    const givenFirst = {
      funding: { after: [{ source: 'east-west-cooperation', amount: '800000' }, { source: 'beneficiary-contribution', form: 'labour', amount: '20000.5' }] },
      totalInvestment: { after: '820000.5' },
      performanceTarget: { after: roadProject.performanceTarget },
      implementingUnit: { after: 'dafang-transport' },
    };
    for (const [field, alteration] of Object.entries(givenFirst)) {
      expect(parseLifecycleCommand(sent('propose-change', { alterations: { [field]: alteration } })), field).toMatchObject({ ok: true });
    }
  });

  it('takes the sub-projects a change alters, as they were and as they become', () => {
    const section = { id: 'BJ-2011-R07-a', name: { zh: '一标段' }, type: 'rural-road', location: roadProject.location, budget: '500000' };
    const parsed = parseLifecycleCommand(sent('propose-change', { alterations: { subProjects: { before: [], after: [section] } } }));
    expect(parsed.ok && parsed.value.type === 'propose-change' ? parsed.value.alterations.subProjects?.after.map((sub) => sub.id) : parsed).toEqual(['BJ-2011-R07-a']);
    expect(parseLifecycleCommand(sent('propose-change', { alterations: { subProjects: { after: [section] } } }))).toMatchObject({ ok: false, issues: [{ path: ['alterations', 'subProjects', 'before'] }] });
  });

  it('counts the households and persons an announcement names in whole numbers from zero', () => {
    const announce = sent('announce');
    const withRow = (row: Record<string, unknown>) => {
      const announcement = announce.announcement as { rows: Record<string, unknown>[] };
      return { ...announce, announcement: { ...announcement, rows: [{ ...announcement.rows[0], ...row }] } };
    };
    expect(parseLifecycleCommand(withRow({ households: 380, registeredPoorHouseholds: 126, persons: 1520, registeredPoorPersons: 0 })).ok).toBe(true);
    expect(parseLifecycleCommand(withRow({ households: Number.MAX_SAFE_INTEGER })).ok).toBe(true);
    expect(parseLifecycleCommand(withRow({ persons: -1 }))).toMatchObject({ ok: false, issues: [{ path: ['announcement', 'rows', 0, 'persons'] }] });
    expect(parseLifecycleCommand(withRow({ households: 380.5 }))).toMatchObject({ ok: false, issues: [{ path: ['announcement', 'rows', 0, 'households'] }] });
  });
});

describe('how a stored log must be shaped', () => {
  it('reads back every kind of event the lifecycle records, and a correction with the event that stands in its place', () => {
    const events = [...recorded.values(), correction({ replacement: { ...proposed, at: '2011-03-08T10:00:00+08:00' } })];
    const parsed = readBack(events);
    expect(parsed.ok ? parsed.value.map((entry) => entry.event.type) : parsed.issues).toEqual(events.map((event) => event.type));
    expect(parsed.ok ? parsed.value.at(-1)?.event : parsed.issues).toMatchObject({ replacement: { type: 'proposed', at: '2011-03-08T10:00:00+08:00' } });
  });

  it('reads back an announcement whose period is counted in working days', () => {
    const period = { ...(announced.period as Record<string, unknown>), lastDay: '2011-05-20', dayKind: 'working' };
    expect(readBack([{ ...announced, period }])).toMatchObject({ ok: true, value: [{ event: { period: { dayKind: 'working' } } }] });
  });

  it('holds every amount of a stored event in the one form its hash covers', () => {
    const announcement = announced.announcement as { rows: Record<string, unknown>[] };
    const rows = [{ ...announcement.rows[0], amount: '800000' }];
    expect(readBack([{ ...announced, announcement: { ...announcement, rows } }])).toMatchObject({
      ok: false,
      issues: [{ code: 'amount-stored-form', path: [0, 'event', 'announcement', 'rows', 0, 'amount'] }],
    });
    const change = recordedEvent('change-proposed');
    expect(readBack([{ ...change, alterations: { budget: { before: '800000.00', after: '880000' } } }])).toMatchObject({
      ok: false,
      issues: [{ code: 'amount-stored-form', path: [0, 'event', 'alterations', 'budget', 'after'] }],
    });
  });

  it('reads back a correction, with the event that stands in the place of the one it corrects', () => {
    const replacement = { ...proposed, at: '2011-03-08T10:00:00+08:00' };
    const parsed = readBack([proposed, proposed, correction({ replacement })]);
    expect(parsed).toMatchObject({ ok: true, value: [{}, {}, { event: { type: 'event-corrected', corrects: 1, replacement: { type: 'proposed', at: '2011-03-08T10:00:00+08:00' } } }] });
    expect(readBack([proposed, correction({ corrects: 0 })]).ok).toBe(true);
    expect(readBack([proposed, correction({ corrects: -1 })])).toMatchObject({ ok: false, issues: [{ path: [1, 'event', 'corrects'] }] });
  });

  it('refuses a correction that does not say why, naming the correction', () => {
    for (const reason of ['', '   ', '\n']) {
      expect(readBack([proposed, correction({ reason })]), JSON.stringify(reason)).toMatchObject({
        ok: false,
        issues: [{ code: 'reason-required', path: [1, 'event', 'reason'], params: { command: 'correct-event' } }],
      });
    }
    expect(readBack([proposed, correction({ reason: ' 日期有误 ' })]).ok).toBe(true);
  });
});

describe('what the published JSON Schema of a stored log says', () => {
  const ajv = new Ajv2020Module.default({ strict: true, allowUnionTypes: true });
  const eventLogSchema = snapshotJsonSchema('event-log');
  const validLog = ajv.compile(eventLogSchema);
  const validCommand = ajv.compile(snapshotJsonSchema('lifecycle-command'));

  it('takes a log as the library stores it, corrections and all', () => {
    const log = storedLog([...recorded.values(), correction({ replacement: proposed })]);
    expect(validLog(log), JSON.stringify(validLog.errors)).toBe(true);
  });

  it('holds every hash to 64 lowercase hex digits, nothing before or after', () => {
    const [entry] = storedLog([proposed]) as [{ hash: string }];
    expect(validLog([entry])).toBe(true);
    expect(validLog([{ ...entry, hash: `0${entry.hash}` }])).toBe(false);
    expect(validLog([{ ...entry, hash: `${entry.hash}0` }])).toBe(false);
    expect(validLog([{ ...entry, hash: entry.hash.toUpperCase() }])).toBe(false);
  });

  it('refuses a blank reason for a correction, and for a command that needs a reason', () => {
    const [first, second] = storedLog([proposed, correction({ reason: '   ' })]) as [unknown, unknown];
    expect(validLog([first, second])).toBe(false);
    expect(validCommand(sent('reject'))).toBe(true);
    expect(validCommand(sent('reject', { reason: '   ' }))).toBe(false);
  });

  it('states a timestamp by a pattern that takes exactly the texts parseTimestamp reads', () => {
    const definitions = eventLogSchema.$defs as Record<string, { readonly pattern?: string }>;
    const pattern = new RegExp(definitions.Timestamp?.pattern ?? '(?!)', 'u');
    const field = (min: number, max: number) => fc.integer({ min, max }).map((value) => String(value).padStart(2, '0'));
    const text = fc
      .record({
        year: fc.oneof(fc.integer({ min: 1899, max: 2200 }), fc.constantFrom(1900, 2000, 2100, 2199)),
        month: field(0, 13),
        day: fc.oneof(field(0, 32), fc.constantFrom('28', '29', '30', '31')),
        hours: field(0, 24),
        minutes: field(0, 60),
        seconds: fc.option(field(0, 60), { nil: undefined }),
        fraction: fc.option(fc.stringMatching(/^\d{1,10}$/), { nil: undefined }),
        offset: fc.oneof(fc.constantFrom('Z', 'z', ''), fc.tuple(fc.constantFrom('+', '-'), field(0, 24), field(0, 60)).map(([sign, h, m]) => `${sign}${h}:${m}`)),
      })
      .map(({ year, month, day, hours, minutes, seconds, fraction, offset }) => {
        const second = seconds === undefined ? '' : `:${seconds}${fraction === undefined ? '' : `.${fraction}`}`;
        return `${year}-${month}-${day}T${hours}:${minutes}${second}${offset}`;
      });
    fc.assert(
      fc.property(text, (written) => {
        expect(pattern.test(written)).toBe(parseTimestamp(written).ok);
      }),
      { numRuns: 2000 },
    );
    expect(pattern.test('2011-09-01T10:00:00+08:00')).toBe(true);
    expect(pattern.test('2011-09-01T10:00:00+08:00 ')).toBe(false);
  });
});
