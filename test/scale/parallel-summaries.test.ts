import { describe, expect, it } from 'vitest';
import { runParallelSummaries } from '../../examples/parallel-summaries.js';

describe('the parallel summaries example', () => {
  it('merges summaries computed in worker threads into exactly the single-process summaries', async () => {
    const outcome = await runParallelSummaries({ scale: 0.01, workers: 3 });
    expect(outcome.ledgerEntries).toBe(50_000);
    expect(outcome.beneficiaryRecords).toBe(100_000);
    expect(outcome.rollUpsAgree).toBe(true);
    expect(outcome.beneficiaryCountsAgree).toBe(true);
  });
});
