import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNationalLedger } from '../../bench/national-ledger.js';
import { buildBeneficiaryColumns } from '../../bench/national-beneficiary-columns.js';
import { decodePartition, encodePartition, partitionByProvince } from '../../examples/engine/province-partitions.js';
import { runEngineSummaries, type EngineSummariesOutcome } from '../../examples/engine/run-engine.js';
import { summariseProvince } from '../../examples/engine/summary-jobs.js';
import { findRedisServer, redisServerMissing, startTemporaryRedis, type TemporaryRedis } from '../../examples/engine/temporary-redis.js';

// Without redis-server on a developer's machine the engine test is skipped, saying why; under CI it must run,
// and a missing server fails it (CI installs Debian's redis-server).
const inCI = (process.env.CI ?? '') !== '' && process.env.CI !== 'false';
const missing = findRedisServer() === undefined && !inCI;
if (missing) console.warn(`The engine example's test is skipped: ${redisServerMissing}`);

describe('the engine example (BullMQ on a temporary Redis server)', () => {
  let server: TemporaryRedis | undefined;
  let outcome: EngineSummariesOutcome;

  beforeAll(async () => {
    if (missing) return;
    server = await startTemporaryRedis();
    // 1 % scale and two worker processes: the whole suite runs on a loaded two-core machine.
    outcome = await runEngineSummaries({ scale: 0.01, workers: 2, redisUrl: server.url });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('merges the province jobs into exactly the single-process summaries', ({ skip }) => {
    skip(missing, redisServerMissing);
    expect([outcome.ledgerEntries, outcome.beneficiaryRecords]).toEqual([50_000, 100_000]);
    expect(outcome.rollUpsAgree).toBe(true);
    expect(outcome.beneficiarySummariesAgree).toBe(true);
  });

  it('runs one job per province, covering every entry and record once', ({ skip }) => {
    skip(missing, redisServerMissing);
    expect(outcome.provinceJobs.map((job) => job.province)).toEqual(['15', '45', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
    expect(outcome.provinceJobs.reduce((sum, job) => sum + job.ledgerEntries, 0)).toBe(50_000);
    expect(outcome.provinceJobs.reduce((sum, job) => sum + job.beneficiaryRecords, 0)).toBe(100_000);
  });

  it('runs every job in the worker processes it started, not in the coordinator', ({ skip }) => {
    skip(missing, redisServerMissing);
    expect(outcome.workerProcesses).toHaveLength(2);
    expect(new Set(outcome.workerProcesses).size).toBe(2);
    expect(outcome.workerProcesses).not.toContain(process.pid);
    for (const job of [...outcome.provinceJobs, outcome.mergeJob]) expect(outcome.workerProcesses).toContain(job.worker);
    expect(outcome.workersUsed).toBeGreaterThanOrEqual(1);
  });

  it('leaves nothing behind in Redis: the partitions and the queue are removed', async ({ skip }) => {
    skip(missing, redisServerMissing);
    const redis = new Redis(server!.url);
    try {
      expect(await redis.dbsize()).toBe(0);
    } finally {
      await redis.quit();
    }
  });

  describe('edge cases', () => {
    it('fails a province job whose partition is not in Redis, naming it', async ({ skip }) => {
      skip(missing, redisServerMissing);
      const redis = new Redis(server!.url);
      try {
        await expect(summariseProvince({ province: '52', partitionKey: 'pairing-aid:partition:none:52' }, redis)).rejects.toThrow(
          'The partition of province 52 is not in Redis (pairing-aid:partition:none:52)',
        );
      } finally {
        await redis.quit();
      }
    });

    it('says which server did not answer', async () => {
      await expect(runEngineSummaries({ scale: 0.001, workers: 1, redisUrl: 'redis://127.0.0.1:1' })).rejects.toThrow(
        /^No Redis server answered at redis:\/\/127\.0\.0\.1:1 \(connect ECONNREFUSED/,
      );
    });
  });
});

describe('partitionByProvince', () => {
  const { columns: ledger } = generateNationalLedger(0.001);
  const beneficiaries = buildBeneficiaryColumns(0.001);
  const parts = partitionByProvince(ledger, beneficiaries);

  it('puts every entry and record in the part of its province, with key tables of its own', () => {
    expect(parts.reduce((sum, part) => sum + part.ledger.length, 0)).toBe(ledger.length);
    expect(parts.reduce((sum, part) => sum + part.beneficiaries.personKeys.length, 0)).toBe(beneficiaries.personKeys.length);
    for (const part of parts) {
      expect(part.ledger.keys.region.every((code) => code.startsWith(part.province))).toBe(true);
      expect(part.beneficiaries.regions.every((code) => code.startsWith(part.province))).toBe(true);
      expect(part.ledger.keys.project.length).toBeLessThan(ledger.keys.project.length);
    }
  });

  it('reads back from its Redis fields as it was written', () => {
    for (const part of parts) expect(decodePartition(encodePartition(part))).toEqual(part);
  });
});
