// The two kinds of job of the engine example, as the worker processes run them: summarise one province's
// partition (read from Redis), and merge the summaries its child jobs returned. Results are plain JSON, which is
// how BullMQ keeps them in Redis.
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  beneficiarySummaryToJSON,
  emptyBeneficiarySummary,
  emptyRollUp,
  mergeBeneficiarySummaries,
  mergeRollUps,
  parseBeneficiarySummary,
  parseRollUp,
  rollUpLedgerColumns,
  summariseBeneficiaryColumns,
  summariseLedgerTotals,
  unwrap,
  type BeneficiarySummaryJson,
} from '../../src/index.js';
import { decodePartition } from './province-partitions.js';

/** The job that summarises one province. */
export const summariseProvinceJob = 'summarise-province';
/** The flow's parent job, run once every province's job has completed. */
export const mergeSummariesJob = 'merge-summaries';

/** Every job summarises beneficiaries by prefecture: parts merge only when summarised with the same options. */
export const beneficiaryGrouping = 'prefecture';

export interface SummariseProvinceData {
  readonly province: string;
  /** The Redis hash holding the partition's columns. */
  readonly partitionKey: string;
}

/** What a job did and where: the process id of the worker that ran it, and the time its work took. */
export interface JobWork {
  readonly worker: number;
  readonly ms: number;
}

export interface ProvinceSummaries extends JobWork {
  readonly province: string;
  readonly ledgerEntries: number;
  readonly beneficiaryRecords: number;
  /** A `RollUp`; read back from Redis, its JSON (amounts as decimal strings), for `parseRollUp`. */
  readonly rollUp: unknown;
  readonly beneficiaries: BeneficiarySummaryJson;
}

export interface MergedSummaries extends JobWork {
  readonly parts: readonly (Omit<ProvinceSummaries, 'rollUp' | 'beneficiaries'>)[];
  /** A `RollUp`; read back from Redis, its JSON (amounts as decimal strings), for `parseRollUp`. */
  readonly rollUp: unknown;
  readonly beneficiaries: BeneficiarySummaryJson;
}

/** Reads one province's partition and summarises it with the library's column functions. */
export async function summariseProvince(data: SummariseProvinceData, store: Redis): Promise<ProvinceSummaries> {
  const started = performance.now();
  const fields = await store.hgetallBuffer(data.partitionKey);
  if (Object.keys(fields).length === 0) throw new Error(`The partition of province ${data.province} is not in Redis (${data.partitionKey})`);
  const partition = decodePartition(fields);
  const rollUp = summariseLedgerTotals(rollUpLedgerColumns(partition.ledger));
  const people = summariseBeneficiaryColumns(partition.beneficiaries, { groupBy: beneficiaryGrouping });
  return {
    province: partition.province,
    worker: process.pid,
    ms: Math.round(performance.now() - started),
    ledgerEntries: partition.ledger.length,
    beneficiaryRecords: partition.beneficiaries.personKeys.length,
    rollUp,
    beneficiaries: beneficiarySummaryToJSON(people),
  };
}

/**
 * Folds the children's summaries, parsed back with the library's parsers, from the empty summaries. The merge is
 * associative and commutative, so the order in which BullMQ lists the children does not matter.
 */
export function mergeSummaries(children: readonly ProvinceSummaries[]): MergedSummaries {
  const started = performance.now();
  const rollUp = children.map((child) => unwrap(parseRollUp(child.rollUp))).reduce(mergeRollUps, emptyRollUp);
  const people = children
    .map((child) => unwrap(parseBeneficiarySummary(child.beneficiaries)))
    .reduce(mergeBeneficiarySummaries, emptyBeneficiarySummary(beneficiaryGrouping));
  return {
    worker: process.pid,
    ms: Math.round(performance.now() - started),
    parts: children
      .map(({ province, worker, ms, ledgerEntries, beneficiaryRecords }) => ({ province, worker, ms, ledgerEntries, beneficiaryRecords }))
      .sort((a, b) => a.province.localeCompare(b.province)),
    rollUp,
    beneficiaries: beneficiarySummaryToJSON(people),
  };
}

/** Runs a job of either kind: what the worker processes hand to BullMQ. */
export async function runSummaryJob(job: Job, store: Redis): Promise<ProvinceSummaries | MergedSummaries> {
  switch (job.name) {
    case summariseProvinceJob:
      return summariseProvince(job.data as SummariseProvinceData, store);
    case mergeSummariesJob:
      return mergeSummaries(Object.values(await job.getChildrenValues<ProvinceSummaries>()));
    default:
      throw new Error(`No such job: ${job.name}`);
  }
}
