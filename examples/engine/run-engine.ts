// The coordinator of the engine example: generates national-scale columns, summarises them in this process,
// then again on BullMQ over Redis — the columns split by province into Redis hashes, one job per province run by
// worker processes, a flow's parent job merging their summaries — and compares the two results.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { FlowProducer, Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import {
  beneficiarySummaryToJSON,
  canonicalJson,
  rollUpLedgerColumns,
  summariseBeneficiaryColumns,
  summariseLedgerTotals,
} from '../../src/index.js';
import { generateNationalLedger } from '../../bench/national-ledger.js';
import { buildBeneficiaryColumns } from '../../bench/national-beneficiary-columns.js';
import { encodePartition, partitionByProvince } from './province-partitions.js';
import { beneficiaryGrouping, mergeSummariesJob, summariseProvinceJob, type MergedSummaries } from './summary-jobs.js';

export interface EngineSummariesOptions {
  /** 1 is national scale: 5,000,000 ledger entries and 10,000,000 beneficiary records. */
  readonly scale: number;
  /** Worker processes to start. */
  readonly workers: number;
  /** The Redis server BullMQ runs on. */
  readonly redisUrl: string;
  /** Give up waiting for the merged result after this long (default 10 minutes). */
  readonly timeoutMs?: number;
}

/** Sizes, times (milliseconds) and whether the engine's merged summaries equal the single-process ones. */
export interface EngineSummariesOutcome {
  readonly redisVersion: string;
  readonly workers: number;
  readonly ledgerEntries: number;
  readonly beneficiaryRecords: number;
  /** One per province, with its sizes, the worker process that ran it and the time its work took. */
  readonly provinceJobs: MergedSummaries['parts'];
  /** The flow's parent job, run once every province's job completed. */
  readonly mergeJob: { readonly worker: number; readonly ms: number };
  /** The process ids of the worker processes started. */
  readonly workerProcesses: readonly number[];
  /** Distinct worker processes that ran at least one job. */
  readonly workersUsed: number;
  readonly generateMs: number;
  readonly singleProcessMs: number;
  /** Starting the worker processes until each reported its BullMQ worker ready. */
  readonly workersStartMs: number;
  /** Splitting the columns by province and writing them to Redis. */
  readonly partitionMs: number;
  readonly partitionBytes: number;
  /** From adding the flow until the merge job's result was back in this process, parsed from its JSON. */
  readonly engineMs: number;
  readonly rollUpsAgree: boolean;
  readonly beneficiarySummariesAgree: boolean;
}

const elapsed = (since: number): number => Math.round(performance.now() - since);

/** A started worker process and how to let it go. */
interface WorkerProcess {
  readonly child: ChildProcess;
  readonly stop: () => Promise<void>;
}

const workerModule = fileURLToPath(new URL('./summaries-worker.ts', import.meta.url));
// The workers are TypeScript: Node loads tsx's loader first, found from here so any working directory works.
const tsxLoader = import.meta.resolve('tsx');

function startWorker(redisUrl: string, queue: string): Promise<WorkerProcess> {
  const child = fork(workerModule, ['--redis', redisUrl, '--queue', queue], {
    execArgv: ['--import', tsxLoader],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const log: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (child.connected) child.send('stop');
    else child.kill('SIGTERM');
    // A worker finishes its job and closes its connections; one that hangs is ended after 15 s.
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve({ child, stop }));
    child.once('exit', (code) => reject(new Error(`A worker process exited (code ${String(code)}) before it was ready:\n${log.join('').slice(-4000)}`)));
  });
}

async function serverVersion(redis: Redis): Promise<string> {
  const info = await redis.info('server');
  return /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown';
}

/**
 * Summarises the generated national data once in this process and once on BullMQ with `workers` worker
 * processes, and compares the two. Everything it puts in Redis (the partitions, the queue) is under names of
 * its own run and is removed at the end, so a shared server can be used.
 */
export async function runEngineSummaries(options: EngineSummariesOptions): Promise<EngineSummariesOutcome> {
  const run = randomBytes(4).toString('hex');
  const queueName = `pairing-aid-summaries-${run}`;
  const partitionPrefix = `pairing-aid:partition:${run}:`;
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: true });
  let lastError: Error | undefined;
  redis.on('error', (error: Error) => (lastError = error));
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    const detail = (lastError ?? (error instanceof Error ? error : new Error(String(error)))).message;
    throw new Error(`No Redis server answered at ${options.redisUrl} (${detail}). Start one, set REDIS_URL, or pass --temporary-server.`);
  }

  let started = performance.now();
  const { columns: ledger } = generateNationalLedger(options.scale);
  const beneficiaries = buildBeneficiaryColumns(options.scale);
  const generateMs = elapsed(started);

  started = performance.now();
  const wholeRollUp = summariseLedgerTotals(rollUpLedgerColumns(ledger));
  const wholePeople = summariseBeneficiaryColumns(beneficiaries, { groupBy: beneficiaryGrouping });
  const singleProcessMs = elapsed(started);

  const queue = new Queue(queueName, { connection: redis });
  // Events are read with blocking commands, on a connection of their own.
  const eventsConnection = redis.duplicate();
  const queueEvents = new QueueEvents(queueName, { connection: eventsConnection });
  const flows = new FlowProducer({ connection: redis });
  const workers: WorkerProcess[] = [];
  const partitionKeys: string[] = [];
  try {
    const redisVersion = await serverVersion(redis);
    await queueEvents.waitUntilReady();

    started = performance.now();
    const startedWorkers = await Promise.allSettled(Array.from({ length: options.workers }, () => startWorker(options.redisUrl, queueName)));
    for (const result of startedWorkers) if (result.status === 'fulfilled') workers.push(result.value);
    const failed = startedWorkers.find((result) => result.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
    const workersStartMs = elapsed(started);

    started = performance.now();
    const partitions = partitionByProvince(ledger, beneficiaries);
    let partitionBytes = 0;
    const writes = redis.pipeline();
    for (const partition of partitions) {
      const fields = encodePartition(partition);
      const key = `${partitionPrefix}${partition.province}`;
      partitionBytes += Object.values(fields).reduce((sum, bytes) => sum + bytes.byteLength, 0);
      // Kept for an hour at most, should this process die before it deletes them.
      writes.hset(key, fields).expire(key, 3_600);
      partitionKeys.push(key);
    }
    const refused = (await writes.exec())?.find(([error]) => error !== null)?.[0];
    if (refused !== undefined && refused !== null) throw refused;
    const partitionMs = elapsed(started);

    started = performance.now();
    const flow = await flows.add({
      name: mergeSummariesJob,
      queueName,
      data: { provinces: partitions.length },
      children: partitions.map(({ province }) => ({
        name: summariseProvinceJob,
        queueName,
        data: { province, partitionKey: `${partitionPrefix}${province}` },
        // A province that fails fails the merge, and so this run, instead of leaving it waiting.
        opts: { failParentOnFailure: true },
      })),
    });
    const merged = (await flow.job.waitUntilFinished(queueEvents, options.timeoutMs ?? 600_000)) as MergedSummaries;
    const engineMs = elapsed(started);

    return {
      redisVersion,
      workers: options.workers,
      ledgerEntries: ledger.length,
      beneficiaryRecords: beneficiaries.personKeys.length,
      provinceJobs: merged.parts,
      mergeJob: { worker: merged.worker, ms: merged.ms },
      workerProcesses: workers.map((worker) => worker.child.pid ?? -1),
      workersUsed: new Set([...merged.parts.map((part) => part.worker), merged.worker]).size,
      generateMs,
      singleProcessMs,
      workersStartMs,
      partitionMs,
      partitionBytes,
      engineMs,
      // Canonical JSON (keys sorted): the merge lists buckets in the order the parts brought them.
      rollUpsAgree: canonicalJson(merged.rollUp) === canonicalJson(wholeRollUp),
      beneficiarySummariesAgree: canonicalJson(merged.beneficiaries) === canonicalJson(beneficiarySummaryToJSON(wholePeople)),
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
    await flows.close();
    await queueEvents.close();
    await eventsConnection.quit();
    await queue.obliterate({ force: true });
    await queue.close();
    if (partitionKeys.length > 0) await redis.del(...partitionKeys);
    await redis.quit();
  }
}
