import type { IsoDate } from '../dates/iso-date.js';
import type { LifecycleEventLog } from '../lifecycle/event-log.js';
import { parseIsoDate } from '../dates/iso-date.js';
import type { ProgrammeRecord } from './programme-record.js';

/**
 * The record as it stood at the end of a day (in China): the ledger entries dated on or before it and each
 * log up to its last event of that day. A log's first events keep their hash chain, so the shorter record
 * verifies as the longer one did. A closed year's report is built from the record as of 31 December, so
 * later entries and events never change it. The same record is returned when nothing is dated later.
 * @internal
 */
export function recordAsOf(record: ProgrammeRecord, date: IsoDate): ProgrammeRecord {
  const { programme } = record;
  const ledgerCut = programme.ledger.some((entry) => entry.date > date);
  let logsCut = false;
  const eventLogs: Record<string, LifecycleEventLog> = {};
  for (const [id, log] of Object.entries(record.eventLogs)) {
    // Logs run oldest first: one whose last event is not later is kept whole.
    const keep = isAfter(log.at(-1)?.event?.at, date) ? log.findIndex((stored) => isAfter(stored.event?.at, date)) : -1;
    if (keep === -1) eventLogs[id] = log;
    else {
      logsCut = true;
      eventLogs[id] = log.slice(0, keep);
    }
  }
  if (!ledgerCut && !logsCut) return record;
  return {
    programme: ledgerCut ? { ...programme, ledger: programme.ledger.filter((entry) => entry.date <= date) } : programme,
    eventLogs: logsCut ? eventLogs : record.eventLogs,
  };
}

// An event's day in China is the date part of its timestamp; one that cannot be read stays in, for the checks to
// report. A time written at +08:00 whose date part is not later is not later; any other is read in full.
function isAfter(at: unknown, date: IsoDate): boolean {
  if (typeof at === 'string' && at.endsWith('+08:00') && at.slice(0, 10) <= date) return false;
  const day = parseIsoDate(at);
  return day.ok && day.value > date;
}
