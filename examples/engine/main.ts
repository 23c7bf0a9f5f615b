// The column summaries on BullMQ over Redis: one job per province, several worker processes, a final job merging
// their summaries, checked against the same summaries computed in one process.
// Run: npm run engine:example -- --temporary-server                 a Redis server started for the run (Debian's redis-server)
//      REDIS_URL=redis://host:6379 npm run engine:example           your server (default redis://127.0.0.1:6379)
// Options: --scale 0.1 (1 is national scale: 5,000,000 ledger entries, 10,000,000 beneficiary records), --workers 3
import { runEngineSummaries } from './run-engine.js';
import type { TemporaryRedis } from './temporary-redis.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  const value = at === -1 ? fallback : Number(args[at + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} takes a positive number`);
  return value;
};
const scale = option('--scale', 0.1);
const workers = Math.round(option('--workers', 3));

const server: TemporaryRedis | undefined = args.includes('--temporary-server')
  ? await (await import('./temporary-redis.js')).startTemporaryRedis()
  : undefined;
try {
  const outcome = await runEngineSummaries({ scale, workers, redisUrl: server?.url ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
  const thousands = (value: number): string => value.toLocaleString('en');
  console.log(`redis server                ${outcome.redisVersion}${server === undefined ? '' : ' (temporary, 127.0.0.1)'}`);
  console.log(`ledger entries              ${thousands(outcome.ledgerEntries)}`);
  console.log(`beneficiary records         ${thousands(outcome.beneficiaryRecords)}`);
  console.log(`jobs                        ${outcome.provinceJobs.length} provinces + 1 merge`);
  console.log(`worker processes            ${outcome.workers} started, ${outcome.workersUsed} ran jobs`);
  const row = (job: string, entries: string, records: string, ms: string, worker: string): void =>
    console.log(`  ${job.padEnd(14)}${entries.padStart(12)}${records.padStart(12)}${ms.padStart(8)}${worker.padStart(9)}`);
  row('job', 'entries', 'records', 'ms', 'worker');
  for (const part of outcome.provinceJobs) {
    row(`province ${part.province}`, thousands(part.ledgerEntries), thousands(part.beneficiaryRecords), thousands(part.ms), String(part.worker));
  }
  row('merge', '', '', thousands(outcome.mergeJob.ms), String(outcome.mergeJob.worker));
  console.log(`generate columns            ${thousands(outcome.generateMs)} ms`);
  console.log(`single process              ${thousands(outcome.singleProcessMs)} ms`);
  console.log(`start worker processes      ${thousands(outcome.workersStartMs)} ms`);
  console.log(`partition, write to redis   ${thousands(outcome.partitionMs)} ms, ${thousands(Math.round(outcome.partitionBytes / 1_048_576))} MiB`);
  console.log(`engine (flow to result)     ${thousands(outcome.engineMs)} ms`);
  console.log(`roll-up identical           ${outcome.rollUpsAgree ? 'yes' : 'NO'}`);
  console.log(`beneficiaries identical     ${outcome.beneficiarySummariesAgree ? 'yes' : 'NO'}`);
  if (!outcome.rollUpsAgree || !outcome.beneficiarySummariesAgree) process.exitCode = 1;
} finally {
  await server?.stop();
}
