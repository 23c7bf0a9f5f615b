// One worker process of the engine example: a BullMQ worker that takes summary jobs from a queue, one at a time,
// until it is told to stop. The coordinator starts several as child processes, with its run's queue:
//   tsx examples/engine/summaries-worker.ts --redis redis://127.0.0.1:6379 --queue pairing-aid-summaries-<run>
// It needs nothing from the coordinator but Redis, so the same command on another machine adds a worker there.
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { runSummaryJob } from './summary-jobs.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const url = option('--redis') ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const queue = option('--queue') ?? 'pairing-aid-summaries';

// BullMQ's workers block on their connection while waiting for jobs: it must retry forever (null), and the
// partitions are read through a connection of their own.
const connection = new Redis(url, { maxRetriesPerRequest: null });
const store = new Redis(url);
const worker = new Worker(queue, (job) => runSummaryJob(job, store), { connection, concurrency: 1 });
worker.on('error', (error) => console.error(`worker ${process.pid}: ${error.message}`));
await worker.waitUntilReady();
process.send?.({ ready: process.pid });
console.error(`worker ${process.pid} waiting for jobs on ${queue}`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await worker.close();
  await Promise.all([connection.quit(), store.quit()]);
  if (process.connected) process.disconnect();
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
process.on('message', (message) => {
  if (message === 'stop') void stop();
});
// Started by a coordinator that has gone (its channel closed): stop too, rather than wait for ever.
process.on('disconnect', () => void stop());
