import { seedRecord2011 } from './examples/data/index.ts';
import { parseEventLog, verifyEventLog, hashStoredEvent, genesisHash } from './src/lifecycle/index.ts';
const values: any[] = ['12.3', '12', '007', '-0', '-0.00', '0.5', '1.50', '95.5', '95.50', '1.0', '01', ' x', 'x ', '2011-05-01T08:00:00Z', '2011-05-01T08:00:00.000+08:00', '2011-05-01T08:00+08:00', '2011-05-01T00:00:00-00:00', '522400', 'x', '中', 1, 1.5, 0, -0];
const rechain = (log: any[]) => { let prev = genesisHash; log.forEach((e, i) => { e.sequence = i; e.previousHash = prev; e.hash = hashStoredEvent(e); prev = e.hash; }); return log; };
const found = new Map<string, Set<string>>();
const logs = Object.values(seedRecord2011.eventLogs).slice(0, 45).map((l) => JSON.parse(JSON.stringify(l)));
for (const base of logs) {
  const leaves: (string | number)[][] = [];
  const walk = (v: any, p: (string | number)[]) => { if (v !== null && typeof v === 'object') { for (const [k, x] of Object.entries(v)) walk(x, [...p, Array.isArray(v) ? Number(k) : k]); } else leaves.push(p); };
  base.forEach((e: any, i: number) => walk(e.event, [i, 'event']));
  for (const path of leaves) for (const value of values) {
    const log = structuredClone(base);
    const parent = path.slice(0, -1).reduce((n: any, k) => n[k], log);
    parent[path.at(-1)!] = value;
    rechain(log);
    const parsed = parseEventLog(log);
    if (!parsed.ok) continue;
    const again = verifyEventLog(JSON.parse(JSON.stringify(parsed.value)));
    if (!again.ok) { const key = path.slice(1).map((k) => typeof k === 'number' ? '#' : k).join('.') + ' (' + (log[path[0] as number].event.type) + ')'; if (!found.has(key)) found.set(key, new Set()); found.get(key)!.add(JSON.stringify(value)); }
  }
}
for (const [k, v] of found) console.log(k, [...v].join(' '));
